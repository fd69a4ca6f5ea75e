// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "apple/plistdocument.h"
#include "clientadapter.h"
#include "hostenvironment.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mailsetup {

// Where Apple Mail keeps its accounts, and whether that is a file Mail Setup may
// change. Sources (research section 6.1):
// - Mac OS X 10.6 and earlier: ~/Library/Preferences/com.apple.mail.plist, arrays
//   MailAccounts and DeliveryAccounts (SelfControlApp/selfcontrol HostImporter.m reads
//   them; Mynigma/M Mynigma/SetupScreensViewController.m reads the same keys from
//   Accounts.plist).
// - Mac OS X 10.7 and later: ~/Library/Mail/V<n>/MailData/Accounts.plist (V2 = 10.7),
//   later the system's Internet Accounts; sandboxed Mail's preferences live in
//   ~/Library/Containers/com.apple.mail. Those are re-derived by macOS, so they are
//   only read here; a configuration profile is the way to set them up.
struct AppleMailStore
{
    enum class Kind
    {
        None,
        LegacyPreferences, // ~/Library/Preferences/com.apple.mail.plist of Mac OS X 10.6 and earlier
        AccountsPlist,     // ~/Library/Mail/V<n>/MailData/Accounts.plist (10.7 and later)
        Sandboxed          // ~/Library/Containers/com.apple.mail/... (later still)
    };
    Kind kind = Kind::None;
    QString path;          // the file the accounts are read from (or the Mail folder)
    QString newerMailData; // ~/Library/Mail/V<n> when present: Mail 5 (10.7) or later is installed
    QString whyReadOnly;   // plain words; empty when Mail Setup may write path

    bool writable() const { return kind == Kind::LegacyPreferences && whyReadOnly.isEmpty(); }
};

AppleMailStore findAppleMailStore(const HostEnvironment& env);
// The same decision for a file detect() found, from the home folder it lies in.
AppleMailStore appleMailStoreAt(const QString& location);

// The accounts in a com.apple.mail.plist or Accounts.plist (root dictionary).
QList<ExistingAccount> readAppleMailAccounts(const PlistNode& root);

// Keys only Mail for 10.7 and later writes in an account (SecurityLayerType, read
// by Mynigma from Accounts.plist): such a file is not the legacy storage.
bool hasNewerMailKeys(const PlistNode& root);

struct LegacyMailPlan
{
    QStringList summary;
    QStringList notes;
    QStringList details;
    QString refusal;
    bool changed = false;
};

// Edits root (a legacy com.apple.mail.plist) for the account with the address:
// its incoming server in MailAccounts, its outgoing server in DeliveryAccounts
// (a new entry when the current one is shared with another account). fileName
// names the file in messages.
LegacyMailPlan
planLegacyMailAccount(PlistNode root, const AccountSettings& settings, const QString& fileName);

} // namespace mailsetup
