// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientadapter.h"

namespace mailsetup {

// Microsoft Outlook, classic: the mail profiles of Outlook 2002-2010 (Windows Messaging
// Subsystem) and 2013-2016/2019/2021/365 (Office\<ver>\Outlook\Profiles), and
// Outlook 97-2000 in Internet Mail Only mode (OMI Account Manager, Outlook Express's
// value names). An existing account with the address is updated in place; a new
// account is refused with the way to add it: the PRF file and outlook.exe /importprf.
class OutlookAdapter : public ClientAdapter
{
public:
    QString id() const override { return QStringLiteral("outlook"); }
    QString displayName() const override { return QStringLiteral("Microsoft Outlook"); }

    QList<ClientInstallation> detect(const HostEnvironment& env) const override;
    QString runningReason(const QString& location) const override;
    ChangePlan plan(const ClientInstallation& installation, const AccountSettings& settings) const override;
};

} // namespace mailsetup
