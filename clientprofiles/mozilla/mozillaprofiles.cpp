// SPDX-License-Identifier: GPL-3.0-or-later
#include "mozillaprofiles.h"

#include "formats/inifile.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace mailsetup {
namespace {

bool readIni(const QString& path, IniFile* ini, QStringList* problems)
{
    QFile file(path);
    if (!file.exists())
        return false;
    if (!file.open(QIODevice::ReadOnly)) {
        *problems << QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    *ini = IniFile::parse(file.readAll());
    for (const IniParseError& error : ini->errors())
        *problems << QStringLiteral("%1:%2: %3").arg(path).arg(error.line).arg(error.message);
    return true;
}

QString profileDirectory(const QString& root, const QString& path, bool relative)
{
    return QDir::cleanPath(relative ? root + QLatin1Char('/') + path : QDir::fromNativeSeparators(path));
}

} // namespace

QList<MozillaProfile> readMozillaProfiles(const QString& root, QStringList* problems)
{
    QList<MozillaProfile> profiles;
    IniFile ini;
    if (!readIni(root + QStringLiteral("/profiles.ini"), &ini, problems))
        return profiles;

    QSet<QString> installDefaults; // Path values, as written
    const auto collectInstalls = [&installDefaults](const IniFile& file, bool prefixed) {
        for (const QString& section : file.sections()) {
            if (prefixed && !section.startsWith(QLatin1String("Install")))
                continue;
            if (const auto path = file.value(section, QStringLiteral("Default")))
                installDefaults.insert(*path);
        }
    };
    collectInstalls(ini, true);
    if (!ini.value(QStringLiteral("General"), QStringLiteral("Version"))) {
        IniFile installs;
        if (readIni(root + QStringLiteral("/installs.ini"), &installs, problems))
            collectInstalls(installs, false);
    }

    QList<QString> paths;
    bool anyMarkedDefault = false;
    for (int n = 0;; ++n) {
        const QString section = QStringLiteral("Profile%1").arg(n);
        const auto relative = ini.value(section, QStringLiteral("IsRelative"));
        const auto path = ini.value(section, QStringLiteral("Path"));
        if (!relative || !path)
            break; // as Gecko: the list ends at the first incomplete section
        MozillaProfile profile;
        profile.root = root;
        profile.name = ini.value(section, QStringLiteral("Name")).value_or(*path);
        profile.directory = profileDirectory(root, *path, relative->trimmed() == QLatin1String("1"));
        if (installDefaults.isEmpty() &&
            ini.value(section, QStringLiteral("Default")) == QStringLiteral("1")) {
            profile.isDefault = true;
            anyMarkedDefault = true;
        }
        profile.isDefault = profile.isDefault || installDefaults.contains(*path);
        paths << *path;
        profiles << profile;
    }
    if (installDefaults.isEmpty() && !anyMarkedDefault && profiles.size() == 1)
        profiles.first().isDefault = true;
    return profiles;
}

} // namespace mailsetup
