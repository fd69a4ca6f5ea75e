// SPDX-License-Identifier: GPL-3.0-or-later
#include "kmailplanner.h"

#include "kmailreceiving.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <climits>
#include <cstdlib>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

const QString kGeneral = QStringLiteral("General");

// KConfigGroup::readEntry<bool> and the ItemEnum reading, to compare what is there
// with what we would write without rewriting equal values.
bool sameValue(const QString& key, const QString& current, const QString& wanted)
{
    if (key == QLatin1String("encryption") || key == QLatin1String("authtype") ||
        key == QLatin1String("auth"))
        return current.trimmed().compare(wanted, Qt::CaseInsensitive) == 0;
    if (key == QLatin1String("port"))
        return current.trimmed().toInt() == wanted.toInt();
    return current == wanted;
}

// mailtransport.kcfg choice names; KConfigXT writes the name, not the index
// (KDE/kconfig src/core/kcoreconfigskeleton.cpp, ItemEnum::writeConfig).
std::optional<QString> encryptionFor(Security security)
{
    switch (security) {
    case Security::Ssl:
        return QStringLiteral("SSL"); // implicit TLS: KSmtp::Session::TLS (smtpjob.cpp)
    case Security::StartTls:
        return QStringLiteral("TLS"); // KSmtp::Session::STARTTLS, which quits if the server lacks it
    case Security::Plain:
    case Security::TryStartTls:
        break;
    }
    return std::nullopt;
}

// The authtype KMail uses for a method, or empty when it cannot log in that way.
QString authTypeFor(AuthMethod method)
{
    switch (method) {
    case AuthMethod::PasswordCleartext:
        return QStringLiteral("PLAIN"); // the kcfg default and what the account wizard sets
    case AuthMethod::PasswordEncrypted:
        return QStringLiteral("CRAM_MD5");
    case AuthMethod::Gssapi:
        return QStringLiteral("GSSAPI");
    case AuthMethod::Ntlm:
        return QStringLiteral("NTLM");
    case AuthMethod::None:
    case AuthMethod::OAuth2:
    case AuthMethod::ClientCertificate:
        break;
    }
    return {};
}

int defaultIdSource()
{
    return int(QRandomGenerator::global()->bounded(1, RAND_MAX));
}

class Planner
{
public:
    Planner(const KMailSettings& kmail, const AccountSettings& settings, const KMailIdSource& newId)
        : m_kmail(kmail), m_settings(settings), m_newId(newId ? newId : KMailIdSource(defaultIdSource))
    {}

    KMailAccountPlan run();

private:
    QList<QPair<QString, QString>> transportValues() const;
    void setTransport(const KMailTransport& transport);
    int addTransport();
    int chooseTransport(const KMailIdentity& identity);
    void updateIdentity(const KMailIdentity& identity);
    void addIdentity();
    void
    setGeneral(KConfigFileChanges* file, const KConfigFile& config, const QString& key, const QString& value);
    QString uniqueTransportName() const;
    QString uniqueIdentityName() const;
    int freshId(const QSet<int>& used);

    const KMailSettings& m_kmail;
    const AccountSettings& m_settings;
    KMailIdSource m_newId;
    QString m_transportName; // the transport the identity ends up with
    QString m_encryption;
    QString m_authType;
    KMailAccountPlan m_plan;
};

// The keys that make the transport what the profile describes, sorted as KConfig
// writes them. Port, encryption and authentication are always written: their
// defaults differ between KMail versions (port 25 and no encryption in older
// kmailtransport, 587 and SSL in newer), so an absent key is never relied on.
QList<QPair<QString, QString>> Planner::transportValues() const
{
    const ServerSettings& out = m_settings.outgoing;
    QList<QPair<QString, QString>> values;
    const bool auth = out.auth != AuthMethod::None;
    values << qMakePair(QStringLiteral("auth"), auth ? QStringLiteral("true") : QStringLiteral("false"));
    if (auth)
        values << qMakePair(QStringLiteral("authtype"), m_authType);
    values << qMakePair(QStringLiteral("encryption"), m_encryption)
           << qMakePair(QStringLiteral("host"), out.hostname)
           << qMakePair(QStringLiteral("port"), QString::number(out.port));
    if (auth)
        values << qMakePair(QStringLiteral("user"), out.username);
    return values;
}

void Planner::setTransport(const KMailTransport& transport)
{
    for (const auto& [key, value] : transportValues()) {
        const auto current = m_kmail.transportsConfig.value(transport.group, key);
        if (current && sameValue(key, *current, value))
            continue;
        m_plan.transports.changes << KConfigChange{transport.group, key, current, value};
    }
    // Transport passwords are kept in KWallet under the transport's id, not in the file.
    const bool newLogin = transport.host.compare(m_settings.outgoing.hostname, Qt::CaseInsensitive) != 0 ||
                          transport.user != m_settings.outgoing.username;
    if (newLogin && m_settings.outgoing.auth != AuthMethod::None)
        m_plan.notes
            << tr("If KMail has a password stored for the outgoing server \"%1\", it keeps it. If sending "
                  "then fails with a log-in error, enter your password again under Settings > Configure "
                  "KMail... > Accounts > Sending > Modify...")
                   .arg(transport.name);
    if (!transport.precommand.isEmpty())
        m_plan.notes << tr("The outgoing server \"%1\" runs a command before sending (%2); it was left as it "
                           "is. Check that it still suits %3.")
                            .arg(transport.name, transport.precommand, m_settings.outgoing.hostname);
}

int Planner::freshId(const QSet<int>& used)
{
    for (int tries = 0; tries < 1000; ++tries) {
        const int id = m_newId();
        if (id > 0 && !used.contains(id))
            return id;
    }
    return 0;
}

QString Planner::uniqueTransportName() const
{
    const QString base = QStringLiteral("%1 (%2)").arg(m_settings.providerName, m_settings.email);
    QSet<QString> names;
    for (const KMailTransport& t : m_kmail.transports)
        names.insert(t.name);
    QString name = base;
    for (int n = 1; names.contains(name); ++n) // Transport::forceUniqueName
        name = QStringLiteral("%1 #%2").arg(base).arg(n);
    return name;
}

QString Planner::uniqueIdentityName() const
{
    const QString domain = m_settings.email.section(QLatin1Char('@'), -1);
    // The account wizard's "%1 (%2)" with the full name and the domain.
    const QString base = m_settings.realName.isEmpty()
                             ? m_settings.email
                             : QStringLiteral("%1 (%2)").arg(m_settings.realName, domain);
    QSet<QString> names;
    for (const KMailIdentity& i : m_kmail.identities)
        names.insert(i.identityName);
    QString name = base;
    for (int n = 1; names.contains(name); ++n) // IdentityManager::makeUnique
        name = QStringLiteral("%1 #%2").arg(base).arg(n);
    return name;
}

int Planner::addTransport()
{
    QSet<int> used;
    QSet<QString> groups;
    for (const KMailTransport& t : m_kmail.transports)
        used.insert(t.id);
    for (const QString& g : m_kmail.transportsConfig.groups())
        groups.insert(g);
    int id = 0;
    do {
        id = freshId(used);
        used.insert(id);
    } while (id != 0 && groups.contains(QStringLiteral("Transport %1").arg(id)));
    if (id == 0) {
        m_plan.refusal = tr("no free number for a new outgoing server in %1").arg(m_kmail.transportsPath);
        return 0;
    }
    m_transportName = uniqueTransportName();
    QList<QPair<QString, QString>> entries = transportValues();
    entries << qMakePair(QStringLiteral("id"), QString::number(id))
            << qMakePair(QStringLiteral("name"), m_transportName);
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    m_plan.transports.newGroups << KConfigNewGroup{QStringLiteral("Transport %1").arg(id), entries};
    if (m_settings.outgoing.auth != AuthMethod::None)
        m_plan.notes
            << tr("KMail asks for your password the first time it sends through \"%1\"; it can keep it "
                  "in KWallet from then on. Mail Setup never writes passwords.")
                   .arg(m_transportName);
    if (m_kmail.transports.isEmpty())
        setGeneral(&m_plan.transports, m_kmail.transportsConfig, QStringLiteral("default-transport"),
                   QString::number(id));
    return id;
}

// The identity's own transport when it alone sends through it; else an SMTP transport
// to the same host that nobody else uses; else a new one.
int Planner::chooseTransport(const KMailIdentity& identity)
{
    const KMailTransport* current = m_kmail.transportOf(identity);
    auto onlyThisIdentity = [&](const KMailTransport& t) {
        const auto users = m_kmail.usersOf(t);
        return users.isEmpty() || (users.size() == 1 && users.first()->group == identity.group);
    };
    if (current && current->isSmtp() && onlyThisIdentity(*current)) {
        m_transportName = current->name;
        setTransport(*current);
        if (!m_plan.transports.changes.isEmpty())
            m_plan.summary << tr("Change the outgoing server \"%1\" to %2")
                                  .arg(current->name, m_settings.outgoing.describe());
        return current->id;
    }
    for (const KMailTransport& t : m_kmail.transports) {
        if (t.id <= 0 || !t.isSmtp() ||
            t.host.compare(m_settings.outgoing.hostname, Qt::CaseInsensitive) != 0 || !onlyThisIdentity(t))
            continue;
        m_transportName = t.name;
        setTransport(t);
        m_plan.summary << tr("Use the existing outgoing server \"%1\", set to %2")
                              .arg(t.name, m_settings.outgoing.describe());
        return t.id;
    }
    const int id = addTransport();
    if (current && !current->isSmtp())
        m_plan.notes
            << tr("The outgoing server \"%1\" is not an SMTP server (%2), so it stays as it is; this "
                  "identity gets a new one.")
                   .arg(current->name, current->identifier);
    else if (current)
        m_plan.notes
            << tr("The outgoing server \"%1\" is shared with other identities, so it stays as it is; "
                  "this identity gets its own.")
                   .arg(current->name);
    m_plan.summary
        << tr("Add the outgoing server \"%1\": %2").arg(m_transportName, m_settings.outgoing.describe());
    return id;
}

void Planner::setGeneral(KConfigFileChanges* file,
                         const KConfigFile& config,
                         const QString& key,
                         const QString& value)
{
    if (config.hasGroup(kGeneral)) {
        file->changes << KConfigChange{kGeneral, key, config.value(kGeneral, key), value};
        return;
    }
    for (KConfigNewGroup& group : file->newGroups) {
        if (group.group == kGeneral) {
            group.entries << qMakePair(key, value);
            return;
        }
    }
    file->newGroups.prepend(KConfigNewGroup{kGeneral, {qMakePair(key, value)}});
}

void Planner::updateIdentity(const KMailIdentity& identity)
{
    m_plan.summary << tr("Update the identity \"%1\" (%2)").arg(identity.identityName, identity.email);
    const int id = chooseTransport(identity);
    if (id == 0)
        return;
    const KMailTransport* current = m_kmail.transportOf(identity);
    const bool alreadyThere = current && current->id == id;
    if (!alreadyThere)
        m_plan.identities.changes << KConfigChange{
            identity.group, QStringLiteral("Transport"),
            m_kmail.identitiesConfig.value(identity.group, QStringLiteral("Transport")), QString::number(id)};
    if (!m_settings.realName.isEmpty() && identity.fullName.isEmpty())
        m_plan.identities.changes << KConfigChange{
            identity.group, QStringLiteral("Name"),
            m_kmail.identitiesConfig.value(identity.group, QStringLiteral("Name")), m_settings.realName};
}

void Planner::addIdentity()
{
    if (!m_settings.incoming) {
        m_plan.refusal =
            tr("KMail has no identity for %1, and %2 sets up outgoing mail only. Add the account in "
               "KMail first (Settings > Configure KMail > Accounts), then run Mail Setup again.")
                .arg(m_settings.email, m_settings.providerName);
        return;
    }
    m_plan.summary << tr("Add a new identity for %1").arg(m_settings.email);
    const int transportId = addTransport();
    if (transportId == 0)
        return;
    m_plan.summary << tr("Outgoing mail (SMTP): %1").arg(m_settings.outgoing.describe());

    QSet<int> uoids;
    int number = 0;
    static const QRegularExpression numbered(QStringLiteral("^Identity #(\\d+)$"));
    for (const QString& g : m_kmail.identitiesConfig.groups()) {
        if (const auto match = numbered.match(g); match.hasMatch())
            number = std::max(number, match.captured(1).toInt() + 1);
    }
    for (const KMailIdentity& i : m_kmail.identities)
        uoids.insert(int(i.uoid));
    const int uoid = freshId(uoids);
    // The keys KIdentityManagement writes for a new identity (identity.h names);
    // "Override Encryption Defaults" as Identity::writeConfig adds it, because
    // Identity::readConfig turns an identity without it into one that overrides.
    QList<QPair<QString, QString>> entries;
    entries << qMakePair(QStringLiteral("Email Address"), m_settings.email)
            << qMakePair(QStringLiteral("Identity"), uniqueIdentityName());
    if (!m_settings.realName.isEmpty())
        entries << qMakePair(QStringLiteral("Name"), m_settings.realName);
    entries << qMakePair(QStringLiteral("Override Encryption Defaults"), QStringLiteral("false"))
            << qMakePair(QStringLiteral("Transport"), QString::number(transportId))
            << qMakePair(QStringLiteral("uoid"), QString::number(uoid));
    m_plan.identities.newGroups << KConfigNewGroup{QStringLiteral("Identity #%1").arg(number), entries};
    if (m_kmail.identities.isEmpty())
        setGeneral(&m_plan.identities, m_kmail.identitiesConfig, QStringLiteral("Default Identity"),
                   QString::number(uoid));
}

KMailAccountPlan Planner::run()
{
    const ServerSettings& out = m_settings.outgoing;
    const auto encryption = encryptionFor(out.security);
    if (!encryption) {
        m_plan.refusal = tr("the outgoing server %1 would not be encrypted; Mail Setup does not set that up")
                             .arg(out.hostname);
        return m_plan;
    }
    m_encryption = *encryption;
    m_authType = authTypeFor(out.auth);
    if (out.auth == AuthMethod::OAuth2 || out.auth == AuthMethod::ClientCertificate) {
        // smtpjob.cpp: XOAUTH2 is tied to Google's sign-in; no client certificates at all.
        m_plan.refusal = tr("KMail cannot log in to %1 with %2. Set up the outgoing server in KMail by hand "
                            "(Settings > Configure KMail > Accounts > Sending).")
                             .arg(out.hostname, authMethodName(out.auth));
        return m_plan;
    }

    QList<const KMailIdentity*> matches;
    for (const KMailIdentity& identity : m_kmail.identities) {
        if (!identity.email.isEmpty() && identity.email.compare(m_settings.email, Qt::CaseInsensitive) == 0)
            matches << &identity;
    }
    // The default identity first, as KMail lists it first.
    std::stable_sort(matches.begin(), matches.end(), [&](const KMailIdentity* a, const KMailIdentity* b) {
        const uint d = m_kmail.defaultIdentityUoid();
        return a->uoid == d && b->uoid != d;
    });

    const KMailIdentity* identity = matches.isEmpty() ? nullptr : matches.first();
    if (identity)
        updateIdentity(*identity);
    else
        addIdentity();
    if (!m_plan.refusal.isEmpty())
        return m_plan;
    for (int i = 1; i < matches.size(); ++i)
        m_plan.notes << tr("The identity \"%1\" also has the address %2 and was left as it is; choose the "
                           "outgoing server \"%3\" in its settings if it should send the same way.")
                            .arg(matches.at(i)->identityName, m_settings.email, m_transportName);

    const ReceivingAdvice advice = receivingAdvice(m_kmail, identity, m_settings);
    m_plan.summary << advice.summary;
    m_plan.notes << advice.notes;
    if (m_plan.transports.isEmpty() && m_plan.identities.isEmpty())
        m_plan.summary.prepend(tr("KMail already sends mail from %1 as %2 describes.")
                                   .arg(m_settings.email, m_settings.providerName));
    return m_plan;
}

} // namespace

QString KConfigChange::describe() const
{
    if (!before)
        return QStringLiteral("[%1] %2 = \"%3\" (new)").arg(group, key, after);
    return QStringLiteral("[%1] %2: \"%3\" → \"%4\"").arg(group, key, *before, after);
}

KMailAccountPlan
planKMailAccount(const KMailSettings& kmail, const AccountSettings& settings, const KMailIdSource& newId)
{
    return Planner(kmail, settings, newId).run();
}

} // namespace mailsetup
