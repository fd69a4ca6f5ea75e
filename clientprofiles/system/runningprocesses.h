// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mailsetup {

struct RunningProcess
{
    qint64 pid = 0;
    QString name; // the executable's base name, e.g. "alpine"
};

// The current user's processes. Mail programs without a lock file (Pine/Alpine,
// Mutt, Claws Mail, Evolution, KMail) are "running" when one of these has their
// name: they rewrite their settings from memory, so editing them meanwhile is lost.
// Linux: /proc/<pid>/comm and exe of processes owned by our uid. Windows: every
// process in a Toolhelp32 snapshot (platform/win32/processlist.h), named by its
// executable ("OUTLOOK.EXE"). Elsewhere none.
QList<RunningProcess> runningProcesses();

// The first process whose name is one of names, for messages like
// "alpine (process 4242) is running". Windows ignores the case of executable
// names: look for those ("outlook.exe") with Qt::CaseInsensitive.
QString findRunning(const QStringList& names, Qt::CaseSensitivity sensitivity = Qt::CaseSensitive);

} // namespace mailsetup
