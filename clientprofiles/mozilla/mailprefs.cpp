// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailprefs.h"

#include <QSet>

namespace mailsetup {

Security securityFromSocketType(int socketType)
{
    switch (socketType) {
    case 1:
        return Security::TryStartTls; // removed in Thunderbird 132, still read by SeaMonkey
    case 2:
        return Security::StartTls;
    case 3:
        return Security::Ssl;
    default:
        return Security::Plain;
    }
}

int socketTypeFor(Security security)
{
    switch (security) {
    case Security::StartTls:
        return 2;
    case Security::Ssl:
        return 3;
    case Security::TryStartTls:
        return 1;
    case Security::Plain:
        break;
    }
    return 0;
}

AuthMethod authFromMozilla(int authMethod)
{
    switch (authMethod) {
    case 1:
        return AuthMethod::None;
    case 4:
    case 8: // "secure": encrypted, Kerberos or NTLM, migration only
        return AuthMethod::PasswordEncrypted;
    case 5:
        return AuthMethod::Gssapi;
    case 6:
        return AuthMethod::Ntlm;
    case 7:
        return AuthMethod::ClientCertificate;
    case 10:
        return AuthMethod::OAuth2;
    default: // 2 old USER/PASS, 3 cleartext, 9 anything
        return AuthMethod::PasswordCleartext;
    }
}

int mozillaAuthFor(AuthMethod method)
{
    switch (method) {
    case AuthMethod::None:
        return 1;
    case AuthMethod::PasswordCleartext:
        return 3;
    case AuthMethod::PasswordEncrypted:
        return 4;
    case AuthMethod::Gssapi:
        return 5;
    case AuthMethod::Ntlm:
        return 6;
    case AuthMethod::ClientCertificate:
        return 7;
    case AuthMethod::OAuth2:
        return 10;
    }
    return 3;
}

std::optional<PrefValue> MailPrefs::value(const QString& name) const
{
    if (m_userJs) {
        if (auto v = m_userJs->value(name))
            return v;
    }
    return m_prefs.value(name);
}

QString MailPrefs::string(const QString& name) const
{
    const auto v = value(name);
    return v && v->type() == PrefValue::Type::String ? v->toString() : QString();
}

int MailPrefs::integer(const QString& name, int fallback) const
{
    const auto v = value(name);
    return v && v->type() == PrefValue::Type::Int ? v->toInt() : fallback;
}

QStringList MailPrefs::list(const QString& name) const
{
    QStringList keys;
    for (const QString& part : string(name).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.trimmed();
        if (!key.isEmpty() && !keys.contains(key))
            keys << key;
    }
    return keys;
}

QStringList MailPrefs::namesWithPrefix(const QString& prefix) const
{
    QStringList names = m_prefs.namesWithPrefix(prefix);
    if (m_userJs) {
        for (const QString& name : m_userJs->namesWithPrefix(prefix)) {
            if (!names.contains(name))
                names << name;
        }
    }
    return names;
}

QStringList MailPrefs::accountKeys() const
{
    // nsMsgAccountManager skips an account whose server another account already uses.
    QStringList keys;
    QSet<QString> servers;
    for (const QString& account : list(QStringLiteral("mail.accountmanager.accounts"))) {
        const QString server = serverOf(account);
        if (server.isEmpty() || servers.contains(server))
            continue;
        servers.insert(server);
        keys << account;
    }
    return keys;
}

QStringList MailPrefs::identitiesOf(const QString& account) const
{
    return list(QStringLiteral("mail.account.%1.identities").arg(account));
}

QString MailPrefs::serverType(const QString& server) const
{
    return string(QStringLiteral("mail.server.%1.type").arg(server));
}

QString MailPrefs::defaultSmtpKey() const
{
    const QString key = string(QStringLiteral("mail.smtp.defaultserver"));
    if (!key.isEmpty())
        return key;
    const QStringList keys = list(QStringLiteral("mail.smtpservers"));
    return keys.isEmpty() ? QString() : keys.first();
}

QString MailPrefs::smtpKeyOf(const QString& identity) const
{
    const QString own = string(QStringLiteral("mail.identity.%1.smtpServer").arg(identity));
    return own.isEmpty() ? defaultSmtpKey() : own;
}

std::optional<ServerSettings> MailPrefs::incoming(const QString& server) const
{
    const QString prefix = QStringLiteral("mail.server.%1.").arg(server);
    ServerSettings s;
    s.type = serverType(server);
    if (s.type != QLatin1String("pop3") && s.type != QLatin1String("imap"))
        return std::nullopt;
    // realhostname/realuserName are set when the user renames the server in the
    // account settings; hostname/userName then stay as the folder URIs' key.
    s.hostname = string(prefix + QStringLiteral("realhostname"));
    if (s.hostname.isEmpty())
        s.hostname = string(prefix + QStringLiteral("hostname"));
    s.username = string(prefix + QStringLiteral("realuserName"));
    if (s.username.isEmpty())
        s.username = string(prefix + QStringLiteral("userName"));
    int socketType = integer(prefix + QStringLiteral("socketType"), -1);
    if (socketType < 0) {
        const auto secure = value(prefix + QStringLiteral("isSecure"));
        socketType = secure && secure->type() == PrefValue::Type::Bool && secure->toBool() ? 3 : 0;
    }
    s.security = securityFromSocketType(socketType);
    s.auth = incomingAuth(prefix);
    s.port = integer(prefix + QStringLiteral("port"), -1);
    if (s.port <= 0) {
        const bool ssl = s.security == Security::Ssl;
        s.port = s.type == QLatin1String("pop3") ? (ssl ? 995 : 110) : (ssl ? 993 : 143);
    }
    return s;
}

std::optional<ServerSettings> MailPrefs::outgoing(const QString& smtpKey) const
{
    if (smtpKey.isEmpty())
        return std::nullopt;
    const QString prefix = QStringLiteral("mail.smtpserver.%1.").arg(smtpKey);
    ServerSettings s;
    s.type = QStringLiteral("smtp");
    s.hostname = string(prefix + QStringLiteral("hostname"));
    if (s.hostname.isEmpty())
        return std::nullopt;
    s.security = securityFromSocketType(integer(prefix + QStringLiteral("try_ssl"), 0));
    s.auth = outgoingAuth(prefix);
    s.username = string(prefix + QStringLiteral("username"));
    s.port = integer(prefix + QStringLiteral("port"), 0);
    if (s.port <= 0) // SmtpClient.sys.mjs; nsSmtpService.cpp in the C++ era
        s.port = s.security == Security::Ssl ? 465 : m_dialect.smtpDefaultPort;
    return s;
}

bool MailPrefs::boolean(const QString& name, bool fallback) const
{
    const auto v = value(name);
    return v && v->type() == PrefValue::Type::Bool ? v->toBool() : fallback;
}

// Without authMethod, the pre-3.1 prefs decide, as migration.jsm's
// MigrateServerAuthPref maps them: auth_login false = old USER/PASS (still a
// password sent as it is), useSecAuth = encrypted password, else normal password.
AuthMethod MailPrefs::incomingAuth(const QString& prefix) const
{
    const int method = integer(prefix + QStringLiteral("authMethod"), 0);
    if (method > 0 || !m_dialect.legacyPrefs)
        return authFromMozilla(method > 0 ? method : 3);
    if (!boolean(prefix + QStringLiteral("auth_login"), true))
        return AuthMethod::PasswordCleartext;
    return boolean(prefix + QStringLiteral("useSecAuth"), false) ? AuthMethod::PasswordEncrypted
                                                                 : AuthMethod::PasswordCleartext;
}

// SMTP: auth_method 0 = no login, else useSecAuth decides (migration.jsm).
AuthMethod MailPrefs::outgoingAuth(const QString& prefix) const
{
    const int method = integer(prefix + QStringLiteral("authMethod"), 0);
    if (method > 0 || !m_dialect.legacyPrefs)
        return authFromMozilla(method > 0 ? method : 3);
    if (integer(prefix + QStringLiteral("auth_method"), 1) == 0)
        return AuthMethod::None;
    return boolean(prefix + QStringLiteral("useSecAuth"), false) ? AuthMethod::PasswordEncrypted
                                                                 : AuthMethod::PasswordCleartext;
}

QList<ExistingAccount> MailPrefs::accounts() const
{
    QList<ExistingAccount> result;
    const QString defaultAccount = string(QStringLiteral("mail.accountmanager.defaultaccount"));
    for (const QString& account : accountKeys()) {
        const QString server = serverOf(account);
        const auto in = incoming(server);
        if (!in)
            continue; // Local Folders, news, feeds
        ExistingAccount a;
        a.key = account;
        a.incoming = in;
        a.isDefault = account == defaultAccount;
        const QStringList identities = identitiesOf(account);
        if (!identities.isEmpty()) {
            const QString id = identities.first();
            a.email = string(QStringLiteral("mail.identity.%1.useremail").arg(id));
            a.name = string(QStringLiteral("mail.identity.%1.fullName").arg(id));
            a.outgoing = outgoing(smtpKeyOf(id));
        }
        if (a.email.isEmpty())
            a.email = string(QStringLiteral("mail.server.%1.name").arg(server));
        result << a;
    }
    return result;
}

} // namespace mailsetup
