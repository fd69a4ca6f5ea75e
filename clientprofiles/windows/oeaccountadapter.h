// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientadapter.h"

namespace mailsetup {

// Windows Mail (Vista) and Windows Live Mail: each account is an *.oeaccount file
// under the store root (the registry's "Store Root", else the default folder
// %LOCALAPPDATA%\Microsoft\Windows Mail or \Windows Live Mail: windowsmailstore.h),
// one subfolder per account; the registry's "Default Mail Account" marks the default
// one. The file with the address is updated; otherwise a new account{GUID}.oeaccount
// goes into the store root, which Windows Mail takes over at its next start
// (oe-account-entry.md). Nothing is written while the program runs.
class OeAccountAdapter : public ClientAdapter
{
public:
    QString id() const override { return QStringLiteral("windows-mail"); }
    QString displayName() const override { return QStringLiteral("Windows Mail / Windows Live Mail"); }

    QList<ClientInstallation> detect(const HostEnvironment& env) const override;
    QString runningReason(const QString& location) const override;
    ChangePlan plan(const ClientInstallation& installation, const AccountSettings& settings) const override;

    // The store folders of both programs (findWindowsMailStores), existing or not.
    static QStringList storeRoots(const HostEnvironment& env);
    static bool isLiveMail(const QString& storeRoot);
    // Stable per address, so planning again finds the file it added.
    static QString newFileName(const QString& email);
};

} // namespace mailsetup
