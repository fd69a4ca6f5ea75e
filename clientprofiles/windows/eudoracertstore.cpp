// SPDX-License-Identifier: GPL-3.0-or-later
#include "eudoracertstore.h"

#include <QCoreApplication>
#include <memory>
#include <openssl/pem.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>

namespace mailsetup {
namespace {

struct Pkcs7Deleter
{
    void operator()(PKCS7* p) const { PKCS7_free(p); }
};
using Pkcs7Ptr = std::unique_ptr<PKCS7, Pkcs7Deleter>;

PKCS7* parseAny(const QByteArray& bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    if (PKCS7* der = d2i_PKCS7(nullptr, &data, long(bytes.size())))
        return der;
    BIO* bio = BIO_new_mem_buf(bytes.constData(), int(bytes.size()));
    PKCS7* pem = PEM_read_bio_PKCS7(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return pem;
}

} // namespace

CertificateBundle readCertificateBundle(const QByteArray& bytes)
{
    CertificateBundle bundle;
    Pkcs7Ptr p7(parseAny(bytes));
    if (!p7 || !PKCS7_type_is_signed(p7.get())) {
        bundle.error = QCoreApplication::translate("mailsetup", "not a PKCS#7 certificate file");
        return bundle;
    }
    STACK_OF(X509)* certs = p7->d.sign ? p7->d.sign->cert : nullptr;
    for (int i = 0; certs && i < sk_X509_num(certs); ++i) {
        X509* cert = sk_X509_value(certs, i);
        const int size = i2d_X509(cert, nullptr);
        QByteArray der(size, Qt::Uninitialized);
        auto* out = reinterpret_cast<unsigned char*>(der.data());
        i2d_X509(cert, &out);
        bundle.certificates << der;
    }
    return bundle;
}

QByteArray writeCertificateBundle(const QList<QByteArray>& certificates)
{
    Pkcs7Ptr p7(PKCS7_new());
    if (!p7 || !PKCS7_set_type(p7.get(), NID_pkcs7_signed) || !PKCS7_content_new(p7.get(), NID_pkcs7_data))
        return {};
    for (const QByteArray& der : certificates) {
        const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
        X509* cert = d2i_X509(nullptr, &data, long(der.size()));
        if (!cert)
            return {};
        const int added = PKCS7_add_certificate(p7.get(), cert); // takes its own reference
        X509_free(cert);
        if (!added)
            return {};
    }
    const int size = i2d_PKCS7(p7.get(), nullptr);
    if (size <= 0)
        return {};
    QByteArray out(size, Qt::Uninitialized);
    auto* data = reinterpret_cast<unsigned char*>(out.data());
    i2d_PKCS7(p7.get(), &data);
    return out;
}

} // namespace mailsetup
