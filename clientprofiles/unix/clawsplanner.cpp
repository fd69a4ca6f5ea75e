// SPDX-License-Identifier: GPL-3.0-or-later
#include "clawsplanner.h"

#include <QCoreApplication>
#include <QMap>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

// Claws reads a value up to the end of its line and has no escape for a line break.
QString oneLine(QString value)
{
    return value.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QByteArray newlineOf(const QByteArray& bytes)
{
    return bytes.contains("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
}

class Planner
{
public:
    Planner(const QByteArray& bytes, int clawsrcVersion, const AccountSettings& settings)
        : m_bytes(bytes), m_rc(ClawsAccountRc::parse(bytes)), m_clawsrcVersion(clawsrcVersion),
          m_settings(settings)
    {}

    ClawsPlan run();

private:
    void set(const ClawsAccount& account, const QString& key, const QString& value);
    void setAll(const ClawsAccount& account, const ClawsKeys& keys);
    int newAccountVersion() const;
    void addAccount();
    void updateAccount(const ClawsAccount& account);

    QByteArray m_bytes;
    ClawsAccountRc m_rc;
    int m_clawsrcVersion;
    const AccountSettings& m_settings;
    ClawsPlan m_plan;
};

void Planner::set(const ClawsAccount& account, const QString& key, const QString& value)
{
    const auto before = m_rc.ini.value(account.section, key);
    const QString flat = oneLine(value);
    if (before && *before == flat)
        return;
    m_rc.ini.setValue(account.section, key, flat);
    m_plan.details
        << (before ? QStringLiteral("[%1] %2: \"%3\" → \"%4\"").arg(account.section, key, *before, flat)
                   : QStringLiteral("[%1] %2 = \"%3\" (new)").arg(account.section, key, flat));
}

void Planner::setAll(const ClawsAccount& account, const ClawsKeys& keys)
{
    for (const auto& [key, value] : keys)
        set(account, key, value);
}

// The version this Claws writes: what its accounts already carry, else clawsrc's. With
// neither, config_version is left out and Claws reads the block as version 0, as it
// would any account written before config_version existed (prefs_migration.c).
int Planner::newAccountVersion() const
{
    int version = -1;
    for (const ClawsAccount& account : m_rc.accounts)
        version = std::max(version, account.configVersion);
    return version >= 0 ? version : m_clawsrcVersion;
}

void Planner::addAccount()
{
    if (!m_settings.incoming) {
        m_plan.refusal = tr("Claws Mail has no account for %1, and %2 sets up outgoing mail only. Add the "
                            "account in Claws Mail first, then run Mail Setup again.")
                             .arg(m_settings.email, m_settings.providerName);
        return;
    }
    const ServerSettings& in = *m_settings.incoming;
    const ClawsServerKeys inKeys = clawsIncomingKeys(in);
    const ClawsServerKeys outKeys = clawsOutgoingKeys(m_settings.outgoing);
    if (!inKeys.error.isEmpty() || !outKeys.error.isEmpty()) {
        m_plan.refusal = inKeys.error.isEmpty() ? outKeys.error : inKeys.error;
        return;
    }
    const bool pop = in.type == QLatin1String("pop3");
    const int version = newAccountVersion();
    const int id = m_rc.nextId();
    const QString section = QStringLiteral("Account: %1").arg(id);

    QMap<QString, QString> values = {
        {QStringLiteral("account_name"), m_settings.email},
        {QStringLiteral("is_default"), m_rc.accounts.isEmpty() ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("name"), m_settings.realName},
        {QStringLiteral("address"), m_settings.email},
        {QStringLiteral("protocol"),
         QString::number(
             clawsProtocolValue(pop ? ClawsProtocol::Pop3 : ClawsProtocol::Imap, std::max(version, 0)))}};
    if (version >= 0)
        values.insert(QStringLiteral("config_version"), QString::number(version));
    if (pop) // Claws deletes fetched mail by default; nothing is lost by trying us out
        values.insert(QStringLiteral("remove_mail"), QStringLiteral("0"));
    for (const ClawsKeys* keys : {&inKeys.server, &inKeys.auth, &outKeys.server, &outKeys.auth}) {
        for (const auto& [key, value] : *keys)
            values.insert(key, value);
    }
    // In the order of Claws' own PrefParam table (prefs_account.c), so the block reads
    // like one Claws wrote.
    static const QStringList order =
        QStringLiteral("account_name is_default name address protocol receive_server smtp_server user_id "
                       "config_version use_apop_auth use_pop_auth remove_mail imap_auth_method use_smtp_auth "
                       "smtp_auth_method smtp_user_id ssl_pop ssl_imap ssl_smtp set_smtpport smtp_port "
                       "set_popport pop_port set_imapport imap_port")
            .split(QLatin1Char(' '));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        Q_ASSERT_X(order.contains(it.key()), "addAccount", "a key missing from the order would be lost");

    const QByteArray nl = newlineOf(m_bytes);
    QByteArray block;
    if (!m_bytes.isEmpty()) {
        if (!m_bytes.endsWith('\n') && !m_bytes.endsWith('\r'))
            block += nl;
        block += nl; // Claws separates blocks with an empty line
    }
    block += '[' + section.toUtf8() + ']' + nl;
    for (const QString& key : order) {
        if (values.contains(key))
            block += key.toUtf8() + '=' + oneLine(values.value(key)).toUtf8() + nl;
    }
    m_plan.details << tr("[%1] (new): incoming mail (%2) %3").arg(section, in.protocolName(), in.describe())
                   << tr("[%1] (new): outgoing mail (SMTP) %2").arg(section, m_settings.outgoing.describe());
    m_plan.after = m_bytes + block;

    m_plan.summary << tr("Add a new account for %1 ([%2])").arg(m_settings.email, section)
                   << tr("Incoming mail (%1): %2").arg(in.protocolName(), in.describe())
                   << tr("Outgoing mail (SMTP): %1").arg(m_settings.outgoing.describe());
    if (pop)
        m_plan.notes << tr("New POP3 accounts keep a copy of each message on the server, so trying "
                           "Mail Setup cannot lose mail. You can change this in the account settings.");
}

void Planner::updateAccount(const ClawsAccount& account)
{
    m_plan.summary << tr("Update the existing account %1 ([%2])").arg(m_settings.email, account.section);
    const ClawsServerKeys outKeys = clawsOutgoingKeys(m_settings.outgoing);
    if (!outKeys.error.isEmpty()) {
        m_plan.refusal = outKeys.error;
        return;
    }
    // Read before anything changes: the SMTP user falls back to user_id.
    const auto currentOut = m_rc.outgoing(account);
    if (!m_settings.incoming) {
        m_plan.notes << tr("%1 sets up outgoing mail only; the incoming server stays as it is.")
                            .arg(m_settings.providerName);
    } else {
        const ServerSettings& in = *m_settings.incoming;
        const auto current = m_rc.incoming(account, m_clawsrcVersion);
        const ClawsProtocol protocol = m_rc.protocolOf(account, m_clawsrcVersion);
        const bool sameKind = (protocol == ClawsProtocol::Pop3 && in.type == QLatin1String("pop3")) ||
                              (protocol == ClawsProtocol::Imap && in.type == QLatin1String("imap"));
        if (sameKind) {
            const ClawsServerKeys inKeys = clawsIncomingKeys(in);
            if (!inKeys.error.isEmpty()) {
                m_plan.refusal = inKeys.error;
                return;
            }
            setAll(account, inKeys.server);
            if (!current || current->auth != in.auth)
                setAll(account, inKeys.auth);
            if (!current || *current != in)
                m_plan.summary << tr("Incoming mail (%1): %2").arg(in.protocolName(), in.describe());
        } else {
            m_plan.notes << tr("This account does not receive mail by %1, which %2 sets up. The kind of an "
                               "existing account cannot be changed without moving its folders, so its "
                               "incoming server was left as it is.")
                                .arg(in.protocolName(), m_settings.providerName);
        }
    }
    setAll(account, outKeys.server);
    if (!currentOut || currentOut->auth != m_settings.outgoing.auth)
        setAll(account, outKeys.auth);
    if (!currentOut || *currentOut != m_settings.outgoing)
        m_plan.summary << tr("Outgoing mail (SMTP): %1").arg(m_settings.outgoing.describe());
    if (!m_settings.realName.isEmpty() && m_rc.get(account, QStringLiteral("name")).isEmpty())
        set(account, QStringLiteral("name"), m_settings.realName);
    m_plan.after = m_rc.ini.toBytes();
}

ClawsPlan Planner::run()
{
    m_plan.after = m_bytes;
    const ClawsAccount* match = nullptr;
    for (const ClawsAccount& account : m_rc.accounts) {
        if (m_rc.get(account, QStringLiteral("address")).compare(m_settings.email, Qt::CaseInsensitive) != 0)
            continue;
        if (!match)
            match = &account;
        else
            m_plan.notes << tr("%1 also appears in [%2], which was left as it is.")
                                .arg(m_settings.email, account.section);
    }
    if (match)
        updateAccount(*match);
    else
        addAccount();
    if (!m_plan.refusal.isEmpty()) {
        m_plan.after = m_bytes;
        m_plan.details.clear();
    } else if (m_plan.details.isEmpty()) {
        m_plan.summary = QStringList{
            tr("%1 is already set up as %2 describes.").arg(m_settings.email, m_settings.providerName)};
    } else {
        m_plan.notes << tr("Claws Mail asks for the password the first time it connects.");
    }
    return m_plan;
}

} // namespace

ClawsPlan planClawsAccount(const QByteArray& accountrc, int clawsrcVersion, const AccountSettings& settings)
{
    return Planner(accountrc, clawsrcVersion, settings).run();
}

} // namespace mailsetup
