// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientadapter.h"

namespace mailsetup {

// Apple Mail on macOS. Mac OS X 10.6 and earlier keep the accounts in
// ~/Library/Preferences/com.apple.mail.plist, which this adapter updates (the
// account must exist: Mail creates it, we secure its servers). Later Mail keeps
// them in the system's Internet Accounts: detected and read here, and the plan
// refuses in plain words, pointing to the configuration profile (mobileconfig.h).
class AppleMailAdapter : public ClientAdapter
{
public:
    QString id() const override { return QStringLiteral("applemail"); }
    QString displayName() const override { return QStringLiteral("Apple Mail"); }

    QList<ClientInstallation> detect(const HostEnvironment& env) const override;
    QString runningReason(const QString& location) const override;
    ChangePlan plan(const ClientInstallation& installation, const AccountSettings& settings) const override;
};

} // namespace mailsetup
