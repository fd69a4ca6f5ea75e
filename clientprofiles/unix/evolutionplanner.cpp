// SPDX-License-Identifier: GPL-3.0-or-later
#include "evolutionplanner.h"

#include <QCoreApplication>
#include <QSet>
#include <list>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

const QString kAuth = QStringLiteral("Authentication");
const QString kSecurity = QStringLiteral("Security");
const QString kMethod = QStringLiteral("Method");
const QString kMailAccount = QStringLiteral("Mail Account");
const QString kMailIdentity = QStringLiteral("Mail Identity");
const QString kMailSubmission = QStringLiteral("Mail Submission");
const QString kMailTransport = QStringLiteral("Mail Transport");
const QString kTransportUid = QStringLiteral("TransportUid");

// [Authentication] of a new source, keys in the order evolution-source-registry writes
// them. Without ProxyUid the registry fills in its default and rewrites the whole file
// as soon as it loads it (seen with 3.46), which would make undo see a changed file.
QList<QPair<QString, QString>> authentication(const ServerSettings& server)
{
    return {{QStringLiteral("Host"), server.hostname},
            {kMethod, evolutionAuthMethod(server.auth, server.type)},
            {QStringLiteral("Port"), QString::number(server.port)},
            {QStringLiteral("ProxyUid"), QStringLiteral("system-proxy")},
            {QStringLiteral("RememberPassword"), QStringLiteral("true")},
            {QStringLiteral("User"), server.username},
            {QStringLiteral("CredentialName"), QString()},
            {QStringLiteral("IsExternal"), QStringLiteral("false")}};
}

// Pending changes to one existing .source file, made through the format-preserving
// INI editor so every other line stays as Evolution wrote it.
struct Edit
{
    const EvolutionSource* source = nullptr;
    IniFile ini;
    QStringList details;

    void set(const QString& group, const QString& key, const QString& value)
    {
        const auto raw = ini.value(group, key);
        if (raw && keyFileUnescape(*raw) == value)
            return;
        ini.setValue(group, key, keyFileEscape(value));
        details
            << (raw ? QStringLiteral("[%1] %2: \"%3\" → \"%4\"").arg(group, key, keyFileUnescape(*raw), value)
                    : QStringLiteral("[%1] %2 = \"%3\" (new)").arg(group, key, value));
    }
};

class Planner
{
public:
    Planner(const EvolutionSources& sources, const AccountSettings& settings)
        : m_sources(sources), m_settings(settings)
    {}

    EvolutionPlan run();

private:
    Edit& edit(const EvolutionSource* source);
    QString freshUid();
    bool expressible(const ServerSettings& server);
    void writeServer(Edit& edit, const ServerSettings& server);
    void addTransport(const QString& uid, const QString& parentUid);
    void addFile(const QString& uid, const QByteArray& text, const QStringList& details);
    void addAccount();
    void updateAccount(const EvolutionSource* account, const EvolutionSource* identity);

    const EvolutionSources& m_sources;
    const AccountSettings& m_settings;
    EvolutionPlan m_plan;
    std::list<Edit> m_edits; // stable addresses
    QList<FileChange> m_newFiles;
    QSet<QString> m_claimedUids;
};

Edit& Planner::edit(const EvolutionSource* source)
{
    for (Edit& e : m_edits) {
        if (e.source == source)
            return e;
    }
    m_edits.push_back(Edit{source, source->ini, {}});
    return m_edits.back();
}

QString Planner::freshUid()
{
    for (;;) {
        const QString uid = newEvolutionUid();
        if (!m_sources.find(uid) && !m_claimedUids.contains(uid)) {
            m_claimedUids.insert(uid);
            return uid;
        }
    }
}

bool Planner::expressible(const ServerSettings& server)
{
    if (evolutionSecurityMethod(server.security).isEmpty()) {
        m_plan.refusal = tr("Evolution would have to connect to %1 without encryption, which Mail Setup "
                            "never sets up.")
                             .arg(server.hostname);
        return false;
    }
    if (evolutionAuthMethod(server.auth, server.type).isEmpty()) {
        m_plan.refusal = tr("Evolution cannot log in to %1 with %2 from settings files alone; set this "
                            "account up in Evolution itself (Edit > Accounts).")
                             .arg(server.hostname, authMethodName(server.auth));
        return false;
    }
    return true;
}

// Host, port, user and how to log in live in [Authentication], the encryption in
// [Security]; the camel [Pop Backend]/[Smtp Backend] groups do not hold them
// (e-source-camel.c binds these two extensions to CamelNetworkSettings).
void Planner::writeServer(Edit& e, const ServerSettings& server)
{
    const EvolutionSource& s = *e.source;
    if (s.get(kAuth, QStringLiteral("Host")).compare(server.hostname, Qt::CaseInsensitive) != 0)
        e.set(kAuth, QStringLiteral("Host"), server.hostname);
    e.set(kAuth, QStringLiteral("Port"), QString::number(server.port));
    e.set(kAuth, QStringLiteral("User"), server.username);
    // A mechanism that already means what is asked (PLAIN for a normal password) stays.
    const auto current = evolutionServer(s, server.type);
    if (!current || current->auth != server.auth || !s.ini.value(kAuth, kMethod))
        e.set(kAuth, kMethod, evolutionAuthMethod(server.auth, server.type));
    e.set(kSecurity, kMethod, evolutionSecurityMethod(server.security));
}

void Planner::addFile(const QString& uid, const QByteArray& text, const QStringList& details)
{
    FileChange change;
    change.path = m_sources.directory + QLatin1Char('/') + uid + QStringLiteral(".source");
    change.existed = false;
    change.after = text;
    change.details = details;
    m_newFiles << change;
}

void Planner::addTransport(const QString& uid, const QString& parentUid)
{
    const ServerSettings& out = m_settings.outgoing;
    const QByteArray text =
        buildKeyFile({{QStringLiteral("Data Source"),
                       {{QStringLiteral("DisplayName"), m_settings.email},
                        {QStringLiteral("Enabled"), QStringLiteral("true")},
                        {QStringLiteral("Parent"), parentUid}}},
                      {kAuth, authentication(out)},
                      {kSecurity, {{kMethod, evolutionSecurityMethod(out.security)}}},
                      {kMailTransport, {{QStringLiteral("BackendName"), QStringLiteral("smtp")}}}});
    addFile(uid, text, {tr("outgoing server (SMTP): %1").arg(out.describe())});
}

void Planner::addAccount()
{
    if (!m_settings.incoming) {
        m_plan.refusal = tr("Evolution has no account for %1, and %2 sets up outgoing mail only. Add the "
                            "account in Evolution first, then run Mail Setup again.")
                             .arg(m_settings.email, m_settings.providerName);
        return;
    }
    const ServerSettings& in = *m_settings.incoming;
    if (!expressible(in) || !expressible(m_settings.outgoing))
        return;
    const bool pop = in.type == QLatin1String("pop3");
    const QString accountUid = freshUid();
    const QString identityUid = freshUid();
    const QString transportUid = freshUid();
    const auto dataSource = [&](const QString& parent) {
        return KeyFileGroup{QStringLiteral("Data Source"),
                            {{QStringLiteral("DisplayName"), m_settings.email},
                             {QStringLiteral("Enabled"), QStringLiteral("true")},
                             {QStringLiteral("Parent"), parent}}};
    };

    // A stand-alone account needs no collection parent: Evolution's own account
    // assistant commits exactly these three sources (tests/data/evolution/make-fixtures.py
    // does the same through the registry's D-Bus API).
    QList<KeyFileGroup> account = {
        dataSource(QString()),
        {kMailAccount,
         {{QStringLiteral("BackendName"), pop ? QStringLiteral("pop") : QStringLiteral("imapx")},
          {QStringLiteral("IdentityUid"), identityUid}}},
        {kAuth, authentication(in)},
        {kSecurity, {{kMethod, evolutionSecurityMethod(in.security)}}}};
    if (pop) // CamelPOP3Settings:keep-on-server; nothing is lost by trying us out
        account << KeyFileGroup{QStringLiteral("Pop Backend"),
                                {{QStringLiteral("KeepOnServer"), QStringLiteral("true")}}};
    addFile(accountUid, buildKeyFile(account),
            {tr("mail account: incoming mail (%1) %2").arg(in.protocolName(), in.describe())});

    QList<QPair<QString, QString>> identity = {{QStringLiteral("Address"), m_settings.email}};
    if (!m_settings.realName.isEmpty())
        identity << qMakePair(QStringLiteral("Name"), m_settings.realName);
    addFile(identityUid,
            buildKeyFile({dataSource(accountUid),
                          {kMailSubmission, {{kTransportUid, transportUid}}},
                          {kMailIdentity, identity}}),
            {tr("identity: %1")
                 .arg(m_settings.realName.isEmpty()
                          ? m_settings.email
                          : QStringLiteral("%1 <%2>").arg(m_settings.realName, m_settings.email))});
    addTransport(transportUid, accountUid);

    m_plan.summary << tr("Add a new account for %1").arg(m_settings.email)
                   << tr("Incoming mail (%1): %2").arg(in.protocolName(), in.describe())
                   << tr("Outgoing mail (SMTP): %1").arg(m_settings.outgoing.describe());
    if (pop)
        m_plan.notes << tr("New POP3 accounts keep a copy of each message on the server, so trying "
                           "Mail Setup cannot lose mail. You can change this in the account settings.");
}

void Planner::updateAccount(const EvolutionSource* account, const EvolutionSource* identity)
{
    if (const EvolutionSource* collection = m_sources.collectionOf(*account)) {
        m_plan.refusal =
            tr("The Evolution account for %1 belongs to \"%2\" (an online account), which sets its "
               "servers itself. Change it where that account is managed (for example GNOME Settings > "
               "Online Accounts).")
                .arg(m_settings.email,
                     collection->get(QStringLiteral("Data Source"), QStringLiteral("DisplayName")));
        return;
    }
    if ((m_settings.incoming && !expressible(*m_settings.incoming)) || !expressible(m_settings.outgoing))
        return;
    m_plan.summary << tr("Update the existing account %1 (%2)").arg(m_settings.email, account->uid);

    const QString backend = account->get(kMailAccount, QStringLiteral("BackendName"));
    const QString type = evolutionIncomingType(backend);
    if (!m_settings.incoming) {
        m_plan.notes << tr("%1 sets up outgoing mail only; the incoming server stays as it is.")
                            .arg(m_settings.providerName);
    } else if (type == m_settings.incoming->type) {
        const auto current = evolutionServer(*account, type);
        if (!current || *current != *m_settings.incoming)
            m_plan.summary << tr("Incoming mail (%1): %2")
                                  .arg(m_settings.incoming->protocolName(), m_settings.incoming->describe());
        writeServer(edit(account), *m_settings.incoming);
    } else {
        m_plan.notes << tr("This account receives mail by %1, but %2 sets up %3. The kind of an existing "
                           "account cannot be changed without moving its folders, so its incoming server "
                           "was left as it is.")
                            .arg(type.isEmpty() ? backend : type.toUpper(), m_settings.providerName,
                                 m_settings.incoming->protocolName());
    }

    const QString transportUid = identity->get(kMailSubmission, kTransportUid);
    const EvolutionSource* transport = m_sources.find(transportUid);
    const bool ownSmtp =
        transport && transport->get(kMailTransport, QStringLiteral("BackendName")) == QLatin1String("smtp") &&
        m_sources.identitiesSendingThrough(transportUid) == QList<const EvolutionSource*>{identity};
    if (ownSmtp) {
        const auto current = evolutionServer(*transport, QStringLiteral("smtp"));
        if (!current || *current != m_settings.outgoing)
            m_plan.summary << tr("Outgoing mail (SMTP): %1").arg(m_settings.outgoing.describe());
        writeServer(edit(transport), m_settings.outgoing);
    } else {
        const QString uid = freshUid();
        addTransport(uid, account->uid);
        edit(identity).set(kMailSubmission, kTransportUid, uid);
        m_plan.summary
            << tr("Add an outgoing server (SMTP) for this account: %1").arg(m_settings.outgoing.describe());
        if (transport && m_sources.identitiesSendingThrough(transportUid).size() > 1)
            m_plan.notes << tr("The outgoing server this account used is shared with other accounts, so it "
                               "stays as it is; this account gets its own.");
        else if (!transportUid.isEmpty())
            m_plan.notes << tr("This account sent mail through \"%1\"; it now gets its own outgoing server. "
                               "\"%1\" stays as it is.")
                                .arg(transport ? transport->get(QStringLiteral("Data Source"),
                                                                QStringLiteral("DisplayName"))
                                               : transportUid);
    }
    if (!m_settings.realName.isEmpty() && identity->get(kMailIdentity, QStringLiteral("Name")).isEmpty())
        edit(identity).set(kMailIdentity, QStringLiteral("Name"), m_settings.realName);
}

EvolutionPlan Planner::run()
{
    const EvolutionSource* account = nullptr;
    const EvolutionSource* identity = nullptr;
    for (const EvolutionSource* candidate : m_sources.mailAccounts()) {
        const EvolutionSource* id = m_sources.identityOf(*candidate);
        if (!id || id->get(kMailIdentity, QStringLiteral("Address"))
                           .compare(m_settings.email, Qt::CaseInsensitive) != 0)
            continue;
        if (!account) {
            account = candidate;
            identity = id;
        } else {
            m_plan.notes << tr("%1 also appears in the account \"%2\" (%3), which was left as it is.")
                                .arg(m_settings.email,
                                     candidate->get(QStringLiteral("Data Source"),
                                                    QStringLiteral("DisplayName")),
                                     candidate->uid);
        }
    }
    if (account)
        updateAccount(account, identity);
    else
        addAccount();
    if (!m_plan.refusal.isEmpty())
        return m_plan;

    for (const Edit& e : m_edits) {
        if (e.details.isEmpty())
            continue;
        m_plan.files << FileChange{e.source->path, true, e.source->bytes, e.ini.toBytes(), e.details};
    }
    m_plan.files << m_newFiles;
    if (m_plan.files.isEmpty())
        m_plan.summary = QStringList{
            tr("%1 is already set up as %2 describes.").arg(m_settings.email, m_settings.providerName)};
    else
        m_plan.notes << tr("Evolution's background service picks up the changed files within a few "
                           "seconds. Evolution asks for the password the first time it connects.");
    return m_plan;
}

} // namespace

EvolutionPlan planEvolutionAccount(const EvolutionSources& sources, const AccountSettings& settings)
{
    return Planner(sources, settings).run();
}

} // namespace mailsetup
