// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "toolrunner.h"
#include "truststore.h"

namespace mailsetup {

// macOS keychains through Apple's `security` tool (usage text of Apple's security
// tool, security.c: add-trusted-cert, remove-trusted-cert, delete-certificate,
// find-certificate, verify-cert; mkcert truststore_darwin.go). The system keychain
// takes admin trust settings (-d): `security` itself asks for an administrator's
// password (Authorization Services), so no helper of ours runs as root on macOS.
// The login keychain needs no administrator.
class MacKeychainTrustStore : public TrustStore
{
public:
    enum class Domain
    {
        System, // /Library/Keychains/System.keychain, admin trust settings
        User    // ~/Library/Keychains/login.keychain-db, the user's trust settings
    };

    MacKeychainTrustStore(Domain domain, QString home, ToolRunner& runner);

    QString id() const override;
    QString displayName() const override;
    bool needsAdministrator() const override { return m_domain == Domain::System; }
    TrustResult isInstalled(const TrustAnchor& anchor) override;
    TrustResult verify(const TrustAnchor& anchor, const QByteArray& issuedCertificate) override;
    TrustResult uninstall(const TrustAnchor& anchor, const QString& addedEntry) override;

    QString keychain() const;

protected:
    TrustResult installChecked(const TrustAnchor& anchor) override;

private:
    QString security() const;
    TrustResult fail(const ToolResult& r, const QString& what) const;

    Domain m_domain;
    QString m_home;
    ToolRunner& m_runner;
};

} // namespace mailsetup
