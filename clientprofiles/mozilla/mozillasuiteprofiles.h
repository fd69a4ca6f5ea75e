// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/prefsfile.h"
#include "hostenvironment.h"
#include "mailprefs.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mailsetup {

// One profile of SeaMonkey or its predecessors (Mozilla Suite 1.x, Netscape 6-7,
// SeaMonkey 1.x).
struct SuiteProfile
{
    enum class Kind
    {
        // SeaMonkey 2.x: toolkit profile manager, profiles.ini like Thunderbird.
        SeaMonkey2,
        // Mozilla 1.x, Netscape 6-7, SeaMonkey 1.x: the profile list is the binary
        // registry.dat/appreg, which we do not parse; the profile folders follow the
        // documented pattern <base>/<profile name>/<8 random>.slt instead.
        Classic
    };

    Kind kind = Kind::SeaMonkey2;
    QString name;
    QString directory; // absolute; the folder holding prefs.js
    bool isDefault = false;
};

// Every SeaMonkey 2.x profile under the roots below, then every classic profile:
//  - SeaMonkey 2.x profiles.ini folders: ~/.mozilla/seamonkey, %APPDATA%\Mozilla\SeaMonkey,
//    ~/Library/Application Support/SeaMonkey (mozilla/releases-comm-central
//    suite/moz.configure vendor Mozilla, name SeaMonkey; macOS confirmed by the
//    Homebrew seamonkey cask's "zap" list; research section 4).
//  - classic: ~/.mozilla/<name>/<salt>.slt, %APPDATA%\Mozilla\Profiles\<name>\<salt>.slt,
//    ~/Library/Mozilla/Profiles/<name>/<salt>.slt (mozilla.org profile FAQ for 1.x,
//    www-archive.mozilla.org/start/1.5/faq/profile, whose Mac OS X and Linux rows are
//    quoted in translations and in Camino's and Adium's importers).
QList<SuiteProfile> findSuiteProfiles(const HostEnvironment& env, QStringList* problems);

bool isClassicProfileDirectory(const QString& directory); // a <salt>.slt folder

// Which mail prefs the program that last wrote this profile reads, and a name for
// that program ("SeaMonkey 2.53.18"). Decided from, in order:
//  - SeaMonkey 2.x: compatibility.ini [Compatibility] LastVersion (toolkit writes
//    "<app version>_<build id>/<platform build id>"): 2.1 and later read authMethod
//    (bug 525238 landed for SeaMonkey 2.1 / Thunderbird 3.1), 2.0 reads the old
//    auth prefs. Without the file: authMethod or "migrated" prefs mean 2.1 or later,
//    else 2.0 is assumed, whose prefs 2.1 and later migrate on start-up.
//  - classic profiles: a mail.server.*.socketType pref means a build that knows
//    socketType (SeaMonkey 1.x, later Mozilla 1.x); without one the build may be
//    Mozilla 1.0-1.7 or Netscape 6-7, which know only isSecure. Such builds never
//    write socketType 0 (the default), so an all-plaintext profile of a newer
//    build is treated as the older one too: the safe side.
// Every suite dialect writes both the old and the new names (see MailPrefsDialect).
MailPrefsDialect suiteDialect(const QString& profileDirectory, const PrefsLookup& prefs);

} // namespace mailsetup
