// SPDX-License-Identifier: GPL-3.0-or-later
#include "filesnapshot.h"

#include <QCoreApplication>
#include <QFile>

namespace mailsetup {

FileSnapshot FileSnapshot::read(const QString& path)
{
    FileSnapshot snapshot;
    QFile file(path);
    if (!file.exists())
        return snapshot;
    snapshot.exists = true;
    if (!file.open(QIODevice::ReadOnly))
        snapshot.error =
            QCoreApplication::translate("mailsetup", "cannot read %1: %2").arg(path, file.errorString());
    else
        snapshot.bytes = file.readAll();
    return snapshot;
}

} // namespace mailsetup
