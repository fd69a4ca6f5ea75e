// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientadapter.h"

namespace mailsetup {

// Alpine, and Pine before it: the account in ~/.pinerc (outgoing smtp-server, incoming
// inbox-path, the From address through user-domain or a From: header). One account
// per file. Unix and macOS only: PC-Alpine keeps its settings elsewhere.
class PineAdapter : public ClientAdapter
{
public:
    QString id() const override { return QStringLiteral("alpine"); }
    QString displayName() const override { return QStringLiteral("Alpine"); }

    QList<ClientInstallation> detect(const HostEnvironment& env) const override;
    QString runningReason(const QString& location) const override;
    ChangePlan plan(const ClientInstallation& installation, const AccountSettings& settings) const override;

    // ~/.pinerc. Unix Alpine 2.26 reads no environment variable for it (only -p),
    // seen with strace; the PINERC variable of pine.hlp is PC-Alpine's.
    static QString pinercPath(const HostEnvironment& env);
};

} // namespace mailsetup
