// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace mailsetup {

// A settings file as it is now: absent, readable (with its bytes), or unreadable
// (with a message naming it). Plans are made from snapshots; the applier compares
// the file with the snapshot again before it writes.
struct FileSnapshot
{
    bool exists = false;
    QByteArray bytes;
    QString error;

    static FileSnapshot read(const QString& path);
};

} // namespace mailsetup
