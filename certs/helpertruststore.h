// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "linuxtruststore.h"
#include "toolrunner.h"

namespace mailsetup {

// The Linux system store as the wizard (running as the user) changes it: reading
// (isInstalled, verify) directly, writing through `pkexec mailsetup-trust-helper`
// (polkit action org.mailsetup.trust-helper, auth_admin_keep), which checks the
// certificate and pin again itself. Same id() as LinuxSystemTrustStore, so an
// install made as root and one made through the helper share one record.
class HelperTrustStore : public TrustStore
{
public:
    HelperTrustStore(LinuxTrustLayout layout, ToolRunner& runner, QString helper = QString());

    QString id() const override { return m_direct.id(); }
    QString displayName() const override { return m_direct.displayName(); }
    bool needsAdministrator() const override { return true; }
    TrustResult isInstalled(const TrustAnchor& anchor) override { return m_direct.isInstalled(anchor); }
    TrustResult verify(const TrustAnchor& anchor, const QByteArray& issued) override
    {
        return m_direct.verify(anchor, issued);
    }
    TrustResult uninstall(const TrustAnchor& anchor, const QString& addedEntry) override;

protected:
    TrustResult installChecked(const TrustAnchor& anchor) override;

private:
    TrustResult runHelper(const QString& action, const TrustAnchor& anchor);

    LinuxSystemTrustStore m_direct;
    ToolRunner& m_runner;
    QString m_helper;
};

} // namespace mailsetup
