// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeplan.h"
#include "clientadapter.h"
#include "mailprefs.h"

#include <functional>

namespace mailsetup {

// What the Mozilla mail programs (Thunderbird, SeaMonkey, the Mozilla Suite) share:
// a profile folder with prefs.js and user.js, the same account prefs, and the same
// rule that user.js values are re-applied at every start.
using DialectOf = std::function<MailPrefsDialect(const PrefsLookup& prefs)>;

// "FILE:LINE:COLUMN: what" for the first thing in a prefs file that could not be
// read; empty when it was read completely.
QString prefsParseProblem(const QString& path, const PrefsFile& prefs);

// Reads the accounts of every installation whose profile folder exists, adding
// unreadable files and lines to its problems; several profiles at once: they are
// independent, and a home can hold dozens of megabyte-sized prefs.js.
using DialectOfProfile = std::function<MailPrefsDialect(const QString& profileDir, const PrefsLookup& prefs)>;
void readMozillaProfileAccounts(QList<ClientInstallation>& installations, const DialectOfProfile& dialectOf);

// The plan for one profile: the changes to prefs.js, and to user.js where it would
// undo them; or a refusal when the folder is gone, the program runs on it, or a
// file cannot be read completely (naming file and line).
ChangePlan planMozillaProfile(const ClientAdapter& adapter,
                              const ClientInstallation& installation,
                              const AccountSettings& settings,
                              const DialectOf& dialectOf);

} // namespace mailsetup
