// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "accountoptions.h"
#include "accountsettings.h"
#include "clientadapter.h"
#include "commandtable.h"
#include "hostenvironment.h"
#include "profileloader.h"
#include "transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace mailsetup {
namespace {

// profiles, clients, apply, undo: the command words that are not in commandtable.cpp.
QStringList builtInCommands()
{
    QStringList words;
    for (const QString& word : commandWords()) {
        if (!findCommand(word))
            words << word;
    }
    return words;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

struct Context
{
    QCommandLineParser& parser;
    QTextStream& out;
    QTextStream& err;
    HostEnvironment env;
    ClientRegistry registry;
    BackupStore store;
};

int usageError(Context& c, const QString& message)
{
    c.err << "mailsetup: " << message << "\n" << tr("Run 'mailsetup --help' for the commands.") << "\n";
    return 2;
}

int listProfiles(Context& c)
{
    for (const QString& id : ProfileLoader::bundledIds()) {
        const ProfileLoadResult loaded = ProfileLoader::loadBundled(id);
        if (!loaded.ok()) {
            c.err << loaded.errorText() << "\n";
            return 1;
        }
        const ProviderProfile& p = *loaded.profile;
        c.out << id << "\t" << p.displayName << " (" << p.domains.join(QStringLiteral(", ")) << ")\n";
    }
    return 0;
}

int listClients(Context& c)
{
    const QList<ClientInstallation> installations = c.registry.detectAll(c.env);
    if (installations.isEmpty()) {
        c.out << tr("No supported mail program with settings was found in %1.").arg(c.env.home) << "\n";
        return 0;
    }
    for (const ClientInstallation& inst : installations) {
        c.out << inst.clientName << ": " << inst.label << (inst.isDefault ? tr(" [default]") : QString())
              << "\n";
        c.out << "  " << tr("location: %1").arg(inst.location) << "\n";
        const QString running = c.registry.find(inst.clientId)->runningReason(inst.location);
        if (!running.isEmpty())
            c.out << "  " << tr("running now: changes are refused until it is closed") << "\n";
        if (inst.accounts.isEmpty())
            c.out << "  " << tr("no mail accounts") << "\n";
        for (const ExistingAccount& account : inst.accounts)
            c.out << "  - " << account.describe() << (account.isDefault ? tr(" [default]") : QString())
                  << "\n";
        for (const QString& problem : inst.problems)
            c.out << "  ! " << problem << "\n";
    }
    return 0;
}

// The installations an apply goes to: the one asked for; else those that already
// have the address; else the default profiles.
QList<ClientInstallation> chooseTargets(Context& c, const QString& email, QString* error)
{
    const QString client = c.parser.value(QStringLiteral("client"));
    const QString location = c.parser.value(QStringLiteral("installation"));
    if (!client.isEmpty() && !c.registry.find(client)) {
        QStringList ids;
        for (const auto& adapter : c.registry.adapters())
            ids << adapter->id();
        *error = tr("unknown client \"%1\" (known: %2)").arg(client, ids.join(QStringLiteral(", ")));
        return {};
    }
    QList<ClientInstallation> candidates;
    for (const ClientInstallation& inst : c.registry.detectAll(c.env)) {
        if (!client.isEmpty() && inst.clientId != client)
            continue;
        if (!location.isEmpty() &&
            QDir::cleanPath(inst.location) != QDir::cleanPath(QDir(location).absolutePath()))
            continue;
        candidates << inst;
    }
    if (candidates.isEmpty()) {
        *error = location.isEmpty()
                     ? tr("no supported mail program with settings was found in %1").arg(c.env.home)
                     : tr("%1 is not a mail program's settings folder that Mail Setup found").arg(location);
        return {};
    }
    if (!location.isEmpty())
        return candidates;
    QList<ClientInstallation> targets;
    for (int i : suggestedInstallations(candidates, email))
        targets << candidates[i];
    return targets;
}

int apply(Context& c)
{
    const ResolvedAccount account = resolveAccountOptions(c.parser);
    if (!account.ok()) {
        if (account.usage)
            return usageError(c, account.error);
        c.err << account.error << "\n";
        return 1;
    }
    const ProviderProfile& profile = *account.profile;
    const AccountSettings& settings = *account.settings;
    const QString email = settings.email;

    QString error;
    const QList<ClientInstallation> targets = chooseTargets(c, email, &error);
    if (targets.isEmpty()) {
        c.err << "mailsetup: " << error << "\n";
        return 1;
    }

    QList<ChangePlan> plans;
    bool refused = false;
    for (const ClientInstallation& inst : targets) {
        const ChangePlan plan = c.registry.find(inst.clientId)->plan(inst, settings);
        c.out << plan.toText() << "\n\n";
        if (!plan.refusal.isEmpty()) {
            // The reason goes where scripts and helpdesk logs look for errors.
            c.err << QStringLiteral("%1 (%2): %3").arg(plan.clientName, plan.installationLabel, plan.refusal)
                  << "\n";
            refused = true;
        }
        plans << plan;
    }
    if (refused) {
        c.err << tr("Nothing was written.") << "\n";
        return 1;
    }
    if (c.parser.isSet(QStringLiteral("dry-run"))) {
        c.out << tr("Dry run: nothing was written.") << "\n";
        return 0;
    }
    const ApplyResult result =
        applyPlans(plans, c.store, runningCheck(c.registry), tr("%1 for %2").arg(profile.name(), email));
    if (!result.ok) {
        c.err << tr("Nothing was changed: %1").arg(result.error) << "\n";
        return 1;
    }
    if (result.written.isEmpty()) {
        c.out << tr("Nothing needed to change.") << "\n";
        return 0;
    }
    c.out << QCoreApplication::translate("mailsetup",
                                         "Done. Changed %n file(s); the previous versions are kept in %1.",
                                         nullptr, int(result.written.size()))
                 .arg(QDir(c.store.root()).filePath(result.transactionId))
          << "\n"
          << tr("To take the change back: mailsetup undo --id %1").arg(result.transactionId) << "\n";
    return 0;
}

int undo(Context& c)
{
    const QList<TransactionRecord> records = c.store.transactions();
    if (c.parser.isSet(QStringLiteral("list"))) {
        if (records.isEmpty())
            c.out << tr("No changes recorded in %1.").arg(c.store.root()) << "\n";
        for (const TransactionRecord& r : records) {
            c.out << r.id << "  " << TransactionRecord::stateName(r.state) << "  " << r.description << "\n";
            for (const BackupEntry& e : r.entries)
                c.out << "    " << e.path << "\n";
        }
        return 0;
    }
    QString id = c.parser.value(QStringLiteral("id"));
    if (id.isEmpty()) {
        for (const TransactionRecord& r : records) {
            if (r.state != TransactionRecord::State::Undone) {
                id = r.id;
                break;
            }
        }
        if (id.isEmpty()) {
            c.err << tr("There is no change to undo in %1.").arg(c.store.root()) << "\n";
            return 1;
        }
    }
    const UndoResult result =
        undoTransaction(c.store, id, runningCheck(c.registry), c.parser.isSet(QStringLiteral("force")));
    if (!result.ok) {
        c.err << tr("Undo of %1 stopped; nothing was restored: %2").arg(id, result.error) << "\n";
        return 1;
    }
    c.out << tr("Undid %1.").arg(id) << "\n";
    for (const QString& path : result.restored)
        c.out << "  " << tr("restored %1").arg(path) << "\n";
    return 0;
}

// The commands of app/commands/, one line each for --help.
QString moreCommands()
{
    QString text;
    for (const CommandLineCommand& command : commandTable())
        text += QStringLiteral("  %1 %2\n")
                    .arg(QLatin1String(command.name), -10)
                    .arg(QCoreApplication::translate("mailsetup", command.summary));
    return text;
}

} // namespace

int runCommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    // Commands with their own options (app/commands/) parse the arguments themselves.
    for (const QString& arg : arguments.mid(1)) {
        if (const CommandLineCommand* command = findCommand(arg))
            return command->run(arguments, out, err);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Mail Setup configures your email programs for your provider's secure mail servers.\n\n"
           "Commands:\n"
           "  profiles   list the provider profiles built into Mail Setup\n"
           "  clients    list the mail programs and accounts found on this computer\n"
           "  apply      set up an account: --profile P --email E [--client C] [--dry-run]\n"
           "  undo       take back the last change (or --id ID; --list shows them)\n") +
        moreCommands() + tr("\nEach command has its own --help. Without a command, the wizard opens."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("profiles, clients, apply or undo"));
    addAccountOptions(parser);
    parser.addOptions({
        {QStringLiteral("home"), tr("Look for mail programs in <dir> instead of your home folder."),
         tr("dir")},
        {QStringLiteral("os"), tr("Follow the folder layout of <os> (linux, windows, macos) under --home."),
         tr("os")},
        {QStringLiteral("backup-dir"), tr("Keep backups in <dir>."), tr("dir")},
        {QStringLiteral("client"), tr("Only this mail program (e.g. thunderbird)."), tr("id")},
        {QStringLiteral("installation"), tr("Only this profile folder of the mail program."), tr("dir")},
        {QStringLiteral("dry-run"), tr("Show the planned changes and write nothing.")},
        {QStringLiteral("list"), tr("With undo: list the recorded changes.")},
        {QStringLiteral("id"), tr("With undo: the change to take back."), tr("id")},
        {QStringLiteral("force"),
         tr("With undo: restore files even if they changed since (their current versions are kept).")},
        // Read before the command line is parsed (app/main.cpp, app/translations.cpp);
        // listed here so --help shows them.
        {QStringLiteral("language"), tr("Use this language (de, fr, es, en) instead of the system's."),
         tr("code")},
        {QStringLiteral("helpdesk"),
         tr("Without a command: open the wizard in helpdesk mode (settings, report and log beside every "
            "page).")},
        {QStringLiteral("screenshot"),
         tr("Without a command: save the wizard's first page as a PNG picture and quit."), tr("file")},
    });
    if (!parser.parse(arguments)) {
        err << "mailsetup: " << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << " " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QStringList commands = builtInCommands();
    if (positional.size() != 1 || !commands.contains(positional.first())) {
        err << "mailsetup: " << tr("expected one command: %1").arg(commands.join(QStringLiteral(", ")))
            << "\n";
        return 2;
    }

    HostEnvironment env = HostEnvironment::current();
    if (parser.isSet(QStringLiteral("home")) || parser.isSet(QStringLiteral("os"))) {
        HostEnvironment::Os os = HostEnvironment::nativeOs();
        if (parser.isSet(QStringLiteral("os")) &&
            !HostEnvironment::parseOs(parser.value(QStringLiteral("os")), &os)) {
            err << "mailsetup: " << tr("--os must be linux, windows or macos") << "\n";
            return 2;
        }
        env = HostEnvironment::forHome(
            parser.isSet(QStringLiteral("home")) ? parser.value(QStringLiteral("home")) : env.home, os);
    }
    const QString backupDir = parser.isSet(QStringLiteral("backup-dir"))
                                  ? parser.value(QStringLiteral("backup-dir"))
                                  : BackupStore::defaultRoot();
    Context c{parser, out, err, env, ClientRegistry(), BackupStore(backupDir)};

    const QString command = positional.first();
    if (command == QLatin1String("profiles"))
        return listProfiles(c);
    if (command == QLatin1String("clients"))
        return listClients(c);
    if (command == QLatin1String("apply"))
        return apply(c);
    return undo(c);
}

} // namespace mailsetup
