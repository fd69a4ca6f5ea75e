// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientadapter.h"

namespace mailsetup {

// Eudora 6.1.1 and later for Windows: personalities in Eudora.ini in the data folder
// (%APPDATA%\Qualcomm\Eudora, or the folder the EUDORA variable names), and the
// provider's root certificate in the data folder's usercerts.p7b, the "User Trusted
// Certificates" Eudora checks a certificate it could not verify against (its own
// OpenSSL, not the Windows store). Nothing is written while Eudora runs: it keeps
// Eudora.ini in memory and writes it back.
class EudoraAdapter : public ClientAdapter
{
public:
    QString id() const override { return QStringLiteral("eudora"); }
    QString displayName() const override { return QStringLiteral("Eudora"); }

    QList<ClientInstallation> detect(const HostEnvironment& env) const override;
    QString runningReason(const QString& location) const override;
    ChangePlan plan(const ClientInstallation& installation, const AccountSettings& settings) const override;

    static QStringList dataDirectories(const HostEnvironment& env);
    // Eudora.ini in the folder, found without regard to case as Windows does; "" if none.
    static QString iniPath(const QString& directory);
};

} // namespace mailsetup
