// SPDX-License-Identifier: GPL-3.0-or-later
#include "evolutionsources.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

// Key and group names below were checked against GNOME/evolution-data-server
// (src/libedataserver/e-source-{authentication,security,mail-account,mail-identity,
// mail-submission,mail-transport}.c) and against files that evolution-source-registry
// 3.46 (Debian 12) wrote itself (tests/data/evolution/sources, see its README).

namespace mailsetup {
namespace {

const QString kAuth = QStringLiteral("Authentication");
const QString kSecurity = QStringLiteral("Security");
const QString kDataSource = QStringLiteral("Data Source");
const QString kMailAccount = QStringLiteral("Mail Account");
const QString kMailIdentity = QStringLiteral("Mail Identity");
const QString kMailSubmission = QStringLiteral("Mail Submission");
const QString kMailTransport = QStringLiteral("Mail Transport");

// Ports Camel uses when a source says Port=0 (camel-pop3-provider.c,
// camel-imapx-provider.c, camel-smtp-provider.c: the first entry is the default).
int defaultPort(const QString& type, Security security)
{
    const bool ssl = security == Security::Ssl;
    if (type == QLatin1String("pop3"))
        return ssl ? 995 : 110;
    if (type == QLatin1String("imap"))
        return ssl ? 993 : 143;
    return ssl ? 465 : 25;
}

Security securityFrom(const QString& method)
{
    // CamelNetworkSecurityMethod nicks (camel-enums.h), bound to [Security] Method
    // by e-source-camel.c.
    if (method == QLatin1String("ssl-on-alternate-port"))
        return Security::Ssl;
    if (method == QLatin1String("starttls-on-standard-port"))
        return Security::StartTls;
    return Security::Plain; // "none", or no [Security] group (ESourceSecurity's default)
}

AuthMethod authFrom(const QString& method, const QString& type)
{
    // e-source-camel.c turns "none" into a NULL mechanism: USER/PASS for POP3
    // (camel-pop3-store.c), the LOGIN command for IMAP, no AUTH at all for SMTP.
    const QString m = method.toUpper();
    if (m.isEmpty() || m == QLatin1String("NONE"))
        return type == QLatin1String("smtp") ? AuthMethod::None : AuthMethod::PasswordCleartext;
    if (m == QLatin1String("PLAIN") || m == QLatin1String("LOGIN"))
        return AuthMethod::PasswordCleartext;
    if (m == QLatin1String("GSSAPI"))
        return AuthMethod::Gssapi;
    if (m == QLatin1String("NTLM"))
        return AuthMethod::Ntlm;
    if (m.contains(QLatin1String("OAUTH")) || m == QLatin1String("GOOGLE") || m == QLatin1String("OUTLOOK") ||
        m == QLatin1String("YAHOO"))
        return AuthMethod::OAuth2;
    return AuthMethod::PasswordEncrypted; // CRAM-MD5, DIGEST-MD5, +APOP, SCRAM-*
}

} // namespace

QString keyFileUnescape(const QString& raw)
{
    // g_key_file_parse_value_as_string(); an unknown escape is kept as written.
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c != QLatin1Char('\\') || i + 1 == raw.size()) {
            out += c;
            continue;
        }
        const QChar next = raw.at(++i);
        switch (next.unicode()) {
        case 's':
            out += QLatin1Char(' ');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case '\\':
            out += QLatin1Char('\\');
            break;
        default:
            out += c;
            out += next;
        }
    }
    return out;
}

QString keyFileEscape(const QString& value)
{
    // g_key_file_parse_string_as_value() without list-separator escaping: spaces
    // and tabs are escaped only before the first other character (a line break does
    // not end that run), line breaks and backslashes everywhere.
    QString out;
    bool leading = true;
    for (const QChar c : value) {
        switch (c.unicode()) {
        case ' ':
            out += leading ? QStringLiteral("\\s") : QStringLiteral(" ");
            break;
        case '\t':
            out += leading ? QStringLiteral("\\t") : QStringLiteral("\t");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            leading = false;
            break;
        default:
            out += c;
            leading = false;
        }
    }
    return out;
}

QString newEvolutionUid()
{
    QByteArray seed(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(seed.begin(), seed.end());
    seed += QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    return QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex());
}

QString EvolutionSource::get(const QString& group, const QString& key) const
{
    const auto raw = ini.value(group, key);
    return raw ? keyFileUnescape(*raw) : QString();
}

EvolutionSources EvolutionSources::read(const QString& directory)
{
    EvolutionSources result;
    result.directory = directory;
    // Hidden files are not sources (e_server_side_source_new() skips them).
    const QStringList names =
        QDir(directory).entryList({QStringLiteral("*.source")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        EvolutionSource source;
        source.uid = name.chopped(int(qstrlen(".source")));
        source.path = directory + QLatin1Char('/') + name;
        QFile file(source.path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.problems << QStringLiteral("%1: %2").arg(source.path, file.errorString());
            continue;
        }
        source.bytes = file.readAll();
        source.ini = IniFile::parse(source.bytes); // GKeyFile is case-sensitive
        for (const IniParseError& error : source.ini.errors()) {
            const QString message = error.message.mid(error.message.indexOf(QLatin1String(": ")) + 2);
            result.problems << QStringLiteral("%1:%2: %3").arg(source.path).arg(error.line).arg(message);
        }
        result.sources << source;
    }
    return result;
}

const EvolutionSource* EvolutionSources::find(const QString& uid) const
{
    if (uid.isEmpty())
        return nullptr;
    for (const EvolutionSource& source : sources) {
        if (source.uid == uid)
            return &source;
    }
    return nullptr;
}

QList<const EvolutionSource*> EvolutionSources::mailAccounts() const
{
    QList<const EvolutionSource*> accounts;
    for (const EvolutionSource& source : sources) {
        if (!source.has(kMailAccount))
            continue;
        // The built-in "local" and "vfolder" accounts (builtin/local.source.desktop.in)
        // only appear here once changed; they have no servers.
        if (source.get(kMailAccount, QStringLiteral("Builtin")) == QLatin1String("true") ||
            source.uid == QLatin1String("local") || source.uid == QLatin1String("vfolder"))
            continue;
        accounts << &source;
    }
    return accounts;
}

const EvolutionSource* EvolutionSources::identityOf(const EvolutionSource& account) const
{
    const EvolutionSource* identity = find(account.get(kMailAccount, QStringLiteral("IdentityUid")));
    return identity && identity->has(kMailIdentity) ? identity : nullptr;
}

QList<const EvolutionSource*> EvolutionSources::identitiesSendingThrough(const QString& uid) const
{
    QList<const EvolutionSource*> users;
    for (const EvolutionSource& source : sources) {
        if (source.has(kMailIdentity) && source.get(kMailSubmission, QStringLiteral("TransportUid")) == uid)
            users << &source;
    }
    return users;
}

const EvolutionSource* EvolutionSources::collectionOf(const EvolutionSource& account) const
{
    const EvolutionSource* parent = find(account.get(kDataSource, QStringLiteral("Parent")));
    return parent && parent->has(QStringLiteral("Collection")) ? parent : nullptr;
}

QList<ExistingAccount> EvolutionSources::existingAccounts() const
{
    QList<ExistingAccount> accounts;
    for (const EvolutionSource* account : mailAccounts()) {
        ExistingAccount existing;
        existing.key = account->uid;
        if (const EvolutionSource* identity = identityOf(*account)) {
            existing.email = identity->get(kMailIdentity, QStringLiteral("Address"));
            existing.name = identity->get(kMailIdentity, QStringLiteral("Name"));
            const EvolutionSource* transport =
                find(identity->get(kMailSubmission, QStringLiteral("TransportUid")));
            if (transport &&
                transport->get(kMailTransport, QStringLiteral("BackendName")) == QLatin1String("smtp"))
                existing.outgoing = evolutionServer(*transport, QStringLiteral("smtp"));
        }
        if (existing.name.isEmpty())
            existing.name = account->get(kDataSource, QStringLiteral("DisplayName"));
        const QString type = evolutionIncomingType(account->get(kMailAccount, QStringLiteral("BackendName")));
        if (!type.isEmpty())
            existing.incoming = evolutionServer(*account, type);
        accounts << existing;
    }
    return accounts;
}

std::optional<ServerSettings> evolutionServer(const EvolutionSource& source, const QString& type)
{
    const QString host = source.get(kAuth, QStringLiteral("Host"));
    if (host.isEmpty())
        return std::nullopt;
    ServerSettings server;
    server.type = type;
    server.hostname = host;
    server.security = securityFrom(source.get(kSecurity, QStringLiteral("Method")));
    server.port = source.get(kAuth, QStringLiteral("Port")).toInt();
    if (server.port <= 0)
        server.port = defaultPort(type, server.security);
    server.auth = authFrom(source.get(kAuth, QStringLiteral("Method")), type);
    server.username = source.get(kAuth, QStringLiteral("User"));
    return server;
}

QString evolutionIncomingType(const QString& backendName)
{
    // Camel provider protocols (libcamelpop3.urls, libcamelimapx.urls).
    if (backendName == QLatin1String("pop"))
        return QStringLiteral("pop3");
    if (backendName == QLatin1String("imapx"))
        return QStringLiteral("imap");
    return {};
}

QString evolutionSecurityMethod(Security security)
{
    switch (security) {
    case Security::Ssl:
        return QStringLiteral("ssl-on-alternate-port");
    case Security::StartTls:
        // Required, not opportunistic: Camel stops with "Failed to connect to ... in
        // secure mode" when the server offers no STARTTLS/STLS (camel-smtp-transport.c,
        // camel-pop3-store.c, camel-imapx-server.c).
        return QStringLiteral("starttls-on-standard-port");
    case Security::TryStartTls:
    case Security::Plain:
        break;
    }
    return {};
}

QString evolutionAuthMethod(AuthMethod auth, const QString& type)
{
    // Evolution's own mapping of autoconfig <authentication> values
    // (GNOME/evolution src/mail/e-mail-autoconfig.c): a normal password is IMAP
    // LOGIN / POP3 USER-PASS (no mechanism, written "none") and SMTP "LOGIN";
    // an encrypted password is CRAM-MD5.
    const bool smtp = type == QLatin1String("smtp");
    switch (auth) {
    case AuthMethod::None:
        return QStringLiteral("none");
    case AuthMethod::PasswordCleartext:
        return smtp ? QStringLiteral("LOGIN") : QStringLiteral("none");
    case AuthMethod::PasswordEncrypted:
        return QStringLiteral("CRAM-MD5");
    case AuthMethod::Gssapi:
        return QStringLiteral("GSSAPI");
    case AuthMethod::Ntlm:
        return QStringLiteral("NTLM");
    case AuthMethod::OAuth2:
    case AuthMethod::ClientCertificate:
        break;
    }
    return {};
}

QByteArray buildKeyFile(const QList<KeyFileGroup>& groups)
{
    QByteArray out;
    for (const KeyFileGroup& group : groups) {
        if (!out.isEmpty())
            out += '\n';
        out += '[' + group.first.toUtf8() + "]\n";
        for (const auto& [key, value] : group.second)
            out += key.toUtf8() + '=' + keyFileEscape(value).toUtf8() + '\n';
    }
    return out;
}

} // namespace mailsetup
