// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientadapter.h"

#include <QList>
#include <QString>

namespace mailsetup {

// KMail (KDE PIM): outgoing servers in the KConfig file mailtransports, identities in
// emailidentities, both in one configuration folder. An installation is that folder.
// The identity with the address is pointed at the provider's SMTP server (its own
// transport updated, or a new one added); receiving accounts live in Akonadi and are
// explained step by step in the plan's notes, never written.
class KMailAdapter : public ClientAdapter
{
public:
    QString id() const override { return QStringLiteral("kmail"); }
    QString displayName() const override { return QStringLiteral("KMail"); }

    QList<ClientInstallation> detect(const HostEnvironment& env) const override;
    QString runningReason(const QString& location) const override;
    ChangePlan plan(const ClientInstallation& installation, const AccountSettings& settings) const override;

    struct ConfigFolder
    {
        QString path;
        QString kind; // "KDE", "KDE 4", "flatpak"
    };
    // Where KMail's KConfig files may be, most likely first (Linux layout only: KMail
    // has no maintained Windows or macOS release).
    static QList<ConfigFolder> configFolders(const HostEnvironment& env);
};

} // namespace mailsetup
