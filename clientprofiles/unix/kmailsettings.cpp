// SPDX-License-Identifier: GPL-3.0-or-later
#include "kmailsettings.h"

#include <QDir>
#include <QRegularExpression>
#include <algorithm>

namespace mailsetup {
namespace {

// KConfigGroup::readEntry<bool>: "true", "on", "yes" or a non-zero number.
bool readBool(const std::optional<QString>& value, bool fallback)
{
    if (!value)
        return fallback;
    const QString v = value->trimmed().toLower();
    if (v == QLatin1String("true") || v == QLatin1String("on") || v == QLatin1String("yes"))
        return true;
    bool ok = false;
    const int n = v.toInt(&ok);
    return ok && n != 0;
}

std::optional<int> readInt(const std::optional<QString>& value)
{
    bool ok = false;
    const int n = value ? value->trimmed().toInt(&ok) : 0;
    return ok ? std::optional<int>(n) : std::nullopt;
}

// KCoreConfigSkeleton::ItemEnum::readConfig: a choice name (any case), else its index.
int enumIndex(const QString& raw, const QStringList& choices)
{
    for (int i = 0; i < choices.size(); ++i) {
        if (raw.trimmed().compare(choices.at(i), Qt::CaseInsensitive) == 0)
            return i;
    }
    bool ok = false;
    const int n = raw.trimmed().toInt(&ok);
    return ok ? n : -1;
}

const QStringList kEncryptions = {QStringLiteral("None"), QStringLiteral("SSL"), QStringLiteral("TLS")};
const QStringList kAuthTypes = {QStringLiteral("LOGIN"),     QStringLiteral("PLAIN"),
                                QStringLiteral("CRAM_MD5"),  QStringLiteral("DIGEST_MD5"),
                                QStringLiteral("GSSAPI"),    QStringLiteral("NTLM"),
                                QStringLiteral("APOP"),      QStringLiteral("CLEAR"),
                                QStringLiteral("ANONYMOUS"), QStringLiteral("XOAUTH2")};

void addProblems(QStringList* problems,
                 const QString& path,
                 const FileSnapshot& file,
                 const KConfigFile& config)
{
    if (!file.error.isEmpty())
        *problems << file.error;
    for (const KConfigProblem& e : config.errors())
        *problems << QStringLiteral("%1:%2: %3").arg(path).arg(e.line).arg(e.message);
}

// "host:port" as older IMAP resources kept it in ImapServer.
void splitHostPort(QString* host, std::optional<int>* port)
{
    const int colon = int(host->lastIndexOf(QLatin1Char(':')));
    if (colon <= 0 || host->count(QLatin1Char(':')) != 1)
        return;
    bool ok = false;
    const int n = host->mid(colon + 1).toInt(&ok);
    if (!ok)
        return;
    if (!*port)
        *port = n;
    host->truncate(colon);
}

QList<KMailReceivingAccount> readReceiving(const QString& dir)
{
    QList<KMailReceivingAccount> accounts;
    static const QRegularExpression name(QStringLiteral("^akonadi_(pop3|imap)_resource_\\d+rc$"));
    const QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto match = name.match(file);
        if (!match.hasMatch())
            continue;
        const FileSnapshot snapshot = FileSnapshot::read(dir + QLatin1Char('/') + file);
        const KConfigFile config = KConfigFile::parse(snapshot.bytes);
        KMailReceivingAccount a;
        a.id = file.chopped(2);
        a.type = match.captured(1);
        if (a.type == QLatin1String("pop3")) {
            // kdepim-runtime resources/pop3/settings.kcfg, group General.
            const QString g = QStringLiteral("General");
            a.host = config.value(g, QStringLiteral("host")).value_or(QString());
            a.login = config.value(g, QStringLiteral("login")).value_or(QString());
            a.port = readInt(config.value(g, QStringLiteral("port")));
            a.name = config.value(g, QStringLiteral("name")).value_or(QString());
            if (readBool(config.value(g, QStringLiteral("useSSL")), false))
                a.security = Security::Ssl;
            else if (readBool(config.value(g, QStringLiteral("useTLS")), false))
                a.security = Security::StartTls;
            else
                a.security = Security::Plain;
        } else {
            // kdepim-runtime resources/imap/imapresource.kcfg, groups network and cache.
            const QString g = QStringLiteral("network");
            a.host = config.value(g, QStringLiteral("ImapServer")).value_or(QString());
            a.login = config.value(g, QStringLiteral("UserName")).value_or(QString());
            a.port = readInt(config.value(g, QStringLiteral("ImapPort")));
            splitHostPort(&a.host, &a.port);
            // Newer resources write the names; older ones an index whose meaning changed.
            const QString safety = config.value(g, QStringLiteral("Safety")).value_or(QString()).toUpper();
            if (safety == QLatin1String("SSL"))
                a.security = Security::Ssl;
            else if (safety == QLatin1String("STARTTLS"))
                a.security = Security::StartTls;
            else if (safety == QLatin1String("NONE"))
                a.security = Security::Plain;
            a.identity =
                uint(readInt(config.value(QStringLiteral("cache"), QStringLiteral("AccountIdentity")))
                         .value_or(0));
        }
        accounts << a;
    }
    return accounts;
}

} // namespace

bool KMailTransport::isSmtp() const
{
    return identifier.compare(QLatin1String("SMTP"), Qt::CaseInsensitive) == 0;
}

ServerSettings KMailTransport::server() const
{
    ServerSettings s;
    s.type = QStringLiteral("smtp");
    s.hostname = host;
    s.port = port.value_or(25);
    s.username = user;
    switch (enumIndex(encryption, kEncryptions)) {
    case 1:
        s.security = Security::Ssl;
        break;
    case 2:
        s.security = Security::StartTls;
        break;
    default:
        s.security = Security::Plain;
        break;
    }
    const int authIndex = authtype.isEmpty() ? 1 : enumIndex(authtype, kAuthTypes); // default PLAIN
    if (!auth || authIndex == 8)
        s.auth = AuthMethod::None;
    else if (authIndex == 2 || authIndex == 3 || authIndex == 6)
        s.auth = AuthMethod::PasswordEncrypted;
    else if (authIndex == 4)
        s.auth = AuthMethod::Gssapi;
    else if (authIndex == 5)
        s.auth = AuthMethod::Ntlm;
    else if (authIndex == 9)
        s.auth = AuthMethod::OAuth2;
    else
        s.auth = AuthMethod::PasswordCleartext;
    return s;
}

KMailSettings KMailSettings::read(const QString& configDir)
{
    KMailSettings s;
    s.dir = configDir;
    // KConfig("mailtransports") and KConfig("emailidentities"): both in the folder
    // QStandardPaths::GenericConfigLocation names (KDE/kmailtransport transportmanager.cpp,
    // KDE/kidentitymanagement src/core/identitymanager.cpp).
    s.transportsPath = configDir + QStringLiteral("/mailtransports");
    s.identitiesPath = configDir + QStringLiteral("/emailidentities");
    s.transportsFile = FileSnapshot::read(s.transportsPath);
    s.identitiesFile = FileSnapshot::read(s.identitiesPath);
    s.transportsConfig = KConfigFile::parse(s.transportsFile.bytes);
    s.identitiesConfig = KConfigFile::parse(s.identitiesFile.bytes);
    addProblems(&s.problems, s.transportsPath, s.transportsFile, s.transportsConfig);
    addProblems(&s.problems, s.identitiesPath, s.identitiesFile, s.identitiesConfig);

    // TransportManagerPrivate::readConfig: every group "Transport <anything>"; the id is
    // the "id" key, which need not match the group name.
    static const QRegularExpression transportGroup(QStringLiteral("^Transport (.+)$"));
    for (const QString& group : s.transportsConfig.groups()) {
        if (!transportGroup.match(group).hasMatch())
            continue;
        const KConfigFile& c = s.transportsConfig;
        auto get = [&](const char* key) { return c.value(group, QString::fromLatin1(key)); };
        KMailTransport t;
        t.group = group;
        t.id = std::max(0, readInt(get("id")).value_or(0));
        t.name = get("name").value_or(QString());
        t.identifier = get("identifier").value_or(QStringLiteral("SMTP"));
        t.host = get("host").value_or(QString()).trimmed(); // Transport::usrRead trims it
        t.port = readInt(get("port"));
        t.user = get("user").value_or(QString());
        t.auth = readBool(get("auth"), false);
        t.encryption = get("encryption").value_or(QString());
        t.authtype = get("authtype").value_or(QString());
        t.precommand = get("precommand").value_or(QString());
        s.transports << t;
    }

    // IdentityManagerPrivate::groupList: "^Identity #\d+$".
    static const QRegularExpression identityGroup(QStringLiteral("^Identity #\\d+$"));
    for (const QString& group : s.identitiesConfig.groups()) {
        if (!identityGroup.match(group).hasMatch())
            continue;
        const KConfigFile& c = s.identitiesConfig;
        KMailIdentity i;
        i.group = group;
        i.uoid = uint(readInt(c.value(group, QStringLiteral("uoid"))).value_or(0));
        i.identityName = c.value(group, QStringLiteral("Identity")).value_or(QString());
        i.fullName = c.value(group, QStringLiteral("Name")).value_or(QString());
        i.email = c.value(group, QStringLiteral("Email Address")).value_or(QString()).trimmed();
        i.transport = c.value(group, QStringLiteral("Transport")).value_or(QString()).trimmed();
        s.identities << i;
    }
    s.receiving = readReceiving(configDir);
    return s;
}

const KMailTransport* KMailSettings::transportById(int id) const
{
    if (id <= 0)
        return nullptr;
    for (const KMailTransport& t : transports) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

int KMailSettings::defaultTransportId() const
{
    const QString raw = transportsConfig.value(QStringLiteral("General"), QStringLiteral("default-transport"))
                            .value_or(QString());
    if (const KMailTransport* t = transportById(readInt(raw).value_or(0)))
        return t->id;
    for (const KMailTransport& t : transports) { // a migrated file may name it
        if (!raw.isEmpty() && t.name == raw && t.id > 0)
            return t.id;
    }
    // validateDefault: the first transport, in KConfig's (sorted) group order.
    const KMailTransport* first = nullptr;
    for (const KMailTransport& t : transports) {
        if (t.id > 0 && (!first || t.group < first->group))
            first = &t;
    }
    return first ? first->id : 0;
}

// KMail's composer: transportById(identity.transport().toInt(), true), which falls
// back to the default for an empty, unknown or non-numeric value.
const KMailTransport* KMailSettings::transportOf(const KMailIdentity& identity) const
{
    if (const KMailTransport* own = transportById(readInt(identity.transport).value_or(0)))
        return own;
    return transportById(defaultTransportId());
}

QList<const KMailIdentity*> KMailSettings::usersOf(const KMailTransport& transport) const
{
    QList<const KMailIdentity*> users;
    for (const KMailIdentity& identity : identities) {
        if (transportOf(identity) == &transport)
            users << &identity;
    }
    return users;
}

// IdentityManagerPrivate::readConfig: the identity named in [General], if it has an
// address; else the first identity in KConfig's (sorted) group order.
uint KMailSettings::defaultIdentityUoid() const
{
    const uint named =
        uint(readInt(identitiesConfig.value(QStringLiteral("General"), QStringLiteral("Default Identity")))
                 .value_or(0));
    const KMailIdentity* first = nullptr;
    for (const KMailIdentity& identity : identities) {
        if (named != 0 && identity.uoid == named && !identity.email.isEmpty())
            return named;
        if (!first || identity.group < first->group)
            first = &identity;
    }
    return first ? first->uoid : 0;
}

const KMailReceivingAccount* KMailSettings::receivingFor(const KMailIdentity& identity) const
{
    for (const KMailReceivingAccount& a : receiving) {
        if (identity.uoid != 0 && a.identity == identity.uoid)
            return &a;
    }
    for (const KMailReceivingAccount& a : receiving) {
        if (!identity.email.isEmpty() && a.login.compare(identity.email, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

QList<ExistingAccount> KMailSettings::accounts() const
{
    QList<ExistingAccount> result;
    const uint defaultUoid = defaultIdentityUoid();
    for (const KMailIdentity& identity : identities) {
        if (identity.email.isEmpty())
            continue; // KIdentityManagement keeps it, but nothing can be sent from it
        ExistingAccount a;
        a.key = QStringLiteral("identity %1").arg(identity.uoid);
        a.email = identity.email;
        a.name = identity.fullName;
        a.isDefault = identity.uoid == defaultUoid;
        if (const KMailTransport* t = transportOf(identity))
            a.outgoing = t->server();
        if (const KMailReceivingAccount* r = receivingFor(identity); r && r->port && r->security) {
            ServerSettings in;
            in.type = r->type;
            in.hostname = r->host;
            in.port = *r->port;
            in.security = *r->security;
            in.username = r->login;
            a.incoming = in;
        }
        result << a;
    }
    return result;
}

} // namespace mailsetup
