// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace mailsetup {

// What a person needs to decide whether to trust a certificate, read with OpenSSL.
struct CertificateInfo
{
    QByteArray der;
    QString subject; // one line, RFC 2253 order, e.g. "CN=CA Cert Signing Authority,OU=...,O=Root CA"
    QString issuer;
    QString serialHex;
    QDateTime notBefore; // UTC
    QDateTime notAfter;  // UTC
    bool isCa = false;   // basicConstraints CA:TRUE
    bool selfSigned = false;
    QByteArray sha256; // 32 raw bytes of the DER's SHA-256

    QString sha256Text() const; // "07:ED:BD:..." as CAcert and browsers print it
    QString commonName() const;
};

struct CertificateLoadResult
{
    std::optional<CertificateInfo> certificate;
    QString error; // for people, when certificate is empty
};

// Exactly one X.509 certificate, PEM or DER. Several PEM blocks, trailing garbage
// or a truncated file are refused: a pinned file must say one thing.
CertificateLoadResult loadCertificate(const QByteArray& pemOrDer);

// Every "-----BEGIN CERTIFICATE-----" ... "-----END CERTIFICATE-----" block in text
// (a CA bundle, `certutil -L -a` output), in order, each ready for loadCertificate();
// text between blocks and an unfinished last block are left out.
QList<QByteArray> pemCertificateBlocks(const QByteArray& text);

// "07:ED:BD:..." or "07edbd..." (any case, colons or spaces optional) to 32 raw
// bytes; empty when the text is not a SHA-256 fingerprint.
QByteArray parseSha256Fingerprint(const QString& text);
QString formatFingerprint(const QByteArray& raw);

// The DER as one PEM block ("-----BEGIN CERTIFICATE-----", 64 columns), as the
// system stores (update-ca-certificates wants PEM) and certutil read it.
QByteArray toPem(const QByteArray& der);

} // namespace mailsetup
