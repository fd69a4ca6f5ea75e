// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace mailsetup {

// "OUTLOOK.EXE (process 4242)" when a process with one of these executable names runs,
// ignoring case as Windows does. On Windows a Toolhelp32 snapshot (platform/win32);
// elsewhere the processes system/runningprocesses.h lists (a helpdesk machine).
QString findRunningWindowsProgram(const QStringList& exeNames);

} // namespace mailsetup
