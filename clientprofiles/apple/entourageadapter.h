// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientadapter.h"

namespace mailsetup {

// Outlook Express 5 for Mac and Entourage: found by their identities folder
// (~/Documents/Microsoft User Data/Identities/<identity>, research section 6.4), so
// the step-by-step instructions can be offered. Their settings are in an
// undocumented binary database, so the plan always refuses and says so.
class EntourageAdapter : public ClientAdapter
{
public:
    QString id() const override { return QStringLiteral("entourage"); }
    QString displayName() const override { return QStringLiteral("Entourage / Outlook Express 5 (Mac)"); }

    QList<ClientInstallation> detect(const HostEnvironment& env) const override;
    QString runningReason(const QString& location) const override;
    ChangePlan plan(const ClientInstallation& installation, const AccountSettings& settings) const override;
};

} // namespace mailsetup
