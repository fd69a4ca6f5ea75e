// SPDX-License-Identifier: GPL-3.0-or-later
#include "chaincheck.h"

#include "certificate.h"

#include <QCoreApplication>
#include <QFile>
#include <memory>
#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

struct StoreDeleter
{
    void operator()(X509_STORE* p) const { X509_STORE_free(p); }
};
struct StoreCtxDeleter
{
    void operator()(X509_STORE_CTX* p) const { X509_STORE_CTX_free(p); }
};
struct CertDeleter
{
    void operator()(X509* p) const { X509_free(p); }
};

} // namespace

ChainCheckResult
verifyAgainstStore(const QByteArray& certificatePemOrDer, const QString& caFile, const QString& caDirectory)
{
    ChainCheckResult result;
    const CertificateLoadResult loaded = loadCertificate(certificatePemOrDer);
    if (!loaded.certificate) {
        result.detail = loaded.error;
        return result;
    }
    const QByteArray& der = loaded.certificate->der;
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    std::unique_ptr<X509, CertDeleter> cert(d2i_X509(nullptr, &p, der.size()));
    std::unique_ptr<X509_STORE, StoreDeleter> store(X509_STORE_new());
    if (!cert || !store) {
        result.detail = tr("OpenSSL could not set up the check");
        return result;
    }
    const QByteArray file = QFile::encodeName(caFile);
    const QByteArray dir = QFile::encodeName(caDirectory);
    if (X509_STORE_load_locations(store.get(), file.isEmpty() ? nullptr : file.constData(),
                                  dir.isEmpty() ? nullptr : dir.constData()) != 1) {
        ERR_clear_error();
        result.detail = tr("cannot read the store %1").arg(caFile.isEmpty() ? caDirectory : caFile);
        return result;
    }
    std::unique_ptr<X509_STORE_CTX, StoreCtxDeleter> ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store.get(), cert.get(), nullptr) != 1) {
        result.detail = tr("OpenSSL could not set up the check");
        return result;
    }
    result.trusted = X509_verify_cert(ctx.get()) == 1;
    if (!result.trusted)
        result.detail = QString::fromUtf8(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())));
    ERR_clear_error();
    return result;
}

bool bundleContains(const QString& bundleFile, const QByteArray& sha256)
{
    QFile file(bundleFile);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray& pem : pemCertificateBlocks(file.readAll())) {
        const CertificateLoadResult one = loadCertificate(pem);
        if (one.certificate && one.certificate->sha256 == sha256)
            return true;
    }
    return false;
}

} // namespace mailsetup
