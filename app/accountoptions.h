// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "providerprofile.h"

#include <QString>
#include <optional>

class QCommandLineParser;

namespace mailsetup {

// The options every command that works on one account shares: --profile,
// --email, --name, --username, --outgoing-port, --incoming-port.
void addAccountOptions(QCommandLineParser& parser);

struct ResolvedAccount
{
    std::optional<ProviderProfile> profile;
    std::optional<AccountSettings> settings;
    QString error;      // for people, when something is missing or wrong
    bool usage = false; // the error is wrong usage (exit 2), not a refusal (exit 1)
    bool ok() const { return profile && settings; }
};

// Loads the profile and resolves the account the options describe. With
// emailRequired false, a missing --email stops after loading the profile.
ResolvedAccount resolveAccountOptions(const QCommandLineParser& parser, bool emailRequired = true);

// Parses --<name> as a port: nullopt when not given; error set when not a port.
std::optional<int> portOption(const QCommandLineParser& parser, const QString& name, QString* error);

} // namespace mailsetup
