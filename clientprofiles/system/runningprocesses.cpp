// SPDX-License-Identifier: GPL-3.0-or-later
#include "runningprocesses.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#include <unistd.h>
#endif
#if defined(Q_OS_WIN)
#include "processlist.h"
#endif

namespace mailsetup {
#if defined(Q_OS_LINUX)
namespace {

// A zombie (exited, not yet collected by its parent) still has a /proc entry and
// its name, but no longer runs and can write nothing. The state is the first field
// after the name in /proc/PID/stat; the name is in parentheses and may hold any byte.
bool hasExited(const QString& procDir)
{
    QFile stat(procDir + QStringLiteral("/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.read(4096);
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0 || close + 2 >= line.size())
        return false;
    const char state = line.at(close + 2);
    return state == 'Z' || state == 'X';
}

} // namespace
#endif

QList<RunningProcess> runningProcesses()
{
    QList<RunningProcess> result;
#if defined(Q_OS_LINUX)
    const uid_t me = getuid();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        const QString dir = QStringLiteral("/proc/") + entry;
        struct stat st;
        if (::stat(QFile::encodeName(dir).constData(), &st) != 0 || st.st_uid != me)
            continue;
        if (hasExited(dir))
            continue;
        // comm is cut at 15 bytes; the exe link has the full name when we may read it.
        QString name = QFileInfo(QFile::symLinkTarget(dir + QStringLiteral("/exe"))).fileName();
        if (name.isEmpty()) {
            QFile comm(dir + QStringLiteral("/comm"));
            if (comm.open(QIODevice::ReadOnly))
                name = QString::fromLocal8Bit(comm.readAll()).trimmed();
        }
        name.remove(QStringLiteral(" (deleted)"));
        if (!name.isEmpty())
            result << RunningProcess{pid, name};
    }
#elif defined(Q_OS_WIN)
    for (const win32::ProcessEntry& entry : win32::listProcesses())
        result << RunningProcess{qint64(entry.pid), QString::fromStdWString(entry.exeName)};
#endif
    return result;
}

QString findRunning(const QStringList& names, Qt::CaseSensitivity sensitivity)
{
    for (const RunningProcess& process : runningProcesses()) {
        if (names.contains(process.name, sensitivity))
            return QStringLiteral("%1 (process %2)").arg(process.name).arg(process.pid);
    }
    return {};
}

} // namespace mailsetup
