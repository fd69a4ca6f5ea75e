// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "providerprofile.h"

#include <QByteArray>
#include <QString>

namespace mailsetup {

// The identifiers of one generated configuration profile. They come from the
// provider and the address only, so generating again gives the same file, and a
// newer file installed over an older one replaces it instead of adding a second
// account (Apple: "PayloadIdentifier ... determine[s] whether a new profile should
// replace an existing one", mdm/profiles/TopLevel.yaml).
struct MobileconfigIds
{
    QString profileIdentifier; // "org.mailsetup.pcug.alice-pcug-org-au"
    QString profileUuid;
    QString mailIdentifier; // profileIdentifier + ".mail"
    QString mailUuid;
    QString rootIdentifier; // profileIdentifier + ".root"
    QString rootUuid;
};

MobileconfigIds mobileconfigIds(const QString& providerId, const QString& email);

struct MobileconfigResult
{
    QByteArray xml;    // the unsigned profile (XML property list); empty on error
    QString error;     // for people, when xml is empty
    QStringList notes; // what the profile cannot say, in plain words
};

// An Apple configuration profile (.mobileconfig, macOS 10.7 and later, iOS) with a
// com.apple.mail.managed payload for the account and, when the provider pins one,
// a com.apple.security.root payload with its root certificate. No password is put
// in it: Mail asks when the profile is installed.
MobileconfigResult generateMobileconfig(const AccountSettings& settings, const ProviderProfile& profile);

// The profile's file name: "PCUG alice@pcug.org.au.mobileconfig".
QString mobileconfigFileName(const AccountSettings& settings);

} // namespace mailsetup
