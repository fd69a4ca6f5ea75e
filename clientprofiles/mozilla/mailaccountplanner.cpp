// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailaccountplanner.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

class Planner
{
public:
    Planner(const MailPrefs& prefs, const AccountSettings& settings, const QString& clientName)
        : m_prefs(prefs), m_settings(settings), m_client(clientName)
    {}

    MailAccountPlan run();

private:
    void set(const QString& name, const PrefValue& value)
    {
        const auto before = m_prefs.value(name);
        if (before && *before == value)
            return;
        for (PrefChange& change : m_plan.changes) {
            if (change.name == name) {
                change.after = value;
                return;
            }
        }
        m_plan.changes << PrefChange{name, before, value};
    }
    void setString(const QString& name, const QString& value) { set(name, PrefValue::fromString(value)); }
    void setInt(const QString& name, int value) { set(name, PrefValue::fromInt(value)); }
    void setBool(const QString& name, bool value) { set(name, PrefValue::fromBool(value)); }

    QString freeKey(const QString& base, const QString& branch) const;
    int nextAccountNumber() const;
    QStringList identitiesUsingSmtp(const QString& smtpKey) const;
    void writeIncoming(const QString& server, const ServerSettings& in, bool existing);
    void writeOutgoing(const QString& smtpKey, bool existing);
    QString chooseSmtpKey(const QString& identity);
    bool refuseInexpressible(const ServerSettings& server, bool incoming);
    void updateAccount(const QString& account, const QString& identity);
    void addAccount();

    const MailPrefs& m_prefs;
    const AccountSettings& m_settings;
    QString m_client;
    MailAccountPlan m_plan;
    QSet<QString> m_claimedKeys; // keys this plan creates
};

// The first <base><n> with no pref in `branch.<base><n>.` (nsMsgAccountManager,
// OutgoingServerService.sys.mjs pick the first free number the same way).
QString Planner::freeKey(const QString& base, const QString& branch) const
{
    for (int n = 1;; ++n) {
        const QString key = base + QString::number(n);
        if (m_claimedKeys.contains(key))
            continue;
        if (m_prefs.namesWithPrefix(QStringLiteral("%1.%2.").arg(branch, key)).isEmpty())
            return key;
    }
}

int Planner::nextAccountNumber() const
{
    int highest = m_prefs.integer(QStringLiteral("mail.account.lastKey"), 0);
    static const QRegularExpression numbered(QStringLiteral("^mail\\.account\\.account(\\d+)\\."));
    for (const QString& name : m_prefs.namesWithPrefix(QStringLiteral("mail.account.account"))) {
        const auto match = numbered.match(name);
        if (match.hasMatch())
            highest = std::max(highest, match.captured(1).toInt());
    }
    for (const QString& key : m_prefs.list(QStringLiteral("mail.accountmanager.accounts"))) {
        if (key.startsWith(QLatin1String("account")))
            highest = std::max(highest, key.mid(7).toInt());
    }
    return highest + 1;
}

// Identities that send through smtpKey, named explicitly or by default.
QStringList Planner::identitiesUsingSmtp(const QString& smtpKey) const
{
    QStringList users;
    static const QRegularExpression identityPref(QStringLiteral("^mail\\.identity\\.([^.]+)\\.useremail$"));
    QSet<QString> identities;
    for (const QString& name : m_prefs.namesWithPrefix(QStringLiteral("mail.identity."))) {
        const auto match = identityPref.match(name);
        if (match.hasMatch())
            identities.insert(match.captured(1));
    }
    for (const QString& account : m_prefs.accountKeys()) {
        for (const QString& id : m_prefs.identitiesOf(account))
            identities.insert(id);
    }
    for (const QString& id : identities) {
        if (m_prefs.smtpKeyOf(id) == smtpKey)
            users << id;
    }
    return users;
}

void Planner::writeIncoming(const QString& server, const ServerSettings& in, bool existing)
{
    const QString p = QStringLiteral("mail.server.%1.").arg(server);
    if (existing) {
        // Changing hostname/userName would orphan the folder URIs built from them;
        // Thunderbird's own account settings write realhostname/realuserName instead
        // (nsMsgIncomingServer::SetRealHostName).
        const QString host = m_prefs.string(p + QStringLiteral("hostname"));
        if (host.compare(in.hostname, Qt::CaseInsensitive) != 0 ||
            !m_prefs.string(p + QStringLiteral("realhostname")).isEmpty())
            setString(p + QStringLiteral("realhostname"), in.hostname);
        const QString user = m_prefs.string(p + QStringLiteral("userName"));
        if (user != in.username || !m_prefs.string(p + QStringLiteral("realuserName")).isEmpty())
            setString(p + QStringLiteral("realuserName"), in.username);
    } else {
        setString(p + QStringLiteral("type"), in.type);
        setString(p + QStringLiteral("hostname"), in.hostname);
        setString(p + QStringLiteral("userName"), in.username);
        setString(p + QStringLiteral("name"), m_settings.email);
        setBool(p + QStringLiteral("login_at_startup"), true);
        setBool(p + QStringLiteral("check_new_mail"), true);
        if (in.type == QLatin1String("pop3"))
            setBool(p + QStringLiteral("leave_on_server"), true); // nothing is lost by trying us out
    }
    setInt(p + QStringLiteral("port"), in.port);
    setInt(p + QStringLiteral("socketType"), socketTypeFor(in.security));
    setInt(p + QStringLiteral("authMethod"), mozillaAuthFor(in.auth));
    if (m_prefs.dialect().legacyPrefs) {
        // Before socketType only isSecure (= SSL) existed; nsMsgIncomingServer::GetSocketType
        // of that era reads isSecure only when socketType is absent (RetroZilla
        // mailnews/base/util/nsMsgIncomingServer.cpp), so both agree.
        setBool(p + QStringLiteral("isSecure"), in.security == Security::Ssl);
        setBool(p + QStringLiteral("auth_login"), true);
        setBool(p + QStringLiteral("useSecAuth"), in.auth == AuthMethod::PasswordEncrypted);
    }
}

void Planner::writeOutgoing(const QString& smtpKey, bool existing)
{
    const ServerSettings& out = m_settings.outgoing;
    const QString p = QStringLiteral("mail.smtpserver.%1.").arg(smtpKey);
    setString(p + QStringLiteral("hostname"), out.hostname);
    setInt(p + QStringLiteral("port"), out.port);
    setInt(p + QStringLiteral("try_ssl"), socketTypeFor(out.security));
    setInt(p + QStringLiteral("authMethod"), mozillaAuthFor(out.auth));
    if (m_prefs.dialect().legacyPrefs) {
        // nsSmtpProtocol before 3.1: auth_method 0 = no login, 1 = log in; useSecAuth
        // = only encrypted methods; trySecAuth = encrypted first, then AUTH PLAIN/LOGIN
        // (RetroZilla mailnews/mailnews.js, migration.jsm). A normal password sends
        // PLAIN/LOGIN only, as authMethod 3 does.
        const bool encrypted = out.auth == AuthMethod::PasswordEncrypted;
        setInt(p + QStringLiteral("auth_method"), out.auth == AuthMethod::None ? 0 : 1);
        setBool(p + QStringLiteral("useSecAuth"), encrypted);
        setBool(p + QStringLiteral("trySecAuth"), encrypted);
    }
    setString(p + QStringLiteral("username"), out.username);
    if (!existing) {
        setString(p + QStringLiteral("description"), m_settings.providerName);
        QStringList keys = m_prefs.list(QStringLiteral("mail.smtpservers"));
        keys << smtpKey;
        setString(QStringLiteral("mail.smtpservers"), keys.join(QLatin1Char(',')));
        if (m_prefs.string(QStringLiteral("mail.smtp.defaultserver")).isEmpty() &&
            m_prefs.list(QStringLiteral("mail.smtpservers")).isEmpty())
            setString(QStringLiteral("mail.smtp.defaultserver"), smtpKey);
    }
}

// Older Mozilla programs cannot express every setting: refuse rather than write
// something that the program would read as weaker.
bool Planner::refuseInexpressible(const ServerSettings& server, bool incoming)
{
    const MailPrefsDialect& d = m_prefs.dialect();
    if (incoming && server.security == Security::StartTls && !d.socketType) {
        m_plan.refusal =
            tr("This version of %1 cannot require STARTTLS for incoming mail: it knows only SSL/TLS on "
               "or off, and would connect to %2 port %3 without encryption. Choose the SSL/TLS port "
               "(995 for POP3, 993 for IMAP) if %4 offers it, or use a newer mail program.")
                .arg(d.programName, server.hostname)
                .arg(server.port)
                .arg(m_settings.providerName);
        return true;
    }
    const bool passwordOrNone = server.auth == AuthMethod::PasswordCleartext ||
                                server.auth == AuthMethod::PasswordEncrypted ||
                                (!incoming && server.auth == AuthMethod::None);
    if (!d.authMethod && !passwordOrNone) {
        m_plan.refusal =
            tr("This version of %1 can log in to %2 only with a normal or an encrypted "
               "password, but %3 asks for %4.")
                .arg(d.programName, server.hostname, m_settings.providerName, authMethodName(server.auth));
        return true;
    }
    return false;
}

// The identity's own server when nobody else sends through it; else a server
// with the same host that nobody else uses; else a new one.
QString Planner::chooseSmtpKey(const QString& identity)
{
    const QString current = m_prefs.smtpKeyOf(identity);
    const bool currentExists = m_prefs.outgoing(current).has_value();
    if (currentExists && identitiesUsingSmtp(current) == QStringList{identity}) {
        writeOutgoing(current, true);
        m_plan.summary
            << tr("Change the outgoing server %1 to %2").arg(current, m_settings.outgoing.describe());
        return current;
    }
    for (const QString& key : m_prefs.list(QStringLiteral("mail.smtpservers"))) {
        const auto server = m_prefs.outgoing(key);
        if (!server || server->hostname.compare(m_settings.outgoing.hostname, Qt::CaseInsensitive) != 0)
            continue;
        const QStringList users = identitiesUsingSmtp(key);
        if (users.isEmpty() || users == QStringList{identity}) {
            writeOutgoing(key, true);
            m_plan.summary << tr("Use the existing outgoing server %1, set to %2")
                                  .arg(key, m_settings.outgoing.describe());
            return key;
        }
    }
    const QString key = freeKey(QStringLiteral("smtp"), QStringLiteral("mail.smtpserver"));
    m_claimedKeys.insert(key);
    writeOutgoing(key, false);
    if (currentExists)
        m_plan.notes << tr("The outgoing server %1 is shared with other accounts, so it stays as it is; "
                           "this account gets its own (%2).")
                            .arg(current, key);
    m_plan.summary << tr("Add the outgoing server %1: %2").arg(key, m_settings.outgoing.describe());
    return key;
}

void Planner::updateAccount(const QString& account, const QString& identity)
{
    const QString server = m_prefs.serverOf(account);
    const QString type = m_prefs.serverType(server);
    m_plan.summary << tr("Update the existing account %1 (%2)").arg(m_settings.email, account);
    if (m_settings.incoming) {
        if (type == m_settings.incoming->type) {
            const auto current = m_prefs.incoming(server);
            if (refuseInexpressible(*m_settings.incoming, true))
                return;
            if (!current || *current != *m_settings.incoming)
                m_plan.summary << tr("Incoming mail (%1): %2")
                                      .arg(m_settings.incoming->protocolName(),
                                           m_settings.incoming->describe());
            writeIncoming(server, *m_settings.incoming, true);
        } else {
            m_plan.notes << tr("This account receives mail by %1, but %2 sets up %3. The kind of an existing "
                               "account cannot be changed without moving its folders, so its incoming server "
                               "was left as it is.")
                                .arg(type.toUpper(), m_settings.providerName,
                                     m_settings.incoming->protocolName());
        }
    } else {
        m_plan.notes << tr("%1 sets up outgoing mail only; the incoming server stays as it is.")
                            .arg(m_settings.providerName);
    }
    const QString smtpKey = chooseSmtpKey(identity);
    setString(QStringLiteral("mail.identity.%1.smtpServer").arg(identity), smtpKey);
    if (!m_settings.realName.isEmpty() &&
        m_prefs.string(QStringLiteral("mail.identity.%1.fullName").arg(identity)).isEmpty())
        setString(QStringLiteral("mail.identity.%1.fullName").arg(identity), m_settings.realName);
}

void Planner::addAccount()
{
    if (!m_settings.incoming) {
        m_plan.refusal =
            tr("%1 has no account for %2, and %3 sets up outgoing mail only. Add the account in %1 "
               "first, then run Mail Setup again.")
                .arg(m_client, m_settings.email, m_settings.providerName);
        return;
    }
    const ServerSettings& in = *m_settings.incoming;
    if (refuseInexpressible(in, true))
        return;
    const int number = nextAccountNumber();
    const QString account = QStringLiteral("account%1").arg(number);
    const QString server = freeKey(QStringLiteral("server"), QStringLiteral("mail.server"));
    const QString identity = freeKey(QStringLiteral("id"), QStringLiteral("mail.identity"));
    m_claimedKeys << account << server << identity;

    m_plan.summary << tr("Add a new account for %1").arg(m_settings.email)
                   << tr("Incoming mail (%1): %2").arg(in.protocolName(), in.describe());
    const QString smtpKey = freeKey(QStringLiteral("smtp"), QStringLiteral("mail.smtpserver"));
    m_claimedKeys.insert(smtpKey);
    writeOutgoing(smtpKey, false);
    m_plan.summary << tr("Outgoing mail (SMTP): %1").arg(m_settings.outgoing.describe());

    writeIncoming(server, in, false);
    const QString id = QStringLiteral("mail.identity.%1.").arg(identity);
    setString(id + QStringLiteral("useremail"), m_settings.email);
    if (!m_settings.realName.isEmpty())
        setString(id + QStringLiteral("fullName"), m_settings.realName);
    setString(id + QStringLiteral("smtpServer"), smtpKey);
    setBool(id + QStringLiteral("valid"), true);

    setString(QStringLiteral("mail.account.%1.server").arg(account), server);
    setString(QStringLiteral("mail.account.%1.identities").arg(account), identity);
    QStringList accounts = m_prefs.list(QStringLiteral("mail.accountmanager.accounts"));
    accounts << account;
    setString(QStringLiteral("mail.accountmanager.accounts"), accounts.join(QLatin1Char(',')));
    setInt(QStringLiteral("mail.account.lastKey"), number);
    // Without the pref Thunderbird takes the first mail account as default; setting
    // it then would silently make another account lose that role.
    if (m_prefs.string(QStringLiteral("mail.accountmanager.defaultaccount")).isEmpty() &&
        m_prefs.accounts().isEmpty())
        setString(QStringLiteral("mail.accountmanager.defaultaccount"), account);
    if (in.type == QLatin1String("pop3"))
        m_plan.notes << tr("New POP3 accounts keep a copy of each message on the server, so trying "
                           "Mail Setup cannot lose mail. You can change this in the account settings.");
}

MailAccountPlan Planner::run()
{
    // The account whose identity has this address (as Thunderbird matches, ignoring case).
    QString account, identity;
    for (const QString& candidate : m_prefs.accountKeys()) {
        if (!m_prefs.incoming(m_prefs.serverOf(candidate)))
            continue;
        for (const QString& id : m_prefs.identitiesOf(candidate)) {
            if (m_prefs.string(QStringLiteral("mail.identity.%1.useremail").arg(id))
                    .compare(m_settings.email, Qt::CaseInsensitive) == 0) {
                if (account.isEmpty()) {
                    account = candidate;
                    identity = id;
                } else {
                    m_plan.notes << tr("%1 also appears in account %2, which was left as it is.")
                                        .arg(m_settings.email, candidate);
                }
            }
        }
    }
    if (!refuseInexpressible(m_settings.outgoing, false)) {
        if (account.isEmpty())
            addAccount();
        else
            updateAccount(account, identity);
    }
    if (!m_plan.refusal.isEmpty()) {
        m_plan.changes.clear();
        m_plan.summary.clear();
        return m_plan;
    }
    if (m_plan.changes.isEmpty())
        m_plan.summary = QStringList{
            tr("%1 is already set up as %2 describes.").arg(m_settings.email, m_settings.providerName)};
    return m_plan;
}

} // namespace

QString PrefChange::describe() const
{
    if (!before)
        return QStringLiteral("%1 = %2 (new)").arg(name, after.toDisplayString());
    return QStringLiteral("%1: %2 → %3").arg(name, before->toDisplayString(), after.toDisplayString());
}

MailAccountPlan
planMailAccount(const MailPrefs& prefs, const AccountSettings& settings, const QString& clientName)
{
    return Planner(prefs, settings, clientName).run();
}

} // namespace mailsetup
