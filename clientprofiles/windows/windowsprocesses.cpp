// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowsprocesses.h"

#include "system/runningprocesses.h"

#if defined(Q_OS_WIN)
#include "processlist.h"
#endif

namespace mailsetup {

QString findRunningWindowsProgram(const QStringList& exeNames)
{
#if defined(Q_OS_WIN)
    std::vector<std::wstring> names;
    for (const QString& name : exeNames)
        names.push_back(name.toStdWString());
    const auto processes = win32::listProcesses();
    if (const win32::ProcessEntry* found = win32::findProcess(processes, names))
        return QStringLiteral("%1 (process %2)").arg(QString::fromStdWString(found->exeName)).arg(found->pid);
    return {};
#else
    for (const RunningProcess& process : runningProcesses()) {
        for (const QString& name : exeNames) {
            if (process.name.compare(name, Qt::CaseInsensitive) == 0)
                return QStringLiteral("%1 (process %2)").arg(process.name).arg(process.pid);
        }
    }
    return {};
#endif
}

} // namespace mailsetup
