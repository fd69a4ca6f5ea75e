// SPDX-License-Identifier: GPL-3.0-or-later
#include "mozillasuiteprofiles.h"

#include "formats/inifile.h"
#include "mozillaprofiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace mailsetup {
namespace {

QStringList seaMonkeyRoots(const HostEnvironment& env)
{
    switch (env.os) {
    case HostEnvironment::Os::Windows:
        return {env.windowsAppData() + QStringLiteral("/Mozilla/SeaMonkey")};
    case HostEnvironment::Os::MacOS:
        return {env.path(QStringLiteral("Library/Application Support/SeaMonkey"))};
    case HostEnvironment::Os::Linux:
        break;
    }
    return {env.path(QStringLiteral(".mozilla/seamonkey"))};
}

// The folder whose subfolders are profile names, each holding one <salt>.slt.
QString classicBase(const HostEnvironment& env)
{
    switch (env.os) {
    case HostEnvironment::Os::Windows:
        return env.windowsAppData() + QStringLiteral("/Mozilla/Profiles");
    case HostEnvironment::Os::MacOS:
        return env.path(QStringLiteral("Library/Mozilla/Profiles"));
    case HostEnvironment::Os::Linux:
        break;
    }
    return env.path(QStringLiteral(".mozilla"));
}

QList<SuiteProfile> classicProfiles(const HostEnvironment& env)
{
    QList<SuiteProfile> found;
    const QDir base(classicBase(env));
    const QFileInfoList names = base.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& name : names) {
        const QFileInfoList salts =
            QDir(name.absoluteFilePath())
                .entryInfoList({QStringLiteral("*.slt")}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo& salt : salts) {
            SuiteProfile profile;
            profile.kind = SuiteProfile::Kind::Classic;
            profile.name = name.fileName();
            profile.directory = QDir::cleanPath(salt.absoluteFilePath());
            found << profile;
        }
    }
    // The registry names the default; without reading it, a single profile is it.
    if (found.size() == 1)
        found.first().isDefault = true;
    return found;
}

struct Version
{
    int major = 0;
    int minor = 0;
    bool valid = false;
};

Version lastVersion(const QString& profileDirectory)
{
    QFile file(profileDirectory + QStringLiteral("/compatibility.ini"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const IniFile ini = IniFile::parse(file.readAll());
    const QString value =
        ini.value(QStringLiteral("Compatibility"), QStringLiteral("LastVersion")).value_or(QString());
    static const QRegularExpression re(QStringLiteral("^(\\d+)\\.(\\d+)"));
    const auto match = re.match(value);
    if (!match.hasMatch())
        return {};
    return {match.captured(1).toInt(), match.captured(2).toInt(), true};
}

bool hasPref(const PrefsLookup& prefs, const QRegularExpression& pattern)
{
    for (const QString& name : prefs.names()) {
        if (pattern.match(name).hasMatch())
            return true;
    }
    return false;
}

} // namespace

QList<SuiteProfile> findSuiteProfiles(const HostEnvironment& env, QStringList* problems)
{
    QList<SuiteProfile> found;
    for (const QString& root : seaMonkeyRoots(env)) {
        for (const MozillaProfile& p : readMozillaProfiles(root, problems)) {
            SuiteProfile profile;
            profile.kind = SuiteProfile::Kind::SeaMonkey2;
            profile.name = p.name;
            profile.directory = p.directory;
            profile.isDefault = p.isDefault;
            found << profile;
        }
    }
    found << classicProfiles(env);
    return found;
}

bool isClassicProfileDirectory(const QString& directory)
{
    return QFileInfo(directory).fileName().endsWith(QLatin1String(".slt"), Qt::CaseInsensitive);
}

MailPrefsDialect suiteDialect(const QString& profileDirectory, const PrefsLookup& prefs)
{
    MailPrefsDialect d;
    d.legacyPrefs = true;
    d.smtpDefaultPort = 25;
    if (isClassicProfileDirectory(profileDirectory)) {
        static const QRegularExpression socketType(QStringLiteral("^mail\\.server\\.[^.]+\\.socketType$"));
        d.authMethod = false;
        d.socketType = hasPref(prefs, socketType);
        d.programName = d.socketType ? QStringLiteral("the Mozilla Suite (or SeaMonkey 1.x)")
                                     : QStringLiteral("the Mozilla Suite (or Netscape 6-7)");
        return d;
    }
    const Version v = lastVersion(profileDirectory);
    if (v.valid) {
        d.authMethod = v.major > 2 || (v.major == 2 && v.minor >= 1);
    } else {
        static const QRegularExpression current(
            QStringLiteral("^mail\\.(server|smtpserver)\\.[^.]+\\.(authMethod|migrated)$"));
        d.authMethod = hasPref(prefs, current);
    }
    d.programName = QStringLiteral("SeaMonkey");
    return d;
}

} // namespace mailsetup
