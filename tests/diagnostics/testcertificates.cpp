// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcertificates.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>

namespace {

bool openssl(const QStringList& arguments, QString* error)
{
    QProcess process;
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QStringLiteral("openssl %1: %2")
                     .arg(arguments.join(QLatin1Char(' ')),
                          QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

} // namespace

TestCertificates TestCertificates::make(const QString& dir, const QString& name)
{
    TestCertificates result;
    const QString base = dir + QLatin1Char('/') + name;
    result.caPem = base + QStringLiteral("-ca.pem");
    result.leafPem = base + QStringLiteral("-leaf.pem");
    result.leafKey = base + QStringLiteral("-leaf.key");
    const QString caKey = base + QStringLiteral("-ca.key");
    const QString csr = base + QStringLiteral("-leaf.csr");
    const QString extensions = base + QStringLiteral("-leaf.ext");
    QFile ext(extensions);
    if (!ext.open(QIODevice::WriteOnly)) {
        result.error = ext.errorString();
        return result;
    }
    ext.write("basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"
              "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    ext.close();
    const QStringList ec = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    if (!openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                     QStringList{
                         QStringLiteral("-keyout"), caKey, QStringLiteral("-out"), result.caPem,
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                         QStringLiteral("/O=Mail Setup tests/CN=%1 test CA").arg(name),
                         QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                         QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                 &result.error) ||
        !openssl(QStringList{QStringLiteral("req")} + ec +
                     QStringList{QStringLiteral("-keyout"), result.leafKey, QStringLiteral("-out"), csr,
                                 QStringLiteral("-subj"), QStringLiteral("/CN=localhost")},
                 &result.error) ||
        !openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                  QStringLiteral("-CA"), result.caPem, QStringLiteral("-CAkey"), caKey,
                  QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), result.leafPem,
                  QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), extensions},
                 &result.error))
        return result;
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(result.caPem);
    if (ca.size() != 1) {
        result.error = QStringLiteral("%1 does not hold one certificate").arg(result.caPem);
        return result;
    }
    result.caDer = ca.first().toDer();
    return result;
}
