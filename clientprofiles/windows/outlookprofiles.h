// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "changeplan.h"
#include "clientadapter.h"
#include "registry.h"

namespace mailsetup::outlook {

// The key under a mail profile that lists its Internet accounts (MSF: rapid7/
// metasploit-framework modules/post/windows/gather/credentials/outlook.rb; SOS:
// Set-OutlookSignatures; OPQ: bertjohnson/OpaqueMail Form1.Save.cs).
inline const char* accountListSubkey()
{
    return "9375CFF0413111d3B88A00104B2A6676";
}

struct ProfileKey
{
    QString key;     // ...\Profiles\<profile>\9375CFF0413111d3B88A00104B2A6676
    QString profile; // the profile's name
    QString version; // "16.0", "15.0", or empty for a Windows Messaging Subsystem profile (2002-2010)
    bool isDefault = false;
};

QList<ProfileKey> findProfiles(const Registry& registry);
QList<ExistingAccount> readAccounts(const Registry& registry, const ProfileKey& profile);
void planAccount(const Registry& registry,
                 const ProfileKey& profile,
                 const AccountSettings& settings,
                 ChangePlan* plan);

} // namespace mailsetup::outlook
