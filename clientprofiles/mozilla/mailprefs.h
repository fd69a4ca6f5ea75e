// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "clientadapter.h"
#include "formats/prefsfile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mailsetup {

// The mail account preferences of a Mozilla mail profile (Thunderbird, Betterbird,
// SeaMonkey), read as the program itself would: prefs.js, then user.js on top.
// Pref names and values: mozilla/releases-comm-central mailnews/base (nsMsgAccountManager,
// nsMsgIncomingServer, nsMsgIdentity), mailnews/compose/src/SmtpServer.sys.mjs and
// MailNewsTypes2.idl, as summarised in ../shared/research/unix-mozilla-apple-clients.md 1.5-1.6.
class MailPrefs
{
public:
    MailPrefs(const PrefsFile& prefs, const PrefsFile* userJs) : m_prefs(prefs), m_userJs(userJs) {}

    std::optional<PrefValue> value(const QString& name) const;
    QString string(const QString& name) const;
    int integer(const QString& name, int fallback) const;
    QStringList list(const QString& name) const; // comma-separated keys, trimmed, unique
    QStringList namesWithPrefix(const QString& prefix) const;

    QStringList accountKeys() const;
    QString serverOf(const QString& account) const
    {
        return string(QStringLiteral("mail.account.%1.server").arg(account));
    }
    QStringList identitiesOf(const QString& account) const;
    QString serverType(const QString& server) const;
    // The outgoing server an identity sends through: its own, else the default.
    QString smtpKeyOf(const QString& identity) const;
    QString defaultSmtpKey() const;

    std::optional<ServerSettings> incoming(const QString& server) const;
    std::optional<ServerSettings> outgoing(const QString& smtpKey) const;
    QList<ExistingAccount> accounts() const;

private:
    const PrefsFile& m_prefs;
    const PrefsFile* m_userJs;
};

// nsMsgSocketType and nsMsgAuthMethod (MailNewsTypes2.idl).
Security securityFromSocketType(int socketType);
int socketTypeFor(Security security);
AuthMethod authFromMozilla(int authMethod);
int mozillaAuthFor(AuthMethod method);

} // namespace mailsetup
