// SPDX-License-Identifier: GPL-3.0-or-later
// X.509 certificates, PEM or DER (a profile's pinned CA), and typed fingerprints.
#include "certificate.h"
#include "fuzzinput.h"

using namespace mailsetup;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const CertificateLoadResult loaded = loadCertificate(input);
    FUZZ_CHECK(loaded.certificate.has_value() == loaded.error.isEmpty());
    if (loaded.certificate) {
        FUZZ_CHECK(loaded.certificate->sha256.size() == 32);
        (void)loaded.certificate->sha256Text();
        (void)loaded.certificate->commonName();
        // The DER it found loads again, alone (one certificate, nothing else).
        FUZZ_CHECK(loadCertificate(loaded.certificate->der).certificate.has_value());
    }
    const QByteArray fingerprint = parseSha256Fingerprint(QString::fromUtf8(input));
    FUZZ_CHECK(fingerprint.isEmpty() || fingerprint.size() == 32);
    if (!fingerprint.isEmpty())
        FUZZ_CHECK(parseSha256Fingerprint(formatFingerprint(fingerprint)) == fingerprint);
    return 0;
}
