// SPDX-License-Identifier: GPL-3.0-or-later
#include "clawsaccountrc.h"

#include <QCoreApplication>
#include <QRegularExpression>

// Key names and encodings: eworm-de/claws-mail (mirror of the Claws Mail git),
// src/prefs_account.c (the PrefParam table: account_name, name, address, protocol,
// receive_server, user_id, ssl_*, set_*port/*_port, use_smtp_auth, smtp_auth_method,
// smtp_user_id, remove_mail, config_version), src/prefs_account.h, src/smtp.h,
// src/imap.h, src/prefs_migration.c; and what Claws Mail 4.1.1 (Debian 12) writes
// back on exit (tests/data/claws, see its README).

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

// SSLType (src/common/ssl.h): SSL_NONE 0, SSL_TUNNEL 1 (TLS from the first byte),
// SSL_STARTTLS 2. STARTTLS is required, not opportunistic: smtp.c sends STARTTLS
// after EHLO whatever the server lists and gives up when it fails.
QString sslValue(Security security)
{
    switch (security) {
    case Security::Ssl:
        return QStringLiteral("1");
    case Security::StartTls:
        return QStringLiteral("2");
    case Security::TryStartTls:
    case Security::Plain:
        break;
    }
    return {};
}

Security securityFrom(int ssl)
{
    return ssl == 1 ? Security::Ssl : ssl == 2 ? Security::StartTls : Security::Plain;
}

// SMTPAuthType (src/common/smtp.h): LOGIN 1, CRAM-MD5 2, DIGEST-MD5 4, PLAIN 16,
// OAUTH2 32; 0 lets Claws choose among what the server offers (CRAM-MD5, then
// LOGIN, then PLAIN: smtp.c smtp_auth), always inside the TLS connection.
AuthMethod smtpAuthFrom(bool use, int method)
{
    if (!use)
        return AuthMethod::None;
    if (method & (2 | 4))
        return AuthMethod::PasswordEncrypted;
    if (method & 32)
        return AuthMethod::OAuth2;
    return AuthMethod::PasswordCleartext;
}

// IMAPAuthType (src/imap.h): 1 plain LOGIN command, 2 CRAM-MD5, 4 ANONYMOUS,
// 8 GSSAPI, 16 DIGEST-MD5, 32 SCRAM-SHA-1, 64 PLAIN, 128 LOGIN, 256 OAUTH2; 0 automatic.
AuthMethod imapAuthFrom(int method)
{
    if (method & (2 | 16 | 32))
        return AuthMethod::PasswordEncrypted;
    if (method & 8)
        return AuthMethod::Gssapi;
    if (method & 256)
        return AuthMethod::OAuth2;
    if (method & 4)
        return AuthMethod::None;
    return AuthMethod::PasswordCleartext;
}

} // namespace

ClawsAccountRc ClawsAccountRc::parse(const QByteArray& bytes)
{
    ClawsAccountRc rc;
    rc.ini = IniFile::parse(bytes);
    // account.c account_read_config_all(): lines starting "[Account: ", the id being
    // the digits that follow.
    static const QRegularExpression label(QStringLiteral("^Account: (\\d+)$"));
    for (const QString& section : rc.ini.sections()) {
        const auto match = label.match(section);
        if (!match.hasMatch())
            continue;
        ClawsAccount account;
        account.id = match.captured(1).toInt();
        account.section = section;
        bool ok = false;
        const int version =
            rc.ini.value(section, QStringLiteral("config_version")).value_or(QString()).toInt(&ok);
        account.configVersion = ok ? version : -1;
        rc.accounts << account;
    }
    return rc;
}

QString ClawsAccountRc::get(const ClawsAccount& account, const QString& key) const
{
    return ini.value(account.section, key).value_or(QString());
}

bool ClawsAccountRc::flag(const ClawsAccount& account, const QString& key) const
{
    const QString value = get(account, key);
    return !value.isEmpty() && !value.startsWith(QLatin1Char('0'));
}

int ClawsAccountRc::number(const ClawsAccount& account, const QString& key, int fallback) const
{
    bool ok = false;
    const int value = get(account, key).toInt(&ok);
    return ok ? value : fallback;
}

int ClawsAccountRc::versionOf(const ClawsAccount& account, int clawsrcVersion) const
{
    if (account.configVersion >= 0)
        return account.configVersion;
    return clawsrcVersion >= 0 ? clawsrcVersion : 0;
}

ClawsProtocol ClawsAccountRc::protocolOf(const ClawsAccount& account, int clawsrcVersion) const
{
    return clawsProtocolFrom(number(account, QStringLiteral("protocol"), -1),
                             versionOf(account, clawsrcVersion));
}

int ClawsAccountRc::nextId() const
{
    int highest = 0;
    for (const ClawsAccount& account : accounts)
        highest = std::max(highest, account.id);
    return highest + 1;
}

std::optional<ServerSettings> ClawsAccountRc::incoming(const ClawsAccount& account, int clawsrcVersion) const
{
    const ClawsProtocol protocol = protocolOf(account, clawsrcVersion);
    const bool pop = protocol == ClawsProtocol::Pop3;
    if ((!pop && protocol != ClawsProtocol::Imap) || get(account, QStringLiteral("receive_server")).isEmpty())
        return std::nullopt;
    ServerSettings server;
    server.type = pop ? QStringLiteral("pop3") : QStringLiteral("imap");
    server.hostname = get(account, QStringLiteral("receive_server"));
    server.username = get(account, QStringLiteral("user_id"));
    const QString kind = pop ? QStringLiteral("pop") : QStringLiteral("imap");
    server.security = securityFrom(number(account, QStringLiteral("ssl_") + kind, 0));
    // Without set_*port Claws uses the protocol's port, the TLS one for SSL_TUNNEL
    // (inc.c, imap.c).
    const int standard =
        pop ? (server.security == Security::Ssl ? 995 : 110) : (server.security == Security::Ssl ? 993 : 143);
    server.port = flag(account, QStringLiteral("set_") + kind + QStringLiteral("port"))
                      ? number(account, kind + QStringLiteral("_port"), standard)
                      : standard;
    if (pop) {
        const bool popAuth = flag(account, QStringLiteral("use_pop_auth"));
        const int popMethod = number(account, QStringLiteral("pop_auth_method"), 0);
        if (flag(account, QStringLiteral("use_apop_auth")) || (popAuth && (popMethod & 1)))
            server.auth = AuthMethod::PasswordEncrypted; // APOP
        else if (popAuth && (popMethod & 2))
            server.auth = AuthMethod::OAuth2;
        else
            server.auth = AuthMethod::PasswordCleartext;
    } else {
        server.auth = imapAuthFrom(number(account, QStringLiteral("imap_auth_method"), 0));
    }
    return server;
}

std::optional<ServerSettings> ClawsAccountRc::outgoing(const ClawsAccount& account) const
{
    if (get(account, QStringLiteral("smtp_server")).isEmpty())
        return std::nullopt;
    ServerSettings server;
    server.type = QStringLiteral("smtp");
    server.hostname = get(account, QStringLiteral("smtp_server"));
    server.security = securityFrom(number(account, QStringLiteral("ssl_smtp"), 0));
    // send_message.c: 465 for SSL_TUNNEL, else 25, unless set_smtpport.
    const int standard = server.security == Security::Ssl ? 465 : 25;
    server.port = flag(account, QStringLiteral("set_smtpport"))
                      ? number(account, QStringLiteral("smtp_port"), standard)
                      : standard;
    server.auth = smtpAuthFrom(flag(account, QStringLiteral("use_smtp_auth")),
                               number(account, QStringLiteral("smtp_auth_method"), 0));
    if (server.auth != AuthMethod::None) {
        // An empty smtp_user_id means the receiving user name (send_message.c).
        server.username = get(account, QStringLiteral("smtp_user_id"));
        if (server.username.isEmpty())
            server.username = get(account, QStringLiteral("user_id"));
    }
    return server;
}

QList<ExistingAccount> ClawsAccountRc::existingAccounts(int clawsrcVersion) const
{
    QList<ExistingAccount> result;
    for (const ClawsAccount& account : accounts) {
        ExistingAccount existing;
        existing.key = account.section;
        existing.email = get(account, QStringLiteral("address"));
        existing.name = get(account, QStringLiteral("name"));
        if (existing.name.isEmpty())
            existing.name = get(account, QStringLiteral("account_name"));
        existing.incoming = incoming(account, clawsrcVersion);
        existing.outgoing = outgoing(account);
        existing.isDefault = flag(account, QStringLiteral("is_default"));
        result << existing;
    }
    return result;
}

int clawsrcConfigVersion(const QByteArray& clawsrc)
{
    if (clawsrc.isEmpty())
        return -1;
    const IniFile ini = IniFile::parse(clawsrc);
    bool ok = false;
    const int version =
        ini.value(QStringLiteral("Common"), QStringLiteral("config_version")).value_or(QString()).toInt(&ok);
    return ok ? version : -1;
}

ClawsProtocol clawsProtocolFrom(int value, int configVersion)
{
    if (configVersion <= 0) {
        switch (value) {
        case 0:
        case 1: // APOP
        case 2: // RPOP
            return ClawsProtocol::Pop3;
        case 3:
            return ClawsProtocol::Imap;
        case 4:
            return ClawsProtocol::Nntp;
        case 5:
            return ClawsProtocol::Local;
        case 6:
            return ClawsProtocol::None;
        default:
            return ClawsProtocol::Unknown;
        }
    }
    switch (value) {
    case 0:
        return ClawsProtocol::Pop3;
    case 1:
        return ClawsProtocol::Imap;
    case 2:
        return ClawsProtocol::Nntp;
    case 3:
        return ClawsProtocol::Local;
    case 4:
        return ClawsProtocol::None;
    default:
        return ClawsProtocol::Unknown;
    }
}

int clawsProtocolValue(ClawsProtocol protocol, int configVersion)
{
    const bool old = configVersion <= 0;
    switch (protocol) {
    case ClawsProtocol::Pop3:
        return 0;
    case ClawsProtocol::Imap:
        return old ? 3 : 1;
    case ClawsProtocol::Nntp:
        return old ? 4 : 2;
    case ClawsProtocol::Local:
        return old ? 5 : 3;
    case ClawsProtocol::None:
        return old ? 6 : 4;
    case ClawsProtocol::Unknown:
        break;
    }
    return -1;
}

ClawsServerKeys clawsIncomingKeys(const ServerSettings& server)
{
    ClawsServerKeys keys;
    const bool pop = server.type == QLatin1String("pop3");
    const QString kind = pop ? QStringLiteral("pop") : QStringLiteral("imap");
    const QString ssl = sslValue(server.security);
    if (ssl.isEmpty()) {
        keys.error = tr("Claws Mail would have to connect to %1 without encryption, which Mail Setup never "
                        "sets up.")
                         .arg(server.hostname);
        return keys;
    }
    if (pop) {
        // Claws logs in to POP3 with USER/PASS, APOP or OAuth2 only.
        if (server.auth != AuthMethod::PasswordCleartext) {
            keys.error = tr("Claws Mail cannot log in to the POP3 server %1 with %2.")
                             .arg(server.hostname, authMethodName(server.auth));
            return keys;
        }
        keys.auth = {{QStringLiteral("use_apop_auth"), QStringLiteral("0")},
                     {QStringLiteral("use_pop_auth"), QStringLiteral("0")}};
    } else {
        QString method;
        switch (server.auth) {
        case AuthMethod::PasswordCleartext:
            method = QStringLiteral("0");
            break;
        case AuthMethod::PasswordEncrypted:
            method = QStringLiteral("2");
            break;
        case AuthMethod::Gssapi:
            method = QStringLiteral("8");
            break;
        case AuthMethod::None:
        case AuthMethod::Ntlm:
        case AuthMethod::OAuth2:
        case AuthMethod::ClientCertificate:
            keys.error = tr("Claws Mail cannot log in to the IMAP server %1 with %2.")
                             .arg(server.hostname, authMethodName(server.auth));
            return keys;
        }
        keys.auth = {{QStringLiteral("imap_auth_method"), method}};
    }
    keys.server = {{QStringLiteral("receive_server"), server.hostname},
                   {QStringLiteral("user_id"), server.username},
                   {QStringLiteral("ssl_") + kind, ssl},
                   {QStringLiteral("set_") + kind + QStringLiteral("port"), QStringLiteral("1")},
                   {kind + QStringLiteral("_port"), QString::number(server.port)}};
    return keys;
}

ClawsServerKeys clawsOutgoingKeys(const ServerSettings& server)
{
    ClawsServerKeys keys;
    const QString ssl = sslValue(server.security);
    if (ssl.isEmpty()) {
        keys.error = tr("Claws Mail would have to connect to %1 without encryption, which Mail Setup never "
                        "sets up.")
                         .arg(server.hostname);
        return keys;
    }
    switch (server.auth) {
    case AuthMethod::None:
        keys.auth = {{QStringLiteral("use_smtp_auth"), QStringLiteral("0")}};
        break;
    case AuthMethod::PasswordCleartext:
        keys.auth = {{QStringLiteral("use_smtp_auth"), QStringLiteral("1")},
                     {QStringLiteral("smtp_auth_method"), QStringLiteral("0")}};
        break;
    case AuthMethod::PasswordEncrypted:
        keys.auth = {{QStringLiteral("use_smtp_auth"), QStringLiteral("1")},
                     {QStringLiteral("smtp_auth_method"), QStringLiteral("2")}};
        break;
    case AuthMethod::Gssapi:
    case AuthMethod::Ntlm:
    case AuthMethod::OAuth2:
    case AuthMethod::ClientCertificate:
        keys.error = tr("Claws Mail cannot log in to the outgoing server %1 with %2.")
                         .arg(server.hostname, authMethodName(server.auth));
        return keys;
    }
    keys.server = {{QStringLiteral("smtp_server"), server.hostname},
                   {QStringLiteral("smtp_user_id"), server.username},
                   {QStringLiteral("ssl_smtp"), ssl},
                   {QStringLiteral("set_smtpport"), QStringLiteral("1")},
                   {QStringLiteral("smtp_port"), QString::number(server.port)}};
    return keys;
}

} // namespace mailsetup
