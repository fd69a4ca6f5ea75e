// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

namespace mailsetup {

// The computer being set up, as client adapters see it: which OS's conventions to
// follow, the home folder and the environment variables that move client data.
// Tests and helpdesk staff point it at another home (a fixture, a user's backup)
// and at another OS's layout, so every OS's detection runs on every OS.
struct HostEnvironment
{
    enum class Os
    {
        Linux,
        Windows,
        MacOS
    };

    Os os = Os::Linux;
    QString home;
    QMap<QString, QString> variables;

    static Os nativeOs();
    static HostEnvironment current();
    // Another home: variables that point into the real home are not carried over.
    static HostEnvironment forHome(const QString& home, Os os = nativeOs());
    static bool parseOs(const QString& name, Os* os);
    static QString osName(Os os);

    QString variable(const QString& name) const { return variables.value(name); }
    QString path(const QString& relativeToHome) const; // home + "/" + relative
    QString windowsAppData() const;                    // %APPDATA%, default HOME/AppData/Roaming
    QString xdgConfigHome() const;                     // $XDG_CONFIG_HOME, default HOME/.config
    // The path as people read it: "~/.thunderbird/..." under home on Linux and
    // macOS, backslashes on Windows.
    QString displayPath(const QString& path) const;
};

} // namespace mailsetup
