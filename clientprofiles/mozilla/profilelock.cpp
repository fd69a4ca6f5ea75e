// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilelock.h"

#include <QDir>
#include <QtGlobal>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#else
#include <QFile>
#include <cerrno>
#include <climits>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace mailsetup {

namespace {

QString runningText()
{
    return QStringLiteral("Thunderbird (or another Mozilla program) is using this profile: ");
}

ProfileLockState heldBy(const QString& lockFile, qint64 pid, const QString& how)
{
    ProfileLockState state;
    state.locked = true;
    state.lockFile = lockFile;
    state.pid = pid;
    state.detail = runningText() + how;
    return state;
}

} // namespace

#ifdef Q_OS_WIN

// Gecko keeps parent.lock open with share mode 0 while it runs, so any second open
// fails with a sharing violation. Nothing here can create the file (OPEN_EXISTING)
// or hold it beyond the probe.
ProfileLockState checkProfileLock(const QString& profileDir)
{
    const QString name = QStringLiteral("parent.lock");
    const QString path = QDir::toNativeSeparators(QDir(profileDir).filePath(name));
    const HANDLE handle = CreateFileW(reinterpret_cast<const wchar_t*>(path.utf16()), GENERIC_READ, 0,
                                      nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle != INVALID_HANDLE_VALUE) {
        CloseHandle(handle);
        return {};
    }
    if (GetLastError() == ERROR_SHARING_VIOLATION) {
        // Windows gives no holder's pid here (that needs the Restart Manager).
        return heldBy(name, 0, QStringLiteral("the lock file parent.lock is open in another program."));
    }
    return {}; // absent or unreadable: no sign of a running instance
}

#else

namespace {

// Whether some other process holds an fcntl lock on the file, without taking one:
// F_GETLK only reports. Returns the holder's pid (-1 when the kernel does not tell,
// e.g. an OFD lock), or 0 when nobody holds it or the file cannot be opened.
qint64 fcntlHolder(const QString& path)
{
    // O_NONBLOCK: a FIFO planted under that name must not hang us. No O_CREAT: a
    // missing lock file means not locked, and we never add files to a profile.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        return 0;
    }
    qint64 holder = 0;
    struct stat info;
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
        // The whole file, the way nsProfileLock::LockWithFcntl locks it.
        struct flock probe = {};
        probe.l_type = F_WRLCK;
        probe.l_whence = SEEK_SET;
        probe.l_start = 0;
        probe.l_len = 0;
        if (::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK) {
            holder = probe.l_pid > 0 ? qint64(probe.l_pid) : -1;
        }
    }
    // Closing drops any fcntl locks this process has on the file; it holds none.
    ::close(fd);
    return holder;
}

// The pid in a `lock` symlink target "IP:+PID" or "IP:PID", 0 when malformed.
qint64 symlinkPid(const QByteArray& target)
{
    const int colon = int(target.lastIndexOf(':'));
    if (colon <= 0) {
        return 0;
    }
    QByteArray digits = target.mid(colon + 1);
    if (digits.startsWith('+')) {
        digits.remove(0, 1);
    }
    if (digits.isEmpty() || digits.front() < '0' || digits.front() > '9') {
        return 0; // also rejects "-1": kill(-1, 0) would probe every process
    }
    bool ok = false;
    const qlonglong pid = digits.toLongLong(&ok, 10);
    return ok && pid > 0 && pid <= INT_MAX ? qint64(pid) : 0;
}

bool processAlive(qint64 pid)
{
    // EPERM: it exists but belongs to someone else, which still counts as running.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

} // namespace

ProfileLockState checkProfileLock(const QString& profileDir)
{
    const QDir dir(profileDir);

    // .parentlock is current; parent.lock is its old macOS name and costs nothing to probe.
    for (const QString& name : {QStringLiteral(".parentlock"), QStringLiteral("parent.lock")}) {
        const qint64 holder = fcntlHolder(dir.filePath(name));
        if (holder > 0) {
            return heldBy(name, holder,
                          QStringLiteral("the lock file %1 is held by process %2.").arg(name).arg(holder));
        }
        if (holder < 0) {
            return heldBy(name, 0, QStringLiteral("the lock file %1 is held by another process.").arg(name));
        }
    }

    // The symlink is what Gecko falls back to where fcntl locks do not work (NFS), and
    // what old Netscape/Mozilla used. A crash leaves it behind, hence the pid check.
    const QString name = QStringLiteral("lock");
    const QByteArray path = QFile::encodeName(dir.filePath(name));
    char buffer[1024];
    const ssize_t length = ::readlink(path.constData(), buffer, sizeof buffer - 1);
    if (length <= 0) {
        return {};
    }
    const QByteArray target(buffer, int(length));
    const qint64 pid = symlinkPid(target);
    if (pid == 0) {
        ProfileLockState state;
        state.detail = QStringLiteral("The lock link \"lock\" in this profile has an unknown format (%1); "
                                      "it is not treated as a lock.")
                           .arg(QString::fromLocal8Bit(target));
        return state;
    }
    if (processAlive(pid)) {
        return heldBy(name, pid,
                      QStringLiteral("the lock link \"lock\" names process %1, which is running.").arg(pid));
    }
    ProfileLockState state;
    state.detail =
        QStringLiteral("The lock link \"lock\" names process %1, which is no longer running; it was "
                       "left behind (for example by a crash) and does not block changes.")
            .arg(pid);
    return state;
}

#endif

} // namespace mailsetup
