// SPDX-License-Identifier: GPL-3.0-or-later
// Loading provider profiles with their root certificate checked (OpenSSL); the XML
// itself is read by profilereader.cpp.
#include "profileloader.h"

#include "certificate.h"
#include "profilereader.h"

#include <QDateTime>

namespace mailsetup {
namespace {

// The certificate must be the one the profile pins; any doubt refuses the profile.
std::optional<ProfileError> checkPinnedCertificate(CaCertificate& ca, const QByteArray& file)
{
    const CertificateLoadResult loaded = loadCertificate(file);
    if (!loaded.certificate)
        return ProfileError{
            {}, 0, QStringLiteral("file"), QStringLiteral("%1: %2").arg(ca.resolvedPath, loaded.error)};
    const CertificateInfo& cert = *loaded.certificate;
    if (cert.sha256 != ca.pin) {
        return ProfileError{
            {},
            0,
            QStringLiteral("sha256"),
            QStringLiteral("the certificate %1 has the fingerprint %2, but the profile pins %3: "
                           "the file is not the certificate the provider meant")
                .arg(ca.resolvedPath, cert.sha256Text(), formatFingerprint(ca.pin))};
    }
    if (!cert.isCa) {
        return ProfileError{
            {},
            0,
            QStringLiteral("file"),
            QStringLiteral("%1 is not a certificate authority (no CA:TRUE)").arg(ca.resolvedPath)};
    }
    if (cert.notAfter.isValid() && cert.notAfter < QDateTime::currentDateTimeUtc()) {
        return ProfileError{
            {},
            0,
            QStringLiteral("file"),
            QStringLiteral("%1 expired on %2").arg(ca.resolvedPath, cert.notAfter.toString(Qt::ISODate))};
    }
    ca.certificate = cert;
    return std::nullopt;
}

} // namespace

ProfileLoadResult ProfileLoader::loadFile(const QString& path)
{
    return readProfileFile(path, checkPinnedCertificate);
}

ProfileLoadResult
ProfileLoader::loadData(const QByteArray& xml, const QString& sourceName, const QString& baseDir)
{
    return readProfile(xml, sourceName, baseDir, ProfileOrigin::Local, checkPinnedCertificate);
}

ProfileLoadResult
ProfileLoader::loadFetched(const QByteArray& xml, const QString& sourceName, ProfileOrigin origin)
{
    return readProfile(xml, sourceName, QString(), origin, checkPinnedCertificate);
}

ProfileLoadResult ProfileLoader::loadBundled(const QString& id)
{
    return loadFile(QStringLiteral("%1/%2.xml").arg(bundledProfileDir(), id));
}

ProfileLoadResult ProfileLoader::load(const QString& idOrPath)
{
    if (bundledIds().contains(idOrPath))
        return loadBundled(idOrPath);
    return loadFile(idOrPath);
}

} // namespace mailsetup
