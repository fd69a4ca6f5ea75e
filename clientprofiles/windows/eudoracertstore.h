// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mailsetup {

// Eudora's own certificate files (rootcerts.p7b, usercerts.p7b): a PKCS#7 "certs-only"
// SignedData in DER, as CertSaveStore(..., CERT_STORE_SAVE_AS_PKCS7, ...) writes it and
// CERT_STORE_PROV_FILENAME reads it (Eudora 7.1 QCSSL/src/certstore.cpp).
struct CertificateBundle
{
    QList<QByteArray> certificates; // DER, in file order
    QString error;                  // for people, when the bytes are not such a file
};

CertificateBundle readCertificateBundle(const QByteArray& bytes);
QByteArray writeCertificateBundle(const QList<QByteArray>& certificates);

} // namespace mailsetup
