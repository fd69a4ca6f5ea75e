// SPDX-License-Identifier: GPL-3.0-or-later
// Variable names and meanings: muttmua/mutt init.h (from, realname, smtp_url,
// smtp_authenticators, spoolfile, folder, imap_authenticators, pop_authenticators,
// ssl_force_tls, ssl_starttls) and NeoMutt's config tables, which keep the same
// names (real_name and spool_file are NeoMutt's newer names for two of them).
#include "muttplanner.h"

#include "muttconfig.h"
#include "muttrcfile.h"
#include "mutturl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

// How Mutt logs in with what the profile asks for. Mutt tries every method the
// server offers unless *_authenticators lists some; a list is only written when the
// file already has one that leaves the profile's method out.
struct AuthChoice
{
    QList<QByteArray> accepted; // any of these in an existing list is enough
    QByteArray list;            // written when none is there
    QString cannot;             // Mutt cannot log in this way: why, for people
};

AuthChoice authFor(const ServerSettings& server)
{
    const bool pop = server.type == QLatin1String("pop3");
    switch (server.auth) {
    case AuthMethod::None:
        return {};
    case AuthMethod::PasswordCleartext:
        // USER/PASS and SASL PLAIN/LOGIN, always inside TLS here.
        return pop ? AuthChoice{{"user", "plain", "login"}, "user:plain", {}}
                   : AuthChoice{{"plain", "login"}, "plain:login", {}};
    case AuthMethod::PasswordEncrypted:
        return pop ? AuthChoice{{"apop", "cram-md5", "digest-md5"}, "apop:cram-md5", {}}
                   : AuthChoice{{"cram-md5", "digest-md5"}, "cram-md5", {}};
    case AuthMethod::Gssapi:
        return {{"gssapi"}, "gssapi", {}};
    case AuthMethod::OAuth2:
        return {{},
                {},
                tr("Mutt logs in with OAuth2 only through a helper program that fetches the tokens "
                   "(the *_oauth_refresh_command settings), which Mail Setup cannot set up.")};
    case AuthMethod::Ntlm:
        return {{}, {}, tr("Mutt cannot log in with NTLM.")};
    case AuthMethod::ClientCertificate:
        return {{},
                {},
                tr("Mutt would need the client certificate file (ssl_client_cert), which Mail Setup "
                   "does not have.")};
    }
    return {};
}

// "line 12" or "lines 12, 13, 14", for notes.
QString linesText(const QList<int>& lines)
{
    QStringList numbers;
    for (const int line : lines)
        numbers << QString::number(line);
    return lines.size() == 1 ? tr("line %1").arg(numbers.first())
                             : tr("lines %1").arg(numbers.join(QStringLiteral(", ")));
}

// A value for people: a password inside an old URL is never shown.
QString quoted(const QByteArray& value)
{
    static const QRegularExpression password(QStringLiteral("^([a-z]+://[^:@/]*):[^@/]*@"));
    QString text = QString::fromUtf8(value);
    text.replace(password, QStringLiteral("\\1:***@"));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

class Planner
{
public:
    Planner(const QString& path, const QByteArray& before, const AccountSettings& settings)
        : m_path(path), m_before(before), m_settings(settings), m_file(MuttrcFile::parse(before)),
          m_config(m_file)
    {}

    MuttrcPlan run();

private:
    struct Change
    {
        QByteArray name;
        QByteArray value;
        bool flag = false; // yes/no: written bare
    };

    int lineOf(const MuttConfig::Value& v) const
    {
        return v.command >= 0 ? m_file.commands()[v.command].line : 0;
    }
    bool checkAuth(const ServerSettings& server);
    enum class Holder
    {
        NoOne,     // no from and no servers: a file with other settings only
        NoAddress, // servers but no from
        Same       // from is this address
    };
    Holder planFrom();
    void planIncoming(const ServerSettings& in);
    void planAuthenticators(const QByteArray& name, const ServerSettings& server);
    void noteReplacedPassword(const QByteArray& name, const QByteArray& newValue);
    void set(const QByteArray& name, const QByteArray& value, bool flag = false);
    QByteArray render();
    int insertionPoint() const;
    bool editableInPlace(const MuttConfig::Value& v) const;
    void addNotes();
    void noteRelativeFolders();

    QString m_path;
    QByteArray m_before;
    const AccountSettings& m_settings;
    MuttrcFile m_file;
    MuttConfig m_config;
    MuttrcPlan m_plan;
    QList<Change> m_changes;
};

bool Planner::checkAuth(const ServerSettings& server)
{
    const AuthChoice choice = authFor(server);
    if (choice.cannot.isEmpty())
        return true;
    m_plan.refusal =
        tr("%1 asks Mutt to log in to %2 with %3. %4 Set up Mutt by hand following %1's "
           "instructions.")
            .arg(m_settings.providerName, server.hostname, authMethodName(server.auth), choice.cannot);
    return false;
}

// Mutt's one account is the one its from names. Another address's account is not ours
// to replace; an unset from means the file holds no one's address yet.
Planner::Holder Planner::planFrom()
{
    const MuttConfig::Value from = m_config.value("from");
    if (from.kind == MuttConfig::Value::Kind::Unknown) {
        m_plan.refusal = tr("%1 sets from (line %2) to a value that is only known when Mutt starts, so Mail "
                            "Setup cannot tell whose account this file holds. Write the address into from "
                            "directly, then try again.")
                             .arg(m_path)
                             .arg(lineOf(from));
        return Holder::NoOne;
    }
    const QString address =
        from.kind == MuttConfig::Value::Kind::Known ? MuttConfig::addressOf(from.text) : QString();
    if (!address.isEmpty() && address.compare(m_settings.email, Qt::CaseInsensitive) != 0) {
        m_plan.refusal =
            tr("%1 holds the account of %2 (from, line %3). Mutt has one account per settings file, and Mail "
               "Setup does not replace the account of another address. To use %4 with Mutt here, change "
               "from to %4 (or remove that line), then run Mail Setup again.")
                .arg(m_path, address)
                .arg(lineOf(from))
                .arg(m_settings.email);
        return Holder::NoOne;
    }
    if (address.isEmpty())
        set("from", m_settings.email.toUtf8());
    if (!m_settings.realName.isEmpty() && m_config.value("realname").kind == MuttConfig::Value::Kind::Default)
        set("realname", m_settings.realName.toUtf8());
    const auto existing = m_config.account();
    if (!address.isEmpty())
        return Holder::Same;
    return existing && (existing->outgoing || existing->incoming) ? Holder::NoAddress : Holder::NoOne;
}

void Planner::planIncoming(const ServerSettings& in)
{
    const MuttConfig::Value spool = m_config.value("spoolfile");
    const MuttConfig::Value folder = m_config.value("folder");
    const bool imap = in.type == QLatin1String("imap");
    const auto spoolUrl = spool.kind == MuttConfig::Value::Kind::Known
                              ? MuttUrl::parse(QString::fromUtf8(spool.text))
                              : std::nullopt;
    const auto folderUrl = folder.kind == MuttConfig::Value::Kind::Known
                               ? MuttUrl::parse(QString::fromUtf8(folder.text))
                               : std::nullopt;
    const bool folderIsLocal =
        folder.kind == MuttConfig::Value::Kind::Known && !folderUrl && !folder.text.isEmpty();
    const auto setImapFolder = [&] {
        if (imap && !folderIsLocal && folder.kind != MuttConfig::Value::Kind::Unknown)
            set("folder",
                MuttUrl::forServer(in, folderUrl ? folderUrl->path : QString()).toString().toUtf8());
    };
    const auto otherKind = [&](const QString& type) {
        m_plan.notes << tr("Mutt reads mail here by %1, but %2 sets up %3. Mail Setup left the incoming "
                           "side (spoolfile, folder) as it is; change it by hand if you want to switch.")
                            .arg(type == QLatin1String("pop3") ? QStringLiteral("POP3") : type.toUpper(),
                                 m_settings.providerName, in.protocolName());
    };

    if (spool.kind == MuttConfig::Value::Kind::Unknown) {
        m_plan.notes << tr("spoolfile (line %1) is only known when Mutt starts, so Mail Setup left the "
                           "incoming side as it is. Incoming mail at %2: %3.")
                            .arg(lineOf(spool))
                            .arg(m_settings.providerName, in.describe());
        return;
    }
    if (spoolUrl) {
        if (spoolUrl->type() != in.type)
            return otherKind(spoolUrl->type());
        set("spoolfile",
            MuttUrl::forServer(in, spoolUrl->path.isEmpty() ? QStringLiteral("INBOX") : spoolUrl->path)
                .toString()
                .toUtf8());
        if (folderUrl && folderUrl->type() == in.type)
            setImapFolder();
    } else if ((spool.text.startsWith('+') || spool.text.startsWith('=')) && folderUrl) {
        // The inbox is inside $folder, which is a server. Mutt expands "+INBOX" when it
        // reads that line, so the new inbox is written out in full.
        if (folderUrl->type() != in.type)
            return otherKind(folderUrl->type());
        set("spoolfile", MuttUrl::forServer(in, QString::fromUtf8(spool.text.mid(1))).toString().toUtf8());
        setImapFolder();
    } else if (spool.kind == MuttConfig::Value::Kind::Known && !spool.text.isEmpty()) {
        m_plan.notes << tr("Mutt reads mail from %1 on this computer (spoolfile, line %2), which another "
                           "program fills; Mail Setup left that as it is. Set that program to fetch mail "
                           "from %3 (%4).")
                            .arg(QString::fromUtf8(spool.text))
                            .arg(lineOf(spool))
                            .arg(m_settings.providerName, in.describe());
        return;
    } else {
        set("spoolfile", MuttUrl::forServer(in, QStringLiteral("INBOX")).toString().toUtf8());
        setImapFolder();
    }
    m_plan.summary << tr("Incoming mail (%1): %2").arg(in.protocolName(), in.describe());
    planAuthenticators(imap ? QByteArray("imap_authenticators") : QByteArray("pop_authenticators"), in);
}

void Planner::planAuthenticators(const QByteArray& name, const ServerSettings& server)
{
    const AuthChoice choice = authFor(server);
    const MuttConfig::Value current = m_config.value(name);
    if (choice.list.isEmpty() || current.kind != MuttConfig::Value::Kind::Known || current.text.isEmpty())
        return;
    for (const QByteArray& method : current.text.toLower().split(':')) {
        if (choice.accepted.contains(method.trimmed()))
            return;
    }
    set(name, choice.list);
}

void Planner::set(const QByteArray& name, const QByteArray& value, bool flag)
{
    m_changes << Change{name, value, flag};
}

int Planner::insertionPoint() const
{
    // Before a finish, which may stop Mutt reading the rest of the file.
    if (m_config.firstFinish() >= 0)
        return m_file.lineStart(m_file.commands()[m_config.firstFinish()].line);
    return int(m_before.size());
}

// The last line that sets the variable can take the new value if nothing read later
// (a sourced file) could set it again and Mutt surely reaches it.
bool Planner::editableInPlace(const MuttConfig::Value& v) const
{
    if (v.command < 0)
        return false;
    const MuttrcCommand& command = m_file.commands()[v.command];
    const MuttrcVariable& variable = command.variables[v.variable];
    if (command.name != "set" || variable.op != MuttrcVariable::Op::Assign)
        return false;
    if (m_config.firstFinish() >= 0 && v.command >= m_config.firstFinish())
        return false;
    for (const int source : m_config.sourceCommands()) {
        if (source > v.command)
            return false;
    }
    return true;
}

void Planner::noteReplacedPassword(const QByteArray& name, const QByteArray& newValue)
{
    const MuttConfig::Value v = m_config.value(name);
    if (v.kind != MuttConfig::Value::Kind::Known || v.text == newValue)
        return;
    const auto url = MuttUrl::parse(QString::fromUtf8(v.text));
    if (url && url->hasPassword)
        m_plan.notes << tr("The old %1 (line %2) held a password; the new one does not, so Mutt asks for "
                           "the password when it connects.")
                            .arg(QString::fromLatin1(name))
                            .arg(lineOf(v));
}

QByteArray Planner::render()
{
    // New lines look like the file's own: the spacing of its first "set name = value",
    // the quotes of its first quoted value (none if it quotes nothing).
    QByteArray equals = " = ";
    char style = '"';
    bool spacingFound = false, quoteFound = false;
    for (const MuttrcCommand& c : m_file.commands()) {
        for (const MuttrcVariable& v : c.variables) {
            if (v.op != MuttrcVariable::Op::Assign)
                continue;
            const QByteArray between = m_before.mid(v.nameToken.end, v.value->start - v.nameToken.end);
            if (!spacingFound && between.trimmed() == "=" && !between.contains('\n'))
                equals = between;
            spacingFound = true;
            if (!quoteFound && v.value->quote) {
                style = v.value->quote;
                quoteFound = true;
            }
        }
    }
    if (spacingFound && !quoteFound)
        style = 0;

    const QByteArray eol = m_file.lineEnding();
    QList<MuttrcFile::Edit> edits;
    QByteArray block;
    for (const Change& change : m_changes) {
        const MuttConfig::Value current = m_config.value(change.name);
        const QString name = QString::fromLatin1(change.name);
        if (editableInPlace(current)) {
            const MuttrcToken& token =
                m_file.commands()[current.command].variables[current.variable].value.value();
            edits << MuttrcFile::Edit{token.start, token.end,
                                      MuttrcFile::quote(change.value, change.flag ? char(0) : token.quote)};
            m_plan.details
                << QStringLiteral("%1: %2 → %3").arg(name, quoted(current.text), quoted(change.value));
        } else {
            block += "set " + change.name + equals +
                     MuttrcFile::quote(change.value, change.flag ? 0 : style) + eol;
            m_plan.details << QStringLiteral("%1 = %2 (new)").arg(name, quoted(change.value));
        }
    }
    if (!block.isEmpty()) {
        const int at = insertionPoint();
        QByteArray text;
        if (m_before.isEmpty()) {
            text = "# Mutt and NeoMutt settings, written by Mail Setup for " + m_settings.email.toUtf8() +
                   " (" + m_settings.providerName.toUtf8() + ")." + eol +
                   "# Mutt asks for the password when it connects; it is not kept in this file." + eol;
        } else {
            const QByteArray head = m_before.left(at);
            if (!head.isEmpty() && !head.endsWith('\n'))
                text += eol;
            if (!head.isEmpty() && !head.endsWith("\n\n") && !head.endsWith("\n\r\n"))
                text += eol;
            text += "# Mail Setup: " + m_settings.email.toUtf8() + " at " + m_settings.providerName.toUtf8() +
                    " (Mutt asks for the password)." + eol;
        }
        text += block;
        if (at < m_before.size())
            text += eol;
        edits << MuttrcFile::Edit{at, at, text};
    }
    return m_file.withEdits(edits);
}

// Mutt expands + and = against $folder when it reads each line, so lines after the old
// server folder keep pointing there when the new folder has to go at the end.
void Planner::noteRelativeFolders()
{
    const auto change =
        std::find_if(m_changes.begin(), m_changes.end(), [](const Change& c) { return c.name == "folder"; });
    const MuttConfig::Value folder = m_config.value("folder");
    if (change == m_changes.end() || editableInPlace(folder) ||
        folder.kind != MuttConfig::Value::Kind::Known || !MuttUrl::parse(QString::fromUtf8(folder.text)))
        return;
    QList<int> lines;
    const QList<MuttrcCommand>& commands = m_file.commands();
    for (int i = folder.command + 1; i < commands.size(); ++i) {
        bool relative = false;
        for (const MuttrcVariable& v : commands[i].variables) {
            const QByteArray name = MuttConfig::canonicalName(v.name);
            if (v.op == MuttrcVariable::Op::Assign && name != "spoolfile" && name != "folder" &&
                (v.value->text.startsWith('+') || v.value->text.startsWith('=')))
                relative = true;
        }
        if (commands[i].name == "mailboxes") {
            for (const MuttrcToken& t : commands[i].arguments)
                relative = relative || t.text.startsWith('+') || t.text.startsWith('=');
        }
        if (relative && !lines.contains(commands[i].line))
            lines << commands[i].line;
    }
    if (!lines.isEmpty())
        m_plan.notes << tr("The folders named with + or = on %1 were read against the folder set before "
                           "them (%2), so they stay on that server. Change them if they should move to %3.")
                            .arg(linesText(lines), QString::fromUtf8(folder.text),
                                 m_settings.incoming ? m_settings.incoming->hostname : QString());
}

void Planner::addNotes()
{
    for (const MuttConfig::Nested& nested : m_config.nestedSettings()) {
        QStringList names;
        for (const QByteArray& n : nested.variables)
            names << QString::fromLatin1(n);
        m_plan.notes << tr("Line %1 (%2) also sets %3. Mail Setup leaves hooks and ifdef lines alone and "
                           "changes only the settings Mutt starts with; while that %2 applies, its values "
                           "are used instead.")
                            .arg(nested.line)
                            .arg(QString::fromLatin1(nested.command), names.join(QStringLiteral(", ")));
    }
    if (const QList<int> hooks = m_config.accountHookLines(); !hooks.isEmpty())
        m_plan.notes << tr("The account-hook commands (%1) set connection details for some servers only. "
                           "Mail Setup leaves hooks alone; what it sets is the default account Mutt starts "
                           "with.")
                            .arg(linesText(hooks));
    if (const QList<int> sources = m_config.sourceCommands(); !sources.isEmpty()) {
        QList<int> lines;
        for (const int index : sources)
            lines << m_file.commands()[index].line;
        m_plan.notes << tr("Other settings files are read on %1 (source); Mail Setup did not look into them. "
                           "The settings it writes come after, so Mutt uses them.")
                            .arg(linesText(lines));
    }
    if (m_config.firstFinish() >= 0)
        m_plan.notes << tr("Line %1 can stop Mutt reading the rest of this file (finish); Mail Setup put "
                           "its settings before it.")
                            .arg(m_file.commands()[m_config.firstFinish()].line);
    if (const MuttConfig::Value sendmail = m_config.value("sendmail");
        sendmail.kind != MuttConfig::Value::Kind::Default && !sendmail.text.isEmpty())
        m_plan.notes << tr("sendmail is set (line %1); with smtp_url set, Mutt sends through %2 itself and "
                           "no longer uses that program.")
                            .arg(lineOf(sendmail))
                            .arg(m_settings.outgoing.hostname);
    noteRelativeFolders();
    if (const QList<int> passwords = m_config.passwordLines(); !passwords.isEmpty())
        m_plan.notes << tr("A password is kept in this file (%1); Mail Setup left it as it is. If your "
                           "password for %2 is different, change or remove it.")
                            .arg(linesText(passwords), m_settings.providerName);
}

MuttrcPlan Planner::run()
{
    if (!m_file.errors().isEmpty()) {
        const MuttrcError& e = m_file.errors().first();
        m_plan.refusal = tr("%1:%2: %3. Mail Setup does not change a file it cannot read completely; "
                            "correct that line in a text editor, then try again.")
                             .arg(m_path)
                             .arg(e.line)
                             .arg(e.message);
        return m_plan;
    }
    if (!checkAuth(m_settings.outgoing) || (m_settings.incoming && !checkAuth(*m_settings.incoming)))
        return m_plan;

    const Holder holder = planFrom();
    if (!m_plan.refusal.isEmpty())
        return m_plan;
    if (m_before.isEmpty())
        m_plan.summary << tr("Set up %1 in a new settings file").arg(m_settings.email);
    else if (holder == Holder::Same)
        m_plan.summary << tr("Update the account of %1").arg(m_settings.email);
    else if (holder == Holder::NoAddress)
        m_plan.summary << tr("Set up %1 in this file, whose account has no address (from) yet: Mutt has "
                             "one account per settings file, so its servers are replaced")
                              .arg(m_settings.email);
    else
        m_plan.summary
            << tr("Set up %1 in this file (Mutt has one account per settings file)").arg(m_settings.email);

    const QByteArray smtpUrl = MuttUrl::forServer(m_settings.outgoing).toString().toUtf8();
    noteReplacedPassword("smtp_url", smtpUrl);
    set("smtp_url", smtpUrl);
    m_plan.summary << tr("Outgoing mail (SMTP): %1").arg(m_settings.outgoing.describe());
    planAuthenticators("smtp_authenticators", m_settings.outgoing);
    if (m_settings.incoming) {
        const int before = m_changes.size();
        planIncoming(*m_settings.incoming);
        for (int i = before; i < m_changes.size(); ++i)
            noteReplacedPassword(m_changes[i].name, m_changes[i].value);
    } else {
        m_plan.notes << tr("%1 sets up outgoing mail only; Mutt goes on reading mail as it does now.")
                            .arg(m_settings.providerName);
    }

    // ssl_force_tls makes STARTTLS required rather than "if offered" (smtp.c smtp_open,
    // pop_lib.c, imap/imap.c): the setting that keeps smtp:// and pop:// encrypted.
    // Mutt >= 2.0 and NeoMutt 20220429 default to yes; older versions do not.
    if (!m_config.isYes("ssl_force_tls")) {
        set("ssl_force_tls", "yes", true);
        m_plan.summary << tr("Refuse any connection without encryption (ssl_force_tls)");
        const auto existing = m_config.account();
        const bool incomingChanged = std::any_of(m_changes.begin(), m_changes.end(), [](const Change& c) {
            return c.name == "spoolfile" || c.name == "folder";
        });
        if (existing && existing->incoming && !incomingChanged &&
            (existing->incoming->security == Security::Plain ||
             existing->incoming->security == Security::TryStartTls))
            m_plan.notes << tr("Mutt will also insist on encryption when it reads mail from %1; if that "
                               "server offers none, reading mail there stops working.")
                                .arg(existing->incoming->hostname);
    }
    // ssl_force_tls supersedes ssl_starttls; a "no" or "ask-..." left there would still
    // apply wherever a hook turns ssl_force_tls off, so it is set to yes when STARTTLS
    // is used (its default, when nothing sets it, is already yes).
    const bool startTls = m_settings.outgoing.security == Security::StartTls ||
                          (m_settings.incoming && m_settings.incoming->security == Security::StartTls);
    const MuttConfig::Value starttls = m_config.value("ssl_starttls");
    if (startTls && starttls.kind != MuttConfig::Value::Kind::Default && !m_config.isYes("ssl_starttls"))
        set("ssl_starttls", "yes", true);

    // Planning again on our own result must find nothing to do.
    QList<Change> needed;
    for (const Change& change : m_changes) {
        const MuttConfig::Value current = m_config.value(change.name);
        if (current.kind == MuttConfig::Value::Kind::Known && current.text == change.value)
            continue;
        needed << change;
    }
    m_changes = needed;
    addNotes();
    if (m_changes.isEmpty()) {
        m_plan.summary = QStringList{
            tr("%1 is already set up as %2 describes.").arg(m_settings.email, m_settings.providerName)};
        m_plan.after = m_before;
        return m_plan;
    }
    m_plan.after = render();
    return m_plan;
}

} // namespace

MuttrcPlan planMuttrc(const QString& path, const QByteArray& before, const AccountSettings& settings)
{
    return Planner(path, before, settings).run();
}

} // namespace mailsetup
