// SPDX-License-Identifier: GPL-3.0-or-later
#include "mobileconfigsigner.h"

#include <QCoreApplication>
#include <QFile>
#include <memory>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

struct BioFree
{
    void operator()(BIO* b) const { BIO_free(b); }
};
struct X509Free
{
    void operator()(X509* x) const { X509_free(x); }
};
struct KeyFree
{
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct ChainFree
{
    void operator()(STACK_OF(X509) * s) const { sk_X509_pop_free(s, X509_free); }
};
struct CmsFree
{
    void operator()(CMS_ContentInfo* c) const { CMS_ContentInfo_free(c); }
};
using Bio = std::unique_ptr<BIO, BioFree>;
using Cert = std::unique_ptr<X509, X509Free>;
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;
using Chain = std::unique_ptr<STACK_OF(X509), ChainFree>;
using Cms = std::unique_ptr<CMS_ContentInfo, CmsFree>;

QString opensslReason()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return tr("unknown reason");
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

bool readFile(const QString& path, QByteArray* bytes, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *bytes = file.readAll();
    return true;
}

Bio memoryBio(const QByteArray& bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

struct LoadedIdentity
{
    Cert certificate;
    Key key;
    Chain chain{sk_X509_new_null()};
    QString error;
};

LoadedIdentity loadPem(const SigningIdentity& identity)
{
    LoadedIdentity loaded;
    QByteArray certBytes, keyBytes;
    if (!readFile(identity.certificateFile, &certBytes, &loaded.error) ||
        !readFile(identity.keyFile, &keyBytes, &loaded.error))
        return loaded;
    Bio certBio = memoryBio(certBytes);
    loaded.certificate.reset(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    if (!loaded.certificate) {
        loaded.error = tr("%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----): %2")
                           .arg(identity.certificateFile, opensslReason());
        return loaded;
    }
    // Further certificates in the same file are the chain up to the root.
    while (X509* extra = PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr))
        sk_X509_push(loaded.chain.get(), extra);
    ERR_clear_error();
    Bio keyBio = memoryBio(keyBytes);
    // No passphrase callback: an encrypted key is refused rather than prompted for.
    loaded.key.reset(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, const_cast<char*>("")));
    if (!loaded.key)
        loaded.error =
            tr("%1 holds no unencrypted PEM private key: %2").arg(identity.keyFile, opensslReason());
    return loaded;
}

LoadedIdentity loadPkcs12(const SigningIdentity& identity)
{
    LoadedIdentity loaded;
    QByteArray bytes;
    if (!readFile(identity.pkcs12File, &bytes, &loaded.error))
        return loaded;
    Bio bio = memoryBio(bytes);
    std::unique_ptr<PKCS12, decltype(&PKCS12_free)> p12(d2i_PKCS12_bio(bio.get(), nullptr), PKCS12_free);
    if (!p12) {
        loaded.error = tr("%1 is not a PKCS#12 (.p12) file: %2").arg(identity.pkcs12File, opensslReason());
        return loaded;
    }
    EVP_PKEY* key = nullptr;
    X509* cert = nullptr;
    STACK_OF(X509)* chain = nullptr;
    const QByteArray password = identity.pkcs12Password.toUtf8();
    if (!PKCS12_parse(p12.get(), password.constData(), &key, &cert, &chain)) {
        loaded.error = tr("cannot open %1 (wrong password?): %2").arg(identity.pkcs12File, opensslReason());
        return loaded;
    }
    loaded.key.reset(key);
    loaded.certificate.reset(cert);
    if (chain)
        loaded.chain.reset(chain);
    if (!loaded.certificate || !loaded.key)
        loaded.error = tr("%1 does not hold both a certificate and its private key").arg(identity.pkcs12File);
    return loaded;
}

} // namespace

SignResult signMobileconfig(const QByteArray& profile, const SigningIdentity& identity)
{
    SignResult result;
    ERR_clear_error();
    const bool pkcs12 = !identity.pkcs12File.isEmpty();
    if (!pkcs12 && (identity.certificateFile.isEmpty() || identity.keyFile.isEmpty())) {
        result.error = tr("signing needs a certificate file and its private key file, or one .p12 file");
        return result;
    }
    LoadedIdentity loaded = pkcs12 ? loadPkcs12(identity) : loadPem(identity);
    if (!loaded.error.isEmpty()) {
        result.error = loaded.error;
        return result;
    }
    if (X509_check_private_key(loaded.certificate.get(), loaded.key.get()) != 1) {
        result.error = tr("the private key in %1 does not belong to the certificate in %2")
                           .arg(pkcs12 ? identity.pkcs12File : identity.keyFile,
                                pkcs12 ? identity.pkcs12File : identity.certificateFile);
        ERR_clear_error();
        return result;
    }
    Bio content = memoryBio(profile);
    // CMS_BINARY: the profile is signed byte for byte, without MIME line-ending
    // conversion; no CMS_DETACHED, so the profile travels inside the signature.
    Cms cms(
        CMS_sign(loaded.certificate.get(), loaded.key.get(), loaded.chain.get(), content.get(), CMS_BINARY));
    if (!cms) {
        result.error = tr("OpenSSL could not sign the profile: %1").arg(opensslReason());
        return result;
    }
    Bio out(BIO_new(BIO_s_mem()));
    if (i2d_CMS_bio(out.get(), cms.get()) != 1) {
        result.error = tr("OpenSSL could not write the signed profile: %1").arg(opensslReason());
        return result;
    }
    char* data = nullptr;
    const long length = BIO_get_mem_data(out.get(), &data);
    result.der = QByteArray(data, static_cast<qsizetype>(length));
    return result;
}

} // namespace mailsetup
