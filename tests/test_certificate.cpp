// SPDX-License-Identifier: GPL-3.0-or-later
// Certificate reading with OpenSSL against the published CAcert fingerprints
// (../shared/certs/README.md).
#include "certificate.h"
#include "support/testfiles.h"

#include <QFile>
#include <QtTest>

using namespace mailsetup;

namespace {

using testfiles::readFile;

const QString certs = QStringLiteral(MAILSETUP_TEST_DATA "/../../resources/certs");

} // namespace

class TestCertificate : public QObject
{
    Q_OBJECT

private slots:
    void cacertClass1()
    {
        const CertificateLoadResult r =
            loadCertificate(readFile(certs + QStringLiteral("/cacert-class1-root.pem")));
        QVERIFY2(r.certificate, qPrintable(r.error));
        const CertificateInfo& c = *r.certificate;
        QCOMPARE(c.sha256Text(), QStringLiteral("07:ED:BD:82:4A:49:88:CF:EF:42:15:DA:20:D4:8C:2B:41:D7:15:29:"
                                                "D7:C9:00:F5:70:92:6F:27:7C:C2:30:C5"));
        QCOMPARE(c.commonName(), QStringLiteral("CA Cert Signing Authority"));
        QVERIFY(c.isCa);
        QVERIFY(c.selfSigned);
        QCOMPARE(c.serialHex, QStringLiteral("0F"));
        QCOMPARE(c.notBefore, QDateTime(QDate(2003, 3, 30), QTime(12, 29, 49), Qt::UTC));
        QCOMPARE(c.notAfter, QDateTime(QDate(2033, 3, 29), QTime(12, 29, 49), Qt::UTC));

        // The same certificate as DER gives the same fingerprint.
        const CertificateLoadResult der = loadCertificate(c.der);
        QVERIFY(der.certificate);
        QCOMPARE(der.certificate->sha256, c.sha256);
    }

    void class3IsIssuedByClass1()
    {
        const CertificateLoadResult r =
            loadCertificate(readFile(certs + QStringLiteral("/cacert-class3-root.pem")));
        QVERIFY(r.certificate);
        QCOMPARE(r.certificate->sha256Text().left(11), QStringLiteral("1B:C5:A6:1A"));
        QVERIFY(!r.certificate->selfSigned);
        QVERIFY(r.certificate->issuer.contains(QStringLiteral("CA Cert Signing Authority")));
    }

    void splitsABundleIntoCertificates()
    {
        // As a CA bundle or `certutil -L -a` has them: blocks with text around them.
        const QByteArray class1 = readFile(certs + QStringLiteral("/cacert-class1-root.pem"));
        const QByteArray class3 = readFile(certs + QStringLiteral("/cacert-class3-root.pem"));
        const QByteArray bundle =
            "# CAcert\n" + class1 + "\nsome text\n" + class3 + "-----BEGIN CERTIFICATE-----\nMIIB";
        const QList<QByteArray> blocks = pemCertificateBlocks(bundle);
        QCOMPARE(blocks.size(), 2); // the unfinished last block is left out
        QCOMPARE(blocks.at(0), class1.trimmed());
        QCOMPARE(blocks.at(1), class3.trimmed());
        QVERIFY(loadCertificate(blocks.at(1)).certificate);
        QVERIFY(pemCertificateBlocks("no certificate here").isEmpty());
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        const QByteArray pem = readFile(certs + QStringLiteral("/cacert-class1-root.pem"));
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("truncated PEM") << pem.left(pem.size() / 2) << "truncated";
        QTest::newRow("two certificates") << pem + pem << "more than one";
        QTest::newRow("bad base64") << QByteArray(pem).replace("MII", "M!I") << "invalid base64";
        QTest::newRow("key, not certificate")
            << QByteArray("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
            << "holds no certificate";
        QTest::newRow("garbage") << QByteArray("this is not a certificate") << "not a valid X.509";
        const QByteArray der = loadCertificate(pem).certificate->der;
        QTest::newRow("truncated DER") << der.left(der.size() - 10) << "not a valid X.509";
        QTest::newRow("DER with trailing data") << der + "xx"
                                                << "unexpected data";
    }

    void refusesBadInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        const CertificateLoadResult r = loadCertificate(input);
        QVERIFY(!r.certificate);
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
    }

    void fingerprints()
    {
        const QByteArray raw =
            parseSha256Fingerprint(QStringLiteral("07:ed:BD:82:4A:49:88:CF:EF:42:15:DA:20:D4:8C:2B:41:D7:15:"
                                                  "29:D7:C9:00:F5:70:92:6F:27:7C:C2:30:C5"));
        QCOMPARE(raw.size(), 32);
        QCOMPARE(parseSha256Fingerprint(formatFingerprint(raw)), raw);
        QVERIFY(parseSha256Fingerprint(QStringLiteral("07:ED")).isEmpty());
        QVERIFY(parseSha256Fingerprint(
                    QStringLiteral("DD:FC:DA:54:1E:75:77:AD:DC:A8:7E:88:27:A9:8A:50:60:32:52:A5"))
                    .isEmpty()); // SHA-1
    }
};

QTEST_GUILESS_MAIN(TestCertificate)
#include "test_certificate.moc"
