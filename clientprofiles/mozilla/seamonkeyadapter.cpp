// SPDX-License-Identifier: GPL-3.0-or-later
#include "seamonkeyadapter.h"

#include "mailaccountplanner.h"
#include "mailprefs.h"
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

// Only used when the profile has no prefs.js yet; the program rewrites it anyway.
const QByteArray newPrefsHeader = "// Mozilla User Preferences\n\n"
                                  "// Written by Mail Setup for a profile SeaMonkey has not started yet.\n"
                                  "// SeaMonkey rewrites this file when it starts.\n\n";

struct ReadFile
{
    bool exists = false;
    QByteArray bytes;
    QString error;
};

ReadFile readFile(const QString& path)
{
    ReadFile r;
    QFile file(path);
    if (!file.exists())
        return r;
    r.exists = true;
    if (!file.open(QIODevice::ReadOnly))
        r.error = tr("cannot read %1: %2").arg(path, file.errorString());
    else
        r.bytes = file.readAll();
    return r;
}

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
        inst.label = profileLabel(profile, homeRelative(env, profile.directory));
        if (profile.kind == SuiteProfile::Kind::SeaMonkey2)
            inst.problems = rootProblems;
        if (!QFileInfo(profile.directory).isDir()) {
            inst.problems << tr("the profile folder %1 does not exist").arg(profile.directory);
            found << inst;
            continue;
        }
        const QString prefsPath = profile.directory + QStringLiteral("/prefs.js");
        const ReadFile prefsFile = readFile(prefsPath);
        const ReadFile userFile = readFile(profile.directory + QStringLiteral("/user.js"));
        if (!prefsFile.error.isEmpty())
            inst.problems << prefsFile.error;
        const PrefsFile prefs = PrefsFile::parse(prefsFile.bytes);
        const PrefsFile user = PrefsFile::parse(userFile.bytes);
        if (const QString problem = parseProblem(prefsPath, prefs); !problem.isEmpty())
            inst.problems << problem;
        inst.accounts =
            MailPrefs(prefs, userFile.exists ? &user : nullptr, suiteDialect(profile.directory, prefs))
                .accounts();
        found << inst;
    }
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
    const ReadFile prefsFile = readFile(prefsPath);
    const ReadFile userFile = readFile(userPath);
    for (const ReadFile* f : {&prefsFile, &userFile}) {
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
                              "and quitting SeaMonkey once usually repairs prefs.js.")
                               .arg(problem);
            return plan;
        }
    }

    const MailPrefsDialect dialect = suiteDialect(installation.location, prefs);
    const MailAccountPlan account = planMailAccount(
        MailPrefs(prefs, userFile.exists ? &user : nullptr, dialect), settings, displayName());
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
        plan.notes << tr("user.js in this profile also sets some of these settings; it is changed too, "
                         "because the program applies user.js at every start.");
    }
    if (!dialect.authMethod)
        plan.notes << tr("This profile was last used by %1, which knows older names for the login and "
                         "encryption settings. Mail Setup writes the old and the current names together, "
                         "so the account also works after an upgrade to a newer SeaMonkey.")
                          .arg(dialect.programName);
    return plan;
}

} // namespace mailsetup
