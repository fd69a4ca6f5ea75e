// SPDX-License-Identifier: GPL-3.0-or-later
#include "pineadapter.h"

#include "system/filesnapshot.h"
#include "system/runningprocesses.h"
#include "unix/pineidentity.h"
#include "unix/pineplanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

// Alpine reads a partial file and adds every other setting, with its explanation,
// the next time it saves (seen with Alpine 2.26).
const QByteArray newFileHeader = "# Alpine configuration file, started by Mail Setup.\n"
                                 "# Alpine adds its other settings, each with an explanation, when it next "
                                 "saves this file.\n\n";

bool alpineInstalled(const HostEnvironment& env)
{
    const QString path = env.variable(QStringLiteral("PATH"));
    if (path.isEmpty())
        return false;
    const QStringList dirs = path.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    for (const QString& program : {QStringLiteral("alpine"), QStringLiteral("pine")}) {
        if (!QStandardPaths::findExecutable(program, dirs).isEmpty())
            return true;
    }
    return false;
}

QString firstProblem(const QString& path, const PinercFile& file)
{
    if (file.errors().isEmpty())
        return {};
    const PinercParseError& e = file.errors().first();
    return QStringLiteral("%1:%2: %3").arg(path).arg(e.line).arg(e.message);
}

} // namespace

QString PineAdapter::pinercPath(const HostEnvironment& env)
{
    return env.path(QStringLiteral(".pinerc"));
}

QList<ClientInstallation> PineAdapter::detect(const HostEnvironment& env) const
{
    if (env.os == HostEnvironment::Os::Windows)
        return {};
    const QString path = pinercPath(env);
    const FileSnapshot read = FileSnapshot::read(path);
    if (!read.exists && !alpineInstalled(env))
        return {};

    ClientInstallation inst;
    inst.clientId = id();
    inst.clientName = displayName();
    inst.location = path;
    inst.isDefault = true;
    inst.label = read.exists ? QStringLiteral("~/.pinerc") : tr("~/.pinerc (not created yet)");
    if (!read.error.isEmpty())
        inst.problems << read.error;
    const PinercFile file = PinercFile::parse(read.bytes);
    for (const PinercParseError& e : file.errors())
        inst.problems << QStringLiteral("%1:%2: %3").arg(path).arg(e.line).arg(e.message);
    if (const auto account = readPineIdentity(file).account(pineLogin(path)))
        inst.accounts << *account;
    return {inst};
}

QString PineAdapter::runningReason(const QString& location) const
{
    // Alpine keeps no lock on .pinerc and writes the whole file from memory whenever
    // its settings change, so any running copy could undo the change.
    const QString running = findRunning({QStringLiteral("alpine"), QStringLiteral("pine")});
    if (running.isEmpty())
        return {};
    return tr("Alpine is running (%1). Quit Alpine (press Q, then Y) in every window, then try again: "
              "Alpine rewrites %2 from its own copy of the settings and would undo the changes.")
        .arg(running, location);
}

ChangePlan PineAdapter::plan(const ClientInstallation& installation, const AccountSettings& settings) const
{
    ChangePlan plan = newPlan(installation);

    const QString path = installation.location;
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        plan.refusal = tr("the folder of %1 does not exist").arg(path);
        return plan;
    }
    if (const QString running = runningReason(path); !running.isEmpty()) {
        plan.refusal = running;
        return plan;
    }
    const FileSnapshot read = FileSnapshot::read(path);
    if (!read.error.isEmpty()) {
        plan.refusal = read.error;
        return plan;
    }
    const PinercFile file = PinercFile::parse(read.bytes);
    if (const QString problem = firstProblem(path, file); !problem.isEmpty()) {
        plan.refusal = tr("%1. Alpine skips such a line, so a setting meant there has no effect; Mail Setup "
                          "does not rewrite a file it cannot read completely. Correct or delete the line "
                          "(a setting is name=value), then try again.")
                           .arg(problem);
        return plan;
    }

    const PinercPlan pine = planPinerc(file, settings, path, pineLogin(path));
    plan.summary = pine.summary;
    plan.notes = pine.notes;
    plan.refusal = pine.refusal;
    if (!plan.refusal.isEmpty() || !pine.changed())
        return plan;
    if (!read.exists)
        plan.summary.prepend(
            tr("Create %1; Alpine adds its other settings the next time it saves it.").arg(path));
    FileChange change{path, read.exists, read.bytes, pine.file.toBytes(), pine.details};
    if (!read.exists)
        change.after.prepend(newFileHeader);
    plan.files << change;
    return plan;
}

} // namespace mailsetup
