// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace mailsetup {

// Who signs a configuration profile: a certificate with its private key, either as
// two PEM files (the certificate file may carry the rest of the chain after it) or
// as one PKCS#12 (.p12) file. The .p12 password only unlocks that file; it is used
// in memory and never written anywhere.
struct SigningIdentity
{
    QString certificateFile;
    QString keyFile;
    QString pkcs12File;
    QString pkcs12Password;

    bool isEmpty() const { return certificateFile.isEmpty() && keyFile.isEmpty() && pkcs12File.isEmpty(); }
};

struct SignResult
{
    QByteArray der; // CMS SignedData (DER) with the profile inside; empty on error
    QString error;  // for people: names the file that could not be used
};

// Signs the profile as macOS expects a signed .mobileconfig: CMS/PKCS#7 SignedData
// with the content attached, in DER, as `security cms -S` and
// `openssl smime -sign -outform der -nodetach` make it. macOS then shows the
// signer ("Verified" when it trusts the signer's chain) instead of "Unsigned".
SignResult signMobileconfig(const QByteArray& profile, const SigningIdentity& identity);

} // namespace mailsetup
