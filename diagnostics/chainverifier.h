// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mailsetup {

struct ChainVerification
{
    bool trusted = false;
    QString error; // OpenSSL's reason when not trusted, e.g. "unable to get local issuer certificate"
};

// Verifies the chain a server sent (leaf first, DER) for `host` (a name or an IP
// address) with OpenSSL, trusting exactly `rootsDer`. Kept apart from the TLS
// handshake so the same chain can be judged against the profile's CA and against
// the system store separately: "trusted by the profile's CA, not yet by this
// computer" is the case the wizard fixes by installing the CA.
ChainVerification verifyChainWithRoots(const QList<QByteArray>& chainDer,
                                       const QList<QByteArray>& rootsDer,
                                       const QString& host);

// The same against the system's store: OpenSSL's default locations (on Debian
// /etc/ssl/certs, what ca-certificates installs), or the PEM bundle `bundleFile`.
ChainVerification verifyChainWithSystemStore(const QList<QByteArray>& chainDer,
                                             const QString& host,
                                             const QString& bundleFile = QString());

} // namespace mailsetup
