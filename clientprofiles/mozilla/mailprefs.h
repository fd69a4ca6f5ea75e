// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "clientadapter.h"
#include "formats/prefsfile.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace mailsetup {

// Which generation of Mozilla mail preferences a profile is written in. Thunderbird
// (and SeaMonkey 2.1 and later) use socketType and authMethod; older programs know
// other names for the same settings (../shared/research/unix-mozilla-apple-clients.md
// 1.5 and 4; mozilla/releases-comm-central history 76b8e57e90 migration.jsm):
//  - SeaMonkey 2.0, SeaMonkey 1.x and the Mozilla Suite: incoming auth_login and
//    useSecAuth, SMTP auth_method, useSecAuth and trySecAuth instead of authMethod;
//  - Mozilla 1.0-1.7 and Netscape 6-7 read only isSecure (SSL on or off) for
//    incoming servers, not socketType, so they cannot require STARTTLS there
//    (Floorp-Projects/Floorp modules/libpref/src/init/mailnews.js @006a8e43 has
//    isSecure and no socketType).
// The default is Thunderbird's.
struct MailPrefsDialect
{
    // Also read and write the pre-3.1 names: isSecure, auth_login, useSecAuth,
    // auth_method, trySecAuth. They are kept consistent with socketType/authMethod,
    // so the profile reads the same in the old program and after an upgrade.
    bool legacyPrefs = false;
    // The program reads socketType; without it only SSL can be expressed (isSecure).
    bool socketType = true;
    // The program reads authMethod; without it only "no login" (SMTP), a normal
    // password and an encrypted password can be expressed.
    bool authMethod = true;
    // The SMTP port when the port pref is 0 or absent and try_ssl is not 3:
    // 587 in Thunderbird's SmtpClient.sys.mjs, 25 (nsISmtpUrl::DEFAULT_SMTP_PORT)
    // in the C++ SMTP code of SeaMonkey and the Mozilla Suite.
    int smtpDefaultPort = 587;
    QString programName = QStringLiteral("Thunderbird"); // for messages
};

// The mail account preferences of a Mozilla mail profile (Thunderbird, Betterbird,
// SeaMonkey), read as the program itself would: prefs.js, then user.js on top.
// Pref names and values: mozilla/releases-comm-central mailnews/base (nsMsgAccountManager,
// nsMsgIncomingServer, nsMsgIdentity), mailnews/compose/src/SmtpServer.sys.mjs and
// MailNewsTypes2.idl, as summarised in ../shared/research/unix-mozilla-apple-clients.md 1.5-1.6.
class MailPrefs
{
public:
    MailPrefs(const PrefsLookup& prefs, const PrefsLookup* userJs, MailPrefsDialect dialect = {})
        : m_prefs(prefs), m_userJs(userJs), m_dialect(std::move(dialect))
    {}

    const MailPrefsDialect& dialect() const { return m_dialect; }

    std::optional<PrefValue> value(const QString& name) const;
    QString string(const QString& name) const;
    int integer(const QString& name, int fallback) const;
    bool boolean(const QString& name, bool fallback) const;
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
    AuthMethod incomingAuth(const QString& prefix) const;
    AuthMethod outgoingAuth(const QString& prefix) const;

    const PrefsLookup& m_prefs;
    const PrefsLookup* m_userJs;
    MailPrefsDialect m_dialect;
};

// nsMsgSocketType and nsMsgAuthMethod (MailNewsTypes2.idl).
Security securityFromSocketType(int socketType);
int socketTypeFor(Security security);
AuthMethod authFromMozilla(int authMethod);
int mozillaAuthFor(AuthMethod method);

} // namespace mailsetup
