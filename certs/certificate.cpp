// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <algorithm>
#include <memory>
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

struct X509Deleter
{
    void operator()(X509* p) const { X509_free(p); }
};
struct BioDeleter
{
    void operator()(BIO* p) const { BIO_free(p); }
};
using X509Ptr = std::unique_ptr<X509, X509Deleter>;
using BioPtr = std::unique_ptr<BIO, BioDeleter>;

QString nameToString(const X509_NAME* name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, int(len));
}

QDateTime asn1TimeToDateTime(const ASN1_TIME* time)
{
    struct tm tm = {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString openSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return {};
    char buf[256];
    ERR_error_string_n(code, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

// Parses the DER of exactly one certificate, refusing trailing bytes.
X509Ptr parseDer(const QByteArray& der, QString* error)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    X509Ptr cert(d2i_X509(nullptr, &p, der.size()));
    if (!cert) {
        *error = tr("not a valid X.509 certificate (%1)").arg(openSslError());
        return nullptr;
    }
    if (p != reinterpret_cast<const unsigned char*>(der.constData()) + der.size()) {
        *error = tr("unexpected data after the certificate");
        return nullptr;
    }
    return cert;
}

} // namespace

CertificateLoadResult loadCertificate(const QByteArray& pemOrDer)
{
    CertificateLoadResult result;
    if (pemOrDer.trimmed().isEmpty()) {
        result.error = tr("the file is empty");
        return result;
    }

    QByteArray der;
    static const QByteArray begin("-----BEGIN CERTIFICATE-----");
    static const QByteArray end("-----END CERTIFICATE-----");
    const qsizetype first = pemOrDer.indexOf(begin);
    if (first >= 0) {
        const qsizetype stop = pemOrDer.indexOf(end, first);
        if (stop < 0) {
            result.error = tr("the PEM certificate is truncated (no END CERTIFICATE line)");
            return result;
        }
        if (pemOrDer.indexOf(begin, stop) >= 0) {
            result.error = tr("the file holds more than one certificate");
            return result;
        }
        const QByteArray body = pemOrDer.mid(first + begin.size(), stop - first - begin.size());
        const auto decoded = QByteArray::fromBase64Encoding(body.simplified().replace(' ', ""),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            result.error = tr("the PEM certificate is damaged (invalid base64)");
            return result;
        }
        der = *decoded;
    } else if (pemOrDer.startsWith("-----BEGIN")) {
        result.error = tr("the PEM file holds no certificate (%1)")
                           .arg(QString::fromLatin1(pemOrDer.left(pemOrDer.indexOf('\n')).trimmed()));
        return result;
    } else {
        der = pemOrDer;
    }

    QString error;
    X509Ptr cert = parseDer(der, &error);
    if (!cert) {
        result.error = error;
        return result;
    }

    CertificateInfo info;
    info.der = der;
    info.subject = nameToString(X509_get_subject_name(cert.get()));
    info.issuer = nameToString(X509_get_issuer_name(cert.get()));
    if (const ASN1_INTEGER* serial = X509_get0_serialNumber(cert.get())) {
        BIGNUM* bn = ASN1_INTEGER_to_BN(serial, nullptr);
        if (bn) {
            char* hex = BN_bn2hex(bn);
            info.serialHex = QString::fromLatin1(hex);
            OPENSSL_free(hex);
            BN_free(bn);
        }
    }
    info.notBefore = asn1TimeToDateTime(X509_get0_notBefore(cert.get()));
    info.notAfter = asn1TimeToDateTime(X509_get0_notAfter(cert.get()));
    // X509_check_ca also accepts old v1 roots that predate basicConstraints; we
    // want the explicit CA:TRUE a trust anchor must carry today.
    info.isCa = (X509_get_extension_flags(cert.get()) & EXFLAG_CA) != 0;
    info.selfSigned = (X509_get_extension_flags(cert.get()) & EXFLAG_SS) != 0;
    info.sha256 = QCryptographicHash::hash(der, QCryptographicHash::Sha256);
    result.certificate = info;
    return result;
}

} // namespace mailsetup
