// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mailsetup {

// Whether a Mozilla application (Thunderbird, Betterbird, SeaMonkey, Firefox) is
// running on a profile directory right now. Source: mozilla/gecko-dev
// toolkit/profile/nsProfileLock.cpp, summarised in
// ../shared/research/unix-mozilla-apple-clients.md section 1.3:
//  - Unix/macOS: `.parentlock` held with an fcntl write lock while running (the file
//    itself is never deleted, so its existence means nothing); `lock`, a symlink
//    whose target reads "IP:+PID" or "IP:PID", removed on exit (stale when PID is dead).
//  - Windows: `parent.lock` opened with share mode 0 while running.
struct ProfileLockState
{
    bool locked = false;
    QString lockFile; // the file that shows the lock, empty when not locked
    qint64 pid = 0;   // the holder, when the lock tells it
    QString detail;   // for people, e.g. "the lock .parentlock is held by process 4242"
};

ProfileLockState checkProfileLock(const QString& profileDir);

} // namespace mailsetup
