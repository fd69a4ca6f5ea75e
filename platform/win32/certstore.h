// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Windows certificate stores through Crypt32 (no Qt: built with mingw-w64 into the
// Windows program and its elevated helper, tested under wine). Facts:
// ../shared/research/windows-clients.md section 6 (Microsoft "System Store Locations",
// CertOpenSystemStoreW; mkcert truststore_windows.go):
//  - the current user's ROOT store needs no administrator (Windows itself asks the user
//    to confirm a new root in a dialog); the local machine's ROOT store needs elevation;
//  - add with CertAddEncodedCertificateToStore; remove by enumerating and deleting a
//    duplicated context (enumeration ends with CRYPT_E_NOT_FOUND).
// A certificate is named by its SHA-256 fingerprint everywhere here, never by its
// subject, so a different root with the same name is never mistaken for ours.

#include <array>
#include <string>
#include <vector>

namespace mailsetup::win32 {

using Bytes = std::vector<unsigned char>;
using Sha256 = std::array<unsigned char, 32>;

enum class StoreLocation
{
    CurrentUser, // HKCU\Software\Microsoft\SystemCertificates\Root
    LocalMachine // HKLM\Software\Microsoft\SystemCertificates\Root, administrators only
};

enum class Status
{
    Done,
    AlreadyPresent,
    NotPresent,
    Refused,
    Failed
};

struct Result
{
    Status status = Status::Failed;
    std::wstring message;    // plain words, naming the store
    unsigned long error = 0; // GetLastError() where a call failed
};

std::wstring storeName(StoreLocation location);

// PEM ("-----BEGIN CERTIFICATE-----") or DER to the DER of exactly one certificate;
// empty when it is neither.
Bytes decodeCertificate(const Bytes& pemOrDer);
bool sha256(const Bytes& data, Sha256* out);
bool parseSha256(const std::wstring& text, Sha256* out); // "07:ED:..." or "07ed...", 64 hex digits
std::wstring formatSha256(const Sha256& digest);         // "07:ED:..."

// What the helper checks before touching a store: one certificate, the pinned one,
// a self-signed CA (basicConstraints CA:TRUE), valid now.
Result checkAnchor(const Bytes& der, const Sha256& pin);

// Each first runs checkAnchor where it takes a certificate.
Result installRoot(StoreLocation location, const Bytes& der, const Sha256& pin);
Result findRoot(StoreLocation location, const Sha256& pin);      // Done when present
Result uninstallRoot(StoreLocation location, const Sha256& pin); // only certificates with this SHA-256
// Whether Windows' chain engine (of the user or the machine) trusts a certificate
// issued by an installed root. Done = trusted.
Result verifyIssued(StoreLocation location, const Bytes& issuedDer);

// Starts a program elevated (UAC: ShellExecuteExW with the "runas" verb), waits for it
// and returns its exit code in *exitCode. Refused when the user says no.
Result runElevated(const std::wstring& program, const std::wstring& parameters, unsigned long* exitCode);

} // namespace mailsetup::win32
