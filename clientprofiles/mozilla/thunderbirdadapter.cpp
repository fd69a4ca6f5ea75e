// SPDX-License-Identifier: GPL-3.0-or-later
#include "thunderbirdadapter.h"

#include "mailaccountplanner.h"
#include "mailprefs.h"
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

// What Gecko's writer puts first (Preferences.cpp kPrefFileHeader, shortened); used
// only when the profile has no prefs.js yet. Thunderbird rewrites the file anyway.
const QByteArray newPrefsHeader = "// Mozilla User Preferences\n\n"
                                  "// Written by Mail Setup for a profile Thunderbird has not started yet.\n"
                                  "// Thunderbird rewrites this file when it starts.\n\n";

QString parseProblem(const QString& path, const PrefsFile& prefs)
{
    if (prefs.errors().isEmpty())
        return {};
    const PrefsParseError& e = prefs.errors().first();
    return QStringLiteral("%1:%2:%3: %4").arg(path).arg(e.line).arg(e.column).arg(e.message);
}

QString homeRelative(const HostEnvironment& env, const QString& path)
{
    const QString home = env.home + QLatin1Char('/');
    return path.startsWith(home) ? QStringLiteral("~/") + path.mid(home.size()) : path;
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
            inst.label = tr("profile \"%1\" (%2)").arg(profile.name, homeRelative(env, profile.directory));
            inst.problems = rootProblems;
            if (!QFileInfo(profile.directory).isDir()) {
                inst.problems << tr("the profile folder %1 does not exist").arg(profile.directory);
                found << inst;
                continue;
            }
            const QString prefsPath = profile.directory + QStringLiteral("/prefs.js");
            const FileSnapshot prefsFile = FileSnapshot::read(prefsPath);
            const FileSnapshot userFile = FileSnapshot::read(profile.directory + QStringLiteral("/user.js"));
            if (!prefsFile.error.isEmpty())
                inst.problems << prefsFile.error;
            const PrefsFile prefs = PrefsFile::parse(prefsFile.bytes);
            const PrefsFile user = PrefsFile::parse(userFile.bytes);
            if (const QString problem = parseProblem(prefsPath, prefs); !problem.isEmpty())
                inst.problems << problem;
            inst.accounts = MailPrefs(prefs, userFile.exists ? &user : nullptr).accounts();
            found << inst;
        }
    }
    return found;
}

QString ThunderbirdAdapter::runningReason(const QString& location) const
{
    const ProfileLockState lock = checkProfileLock(location);
    if (!lock.locked)
        return {};
    // detail is a whole sentence naming the lock file and the process holding it.
    return tr("The Thunderbird profile %1 is in use. %2 Quit Thunderbird (File > Quit), wait until its "
              "window "
              "has closed, then try again: Thunderbird saves its settings when it quits and would overwrite "
              "the changes.")
        .arg(location, lock.detail);
}

ChangePlan ThunderbirdAdapter::plan(const ClientInstallation& installation,
                                    const AccountSettings& settings) const
{
    ChangePlan plan;
    plan.clientId = id();
    plan.clientName = displayName();
    plan.installation = installation.location;
    plan.installationLabel = installation.label;

    if (!QFileInfo(installation.location).isDir()) {
        plan.refusal = tr("the profile folder %1 does not exist").arg(installation.location);
        return plan;
    }
    if (const QString running = runningReason(installation.location); !running.isEmpty()) {
        plan.refusal = running;
        return plan;
    }

    const QString prefsPath = installation.location + QStringLiteral("/prefs.js");
    const QString userPath = installation.location + QStringLiteral("/user.js");
    const FileSnapshot prefsFile = FileSnapshot::read(prefsPath);
    const FileSnapshot userFile = FileSnapshot::read(userPath);
    for (const FileSnapshot* f : {&prefsFile, &userFile}) {
        if (!f->error.isEmpty()) {
            plan.refusal = f->error;
            return plan;
        }
    }
    PrefsFile prefs = PrefsFile::parse(prefsFile.bytes);
    PrefsFile user = PrefsFile::parse(userFile.bytes);
    for (const auto& [path, file] : {qMakePair(prefsPath, &prefs), qMakePair(userPath, &user)}) {
        if (const QString problem = parseProblem(path, *file); !problem.isEmpty()) {
            plan.refusal = tr("%1. Mail Setup does not rewrite a file it cannot read completely; starting "
                              "and quitting Thunderbird once usually repairs prefs.js.")
                               .arg(problem);
            return plan;
        }
    }

    const MailAccountPlan account =
        planMailAccount(MailPrefs(prefs, userFile.exists ? &user : nullptr), settings, displayName());
    plan.summary = account.summary;
    plan.notes = account.notes;
    plan.refusal = account.refusal;
    if (!plan.refusal.isEmpty() || account.changes.isEmpty())
        return plan;

    FileChange prefsChange{prefsPath, prefsFile.exists, prefsFile.bytes, {}, {}};
    FileChange userChange{userPath, userFile.exists, userFile.bytes, {}, {}};
    for (const PrefChange& change : account.changes) {
        prefs.set(change.name, change.after);
        prefsChange.details << change.describe();
        // user.js is applied over prefs.js at every start: a value there would undo ours.
        if (userFile.exists && user.contains(change.name)) {
            user.set(change.name, change.after);
            userChange.details << change.describe();
        }
    }
    prefsChange.after = prefs.toBytes();
    if (!prefsFile.exists)
        prefsChange.after.prepend(newPrefsHeader);
    plan.files << prefsChange;
    if (!userChange.details.isEmpty()) {
        userChange.after = user.toBytes();
        plan.files << userChange;
        plan.notes << tr(
            "user.js in this profile also sets some of these settings; it is changed too, because "
            "Thunderbird applies user.js at every start.");
    }
    return plan;
}

} // namespace mailsetup
