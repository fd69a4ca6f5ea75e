// SPDX-License-Identifier: GPL-3.0-or-later
#include "mozillaprofileplan.h"

#include "formats/quickprefs.h"
#include "mailaccountplanner.h"
#include "system/filesnapshot.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

// What Gecko's writer puts first (Preferences.cpp kPrefFileHeader, shortened); used
// only when the profile has no prefs.js yet. The program rewrites the file anyway.
const QByteArray newPrefsHeader = "// Mozilla User Preferences\n\n"
                                  "// Written by Mail Setup for a profile that has not been started yet.\n"
                                  "// The program rewrites this file when it starts.\n\n";

QList<ExistingAccount>
readProfileAccounts(const QString& profileDir, const DialectOfProfile& dialectOf, QStringList* problems)
{
    const QString prefsPath = profileDir + QStringLiteral("/prefs.js");
    const FileSnapshot prefsFile = FileSnapshot::read(prefsPath);
    const FileSnapshot userFile = FileSnapshot::read(profileDir + QStringLiteral("/user.js"));
    if (!prefsFile.error.isEmpty())
        *problems << prefsFile.error;
    // Every account pref starts with "mail.". A prefs.js as the program wrote it is
    // indexed for those only; any other file is parsed in full, with its errors.
    const std::optional<QuickPrefs> quick = QuickPrefs::read(prefsFile.bytes, QByteArrayLiteral("mail."));
    std::optional<PrefsFile> full;
    if (!quick) {
        full = PrefsFile::parse(prefsFile.bytes);
        if (const QString problem = prefsParseProblem(prefsPath, *full); !problem.isEmpty())
            *problems << problem;
    }
    const PrefsLookup& prefs = quick ? static_cast<const PrefsLookup&>(*quick) : *full;
    const PrefsFile user = PrefsFile::parse(userFile.bytes);
    return MailPrefs(prefs, userFile.exists ? &user : nullptr, dialectOf(profileDir, prefs)).accounts();
}

} // namespace

QString prefsParseProblem(const QString& path, const PrefsFile& prefs)
{
    if (prefs.errors().isEmpty())
        return {};
    const PrefsParseError& e = prefs.errors().first();
    return QStringLiteral("%1:%2:%3: %4").arg(path).arg(e.line).arg(e.column).arg(e.message);
}

void readMozillaProfileAccounts(QList<ClientInstallation>& installations, const DialectOfProfile& dialectOf)
{
    QtConcurrent::blockingMap(installations, [&dialectOf](ClientInstallation& inst) {
        if (!QFileInfo(inst.location).isDir())
            return;
        inst.accounts = readProfileAccounts(inst.location, dialectOf, &inst.problems);
    });
}

ChangePlan planMozillaProfile(const ClientAdapter& adapter,
                              const ClientInstallation& installation,
                              const AccountSettings& settings,
                              const DialectOf& dialectOf)
{
    ChangePlan plan = adapter.newPlan(installation);
    if (!QFileInfo(installation.location).isDir()) {
        plan.refusal = tr("the profile folder %1 does not exist").arg(installation.location);
        return plan;
    }
    plan.refusal = adapter.runningReason(installation.location);
    if (!plan.refusal.isEmpty())
        return plan;

    const QString prefsPath = plan.installation + QStringLiteral("/prefs.js");
    const QString userPath = plan.installation + QStringLiteral("/user.js");
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
    const MailPrefsDialect dialect = dialectOf(prefs);
    for (const auto& [path, file] : {qMakePair(prefsPath, &prefs), qMakePair(userPath, &user)}) {
        if (const QString problem = prefsParseProblem(path, *file); !problem.isEmpty()) {
            plan.refusal = tr("%1. Mail Setup does not rewrite a file it cannot read completely; starting "
                              "and quitting %2 once usually repairs prefs.js.")
                               .arg(problem, dialect.programName);
            return plan;
        }
    }

    const MailAccountPlan account = planMailAccount(
        MailPrefs(prefs, userFile.exists ? &user : nullptr, dialect), settings, plan.clientName);
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
        plan.notes
            << tr("user.js in this profile also sets some of these settings; it is changed too, because "
                  "%1 applies user.js at every start.")
                   .arg(dialect.programName);
    }
    return plan;
}

} // namespace mailsetup
