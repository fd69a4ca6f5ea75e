// SPDX-License-Identifier: GPL-3.0-or-later
#include "certstore.h"

// windows.h first: the other Windows headers need its types.
// clang-format off
#include <windows.h>
#include <bcrypt.h>
#include <shellapi.h>
#include <wincrypt.h>
// clang-format on

#include <cstddef>

namespace mailsetup::win32 {
namespace {

struct Store
{
    HCERTSTORE handle = nullptr;
    explicit Store(StoreLocation location, bool write)
    {
        const DWORD where = location == StoreLocation::CurrentUser ? CERT_SYSTEM_STORE_CURRENT_USER
                                                                   : CERT_SYSTEM_STORE_LOCAL_MACHINE;
        // The registry-backed store of exactly this location: the user's ROOT as a
        // system store is a collection that also shows the machine's roots, and an
        // entry must be removed where it was added.
        handle = CertOpenStore(CERT_STORE_PROV_SYSTEM_REGISTRY_W, 0, 0,
                               where | (write ? 0 : CERT_STORE_READONLY_FLAG), L"ROOT");
    }
    ~Store()
    {
        if (handle)
            CertCloseStore(handle, 0);
    }
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;
};

Result make(Status status, std::wstring message, unsigned long error = 0)
{
    Result r;
    r.status = status;
    r.message = std::move(message);
    r.error = error;
    return r;
}

std::wstring withError(const std::wstring& what, unsigned long error)
{
    wchar_t buffer[512] = {};
    const DWORD n = FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr, error,
                                   0, buffer, 512, nullptr);
    std::wstring text = what + L" (error 0x";
    wchar_t hex[16];
    swprintf(hex, 16, L"%08lX", error);
    text += hex;
    text += L")";
    if (n > 0) {
        std::wstring message(buffer, n);
        while (!message.empty() && (message.back() == L'\n' || message.back() == L'\r'))
            message.pop_back();
        text += L": " + message;
    }
    return text;
}

bool sha256Of(PCCERT_CONTEXT cert, Sha256* out)
{
    return sha256(Bytes(cert->pbCertEncoded, cert->pbCertEncoded + cert->cbCertEncoded), out);
}

// Deletes every certificate with this SHA-256 from the open store; counts them.
// The matches are collected first and deleted after the enumeration: deleting while
// enumerating is what Microsoft allows with a duplicated context, but wine's
// enumeration does not always move on from a deleted entry.
bool deleteMatching(HCERTSTORE store, const Sha256& pin, int* deleted, unsigned long* error)
{
    *deleted = 0;
    std::vector<PCCERT_CONTEXT> matches;
    PCCERT_CONTEXT cert = nullptr;
    while ((cert = CertEnumCertificatesInStore(store, cert)) != nullptr) {
        Sha256 digest;
        if (sha256Of(cert, &digest) && digest == pin)
            matches.push_back(CertDuplicateCertificateContext(cert));
    }
    bool ok = true;
    for (PCCERT_CONTEXT match : matches) {
        // CertDeleteCertificateFromStore frees the context it is given, even on failure.
        if (ok && CertDeleteCertificateFromStore(match)) {
            ++*deleted;
        } else if (ok) {
            *error = GetLastError();
            ok = false;
        } else {
            CertFreeCertificateContext(match);
        }
    }
    return ok;
}

std::wstring subjectOf(PCCERT_CONTEXT cert)
{
    wchar_t name[256] = {};
    CertGetNameStringW(cert, CERT_NAME_SIMPLE_DISPLAY_TYPE, 0, nullptr, name, 256);
    return name;
}

} // namespace

std::wstring storeName(StoreLocation location)
{
    return location == StoreLocation::CurrentUser
               ? L"your Windows certificate store (Trusted Root Certification Authorities, current user)"
               : L"the Windows certificate store of this computer (Trusted Root Certification Authorities, "
                 L"local machine)";
}

Bytes decodeCertificate(const Bytes& input)
{
    if (input.empty())
        return {};
    const std::string text(input.begin(), input.end());
    const std::string begin = "-----BEGIN CERTIFICATE-----";
    const std::string end = "-----END CERTIFICATE-----";
    Bytes der;
    const size_t first = text.find(begin);
    if (first != std::string::npos) {
        const size_t stop = text.find(end, first);
        if (stop == std::string::npos || text.find(begin, stop) != std::string::npos)
            return {}; // truncated, or more than one
        const std::string block = text.substr(first, stop + end.size() - first);
        DWORD size = 0;
        if (!CryptStringToBinaryA(block.c_str(), DWORD(block.size()), CRYPT_STRING_BASE64HEADER, nullptr,
                                  &size, nullptr, nullptr))
            return {};
        der.resize(size);
        if (!CryptStringToBinaryA(block.c_str(), DWORD(block.size()), CRYPT_STRING_BASE64HEADER, der.data(),
                                  &size, nullptr, nullptr))
            return {};
        der.resize(size);
    } else if (text.rfind("-----BEGIN", 0) == 0) {
        return {};
    } else {
        der = input;
    }
    PCCERT_CONTEXT cert = CertCreateCertificateContext(X509_ASN_ENCODING, der.data(), DWORD(der.size()));
    if (!cert)
        return {};
    // Exactly one certificate: its encoding must be all of the input.
    const bool whole = cert->cbCertEncoded == der.size();
    CertFreeCertificateContext(cert);
    return whole ? der : Bytes();
}

bool sha256(const Bytes& data, Sha256* out)
{
    BCRYPT_ALG_HANDLE alg = nullptr;
    if (BCryptOpenAlgorithmProvider(&alg, BCRYPT_SHA256_ALGORITHM, nullptr, 0) != 0)
        return false;
    BCRYPT_HASH_HANDLE hash = nullptr;
    bool ok = BCryptCreateHash(alg, &hash, nullptr, 0, nullptr, 0, 0) == 0 &&
              BCryptHashData(hash, const_cast<PUCHAR>(data.data()), ULONG(data.size()), 0) == 0 &&
              BCryptFinishHash(hash, out->data(), ULONG(out->size()), 0) == 0;
    if (hash)
        BCryptDestroyHash(hash);
    BCryptCloseAlgorithmProvider(alg, 0);
    return ok;
}

bool parseSha256(const std::wstring& text, Sha256* out)
{
    std::string hex;
    for (wchar_t c : text) {
        if (c == L':' || c == L' ')
            continue;
        if (!iswxdigit(c))
            return false;
        hex += char(c);
    }
    if (hex.size() != 64)
        return false;
    for (size_t i = 0; i < 32; ++i)
        (*out)[i] = static_cast<unsigned char>(std::stoul(hex.substr(2 * i, 2), nullptr, 16));
    return true;
}

std::wstring formatSha256(const Sha256& digest)
{
    static const wchar_t* digits = L"0123456789ABCDEF";
    std::wstring text;
    for (size_t i = 0; i < digest.size(); ++i) {
        if (i)
            text += L':';
        text += digits[digest[i] >> 4];
        text += digits[digest[i] & 15];
    }
    return text;
}

Result checkAnchor(const Bytes& der, const Sha256& pin)
{
    const Bytes one = decodeCertificate(der);
    if (one.empty())
        return make(Status::Refused,
                    L"the file is not exactly one certificate (truncated, damaged or something "
                    L"else); nothing was installed");
    Sha256 digest;
    if (!sha256(one, &digest))
        return make(Status::Failed, withError(L"cannot compute the SHA-256 fingerprint", GetLastError()));
    if (digest != pin)
        return make(Status::Refused, L"the certificate's fingerprint is " + formatSha256(digest) +
                                         L", but the provider pinned " + formatSha256(pin) +
                                         L": it is not the provider's certificate; nothing was installed");
    PCCERT_CONTEXT cert = CertCreateCertificateContext(X509_ASN_ENCODING, one.data(), DWORD(one.size()));
    if (!cert)
        return make(Status::Refused, L"the certificate cannot be read; nothing was installed");
    Result result = make(Status::Done, subjectOf(cert));
    bool isCa = false;
    if (PCERT_EXTENSION ext = CertFindExtension(szOID_BASIC_CONSTRAINTS2, cert->pCertInfo->cExtension,
                                                cert->pCertInfo->rgExtension)) {
        CERT_BASIC_CONSTRAINTS2_INFO info = {};
        DWORD size = sizeof info;
        if (CryptDecodeObject(X509_ASN_ENCODING, X509_BASIC_CONSTRAINTS2, ext->Value.pbData,
                              ext->Value.cbData, 0, &info, &size))
            isCa = info.fCA != FALSE;
    }
    const bool sameName = CertCompareCertificateName(X509_ASN_ENCODING, &cert->pCertInfo->Subject,
                                                     &cert->pCertInfo->Issuer) != FALSE;
    const bool selfSigned =
        sameName &&
        CryptVerifyCertificateSignatureEx(0, X509_ASN_ENCODING, CRYPT_VERIFY_CERT_SIGN_SUBJECT_CERT,
                                          const_cast<CERT_CONTEXT*>(cert), CRYPT_VERIFY_CERT_SIGN_ISSUER_CERT,
                                          const_cast<CERT_CONTEXT*>(cert), 0, nullptr);
    const LONG time = CertVerifyTimeValidity(nullptr, cert->pCertInfo);
    if (!isCa)
        result =
            make(Status::Refused, result.message + L" is not a certificate authority (no CA:TRUE); nothing "
                                                   L"was installed");
    else if (!selfSigned)
        result =
            make(Status::Refused, result.message + L" is not a root certificate (not self-signed); nothing "
                                                   L"was installed");
    else if (time > 0)
        result = make(Status::Refused, result.message + L" has expired; nothing was installed");
    else if (time < 0)
        result = make(Status::Refused, result.message + L" is not valid yet; nothing was installed");
    CertFreeCertificateContext(cert);
    return result;
}

Result findRoot(StoreLocation location, const Sha256& pin)
{
    Store store(location, false);
    if (!store.handle)
        return make(Status::Failed, withError(L"cannot open " + storeName(location), GetLastError()),
                    GetLastError());
    PCCERT_CONTEXT cert = nullptr;
    while ((cert = CertEnumCertificatesInStore(store.handle, cert)) != nullptr) {
        Sha256 digest;
        if (sha256Of(cert, &digest) && digest == pin) {
            const std::wstring name = subjectOf(cert);
            CertFreeCertificateContext(cert);
            return make(Status::Done, storeName(location) + L" trusts " + name);
        }
    }
    return make(Status::NotPresent,
                storeName(location) + L" does not hold the certificate " + formatSha256(pin));
}

Result installRoot(StoreLocation location, const Bytes& der, const Sha256& pin)
{
    const Result check = checkAnchor(der, pin);
    if (check.status != Status::Done)
        return check;
    const std::wstring name = check.message;
    if (findRoot(location, pin).status == Status::Done)
        return make(Status::AlreadyPresent,
                    storeName(location) + L" already trusts " + name + L"; nothing was added");
    const Bytes one = decodeCertificate(der);
    Store store(location, true);
    if (!store.handle) {
        const unsigned long error = GetLastError();
        return make(error == ERROR_ACCESS_DENIED ? Status::Refused : Status::Failed,
                    withError(L"cannot open " + storeName(location) + L" for writing", error), error);
    }
    // CERT_STORE_ADD_NEW: never replace anything (we checked it is not there).
    if (!CertAddEncodedCertificateToStore(store.handle, X509_ASN_ENCODING | PKCS_7_ASN_ENCODING, one.data(),
                                          DWORD(one.size()), CERT_STORE_ADD_NEW, nullptr)) {
        const unsigned long error = GetLastError();
        // ERROR_CANCELLED: the user said no in Windows' own "install this root?" dialog.
        return make(error == ERROR_CANCELLED ? Status::Refused : Status::Failed,
                    withError(L"cannot add " + name + L" to " + storeName(location), error), error);
    }
    return make(Status::Done, storeName(location) + L" now trusts " + name);
}

Result uninstallRoot(StoreLocation location, const Sha256& pin)
{
    Store store(location, true);
    if (!store.handle) {
        const unsigned long error = GetLastError();
        return make(Status::Failed, withError(L"cannot open " + storeName(location) + L" for writing", error),
                    error);
    }
    int deleted = 0;
    unsigned long error = 0;
    if (!deleteMatching(store.handle, pin, &deleted, &error))
        return make(error == ERROR_CANCELLED ? Status::Refused : Status::Failed,
                    withError(L"cannot remove the certificate from " + storeName(location), error), error);
    if (deleted == 0)
        return make(Status::NotPresent, storeName(location) + L" does not hold the certificate " +
                                            formatSha256(pin) + L"; nothing to remove");
    return make(Status::Done, storeName(location) + L" no longer holds the certificate " + formatSha256(pin));
}

Result verifyIssued(StoreLocation location, const Bytes& issuedDer)
{
    const Bytes one = decodeCertificate(issuedDer);
    PCCERT_CONTEXT cert =
        one.empty() ? nullptr
                    : CertCreateCertificateContext(X509_ASN_ENCODING, one.data(), DWORD(one.size()));
    if (!cert)
        return make(Status::Failed, L"the certificate to check is not exactly one certificate");
    CERT_CHAIN_PARA para = {};
    para.cbSize = sizeof para;
    PCCERT_CHAIN_CONTEXT chain = nullptr;
    // A fresh engine sees the stores as they are now (a cached one may not, as in wine).
    CERT_CHAIN_ENGINE_CONFIG config = {};
    // The size before Windows 7's exclusive-root fields: accepted by every version and by wine.
    config.cbSize = offsetof(CERT_CHAIN_ENGINE_CONFIG, hExclusiveRoot);
    if (location == StoreLocation::LocalMachine)
        config.dwFlags = CERT_CHAIN_USE_LOCAL_MACHINE_STORE;
    HCERTCHAINENGINE engine = nullptr;
    if (!CertCreateCertificateChainEngine(&config, &engine)) {
        CertFreeCertificateContext(cert);
        return make(Status::Failed, withError(L"Windows could not start its chain check", GetLastError()));
    }
    const BOOL built = CertGetCertificateChain(engine, cert, nullptr, nullptr, &para, 0, nullptr, &chain);
    CertFreeCertificateChainEngine(engine);
    const std::wstring name = subjectOf(cert);
    CertFreeCertificateContext(cert);
    if (!built)
        return make(Status::Failed,
                    withError(L"Windows could not build a chain for " + name, GetLastError()));
    const DWORD errors = chain->TrustStatus.dwErrorStatus;
    CertFreeCertificateChain(chain);
    if (errors == CERT_TRUST_NO_ERROR)
        return make(Status::Done, L"Windows trusts " + name + L" through " + storeName(location));
    wchar_t hex[16];
    swprintf(hex, 16, L"0x%08lX", errors);
    return make(Status::Failed,
                L"Windows does not trust " + name + L" (chain status " + hex +
                    ((errors & CERT_TRUST_IS_UNTRUSTED_ROOT) || (errors & CERT_TRUST_IS_PARTIAL_CHAIN)
                         ? std::wstring(L": its root is not trusted)")
                         : std::wstring(L")")));
}

Result runElevated(const std::wstring& program, const std::wstring& parameters, unsigned long* exitCode)
{
    SHELLEXECUTEINFOW info = {};
    info.cbSize = sizeof info;
    info.fMask = SEE_MASK_NOCLOSEPROCESS | SEE_MASK_NOASYNC;
    info.lpVerb = L"runas"; // the UAC prompt
    info.lpFile = program.c_str();
    info.lpParameters = parameters.c_str();
    info.nShow = SW_HIDE;
    if (!ShellExecuteExW(&info)) {
        const unsigned long error = GetLastError();
        return make(error == ERROR_CANCELLED ? Status::Refused : Status::Failed,
                    error == ERROR_CANCELLED
                        ? L"the administrator's permission was not given; nothing was changed"
                        : withError(L"cannot start " + program, error),
                    error);
    }
    if (!info.hProcess)
        return make(Status::Failed, L"Windows did not start " + program);
    WaitForSingleObject(info.hProcess, INFINITE);
    DWORD code = 1;
    GetExitCodeProcess(info.hProcess, &code);
    CloseHandle(info.hProcess);
    *exitCode = code;
    return make(Status::Done, program + L" finished");
}

} // namespace mailsetup::win32
