// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace mailsetup {

struct ChainCheckResult
{
    bool trusted = false;
    QString detail; // OpenSSL's reason when not trusted, e.g. "unable to get local issuer certificate"
};

// OpenSSL's own chain check (X509_verify_cert, purpose "TLS server" off so an
// intermediate also counts) of one certificate (PEM or DER) against a CA bundle
// file and/or a hashed certificate folder (as /etc/ssl/certs). This is what
// OpenSSL-based mail programs do with the system store.
ChainCheckResult verifyAgainstStore(const QByteArray& certificatePemOrDer,
                                    const QString& caFile,
                                    const QString& caDirectory = QString());

// Whether the PEM bundle file holds a certificate with this SHA-256 fingerprint.
bool bundleContains(const QString& bundleFile, const QByteArray& sha256);

} // namespace mailsetup
