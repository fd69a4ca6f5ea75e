// SPDX-License-Identifier: GPL-3.0-or-later
#include "kmailadapter.h"

#include "kmailplanner.h"
#include "kmailsettings.h"
#include "system/runningprocesses.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

bool hasKMailFiles(const QString& dir)
{
    for (const char* name : {"mailtransports", "emailidentities", "kmail2rc", "kmailrc"}) {
        if (QFileInfo::exists(dir + QLatin1Char('/') + QLatin1String(name)))
            return true;
    }
    return false;
}

// Applies one file's planned edits, or says which one KConfig would not read as written.
QString applyChanges(const QString& path,
                     const FileSnapshot& snapshot,
                     KConfigFile config,
                     const KConfigFileChanges& changes,
                     QList<FileChange>* files)
{
    if (changes.isEmpty())
        return {};
    FileChange file{path, snapshot.exists, snapshot.bytes, {}, {}};
    for (const KConfigChange& change : changes.changes) {
        if (const QString why = config.whyNotWritable(change.group, change.key); !why.isEmpty())
            return QStringLiteral("%1: %2").arg(path, why);
        config.setValue(change.group, change.key, change.after);
        file.details << change.describe();
    }
    for (const KConfigNewGroup& group : changes.newGroups) {
        for (const auto& [key, value] : group.entries) {
            if (const QString why = config.whyNotWritable(group.group, key); !why.isEmpty())
                return QStringLiteral("%1: %2").arg(path, why);
            file.details << KConfigChange{group.group, key, std::nullopt, value}.describe();
        }
        config.appendGroup(group.group, group.entries);
    }
    file.after = config.toBytes();
    *files << file;
    return {};
}

} // namespace

QList<KMailAdapter::ConfigFolder> KMailAdapter::configFolders(const HostEnvironment& env)
{
    if (env.os != HostEnvironment::Os::Linux)
        return {};
    // KDE Frameworks: KConfig's files live in QStandardPaths::GenericConfigLocation.
    QList<ConfigFolder> folders{
        {env.xdgConfigHome(), QStringLiteral("KDE")},
        {env.path(QStringLiteral(".var/app/org.kde.kmail2/config")), QStringLiteral("flatpak")}};
    // KDE 4: $KDEHOME/share/config; newer KMail copies mailtransports from there once
    // when it has none of its own (Kdelibs4ConfigMigrator in transportmanager.cpp). The
    // folder is found as Kdelibs4Migration does (KDE/kcoreaddons kdelibs4migration.cpp):
    // $KDEHOME, else the first of ~/.kde (KDE4_DEFAULT_HOME upstream) and ~/.kde4.
    QString kdeHome = env.variable(QStringLiteral("KDEHOME"));
    if (kdeHome.isEmpty())
        kdeHome = !QFileInfo(env.path(QStringLiteral(".kde"))).isDir() &&
                          QFileInfo(env.path(QStringLiteral(".kde4"))).isDir()
                      ? env.path(QStringLiteral(".kde4"))
                      : env.path(QStringLiteral(".kde"));
    folders << ConfigFolder{QDir::cleanPath(kdeHome + QStringLiteral("/share/config")),
                            QStringLiteral("KDE 4")};
    return folders;
}

QList<ClientInstallation> KMailAdapter::detect(const HostEnvironment& env) const
{
    QList<ClientInstallation> found;
    QSet<QString> seen;
    bool frameworksFound = false;
    for (const ConfigFolder& folder : configFolders(env)) {
        const QString canonical = QFileInfo(folder.path).canonicalFilePath();
        if (!hasKMailFiles(folder.path) || seen.contains(canonical))
            continue;
        // Newer KMail ignores KDE 4 settings once it has its own.
        if (folder.kind == QLatin1String("KDE 4") && frameworksFound)
            continue;
        seen.insert(canonical);
        frameworksFound = frameworksFound || folder.kind == QLatin1String("KDE");

        const KMailSettings kmail = KMailSettings::read(folder.path);
        ClientInstallation inst;
        inst.clientId = id();
        inst.clientName = displayName();
        inst.location = folder.path;
        inst.isDefault = found.isEmpty();
        inst.label = folder.kind == QLatin1String("KDE")
                         ? tr("settings in %1").arg(env.displayPath(folder.path))
                         : tr("%1 settings in %2").arg(folder.kind, env.displayPath(folder.path));
        inst.accounts = kmail.accounts();
        inst.problems = kmail.problems;
        found << inst;
    }
    return found;
}

QString KMailAdapter::runningReason(const QString& location) const
{
    Q_UNUSED(location) // KMail keeps no lock file; its processes are found by name
    // KMail and Kontact hold the identities and transports in memory: they neither see
    // a change made meanwhile nor keep from writing their own copy back
    // (IdentityManager::commit rewrites every identity group).
    const QString app =
        findRunning({QStringLiteral("kmail"), QStringLiteral("kontact"), QStringLiteral("accountwizard"),
                     QStringLiteral("kmail-account-wizard")});
    if (!app.isEmpty())
        return tr("KMail is running (%1). Quit KMail and Kontact (File > Quit), then try again: they keep "
                  "their "
                  "identities and outgoing servers in memory and would not see the change.")
            .arg(app);
    // The sending agent reads mailtransports once and then only when another
    // TransportManager announces a change over D-Bus; it would not know the new server.
    const QString agent = findRunning({QStringLiteral("akonadi_maildispatcher_agent")});
    if (!agent.isEmpty())
        return tr("KMail's sending service is running (%1) and keeps the outgoing servers in memory. Quit "
                  "KMail, "
                  "stop the service with the command \"akonadictl stop\" (KMail starts it again when it "
                  "opens), "
                  "then try again.")
            .arg(agent);
    return {};
}

ChangePlan KMailAdapter::plan(const ClientInstallation& installation, const AccountSettings& settings) const
{
    ChangePlan plan = newPlan(installation);

    if (const QString running = runningReason(installation.location); !running.isEmpty()) {
        plan.refusal = running;
        return plan;
    }
    const KMailSettings kmail = KMailSettings::read(installation.location);
    for (const FileSnapshot* file : {&kmail.transportsFile, &kmail.identitiesFile}) {
        if (!file->error.isEmpty()) {
            plan.refusal = file->error;
            return plan;
        }
    }
    if (!kmail.problems.isEmpty()) {
        plan.refusal =
            tr("%1. Mail Setup does not rewrite a file it cannot read completely; KMail would drop "
               "that line the next time it saves. Correct or remove the line, then try again.")
                .arg(kmail.problems.first());
        return plan;
    }

    const KMailAccountPlan account = planKMailAccount(kmail, settings);
    plan.summary = account.summary;
    plan.notes = account.notes;
    plan.refusal = account.refusal;
    if (!plan.refusal.isEmpty())
        return plan;

    QString why = applyChanges(kmail.transportsPath, kmail.transportsFile, kmail.transportsConfig,
                               account.transports, &plan.files);
    if (why.isEmpty())
        why = applyChanges(kmail.identitiesPath, kmail.identitiesFile, kmail.identitiesConfig,
                           account.identities, &plan.files);
    if (!why.isEmpty()) {
        plan.files.clear();
        plan.refusal =
            tr("%1. KMail would not read the change as written, so nothing will be changed.").arg(why);
    }
    return plan;
}

} // namespace mailsetup
