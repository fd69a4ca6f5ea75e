// SPDX-License-Identifier: GPL-3.0-or-later
#include "seamonkeyadapter.h"

#include "mailprefs.h"
#include "mozillaprofileplan.h"
#include "mozillasuiteprofiles.h"
#include "profilelock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

QString profileLabel(const SuiteProfile& profile, const QString& where)
{
    if (profile.kind == SuiteProfile::Kind::Classic)
        return tr("Mozilla Suite, Netscape 6-7 or SeaMonkey 1 profile \"%1\" (%2)").arg(profile.name, where);
    return tr("SeaMonkey profile \"%1\" (%2)").arg(profile.name, where);
}

} // namespace

QList<ClientInstallation> SeaMonkeyAdapter::detect(const HostEnvironment& env) const
{
    QList<ClientInstallation> found;
    QStringList rootProblems;
    const QList<SuiteProfile> profiles = findSuiteProfiles(env, &rootProblems);
    QSet<QString> seen;
    for (const SuiteProfile& profile : profiles) {
        const QString canonical = QFileInfo(profile.directory).canonicalFilePath();
        if (!canonical.isEmpty() && seen.contains(canonical))
            continue;
        seen.insert(canonical);

        ClientInstallation inst;
        inst.clientId = id();
        inst.clientName = displayName();
        inst.location = profile.directory;
        inst.isDefault = profile.isDefault;
        inst.label = profileLabel(profile, env.displayPath(profile.directory));
        if (profile.kind == SuiteProfile::Kind::SeaMonkey2)
            inst.problems = rootProblems;
        if (!QFileInfo(profile.directory).isDir()) {
            inst.problems << tr("the profile folder %1 does not exist").arg(profile.directory);
            found << inst;
            continue;
        }
        found << inst;
    }
    readMozillaProfileAccounts(found, suiteDialect);
    return found;
}

// Same lock files as Thunderbird: .parentlock / parent.lock, and the "lock" symlink
// that Mozilla 1.x and Netscape 6-7 used on Unix (research 1.3 and 4).
QString SeaMonkeyAdapter::runningReason(const QString& location) const
{
    const ProfileLockState lock = checkProfileLock(location);
    if (!lock.locked)
        return {};
    return tr("SeaMonkey (or the Mozilla Suite or Netscape) is running with the profile %1 (%2). Quit it "
              "(File > Quit; on Windows also Quick Launch, next to the clock), wait until its windows "
              "have closed, then try again. It saves its settings when it quits and would overwrite "
              "the changes.")
        .arg(location, lock.detail);
}

ChangePlan SeaMonkeyAdapter::plan(const ClientInstallation& installation,
                                  const AccountSettings& settings) const
{
    const QString dir = installation.location;
    const DialectOf dialectOf = [&dir](const PrefsLookup& prefs) { return suiteDialect(dir, prefs); };
    ChangePlan plan = planMozillaProfile(*this, installation, settings, dialectOf);
    if (!plan.canApply())
        return plan;
    const MailPrefsDialect dialect = dialectOf(PrefsFile::parse(plan.files.first().before));
    if (!dialect.authMethod)
        plan.notes << tr("This profile was last used by %1, which knows older names for the login and "
                         "encryption settings. Mail Setup writes the old and the current names together, "
                         "so the account also works after an upgrade to a newer SeaMonkey.")
                          .arg(dialect.programName);
    return plan;
}

} // namespace mailsetup
