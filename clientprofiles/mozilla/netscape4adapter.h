// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientadapter.h"
#include "formats/prefsfile.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace mailsetup {

// Netscape Communicator 4.x: one global mail account in preferences.js (Unix) or
// prefs.js (Windows), read when Netscape starts and written back when it quits.
// Mail Setup sets the outgoing server (host, user name, STARTTLS "Always") and the
// identity; it never changes the incoming server, because Netscape 4 has no way to
// protect POP3 (no SSL, no STARTTLS) and its IMAP-over-SSL settings are left to the
// person (the plan says so).
class Netscape4Adapter : public ClientAdapter
{
public:
    QString id() const override { return QStringLiteral("netscape4"); }
    QString displayName() const override { return QStringLiteral("Netscape Communicator 4"); }

    QList<ClientInstallation> detect(const HostEnvironment& env) const override;
    QString runningReason(const QString& location) const override;
    ChangePlan plan(const ClientInstallation& installation, const AccountSettings& settings) const override;

    // Folders that may hold a Netscape 4 profile, whether or not they exist.
    static QStringList profileFolders(const HostEnvironment& env);
    // The preferences file in a profile folder: preferences.js on Unix, prefs.js on
    // Windows (4.x modules/libpref/src/prefapi.c pref_useDefaultPrefFile); empty if neither.
    static QString prefsFileIn(const QString& folder);
    // The single account, if any of it is set.
    static std::optional<ExistingAccount> account(const PrefsFile& prefs);
};

} // namespace mailsetup
