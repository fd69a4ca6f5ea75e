// SPDX-License-Identifier: GPL-3.0-or-later
#include "thunderbirdadapter.h"

#include "mozillaprofileplan.h"
#include "mozillaprofiles.h"
#include "profilelock.h"
#include "system/filesnapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

MailPrefsDialect thunderbirdDialect(const PrefsLookup&)
{
    return {};
}

} // namespace

QStringList ThunderbirdAdapter::profileRoots(const HostEnvironment& env)
{
    switch (env.os) {
    case HostEnvironment::Os::Windows:
        return {env.windowsAppData() + QStringLiteral("/Thunderbird")};
    case HostEnvironment::Os::MacOS:
        return {env.path(QStringLiteral("Library/Thunderbird"))};
    case HostEnvironment::Os::Linux:
        break;
    }
    return {env.path(QStringLiteral(".thunderbird")),
            env.xdgConfigHome() + QStringLiteral("/thunderbird"), // Gecko XDG mode (UNCONFIRMED for TB)
            env.path(QStringLiteral("snap/thunderbird/common/.thunderbird")),
            env.path(QStringLiteral(".var/app/org.mozilla.Thunderbird/.thunderbird")),
            env.path(QStringLiteral(".var/app/net.thunderbird.Thunderbird/.thunderbird")),
            env.path(QStringLiteral(".var/app/eu.betterbird.Betterbird/.thunderbird"))};
}

QList<ClientInstallation> ThunderbirdAdapter::detect(const HostEnvironment& env) const
{
    QList<ClientInstallation> found;
    QSet<QString> seen;
    for (const QString& root : profileRoots(env)) {
        QStringList rootProblems;
        const QList<MozillaProfile> profiles = readMozillaProfiles(root, &rootProblems);
        for (const MozillaProfile& profile : profiles) {
            const QString canonical = QFileInfo(profile.directory).canonicalFilePath();
            if (!canonical.isEmpty() && seen.contains(canonical))
                continue;
            seen.insert(canonical);

            ClientInstallation inst;
            inst.clientId = id();
            inst.clientName = displayName();
            inst.location = profile.directory;
            inst.isDefault = profile.isDefault;
            inst.label = tr("profile \"%1\" (%2)").arg(profile.name, env.displayPath(profile.directory));
            inst.problems = rootProblems;
            if (!QFileInfo(profile.directory).isDir()) {
                inst.problems << tr("the profile folder %1 does not exist").arg(profile.directory);
                found << inst;
                continue;
            }
            found << inst;
        }
    }
    readMozillaProfileAccounts(
        found, [](const QString&, const PrefsLookup& prefs) { return thunderbirdDialect(prefs); });
    return found;
}

QString ThunderbirdAdapter::runningReason(const QString& location) const
{
    const ProfileLockState lock = checkProfileLock(location);
    if (!lock.locked)
        return {};
    // detail is a whole sentence naming the lock file and the process holding it.
    return tr("The Thunderbird profile %1 is in use. %2 Quit Thunderbird (File > Quit), wait until its "
              "window has closed, then try again: Thunderbird saves its settings when it quits and would "
              "overwrite the changes.")
        .arg(location, lock.detail);
}

ChangePlan ThunderbirdAdapter::plan(const ClientInstallation& installation,
                                    const AccountSettings& settings) const
{
    return planMozillaProfile(*this, installation, settings, thunderbirdDialect);
}

} // namespace mailsetup
