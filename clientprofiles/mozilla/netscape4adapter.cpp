// SPDX-License-Identifier: GPL-3.0-or-later
// Netscape Communicator 4.x. Pref names and meanings: ehsan/mozilla-cvs-history
// mailnews/base/src/nsMessengerMigrator.cpp @9a123375 (what Mozilla migrates from
// 4.x: mail.identity.useremail/username, network.hosts.smtp_server, mail.smtp_name,
// mail.smtp.ssl copied 1:1 into try_ssl, mail.server_type, network.hosts.pop_server
// "host[:port]", mail.pop_name, network.hosts.imap_servers, mail.imap.server.<host>.*);
// mail.smtp.ssl "0 = no, 1 = try, 2 = must use SSL" (rn10950/RetroZilla
// mailnews/mailnews.js @2f2ae146). The 4.x-era libnet (Floorp-Projects/Floorp
// network/protocol/smtp/mksmtp.c @c77b359a) connects to SMTP_PORT 25 and logs in with
// AUTH LOGIN when mail.auth_login (default true) is set and the server offers it;
// the preferences dialog has no port field. See research section 3.
#include "netscape4adapter.h"

#include "mozillaprofileplan.h"
#include "profilelock.h"
#include "system/runningprocesses.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <utility>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

const QString kEmail = QStringLiteral("mail.identity.useremail");
const QString kFullName = QStringLiteral("mail.identity.username");
const QString kServerType = QStringLiteral("mail.server_type"); // 0 POP3, 1 IMAP, 2 movemail, 3 inbox
const QString kPopServer = QStringLiteral("network.hosts.pop_server");
const QString kPopName = QStringLiteral("mail.pop_name");
const QString kImapServers = QStringLiteral("network.hosts.imap_servers");
const QString kSmtpServer = QStringLiteral("network.hosts.smtp_server");
const QString kSmtpName = QStringLiteral("mail.smtp_name");
const QString kSmtpSsl = QStringLiteral("mail.smtp.ssl");
const QString kAuthLogin = QStringLiteral("mail.auth_login");

const int kSmtpPort = 25;     // mksmtp.c SMTP_PORT
const int kSmtpSslAlways = 2; // "must use": STARTTLS required

QString str(const PrefsFile& prefs, const QString& name)
{
    const auto v = prefs.value(name);
    return v && v->type() == PrefValue::Type::String ? v->toString() : QString();
}

int integer(const PrefsFile& prefs, const QString& name, int fallback)
{
    const auto v = prefs.value(name);
    return v && v->type() == PrefValue::Type::Int ? v->toInt() : fallback;
}

bool boolean(const PrefsFile& prefs, const QString& name, bool fallback)
{
    const auto v = prefs.value(name);
    return v && v->type() == PrefValue::Type::Bool ? v->toBool() : fallback;
}

// "host" or "host:port", as the migrator splits network.hosts.pop_server.
std::pair<QString, int> hostAndPort(const QString& value, int defaultPort)
{
    const QString trimmed = value.trimmed();
    const int colon = int(trimmed.indexOf(QLatin1Char(':')));
    if (colon < 0)
        return {trimmed, defaultPort};
    bool ok = false;
    const int port = trimmed.mid(colon + 1).toInt(&ok);
    return {trimmed.left(colon), ok && port > 0 ? port : defaultPort};
}

std::optional<ServerSettings> incomingOf(const PrefsFile& prefs)
{
    ServerSettings s;
    s.auth = AuthMethod::PasswordCleartext;
    s.security = Security::Plain; // POP3 in 4.x has no SSL or STARTTLS setting
    switch (integer(prefs, kServerType, 0)) {
    case 0: {
        const auto [host, port] = hostAndPort(str(prefs, kPopServer), 110);
        if (host.isEmpty())
            return std::nullopt;
        s.type = QStringLiteral("pop3");
        s.hostname = host;
        s.port = port;
        s.username = str(prefs, kPopName);
        return s;
    }
    case 1: {
        // The first server of the list is the default one (nsMessengerMigrator).
        const QString entry = str(prefs, kImapServers).split(QLatin1Char(',')).value(0).trimmed();
        if (entry.isEmpty())
            return std::nullopt;
        const QString key = QStringLiteral("mail.imap.server.%1.").arg(entry);
        const bool secure = boolean(prefs, key + QStringLiteral("isSecure"), false);
        const auto [host, port] = hostAndPort(entry, secure ? 993 : 143);
        s.type = QStringLiteral("imap");
        s.hostname = host;
        s.port = port;
        s.security = secure ? Security::Ssl : Security::Plain;
        s.username = str(prefs, key + QStringLiteral("userName"));
        return s;
    }
    default: // movemail or a local inbox: no server
        return std::nullopt;
    }
}

std::optional<ServerSettings> outgoingOf(const PrefsFile& prefs)
{
    const QString host = str(prefs, kSmtpServer).trimmed();
    if (host.isEmpty())
        return std::nullopt;
    ServerSettings s;
    s.type = QStringLiteral("smtp");
    s.hostname = host;
    s.port = kSmtpPort;
    switch (integer(prefs, kSmtpSsl, 0)) {
    case 1:
        s.security = Security::TryStartTls;
        break;
    case 2:
        s.security = Security::StartTls;
        break;
    default:
        s.security = Security::Plain;
    }
    s.auth = boolean(prefs, kAuthLogin, true) ? AuthMethod::PasswordCleartext : AuthMethod::None;
    if (s.auth != AuthMethod::None)
        s.username = str(prefs, kSmtpName);
    return s;
}

// The only outgoing setting Netscape 4 can hold that is not weaker than asked:
// STARTTLS required, on port 25, logging in with AUTH LOGIN or not at all.
QString outgoingProblem(const AccountSettings& settings)
{
    const ServerSettings& out = settings.outgoing;
    if (out.security != Security::StartTls || out.port != kSmtpPort)
        return tr("Netscape Communicator 4 can send mail only to port 25 with STARTTLS: it has no setting "
                  "for another port, nor for SSL/TLS from the first byte, so it cannot use %1 port %2 "
                  "(%3). Choose outgoing port 25 (STARTTLS) instead if %4 offers it, or use a newer mail "
                  "program such as SeaMonkey or Thunderbird.")
            .arg(out.hostname)
            .arg(out.port)
            .arg(securityName(out.security), settings.providerName);
    if (out.auth != AuthMethod::PasswordCleartext && out.auth != AuthMethod::None)
        return tr("Netscape Communicator 4 can log in to the outgoing server only with a normal password "
                  "(AUTH LOGIN), but %1 asks for %2.")
            .arg(settings.providerName, authMethodName(out.auth));
    return {};
}

QString incomingNote(const AccountSettings& settings, const std::optional<ServerSettings>& current)
{
    const QString now = current ? current->describe() : tr("none is set up");
    if (!settings.incoming)
        return tr("%1 sets up outgoing mail only; the incoming server stays as it is (%2).")
            .arg(settings.providerName, now);
    const ServerSettings& in = *settings.incoming;
    QString note;
    if (in.type == QLatin1String("imap") && in.security == Security::Ssl)
        note = tr("Netscape Communicator 4 keeps its IMAP servers in a list that Mail Setup does not edit, "
                  "so the incoming server stays as it is (%1). To read mail from %2 over SSL, add it in "
                  "Edit > Preferences > Mail & Newsgroups > Mail Servers with \"Use secure connection "
                  "(SSL)\" checked and port %3.")
                   .arg(now, in.hostname)
                   .arg(in.port);
    else
        note = tr("Netscape Communicator 4 cannot protect incoming mail from %1: it has no SSL/TLS or "
                  "STARTTLS setting for %2, so it would send your password unencrypted. Mail Setup "
                  "therefore leaves the incoming server as it is (%3). To receive mail securely, use a "
                  "newer program such as SeaMonkey or Thunderbird.")
                   .arg(in.hostname, in.protocolName(), now);
    if (current && current->security == Security::Plain)
        note += QLatin1Char(' ') +
                tr("Note that Netscape now collects mail from %1 without encryption.").arg(current->hostname);
    return note;
}

} // namespace

QStringList Netscape4Adapter::profileFolders(const HostEnvironment& env)
{
    switch (env.os) {
    case HostEnvironment::Os::Linux: {
        // $PROFILE_HOME overrides $HOME (nsDogbertProfileMigrator.cpp, research section 3).
        const QString base = env.variable(QStringLiteral("PROFILE_HOME"));
        return {(base.isEmpty() ? env.home : QDir::cleanPath(base)) + QStringLiteral("/.netscape")};
    }
    case HostEnvironment::Os::Windows: {
        // <install>\Netscape\Users\<profile>\prefs.js; the list of profiles is in
        // nsreg.dat, which we do not read: every folder under Users is a candidate.
        QStringList installs;
        for (const char* name : {"ProgramFiles", "ProgramFiles(x86)"}) {
            const QString value = env.variable(QString::fromLatin1(name));
            if (!value.isEmpty())
                installs << QDir::fromNativeSeparators(value);
        }
        if (installs.isEmpty() && HostEnvironment::nativeOs() == HostEnvironment::Os::Windows)
            installs << QStringLiteral("C:/Program Files");
        QStringList folders;
        for (const QString& install : installs) {
            const QDir users(install + QStringLiteral("/Netscape/Users"));
            for (const QString& name : users.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
                folders << users.filePath(name);
        }
        return folders;
    }
    case HostEnvironment::Os::MacOS:
        // 4.x ran on the classic Mac OS ("Netscape Preferences"), not on macOS.
        break;
    }
    return {};
}

QString Netscape4Adapter::prefsFileIn(const QString& folder)
{
    for (const char* name : {"preferences.js", "prefs.js"}) {
        const QString path = folder + QLatin1Char('/') + QString::fromLatin1(name);
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}

std::optional<ExistingAccount> Netscape4Adapter::account(const PrefsFile& prefs)
{
    ExistingAccount a;
    a.key = QStringLiteral("global");
    a.email = str(prefs, kEmail);
    a.name = str(prefs, kFullName);
    a.incoming = incomingOf(prefs);
    a.outgoing = outgoingOf(prefs);
    a.isDefault = true;
    if (a.email.isEmpty() && !a.incoming && !a.outgoing)
        return std::nullopt;
    return a;
}

QList<ClientInstallation> Netscape4Adapter::detect(const HostEnvironment& env) const
{
    QList<ClientInstallation> found;
    for (const QString& folder : profileFolders(env)) {
        const QString path = prefsFileIn(folder);
        if (path.isEmpty())
            continue;
        ClientInstallation inst;
        inst.clientId = id();
        inst.clientName = displayName();
        inst.location = folder;
        inst.label = tr("Netscape Communicator 4 settings (%1)").arg(env.displayPath(path));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            inst.problems << tr("cannot read %1: %2").arg(path, file.errorString());
            found << inst;
            continue;
        }
        const PrefsFile prefs = PrefsFile::parse(file.readAll());
        if (const QString problem = prefsParseProblem(path, prefs); !problem.isEmpty())
            inst.problems << problem;
        if (const auto a = account(prefs))
            inst.accounts << *a;
        found << inst;
    }
    if (found.size() == 1)
        found.first().isDefault = true;
    return found;
}

// Unix: ~/.netscape/lock, a symlink whose target is "IP:PID" while Netscape runs
// (the format Mozilla's nsProfileLock calls "ns4.x-compatible"; tools such as KNode
// and wxWidgets' help controller test for it). Windows has no lock file, so the
// process list is checked as well (Linux only, see runningprocesses.h).
QString Netscape4Adapter::runningReason(const QString& location) const
{
    QString detail;
    const ProfileLockState lock = checkProfileLock(location);
    if (lock.locked)
        detail = lock.detail;
    else
        detail =
            findRunning({QStringLiteral("netscape"), QStringLiteral("netscape-communicator"),
                         QStringLiteral("netscape-navigator"), QStringLiteral("communicator-smotif.real"),
                         QStringLiteral("navigator-smotif.real")});
    if (detail.isEmpty())
        return {};
    return tr("Netscape is running (%1). Quit Netscape (File > Exit) and wait until all its windows have "
              "closed, then try again: Netscape reads its settings when it starts and writes them all "
              "back when it quits, which would undo the changes.")
        .arg(detail);
}

ChangePlan Netscape4Adapter::plan(const ClientInstallation& installation,
                                  const AccountSettings& settings) const
{
    ChangePlan plan = newPlan(installation);

    const QString path = prefsFileIn(installation.location);
    if (path.isEmpty()) {
        plan.refusal = tr("%1 holds no Netscape preferences file (preferences.js or prefs.js); start and "
                          "quit Netscape once, then try again.")
                           .arg(installation.location);
        return plan;
    }
    if (const QString running = runningReason(installation.location); !running.isEmpty()) {
        plan.refusal = running;
        return plan;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        plan.refusal = tr("cannot read %1: %2").arg(path, file.errorString());
        return plan;
    }
    const QByteArray before = file.readAll();
    PrefsFile prefs = PrefsFile::parse(before);
    if (const QString problem = prefsParseProblem(path, prefs); !problem.isEmpty()) {
        plan.refusal = tr("%1. Mail Setup does not rewrite a file it cannot read completely.").arg(problem);
        return plan;
    }
    if (const QString problem = outgoingProblem(settings); !problem.isEmpty()) {
        plan.refusal = problem;
        return plan;
    }

    // One account for the whole program: it is this address's, or nobody's yet.
    const QString current = str(prefs, kEmail);
    const std::optional<ServerSettings> currentIncoming = incomingOf(prefs);
    const bool same = current.compare(settings.email, Qt::CaseInsensitive) == 0;
    const bool unused = current.isEmpty() && !currentIncoming;
    if (!same && !unused) {
        plan.refusal =
            tr("Netscape Communicator 4 has a single mail account, and it is set up for %1. Mail Setup "
               "cannot set up receiving mail for %2 in Netscape 4, so changing only the sending part would "
               "mix two accounts. If %2 should replace %1, change the address in Edit > Preferences > "
               "Mail & Newsgroups > Identity first, then run Mail Setup again.")
                .arg(current.isEmpty() ? tr("another address") : current, settings.email);
        return plan;
    }
    if (unused && !settings.incoming) {
        plan.refusal = tr("Netscape Communicator 4 has no mail account for %1, and %2 sets up outgoing mail "
                          "only. Set up the account in Netscape first, then run Mail Setup again.")
                           .arg(settings.email, settings.providerName);
        return plan;
    }

    FileChange change{path, true, before, {}, {}};
    const auto set = [&](const QString& name, const PrefValue& value) {
        const auto old = prefs.value(name);
        if (old && *old == value)
            return;
        change.details
            << (old ? QStringLiteral("%1: %2 → %3").arg(name, old->toDisplayString(), value.toDisplayString())
                    : QStringLiteral("%1 = %2 (new)").arg(name, value.toDisplayString()));
        prefs.set(name, value);
    };

    const ServerSettings& out = settings.outgoing;
    set(kSmtpServer, PrefValue::fromString(out.hostname));
    set(kSmtpSsl, PrefValue::fromInt(kSmtpSslAlways));
    if (out.auth != AuthMethod::None) {
        set(kSmtpName, PrefValue::fromString(out.username));
        if (!boolean(prefs, kAuthLogin, true))
            set(kAuthLogin, PrefValue::fromBool(true)); // off, Netscape would not log in at all
    }
    if (unused)
        set(kEmail, PrefValue::fromString(settings.email));
    if (!settings.realName.isEmpty() && str(prefs, kFullName).isEmpty())
        set(kFullName, PrefValue::fromString(settings.realName));

    plan.notes << incomingNote(settings, currentIncoming);
    if (change.details.isEmpty()) {
        plan.summary << tr("Sending from %1 is already set up as %2 describes.")
                            .arg(settings.email, settings.providerName);
        return plan;
    }
    change.after = prefs.toBytes();
    plan.files << change;
    plan.summary << (unused ? tr("Set up Netscape's mail account for %1 (sending only)").arg(settings.email)
                            : tr("Update Netscape's mail account for %1 (sending only)").arg(settings.email))
                 << tr("Outgoing mail (SMTP): %1, \"Use SSL or TLS: Always\"").arg(out.describe());
    plan.notes << tr("Netscape 4 always sends to port 25, which some internet providers block; if sending "
                     "fails, ask your internet provider or use a newer mail program. It speaks only SSL 3 "
                     "and TLS 1.0: a server that no longer accepts these refuses the connection, and "
                     "Netscape then reports an error rather than sending unencrypted.");
    return plan;
}

} // namespace mailsetup
