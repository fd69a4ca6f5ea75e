// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificate.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace mailsetup {

struct TrustAnchorCheck;

// A root certificate that passed every check for becoming a trust anchor: it is
// the certificate the provider pinned (SHA-256), a self-signed CA (CA:TRUE) and
// valid now. Only TrustAnchor::check makes one, so a TrustStore can never be
// handed an unchecked certificate.
class TrustAnchor
{
public:
    // pin: 32 raw bytes (parseSha256Fingerprint of the profile's sha256 attribute).
    // sourceName names the file in messages.
    static TrustAnchorCheck check(const CertificateInfo& certificate,
                                  const QByteArray& pin,
                                  const QString& sourceName,
                                  const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Reads the file itself (at most 256 KiB) before check().
    static TrustAnchorCheck checkFile(const QString& path,
                                      const QByteArray& pin,
                                      const QDateTime& now = QDateTime::currentDateTimeUtc());

    const CertificateInfo& certificate() const { return m_certificate; }
    QString fingerprint() const { return m_certificate.sha256Text(); }
    QString name() const { return m_certificate.commonName(); }
    // What a person compares before saying yes: name, subject, validity, fingerprint.
    QStringList describe() const;

    // The user's confirmation: the fingerprint shown to them, as they pass it back
    // (the wizard's "yes" or --confirm-fingerprint). Empty when it matches; else
    // the refusal to show.
    QString refuseConfirmation(const QString& confirmedFingerprint) const;

    // A short label for store entries: "mailsetup-<CN>-<first 4 bytes>".
    QString storeLabel() const;

private:
    CertificateInfo m_certificate;
};

struct TrustAnchorCheck
{
    std::optional<TrustAnchor> anchor;
    QString refusal; // for people, naming the file, when anchor is empty
};

} // namespace mailsetup
