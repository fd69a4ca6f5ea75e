// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientadapter.h"

namespace mailsetup {

// Outlook Express 5.5 and 6: the Internet Account Manager accounts in the registry,
// one installation per identity (HKCU\Identities\{GUID}; the main identity keeps its
// accounts in HKCU\Software\Microsoft\Internet Account Manager). Server, port,
// "requires a secure connection", "SMTP Use Sicily" logon and user name, per account.
class OutlookExpressAdapter : public ClientAdapter
{
public:
    QString id() const override { return QStringLiteral("outlookexpress"); }
    QString displayName() const override { return QStringLiteral("Outlook Express"); }

    QList<ClientInstallation> detect(const HostEnvironment& env) const override;
    QString runningReason(const QString& location) const override;
    ChangePlan plan(const ClientInstallation& installation, const AccountSettings& settings) const override;
};

} // namespace mailsetup
