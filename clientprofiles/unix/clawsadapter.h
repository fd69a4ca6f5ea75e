// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientadapter.h"

namespace mailsetup {

// Claws Mail: accounts are "[Account: N]" blocks in accountrc inside its settings
// folder (~/.claws-mail; %APPDATA%\Claws-mail on Windows). The block with the address
// is updated, else one is appended; Claws rewrites the file from memory when it
// quits, so nothing is written while it runs.
class ClawsAdapter : public ClientAdapter
{
public:
    QString id() const override { return QStringLiteral("claws-mail"); }
    QString displayName() const override { return QStringLiteral("Claws Mail"); }

    QList<ClientInstallation> detect(const HostEnvironment& env) const override;
    QString runningReason(const QString& location) const override;
    ChangePlan plan(const ClientInstallation& installation, const AccountSettings& settings) const override;

    // Settings folders to look at, most common first.
    static QStringList settingsDirectories(const HostEnvironment& env);
};

} // namespace mailsetup
