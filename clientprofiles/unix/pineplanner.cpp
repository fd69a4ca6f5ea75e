// SPDX-License-Identifier: GPL-3.0-or-later
#include "pineplanner.h"

#include "unix/cclientserver.h"
#include "unix/pineidentity.h"

#include <QCoreApplication>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

// Variable names: alpinemail/alpine pith/conf.c variables[].
const QString kPersonalName = QStringLiteral("personal-name");
const QString kUserDomain = QStringLiteral("user-domain");
const QString kSmtpServer = QStringLiteral("smtp-server");
const QString kInboxPath = QStringLiteral("inbox-path");
const QString kCustomHeaders = QStringLiteral("customized-hdrs");
const QString kRoles = QStringLiteral("patterns-roles");

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString detail(const QString& name, const QString& before, const QString& after)
{
    if (before.isEmpty())
        return QStringLiteral("%1 = %2 (new)").arg(name, quoted(after));
    return QStringLiteral("%1: %2 → %3").arg(name, quoted(before), quoted(after));
}

class Planner
{
public:
    Planner(const PinercFile& file,
            const AccountSettings& settings,
            const QString& path,
            const QString& login)
        : m_file(file), m_settings(settings), m_path(path), m_login(login), m_identity(readPineIdentity(file))
    {
        m_plan.file = file;
    }

    PinercPlan run();

private:
    bool checkSingleValues();
    bool checkIdentity();
    void planOutgoing();
    void planIncoming();
    void planAddress();
    void planFromHeader();
    void planName();

    QString at(const QString& name, int extraLines = 0) const
    {
        return QStringLiteral("%1:%2").arg(m_path).arg(m_file.lineOf(name) + extraLines);
    }

    const PinercFile& m_file;
    const AccountSettings& m_settings;
    QString m_path;
    QString m_login;
    PineIdentity m_identity;
    PinercPlan m_plan;
    bool m_needFromHeader = false;
};

// personal-name, user-domain and inbox-path take one value: Alpine reads a following
// indented line as a separate, ignored line, so what the person sees is not what counts.
bool Planner::checkSingleValues()
{
    for (const QString& name : {kPersonalName, kUserDomain, kInboxPath}) {
        if (m_file.continuationLines(name) == 0)
            continue;
        m_plan.refusal = tr("%1: this line starts with a space, which continues %2, but %2 takes a single "
                            "value and Alpine ignores the line. Join it to the line before or delete it, "
                            "then try again.")
                             .arg(at(name, 1), name);
        return false;
    }
    return true;
}

// A .pinerc has one identity. One that plainly belongs to another address is not
// turned into this one: that would silently break the person's other mail.
bool Planner::checkIdentity()
{
    const QString& email = m_settings.email;
    const QString domain = email.section(QLatin1Char('@'), 1);
    const PineFromHeader& from = m_identity.from;
    if (!from.address.isEmpty() && from.address.compare(email, Qt::CaseInsensitive) != 0) {
        m_plan.refusal =
            tr("%1: this Alpine settings file sends mail as %2 (a From: header in customized-hdrs). Alpine "
               "keeps one identity per settings file, so Mail Setup does not turn it into %3. If this file "
               "should now be for %3, remove that header in Alpine (Setup > Config > Customized Headers), "
               "quit Alpine and run Mail Setup again.")
                .arg(at(kCustomHeaders), from.address, email);
        return false;
    }
    if (from.address.isEmpty() && !m_identity.userDomain.isEmpty() &&
        m_identity.userDomain.compare(domain, Qt::CaseInsensitive) != 0) {
        m_plan.refusal =
            tr("%1: this Alpine settings file sends mail from the domain %2 (user-domain). Alpine keeps one "
               "identity per settings file, so Mail Setup does not turn it into %3. If this file should now "
               "be for %3, clear User Domain in Alpine (Setup > Config), quit Alpine and run Mail Setup "
               "again.")
                .arg(at(kUserDomain), m_identity.userDomain, email);
        return false;
    }
    return true;
}

void Planner::planName()
{
    const QString& wanted = m_settings.realName;
    if (wanted.isEmpty())
        return;
    if (m_identity.personalName.isEmpty()) {
        m_plan.file.setString(kPersonalName, wanted);
        m_plan.details << detail(kPersonalName, {}, wanted);
        m_plan.summary << tr("Your name on outgoing mail: %1").arg(wanted);
    } else if (m_identity.personalName != wanted) {
        m_plan.notes << tr("Your name stays \"%1\" as Alpine has it (personal-name), not \"%2\".")
                            .arg(m_identity.personalName, wanted);
    }
}

// The From address: login@user-domain, or a From: header when the login name is not
// the address's local part (Alpine would otherwise send as login@domain).
void Planner::planAddress()
{
    if (!m_identity.from.address.isEmpty())
        return; // already this address (checkIdentity)
    const QString& email = m_settings.email;
    const QString local = email.section(QLatin1Char('@'), 0, 0);
    const QString domain = email.section(QLatin1Char('@'), 1).toLower();
    if (m_identity.userDomain.compare(domain, Qt::CaseInsensitive) != 0) {
        m_plan.file.setString(kUserDomain, domain);
        m_plan.details << detail(kUserDomain, m_identity.userDomain, domain);
    }
    if (!m_login.isEmpty() && m_login.compare(local, Qt::CaseInsensitive) == 0)
        m_plan.summary << tr("Send as %1 (your login name at %2)").arg(email, domain);
    else
        m_needFromHeader = true;
}

void Planner::planFromHeader()
{
    if (!m_needFromHeader)
        return;
    const QString& email = m_settings.email;
    const QString domain = email.section(QLatin1Char('@'), 1).toLower();
    QStringList headers = m_file.listValue(kCustomHeaders, false);
    const QString name = m_identity.personalName.isEmpty() ? m_settings.realName : m_identity.personalName;
    const QString header = fromHeaderValue(name, email);
    const QString before = m_file.contains(kCustomHeaders) ? headers.join(QStringLiteral(", ")) : QString();
    if (m_identity.from.index >= 0)
        headers[m_identity.from.index] = header; // an empty "From:" only asked to show the field
    else
        headers << header;
    m_plan.file.setList(kCustomHeaders, headers);
    m_plan.details << detail(kCustomHeaders, before, headers.join(QStringLiteral(", ")));
    m_plan.summary << (m_login.isEmpty()
                           ? tr("Send as %1 (a From: header, because Alpine would otherwise use your login "
                                "name)")
                                 .arg(email)
                           : tr("Send as %1 (a From: header, because Alpine would otherwise send as %2@%3)")
                                 .arg(email, m_login, domain));
}

void Planner::planOutgoing()
{
    const ServerSettings& out = m_settings.outgoing;
    const QString value = smtpServerValue(out);
    const QStringList current = m_identity.smtpServers;
    if (current == QStringList{value})
        return;
    m_plan.file.setList(kSmtpServer, {value});
    m_plan.details << detail(kSmtpServer, current.join(QStringLiteral(", ")), value);
    if (current.isEmpty() || (current.size() == 1 && current.first().isEmpty()))
        m_plan.summary << tr("Outgoing mail (SMTP): %1").arg(out.describe());
    else
        m_plan.summary << tr("Outgoing mail (SMTP): %1, replacing %2")
                              .arg(out.describe(), current.join(QStringLiteral(", ")));
    if (current.size() > 1)
        m_plan.notes << tr("Alpine had several outgoing servers and tries them in turn when one fails. Only "
                           "%1 is kept, so a failure cannot quietly send through a server without the "
                           "protection set up here.")
                            .arg(out.hostname);
    if (out.auth != AuthMethod::PasswordCleartext && out.auth != AuthMethod::None)
        m_plan.notes << tr("Alpine chooses the log-in method from those the server offers; it cannot be "
                           "limited to %1.")
                            .arg(authMethodName(out.auth));
}

void Planner::planIncoming()
{
    if (!m_settings.incoming) {
        m_plan.notes << tr("%1 sets up outgoing mail only; Alpine's INBOX stays as it is.")
                            .arg(m_settings.providerName);
        return;
    }
    const ServerSettings& in = *m_settings.incoming;
    const QString value = inboxPathValue(in);
    const QString current = m_identity.inboxPath;
    if (current == value)
        return;
    std::optional<ServerSettings> now;
    if (const auto folder = parseCClientFolder(current))
        now = serverSettingsOf(*folder, QStringLiteral("imap"));
    if (now && now->type != in.type) {
        m_plan.notes
            << tr("Alpine reads your INBOX by %1 (inbox-path), but %2 sets up %3; the INBOX was left "
                  "as it is, because switching would show a different set of folders.")
                   .arg(now->type.toUpper(), m_settings.providerName, in.protocolName());
        return;
    }
    m_plan.file.setString(kInboxPath, value);
    m_plan.details << detail(kInboxPath, current, value);
    m_plan.summary << tr("Incoming mail (%1): %2").arg(in.protocolName(), in.describe());
    if (!now)
        m_plan.notes << tr("Until now Alpine read your INBOX on this computer (%1). It now reads it from %2; "
                           "the messages on this computer stay where they are.")
                            .arg(current.isEmpty() ? tr("the system mail spool") : current, in.hostname);
    if (in.type == QLatin1String("pop3"))
        m_plan.notes << tr("Alpine reads a POP3 INBOX on the server: messages are removed there only when "
                           "you delete and expunge them in Alpine.");
}

PinercPlan Planner::run()
{
    if (!checkSingleValues() || !checkIdentity())
        return m_plan;
    if (smtpServerValue(m_settings.outgoing).isEmpty() ||
        (m_settings.incoming && inboxPathValue(*m_settings.incoming).isEmpty())) {
        m_plan.refusal = tr("The settings asked for are not encrypted; Mail Setup never writes a connection "
                            "that would send your password in the clear.");
        return m_plan;
    }
    // Alpine's own order, so a new file reads like one Alpine wrote.
    planName();
    planAddress();
    planOutgoing();
    planIncoming();
    planFromHeader();
    if (!m_file.listValue(kRoles, false).isEmpty())
        m_plan.notes << tr("Roles (Setup > Rules > Roles) can name their own outgoing server; they were left "
                           "as they are.");
    if (m_plan.changed())
        m_plan.notes << tr(
            "Alpine asks for your password when it first connects; Mail Setup never stores it.");
    else
        m_plan.summary = QStringList{
            tr("%1 is already set up as %2 describes.").arg(m_settings.email, m_settings.providerName)};
    return m_plan;
}

} // namespace

PinercPlan
planPinerc(const PinercFile& file, const AccountSettings& settings, const QString& path, const QString& login)
{
    return Planner(file, settings, path, login).run();
}

} // namespace mailsetup
