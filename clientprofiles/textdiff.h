// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace mailsetup {

// A unified diff (as `diff -u` prints it) of two versions of a text file, for
// people reviewing a change. Myers' O(ND) algorithm: the small edits we make to
// large files (a 1 MB prefs.js) cost time in the size of the edit, not the file.
QString unifiedDiff(const QByteArray& before,
                    const QByteArray& after,
                    const QString& beforeName,
                    const QString& afterName,
                    int context = 3);

} // namespace mailsetup
