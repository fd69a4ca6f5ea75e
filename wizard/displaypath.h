// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostenvironment.h"

#include <QDir>
#include <QString>

namespace mailsetup {

// A path as people read it: "~/.thunderbird/…" for the home folder on Linux and
// macOS (as the clients' labels say it), native separators everywhere.
inline QString displayPath(const HostEnvironment& env, const QString& path)
{
    const QString home = QDir::cleanPath(env.home) + QLatin1Char('/');
    const QString clean = QDir::cleanPath(path);
    if (env.os != HostEnvironment::Os::Windows && !env.home.isEmpty() && clean.startsWith(home))
        return QStringLiteral("~/") + clean.mid(home.size());
    return QDir::toNativeSeparators(clean);
}

} // namespace mailsetup
