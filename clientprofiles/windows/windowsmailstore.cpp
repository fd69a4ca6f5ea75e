// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowsmailstore.h"

#include "windowsregistryhome.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

QString localAppData(const HostEnvironment& env)
{
    const QString local =
        env.variable(QStringLiteral("LOCALAPPDATA")).replace(QLatin1Char('\\'), QLatin1Char('/'));
    return local.isEmpty() ? env.path(QStringLiteral("AppData/Local")) : local;
}

QString variableValue(const QString& name, const HostEnvironment& env)
{
    for (auto it = env.variables.cbegin(); it != env.variables.cend(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    const QString upper = name.toUpper();
    if (upper == QLatin1String("USERPROFILE"))
        return env.home;
    if (upper == QLatin1String("LOCALAPPDATA"))
        return localAppData(env);
    if (upper == QLatin1String("APPDATA"))
        return env.windowsAppData();
    return {};
}

} // namespace

QString expandWindowsVariables(const QString& text, const HostEnvironment& env)
{
    static const QRegularExpression variable(QStringLiteral("%([^%]+)%"));
    QString expanded;
    int last = 0;
    auto matches = variable.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch m = matches.next();
        expanded += text.mid(last, m.capturedStart() - last);
        const QString value = variableValue(m.captured(1), env);
        expanded += value.isEmpty() ? m.captured(0) : value;
        last = m.capturedEnd();
    }
    expanded += text.mid(last);
    // Backslashes are Windows' separators whatever system reads the home (fromNativeSeparators
    // changes them on Windows only).
    return expanded.replace(QLatin1Char('\\'), QLatin1Char('/'));
}

QList<WindowsMailStore> findWindowsMailStores(const HostEnvironment& env)
{
    QList<WindowsMailStore> stores;
    if (env.os != HostEnvironment::Os::Windows)
        return stores;
    const WindowsRegistryView view = openWindowsRegistry(env);
    QStringList seen;
    for (const QString& program : {QStringLiteral("Windows Live Mail"), QStringLiteral("Windows Mail")}) {
        WindowsMailStore store;
        store.program = program;
        store.registryKey = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\") + program;
        // Defaults: %LOCALAPPDATA%\Microsoft\Windows Live Mail (research 3.1, [C2]) and
        // \Windows Mail (the MS-OE page's XP-style path is the same folder on Vista).
        const QString defaultRoot = localAppData(env) + QStringLiteral("/Microsoft/") + program;
        store.root = defaultRoot;
        if (view.user) {
            const QString configured =
                registryText(*view.user, store.registryKey, QStringLiteral("Store Root")).trimmed();
            if (!configured.isEmpty()) {
                const QString expanded = QDir::cleanPath(expandWindowsVariables(configured, env));
                if (QFileInfo(expanded).isDir()) {
                    store.root = expanded;
                    store.fromRegistry = true;
                } else {
                    store.problem = tr("%1\\Store Root names the folder %2, which is not there; the default "
                                       "folder was read instead")
                                        .arg(store.registryKey, configured);
                }
            }
            store.defaultMailAccount =
                registryText(*view.user, store.registryKey, QStringLiteral("Default Mail Account")).trimmed();
        }
        const QString canonical = QFileInfo(store.root).canonicalFilePath();
        if (!canonical.isEmpty() && seen.contains(canonical, Qt::CaseInsensitive))
            continue;
        if (!canonical.isEmpty())
            seen << canonical;
        stores << store;
    }
    return stores;
}

} // namespace mailsetup
