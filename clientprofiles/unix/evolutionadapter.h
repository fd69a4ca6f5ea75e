// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientadapter.h"

namespace mailsetup {

// GNOME Evolution (evolution-data-server 3.6 and later): one account is three data
// sources in ~/.config/evolution/sources (a mail account, its identity and an SMTP
// transport). A new account gets three new files; an existing one is edited in place.
class EvolutionAdapter : public ClientAdapter
{
public:
    QString id() const override { return QStringLiteral("evolution"); }
    QString displayName() const override { return QStringLiteral("Evolution"); }

    QList<ClientInstallation> detect(const HostEnvironment& env) const override;
    QString runningReason(const QString& location) const override;
    ChangePlan plan(const ClientInstallation& installation, const AccountSettings& settings) const override;

    // Folders that hold the .source files, most common first.
    static QStringList sourceDirectories(const HostEnvironment& env);
};

} // namespace mailsetup
