// SPDX-License-Identifier: GPL-3.0-or-later
#include "evolutionadapter.h"

#include "evolutionplanner.h"
#include "evolutionsources.h"
#include "system/runningprocesses.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

} // namespace

QStringList EvolutionAdapter::sourceDirectories(const HostEnvironment& env)
{
    if (env.os != HostEnvironment::Os::Linux)
        return {};
    // $XDG_CONFIG_HOME/evolution/sources (e-server-side-source.c: the user's data
    // sources live in e_server_side_source_get_user_dir()); the Flatpak build keeps
    // its XDG folders under ~/.var/app/<id>.
    return {env.xdgConfigHome() + QStringLiteral("/evolution/sources"),
            env.path(QStringLiteral(".var/app/org.gnome.Evolution/config/evolution/sources"))};
}

QList<ClientInstallation> EvolutionAdapter::detect(const HostEnvironment& env) const
{
    QList<ClientInstallation> found;
    for (const QString& directory : sourceDirectories(env)) {
        // evolution-source-registry creates the folder on its first start; without
        // it Evolution has never run for this user.
        if (!QFileInfo(directory).isDir())
            continue;
        const EvolutionSources sources = EvolutionSources::read(directory);
        ClientInstallation inst;
        inst.clientId = id();
        inst.clientName = displayName();
        inst.location = directory;
        inst.isDefault = found.isEmpty();
        inst.label = directory.contains(QLatin1String("/.var/app/"))
                         ? tr("Flatpak (%1)").arg(env.displayPath(directory))
                         : env.displayPath(directory);
        inst.accounts = sources.existingAccounts();
        inst.problems = sources.problems;
        found << inst;
    }
    return found;
}

QString EvolutionAdapter::runningReason(const QString& location) const
{
    Q_UNUSED(location)
    // The registry (evolution-source-registry) may keep running: it reloads created and
    // changed .source files by itself (e-source-registry-server.c, file monitor with a
    // 3-second batch). Evolution itself holds the accounts in memory, and its open
    // account editors write their copy back.
    const QString running = findRunning({QStringLiteral("evolution")});
    if (running.isEmpty())
        return {};
    return tr("Evolution is running (%1). Quit Evolution (File > Quit), then try again; while it runs, "
              "its own copy of the account settings can be written back over the changes. If it does "
              "not close, run \"evolution --force-shutdown\".")
        .arg(running);
}

ChangePlan EvolutionAdapter::plan(const ClientInstallation& installation,
                                  const AccountSettings& settings) const
{
    ChangePlan plan = newPlan(installation);

    if (!QFileInfo(installation.location).isDir()) {
        plan.refusal = tr("the folder %1 does not exist").arg(installation.location);
        return plan;
    }
    if (const QString running = runningReason(installation.location); !running.isEmpty()) {
        plan.refusal = running;
        return plan;
    }
    const EvolutionSources sources = EvolutionSources::read(installation.location);
    if (!sources.problems.isEmpty()) {
        plan.refusal = tr("%1. Mail Setup does not change Evolution's accounts while one of its files "
                          "cannot be read completely; repair or remove that file first.")
                           .arg(sources.problems.first());
        return plan;
    }
    const EvolutionPlan account = planEvolutionAccount(sources, settings);
    plan.summary = account.summary;
    plan.notes = account.notes;
    plan.refusal = account.refusal;
    if (plan.refusal.isEmpty())
        plan.files = account.files;
    return plan;
}

} // namespace mailsetup
