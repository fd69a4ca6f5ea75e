// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientadapter.h"

namespace mailsetup {

// Thunderbird (and Betterbird, which shares its profiles): every profile under the
// known profile roots, accounts from prefs.js and user.js, changes written to
// prefs.js (and to user.js where it would otherwise put old values back).
class ThunderbirdAdapter : public ClientAdapter
{
public:
    QString id() const override { return QStringLiteral("thunderbird"); }
    QString displayName() const override { return QStringLiteral("Thunderbird"); }

    QList<ClientInstallation> detect(const HostEnvironment& env) const override;
    QString runningReason(const QString& location) const override;
    ChangePlan plan(const ClientInstallation& installation, const AccountSettings& settings) const override;

    // Folders that hold profiles.ini, most common first
    // (../shared/research/unix-mozilla-apple-clients.md section 1.1).
    static QStringList profileRoots(const HostEnvironment& env);
};

} // namespace mailsetup
