// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainverifier.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QMutex>
#include <map>
#include <memory>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

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
struct ContextDeleter
{
    void operator()(X509_STORE_CTX* p) const { X509_STORE_CTX_free(p); }
};
struct StackDeleter
{
    void operator()(STACK_OF(X509) * p) const { sk_X509_pop_free(p, X509_free); }
};
struct X509Deleter
{
    void operator()(X509* p) const { X509_free(p); }
};
using StorePtr = std::unique_ptr<X509_STORE, StoreDeleter>;
using X509Ptr = std::unique_ptr<X509, X509Deleter>;

X509Ptr fromDer(const QByteArray& der)
{
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &data, der.size()));
}

ChainVerification verify(X509_STORE* store, const QList<QByteArray>& chainDer, const QString& host)
{
    ChainVerification result;
    if (chainDer.isEmpty()) {
        result.error = tr("the server sent no certificate");
        return result;
    }
    X509Ptr leaf = fromDer(chainDer.first());
    if (!leaf) {
        result.error = tr("the server's certificate cannot be read");
        return result;
    }
    std::unique_ptr<STACK_OF(X509), StackDeleter> intermediates(sk_X509_new_null());
    for (qsizetype i = 1; i < chainDer.size(); ++i) {
        if (X509Ptr cert = fromDer(chainDer.at(i)))
            sk_X509_push(intermediates.get(), cert.release());
    }
    std::unique_ptr<X509_STORE_CTX, ContextDeleter> context(X509_STORE_CTX_new());
    if (!context || X509_STORE_CTX_init(context.get(), store, leaf.get(), intermediates.get()) != 1) {
        result.error = tr("the certificate check could not start (out of memory?)");
        return result;
    }
    X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_purpose(param, X509_PURPOSE_SSL_SERVER);
    const QByteArray hostBytes = host.toUtf8();
    if (!QHostAddress(host).isNull())
        X509_VERIFY_PARAM_set1_ip_asc(param, hostBytes.constData());
    else if (!host.isEmpty())
        X509_VERIFY_PARAM_set1_host(param, hostBytes.constData(), size_t(hostBytes.size()));
    if (X509_verify_cert(context.get()) == 1) {
        result.trusted = true;
        return result;
    }
    result.error = QString::fromUtf8(X509_verify_cert_error_string(X509_STORE_CTX_get_error(context.get())));
    return result;
}

} // namespace

ChainVerification verifyChainWithRoots(const QList<QByteArray>& chainDer,
                                       const QList<QByteArray>& rootsDer,
                                       const QString& host)
{
    StorePtr store(X509_STORE_new());
    for (const QByteArray& der : rootsDer) {
        if (X509Ptr root = fromDer(der))
            X509_STORE_add_cert(store.get(), root.get()); // takes its own reference
    }
    return verify(store.get(), chainDer, host);
}

ChainVerification
verifyChainWithSystemStore(const QList<QByteArray>& chainDer, const QString& host, const QString& bundleFile)
{
    // Parsing the system bundle (some 140 roots) costs tens of milliseconds; a
    // diagnosis verifies up to seven chains at once, so each bundle is read once and
    // the store shared (OpenSSL stores are reference-counted and safe to share).
    static QMutex mutex;
    static std::map<QString, StorePtr> cache;
    X509_STORE* store = nullptr;
    {
        QMutexLocker lock(&mutex);
        auto found = cache.find(bundleFile);
        if (found == cache.end()) {
            StorePtr fresh(X509_STORE_new());
            const bool loaded =
                bundleFile.isEmpty()
                    ? X509_STORE_set_default_paths(fresh.get()) == 1
                    : X509_STORE_load_file(fresh.get(), bundleFile.toLocal8Bit().constData()) == 1;
            if (!loaded)
                fresh.reset();
            found = cache.emplace(bundleFile, std::move(fresh)).first;
        }
        store = found->second.get();
        if (store)
            X509_STORE_up_ref(store);
    }
    const StorePtr held(store);
    if (!store) {
        ChainVerification result;
        result.error = bundleFile.isEmpty() ? tr("this computer's certificate store cannot be read")
                                            : tr("%1 cannot be read as a certificate bundle").arg(bundleFile);
        return result;
    }
    return verify(store, chainDer, host);
}

} // namespace mailsetup
