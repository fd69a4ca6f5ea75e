// SPDX-License-Identifier: GPL-3.0-or-later
#include "clawsadapter.h"

#include "clawsaccountrc.h"
#include "clawsplanner.h"
#include "system/filesnapshot.h"
#include "system/runningprocesses.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

QString accountrcPath(const QString& directory)
{
    return directory + QStringLiteral("/accountrc"); // ACCOUNT_RC (src/common/defs.h)
}

QStringList syntaxProblems(const QString& path, const IniFile& ini)
{
    QStringList problems;
    for (const IniParseError& error : ini.errors()) {
        const QString message = error.message.mid(error.message.indexOf(QLatin1String(": ")) + 2);
        problems << QStringLiteral("%1:%2: %3").arg(path).arg(error.line).arg(message);
    }
    return problems;
}

} // namespace

QStringList ClawsAdapter::settingsDirectories(const HostEnvironment& env)
{
    // RC_DIR ".claws-mail" under the home folder (configure.ac --with-config-dir; the
    // Flathub build has --filesystem=home and uses the same folder); Windows builds are
    // configured --with-config-dir=Claws-mail (autogen.sh) and keep it in the
    // application data folder. A folder given with --alternate-config-dir cannot be found.
    if (env.os == HostEnvironment::Os::Windows)
        return {env.windowsAppData() + QStringLiteral("/Claws-mail")};
    return {env.path(QStringLiteral(".claws-mail"))};
}

QList<ClientInstallation> ClawsAdapter::detect(const HostEnvironment& env) const
{
    QList<ClientInstallation> found;
    for (const QString& directory : settingsDirectories(env)) {
        if (!QFileInfo(directory).isDir())
            continue;
        ClientInstallation inst;
        inst.clientId = id();
        inst.clientName = displayName();
        inst.location = directory;
        inst.isDefault = found.isEmpty();
        inst.label = env.displayPath(directory);
        const QString path = accountrcPath(directory);
        const FileSnapshot accountrc = FileSnapshot::read(path);
        if (!accountrc.error.isEmpty())
            inst.problems << accountrc.error;
        const ClawsAccountRc rc = ClawsAccountRc::parse(accountrc.bytes);
        inst.problems << syntaxProblems(path, rc.ini);
        const int clawsrcVersion =
            clawsrcConfigVersion(FileSnapshot::read(directory + QStringLiteral("/clawsrc")).bytes);
        inst.accounts = rc.existingAccounts(clawsrcVersion);
        found << inst;
    }
    return found;
}

QString ClawsAdapter::runningReason(const QString& location) const
{
    Q_UNUSED(location)
    // Claws keeps its accounts in memory and writes all of accountrc back when it
    // quits (and whenever account settings are saved), so an edit made meanwhile is lost.
    const QString running = findRunning({QStringLiteral("claws-mail")});
    if (running.isEmpty())
        return {};
    return tr("Claws Mail is running (%1). Quit Claws Mail (File > Exit), then try again; it saves its "
              "accounts when it quits and would overwrite the changes.")
        .arg(running);
}

ChangePlan ClawsAdapter::plan(const ClientInstallation& installation, const AccountSettings& settings) const
{
    ChangePlan plan = newPlan(installation);

    const QString directory = installation.location;
    if (!QFileInfo(directory).isDir()) {
        plan.refusal = tr("the folder %1 does not exist").arg(directory);
        return plan;
    }
    if (const QString running = runningReason(directory); !running.isEmpty()) {
        plan.refusal = running;
        return plan;
    }
    // Without its folder list Claws starts its setup wizard, whatever accountrc says.
    if (!QFileInfo::exists(directory + QStringLiteral("/folderlist.xml"))) {
        plan.refusal = tr("Claws Mail has not finished setting itself up in %1 yet. Start Claws Mail once, "
                          "complete its setup (it creates the mailbox folder), quit it, then try again.")
                           .arg(directory);
        return plan;
    }
    const QString path = accountrcPath(directory);
    const FileSnapshot accountrc = FileSnapshot::read(path);
    if (!accountrc.error.isEmpty()) {
        plan.refusal = accountrc.error;
        return plan;
    }
    if (const QStringList problems = syntaxProblems(path, IniFile::parse(accountrc.bytes));
        !problems.isEmpty()) {
        plan.refusal =
            tr("%1. Mail Setup does not rewrite a file it cannot read completely.").arg(problems.first());
        return plan;
    }
    const int clawsrcVersion =
        clawsrcConfigVersion(FileSnapshot::read(directory + QStringLiteral("/clawsrc")).bytes);
    const ClawsPlan account = planClawsAccount(accountrc.bytes, clawsrcVersion, settings);
    plan.summary = account.summary;
    plan.notes = account.notes;
    plan.refusal = account.refusal;
    if (plan.refusal.isEmpty() && account.after != accountrc.bytes)
        plan.files << FileChange{path, accountrc.exists, accountrc.bytes, account.after, account.details};
    return plan;
}

} // namespace mailsetup
