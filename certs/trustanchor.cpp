// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustanchor.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

} // namespace

TrustAnchorCheck TrustAnchor::check(const CertificateInfo& certificate,
                                    const QByteArray& pin,
                                    const QString& sourceName,
                                    const QDateTime& now)
{
    TrustAnchorCheck result;
    if (pin.size() != 32) {
        result.refusal = tr("%1: the provider profile pins no SHA-256 fingerprint for this certificate, so "
                            "there is nothing to compare it with; it is not installed")
                             .arg(sourceName);
        return result;
    }
    if (certificate.sha256 != pin) {
        result.refusal =
            tr("%1 is not the certificate the provider pinned: its fingerprint is %2, the profile expects "
               "%3. It may carry the same name (%4) but it is a different certificate; it is not installed")
                .arg(sourceName, certificate.sha256Text(), formatFingerprint(pin), certificate.commonName());
        return result;
    }
    if (!certificate.isCa) {
        result.refusal = tr("%1 (%2) is not a certificate authority (it lacks \"CA:TRUE\"), so it cannot "
                            "vouch for mail servers; it is not installed")
                             .arg(sourceName, certificate.commonName());
        return result;
    }
    if (!certificate.selfSigned) {
        result.refusal = tr("%1 (%2) is not a root certificate: it is issued by %3. Only the root goes into "
                            "a trust store; it is not installed")
                             .arg(sourceName, certificate.commonName(), certificate.issuer);
        return result;
    }
    if (certificate.notAfter.isValid() && certificate.notAfter < now) {
        result.refusal =
            tr("%1 (%2) expired on %3; it is not installed")
                .arg(sourceName, certificate.commonName(), certificate.notAfter.toString(Qt::ISODate));
        return result;
    }
    if (certificate.notBefore.isValid() && certificate.notBefore > now) {
        result.refusal =
            tr("%1 (%2) is not valid before %3; it is not installed")
                .arg(sourceName, certificate.commonName(), certificate.notBefore.toString(Qt::ISODate));
        return result;
    }
    TrustAnchor anchor;
    anchor.m_certificate = certificate;
    result.anchor = anchor;
    return result;
}

TrustAnchorCheck TrustAnchor::checkFile(const QString& path, const QByteArray& pin, const QDateTime& now)
{
    TrustAnchorCheck result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.refusal = tr("cannot read the certificate %1: %2").arg(path, file.errorString());
        return result;
    }
    constexpr qint64 maxSize = 256 * 1024;
    const QByteArray bytes = file.read(maxSize + 1);
    if (bytes.size() > maxSize) {
        result.refusal = tr("%1 is too large to be one certificate").arg(path);
        return result;
    }
    const CertificateLoadResult loaded = loadCertificate(bytes);
    if (!loaded.certificate) {
        result.refusal = tr("%1: %2; nothing is installed").arg(path, loaded.error);
        return result;
    }
    return check(*loaded.certificate, pin, path, now);
}

QStringList TrustAnchor::describe() const
{
    const CertificateInfo& c = m_certificate;
    return {tr("Name: %1").arg(c.commonName()), tr("Subject: %1").arg(c.subject),
            tr("Valid from %1 to %2 (UTC)")
                .arg(c.notBefore.toString(QStringLiteral("yyyy-MM-dd")),
                     c.notAfter.toString(QStringLiteral("yyyy-MM-dd"))),
            tr("SHA-256 fingerprint: %1").arg(c.sha256Text())};
}

QString TrustAnchor::refuseConfirmation(const QString& confirmedFingerprint) const
{
    if (confirmedFingerprint.trimmed().isEmpty())
        return tr("the certificate %1 is installed only after you have compared its fingerprint with the "
                  "one your provider publishes: %2")
            .arg(name(), fingerprint());
    const QByteArray confirmed = parseSha256Fingerprint(confirmedFingerprint.trimmed());
    if (confirmed.isEmpty())
        return tr("\"%1\" is not a SHA-256 fingerprint (64 hexadecimal digits); the certificate %2 has %3")
            .arg(confirmedFingerprint, name(), fingerprint());
    if (confirmed != m_certificate.sha256)
        return tr("the fingerprint you confirmed (%1) is not the one of the certificate %2 (%3); nothing is "
                  "installed")
            .arg(formatFingerprint(confirmed), name(), fingerprint());
    return {};
}

QString TrustAnchor::storeLabel() const
{
    QString cn = name();
    cn.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.-]+")), QStringLiteral("_"));
    return QStringLiteral("mailsetup-%1-%2")
        .arg(cn, QString::fromLatin1(m_certificate.sha256.left(4).toHex()));
}

} // namespace mailsetup
