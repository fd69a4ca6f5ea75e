// SPDX-License-Identifier: GPL-3.0-or-later
// `mailsetup certificate show|install|verify|uninstall`, run as the command line
// runs it, on a profile that pins a root made by openssl: into the Debian store of a
// temporary root (the real update-ca-certificates) and into an NSS database (the
// real certutil). Bad profiles and bad confirmations change nothing.
#include "certificate.h"
#include "chaincheck.h"
#include "commands/certificatecommand.h"
#include "pki.h"
#include "support/commandrun.h"

#include <QDir>
#include <QTextStream>
#include <QtTest>

using namespace mailsetup;
using testfiles::readFile;
using testfiles::writeFile;

namespace {

using Run = testsupport::CommandRun;

Run certificate(const QStringList& args)
{
    return testsupport::runCommand(runCertificateCommand, QStringList{"mailsetup", "certificate"} + args);
}

QByteArray profileXml(const QString& file, const QString& pinAttribute)
{
    return QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1" xmlns:ms="urn:mailsetup:profile:1">
  <emailProvider id="example.test">
    <domain>example.test</domain>
    <displayName>Example Test Mail</displayName>
    <incomingServer type="pop3">
      <hostname>mail.example.test</hostname><port>995</port><socketType>SSL</socketType>
      <authentication>password-cleartext</authentication><username>%EMAILLOCALPART%</username>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>mail.example.test</hostname><port>465</port><socketType>SSL</socketType>
      <authentication>password-cleartext</authentication><username>%EMAILLOCALPART%</username>
    </outgoingServer>
    <ms:certificateAuthority file="%1" %2>Example Test Root</ms:certificateAuthority>
  </emailProvider>
</clientConfig>
)")
        .arg(file, pinAttribute)
        .toUtf8();
}

} // namespace

class TestCertificateCommand : public QObject
{
    Q_OBJECT

    TestPki m_pki;
    QTemporaryDir m_work;
    QString m_pin;

    QString writeProfile(const char* name, const char* certificateFile, const QString& pinAttribute)
    {
        const QString dir = m_work.filePath(QString::fromLatin1(name));
        writeFile(dir + QStringLiteral("/cert.pem"), m_pki.read(certificateFile));
        writeFile(dir + QStringLiteral("/profile.xml"), profileXml(QStringLiteral("cert.pem"), pinAttribute));
        return dir + QStringLiteral("/profile.xml");
    }

    QString debianRoot(const char* name)
    {
        const QString root = m_work.filePath(QString::fromLatin1(name));
        for (const char* d :
             {"usr/local/share/ca-certificates", "usr/share/ca-certificates/mozilla", "etc/ssl/certs"})
            QDir().mkpath(root + QLatin1Char('/') + QLatin1String(d));
        writeFile(root + QStringLiteral("/usr/share/ca-certificates/mozilla/ISRG_Root_X1.crt"),
                  readFile(QStringLiteral("/usr/share/ca-certificates/mozilla/ISRG_Root_X1.crt")));
        writeFile(root + QStringLiteral("/etc/ca-certificates.conf"), "mozilla/ISRG_Root_X1.crt\n");
        return root;
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/share/ca-certificates/mozilla/ISRG_Root_X1.crt")) ||
            !QFileInfo::exists(QStringLiteral("/usr/sbin/update-ca-certificates")))
            QSKIP("needs Debian's ca-certificates");
        QString error;
        QVERIFY2(m_pki.make(&error), qPrintable(error));
        m_pin = loadCertificate(m_pki.read("root.pem")).certificate->sha256Text();
        // The record of what was installed goes below XDG_DATA_HOME.
        qputenv("XDG_DATA_HOME", m_work.filePath(QStringLiteral("data")).toUtf8());
    }

    void installNeedsTheConfirmedFingerprint()
    {
        const QString profile = writeProfile("good", "root.pem", QStringLiteral("sha256=\"%1\"").arg(m_pin));
        const QString root = debianRoot("store-a");
        const QStringList base = {"--profile", profile, "--store", "debian-root:" + root};

        Run r = certificate(QStringList{"show"} + base);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("SHA-256 fingerprint: ") + m_pin), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("does not trust Mail Setup Test Root")));

        r = certificate(QStringList{"install"} + base);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--confirm-fingerprint ") + m_pin), qPrintable(r.err));
        QVERIFY(r.out.contains(m_pin)); // shown to compare
        const QString twin = loadCertificate(m_pki.read("twin.pem")).certificate->sha256Text();
        r = certificate(QStringList{"install", "--confirm-fingerprint", twin} + base);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is not the one of the certificate")), qPrintable(r.err));
        QVERIFY(QDir(root + QStringLiteral("/usr/local/share/ca-certificates")).isEmpty());

        r = certificate(QStringList{"install", "--confirm-fingerprint", m_pin} + base);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("now trusts Mail Setup Test Root")));
        const QString bundle = root + QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
        QVERIFY(bundleContains(bundle, parseSha256Fingerprint(m_pin)));

        r = certificate(QStringList{"verify", "--issued", m_pki.path("leaf.pem")} + base);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = certificate(QStringList{"verify", "--issued", m_pki.path("twin.pem")} + base);
        QCOMPARE(r.code, 1);

        r = certificate(QStringList{"uninstall"} + base);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!bundleContains(bundle, parseSha256Fingerprint(m_pin)));
        r = certificate(QStringList{"verify", "--issued", m_pki.path("leaf.pem")} + base);
        QCOMPARE(r.code, 1);
    }

    void badProfilesAreRefusedAndNothingIsInstalled_data()
    {
        QTest::addColumn<QString>("certificateFile");
        QTest::addColumn<QString>("pinOf"); // whose fingerprint the profile pins; empty: no pin at all
        QTest::addColumn<QString>("message");
        QTest::newRow("no pin") << "root.pem"
                                << ""
                                << "needs the pinned SHA-256";
        QTest::newRow("different root, same subject") << "twin.pem"
                                                      << "root.pem"
                                                      << "but the profile pins";
        QTest::newRow("truncated PEM") << "truncated.pem"
                                       << "root.pem"
                                       << "truncated";
        QTest::newRow("DER, not a certificate") << "root.key"
                                                << "root.pem"
                                                << "holds no certificate";
        QTest::newRow("leaf") << "leaf.pem"
                              << "leaf.pem"
                              << "not a certificate authority";
        QTest::newRow("expired") << "expired.pem"
                                 << "expired.pem"
                                 << "expired";
    }

    void badProfilesAreRefusedAndNothingIsInstalled()
    {
        QFETCH(QString, certificateFile);
        QFETCH(QString, pinOf);
        QFETCH(QString, message);
        const QString pin = pinOf.isEmpty()
                                ? QString()
                                : QStringLiteral("sha256=\"%1\"")
                                      .arg(loadCertificate(m_pki.read(pinOf.toLatin1().constData()))
                                               .certificate->sha256Text());
        const QByteArray tag =
            QByteArray("bad-") + QByteArray::number(qHash(QString::fromLatin1(QTest::currentDataTag())));
        const QString profile = writeProfile(tag.constData(), certificateFile.toLatin1().constData(), pin);
        const QString root = debianRoot((tag + "-store").constData());
        const QString nss = m_work.filePath(QString::fromLatin1(tag + "-nss"));
        for (const QString& store : {QStringLiteral("debian-root:") + root, QStringLiteral("nss:") + nss}) {
            const Run r = certificate(
                {"install", "--profile", profile, "--store", store, "--confirm-fingerprint", m_pin});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(message), qPrintable(r.err));
            // Names the file: the certificate, or the profile's line for a missing pin.
            QVERIFY2(r.err.contains(QStringLiteral("cert.pem")) ||
                         r.err.contains(QStringLiteral("profile.xml:")),
                     qPrintable(r.err));
        }
        QVERIFY(QDir(root + QStringLiteral("/usr/local/share/ca-certificates")).isEmpty());
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/etc/ssl/certs/ca-certificates.crt")));
        QVERIFY(!QFileInfo::exists(nss));
    }

    void nssDatabaseOfAProfile()
    {
        const QString profile =
            writeProfile("good-nss", "root.pem", QStringLiteral("sha256=\"%1\"").arg(m_pin));
        const QString db = m_work.filePath(QStringLiteral("home/.thunderbird/x.default"));
        QDir().mkpath(db);
        QProcess p;
        p.start(QStringLiteral("certutil"), {"-N", "-d", "sql:" + db, "--empty-password"});
        QVERIFY(p.waitForFinished() && p.exitCode() == 0);
        const QStringList base = {"--profile", profile, "--store", "nss", "--home", m_work.filePath("home")};
        Run r = certificate(QStringList{"install", "--confirm-fingerprint", m_pin.toLower()} + base);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("certificate database of Thunderbird")));
        r = certificate(QStringList{"verify", "--issued", m_pki.path("leaf.pem")} + base);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = certificate(QStringList{"uninstall"} + base);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = certificate(QStringList{"uninstall"} + base);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("nothing to remove")));
    }

    void usage()
    {
        QCOMPARE(certificate({"install"}).code, 2);
        QCOMPARE(certificate({"frobnicate", "--profile", "pcug"}).code, 2);
        QCOMPARE(certificate({"show", "--profile", "pcug", "--store", "moon"}).code, 2);
        const Run r =
            certificate({"show", "--profile", "pcug", "--store", "debian-root:" + debianRoot("pcug")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(
            QStringLiteral("07:ED:BD:82:4A:49:88:CF:EF:42:15:DA:20:D4:8C:2B:41:D7:15:29:D7:C9:00:"
                           "F5:70:92:6F:27:7C:C2:30:C5")));
    }
};

QTEST_GUILESS_MAIN(TestCertificateCommand)
#include "test_certificatecommand.moc"
