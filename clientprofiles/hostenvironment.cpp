// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostenvironment.h"

#include <QDir>
#include <QProcessEnvironment>

namespace mailsetup {

HostEnvironment::Os HostEnvironment::nativeOs()
{
#if defined(Q_OS_WIN)
    return Os::Windows;
#elif defined(Q_OS_MACOS)
    return Os::MacOS;
#else
    return Os::Linux;
#endif
}

HostEnvironment HostEnvironment::current()
{
    HostEnvironment env;
    env.os = nativeOs();
    env.home = QDir::homePath();
    const QProcessEnvironment process = QProcessEnvironment::systemEnvironment();
    for (const QString& key : process.keys())
        env.variables.insert(key, process.value(key));
    return env;
}

HostEnvironment HostEnvironment::forHome(const QString& home, Os os)
{
    HostEnvironment env;
    env.os = os;
    env.home = QDir::cleanPath(QDir(home).absolutePath());
    return env;
}

bool HostEnvironment::parseOs(const QString& name, Os* os)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("linux"))
        *os = Os::Linux;
    else if (lower == QLatin1String("windows"))
        *os = Os::Windows;
    else if (lower == QLatin1String("macos"))
        *os = Os::MacOS;
    else
        return false;
    return true;
}

QString HostEnvironment::osName(Os os)
{
    switch (os) {
    case Os::Windows:
        return QStringLiteral("windows");
    case Os::MacOS:
        return QStringLiteral("macos");
    case Os::Linux:
        break;
    }
    return QStringLiteral("linux");
}

QString HostEnvironment::path(const QString& relativeToHome) const
{
    return QDir::cleanPath(home + QLatin1Char('/') + relativeToHome);
}

QString HostEnvironment::windowsAppData() const
{
    const QString value = variable(QStringLiteral("APPDATA"));
    return value.isEmpty() ? path(QStringLiteral("AppData/Roaming")) : QDir::fromNativeSeparators(value);
}

QString HostEnvironment::xdgConfigHome() const
{
    const QString value = variable(QStringLiteral("XDG_CONFIG_HOME"));
    return value.isEmpty() ? path(QStringLiteral(".config")) : value;
}

QString HostEnvironment::displayPath(const QString& path) const
{
    // "~" means the home folder on Linux and macOS only; Windows shows the real path.
    const QString prefix = QDir::cleanPath(home) + QLatin1Char('/');
    const QString clean = QDir::cleanPath(path);
    if (os != Os::Windows && !home.isEmpty() && clean.startsWith(prefix))
        return QStringLiteral("~/") + clean.mid(prefix.size());
    return os == Os::Windows ? QDir::toNativeSeparators(clean) : clean;
}

} // namespace mailsetup
