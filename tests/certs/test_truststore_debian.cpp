// SPDX-License-Identifier: GPL-3.0-or-later
// Trust-anchor checks and the Debian system store, exercised for real: the real
// update-ca-certificates runs inside a temporary root through its --certsconf,
// --certsdir, --localcertsdir, --etccertsdir and --hooksdir options, and OpenSSL's
// chain check reads the bundle it wrote.
#include "chaincheck.h"
#include "helpertruststore.h"
#include "linuxtruststore.h"
#include "pki.h"
#include "systemtruststore.h"
#include "trustinstalllog.h"

#include <QDir>
#include <QtTest>
#include <unistd.h>

using namespace mailsetup;
using testfiles::readFile;
using testfiles::writeFile;

namespace {

const QString cacert = QStringLiteral(MAILSETUP_TEST_DATA "/../../resources/certs");

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files);
}

} // namespace

class TestTrustStoreDebian : public QObject
{
    Q_OBJECT

    TestPki m_pki;
    ProcessToolRunner m_runner;
    QByteArray m_rootPin;

    // A fresh Debian layout below a temporary root, refreshed once (empty bundle).
    LinuxTrustLayout freshRoot(QTemporaryDir& dir)
    {
        const LinuxTrustLayout layout = LinuxTrustLayout::debianUnder(dir.path());
        QDir().mkpath(layout.certsDir);
        QDir().mkpath(layout.anchorDir);
        QDir().mkpath(dir.filePath(QStringLiteral("usr/share/ca-certificates")));
        // One distribution certificate, as every real system has: update-ca-certificates
        // rewrites the bundle only when it holds at least one certificate.
        const QString distributed = QStringLiteral("/usr/share/ca-certificates/mozilla/ISRG_Root_X1.crt");
        if (QFileInfo::exists(distributed)) {
            writeFile(dir.filePath(QStringLiteral("usr/share/ca-certificates/mozilla/ISRG_Root_X1.crt")),
                      readFile(distributed));
            writeFile(dir.filePath(QStringLiteral("etc/ca-certificates.conf")), "mozilla/ISRG_Root_X1.crt\n");
        } else {
            writeFile(dir.filePath(QStringLiteral("etc/ca-certificates.conf")), "");
        }
        return layout;
    }

    TrustAnchor anchor(const char* file)
    {
        const TrustAnchorCheck c = TrustAnchor::checkFile(m_pki.path(file), m_rootPin);
        if (!c.anchor)
            qFatal("%s", qPrintable(c.refusal));
        return *c.anchor;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_pki.make(&error), qPrintable(error));
        if (m_runner.findProgram(QStringLiteral("update-ca-certificates")).isEmpty())
            QSKIP("update-ca-certificates (package ca-certificates) is not installed");
        m_rootPin = loadCertificate(m_pki.read("root.pem")).certificate->sha256;
    }

    void cacertIsAcceptedWithItsPin()
    {
        const QByteArray pin =
            parseSha256Fingerprint(QStringLiteral("07:ED:BD:82:4A:49:88:CF:EF:42:15:DA:20:D4:8C:2B:41:D7:15:"
                                                  "29:D7:C9:00:F5:70:92:6F:27:7C:C2:30:C5"));
        const TrustAnchorCheck c =
            TrustAnchor::checkFile(cacert + QStringLiteral("/cacert-class1-root.pem"), pin);
        QVERIFY2(c.anchor, qPrintable(c.refusal));
        const QStringList lines = c.anchor->describe();
        QVERIFY(lines.contains(QStringLiteral("Valid from 2003-03-30 to 2033-03-29 (UTC)")));
        QVERIFY(lines.last().endsWith(
            QStringLiteral("07:ED:BD:82:4A:49:88:CF:EF:42:15:DA:20:D4:8C:2B:41:D7:15:29:"
                           "D7:C9:00:F5:70:92:6F:27:7C:C2:30:C5")));
        // The same root expires in 2033: a check made in 2034 refuses it.
        const TrustAnchorCheck later =
            TrustAnchor::check(c.anchor->certificate(), pin, QStringLiteral("cacert"),
                               QDateTime(QDate(2034, 1, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(!later.anchor);
        QVERIFY2(later.refusal.contains(QStringLiteral("expired on 2033-03-29")), qPrintable(later.refusal));
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("pinned"); // whether the pin is the file's own fingerprint
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated PEM") << "truncated.pem" << false << "truncated";
        QTest::newRow("DER that is not a certificate") << "root.key" << false << "holds no certificate";
        QTest::newRow("leaf, pinned") << "leaf.pem" << true << "not a certificate authority";
        QTest::newRow("not a CA, pinned") << "notca.pem" << true << "not a certificate authority";
        QTest::newRow("expired, pinned") << "expired.pem" << true << "expired on 2020-02-01";
        QTest::newRow("same subject, other root")
            << "twin.pem" << false << "same name (Mail Setup Test Root)";
        QTest::newRow("the right root, no pin") << "root.pem" << false << "pins no SHA-256";
    }

    void badInputIsRefused()
    {
        QFETCH(QString, file);
        QFETCH(bool, pinned);
        QFETCH(QString, message);
        const QString path = m_pki.path(file.toLatin1().constData());
        QByteArray pin = m_rootPin;
        if (pinned)
            pin = loadCertificate(readFile(path)).certificate->sha256;
        if (QTest::currentDataTag() == QLatin1String("the right root, no pin"))
            pin.clear();
        if (QTest::currentDataTag() == QLatin1String("DER that is not a certificate")) {
            // The key as DER: a valid DER structure, but not a certificate.
            QProcess p;
            p.start(QStringLiteral("openssl"),
                    {QStringLiteral("pkey"), QStringLiteral("-in"), path, QStringLiteral("-outform"),
                     QStringLiteral("DER"), QStringLiteral("-out"), path + QStringLiteral(".der")});
            QVERIFY(p.waitForFinished() && p.exitCode() == 0);
            const TrustAnchorCheck c = TrustAnchor::checkFile(path + QStringLiteral(".der"), pin);
            QVERIFY(!c.anchor);
            QVERIFY2(c.refusal.contains(QStringLiteral("not a valid X.509 certificate")),
                     qPrintable(c.refusal));
            return;
        }
        const TrustAnchorCheck c = TrustAnchor::checkFile(path, pin);
        QVERIFY(!c.anchor);
        QVERIFY2(c.refusal.contains(message), qPrintable(c.refusal));
        QVERIFY2(c.refusal.contains(path), qPrintable(c.refusal)); // names the file
    }

    void installNeedsTheConfirmedFingerprint()
    {
        QTemporaryDir root;
        LinuxSystemTrustStore store(freshRoot(root), m_runner);
        const TrustAnchor a = anchor("root.pem");
        const QString twin = loadCertificate(m_pki.read("twin.pem")).certificate->sha256Text();
        for (const QString& confirmed : {QString(), twin, QStringLiteral("12:34")}) {
            const TrustResult r = store.install(a, confirmed);
            QCOMPARE(r.status, TrustResult::Status::Refused);
            QVERIFY2(r.message.contains(a.fingerprint()), qPrintable(r.message)); // shows what to compare
        }
        QVERIFY(filesIn(store.layout().anchorDir).isEmpty());
        QVERIFY(!QFileInfo::exists(store.layout().bundleFile));
    }

    void installVerifyUninstallForReal()
    {
        QTemporaryDir root;
        LinuxSystemTrustStore store(freshRoot(root), m_runner);
        TrustInstallLog log(root.filePath(QStringLiteral("record/trust-installs.json")));
        const TrustAnchor a = anchor("root.pem");
        const QByteArray leaf = m_pki.read("leaf.pem");

        QCOMPARE(store.isInstalled(a).status, TrustResult::Status::NotPresent);
        QCOMPARE(store.verify(a, leaf).status, TrustResult::Status::Failed);

        // The user typed the fingerprint in lower case without colons: still the same.
        const QString typed = a.fingerprint().remove(QLatin1Char(':')).toLower();
        const TrustResult installed = installAndRecord(store, a, typed, log);
        QVERIFY2(installed.status == TrustResult::Status::Done, qPrintable(installed.message));
        QVERIFY(installed.message.contains(store.layout().anchorDir));
        const QString file = store.anchorFile(a);
        QCOMPARE(installed.addedEntry, file);
        QCOMPARE(filesIn(store.layout().anchorDir), QStringList{QFileInfo(file).fileName()});
        QVERIFY(file.endsWith(QLatin1String(".crt")));
        QCOMPARE(readFile(file), toPem(a.certificate().der));
        // update-ca-certificates made its link and hash link in etc/ssl/certs.
        QVERIFY(QFileInfo(store.layout().certsDir + QLatin1Char('/') + QFileInfo(file).completeBaseName() +
                          QStringLiteral(".pem"))
                    .isSymLink());
        QVERIFY(bundleContains(store.layout().bundleFile, a.certificate().sha256));
        QCOMPARE(store.isInstalled(a).status, TrustResult::Status::Done);
        const TrustResult verified = store.verify(a, leaf);
        QVERIFY2(verified.status == TrustResult::Status::Done, qPrintable(verified.message));
        // A certificate of the same-subject twin is still not trusted.
        QCOMPARE(store.verify(a, m_pki.read("twin.pem")).status, TrustResult::Status::Failed);

        QCOMPARE(log.records().size(), 1);
        QCOMPARE(log.records().first().entry, file);
        QCOMPARE(log.records().first().storeId, QStringLiteral("linux-system:debian"));

        // A second install adds nothing and records nothing.
        QCOMPARE(installAndRecord(store, a, a.fingerprint(), log).status,
                 TrustResult::Status::AlreadyPresent);
        QCOMPARE(log.records().size(), 1);

        const TrustResult removed = uninstallRecorded(store, a, log);
        QVERIFY2(removed.status == TrustResult::Status::Done, qPrintable(removed.message));
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(!bundleContains(store.layout().bundleFile, a.certificate().sha256));
        QCOMPARE(store.verify(a, leaf).status, TrustResult::Status::Failed);
        QVERIFY(log.records().isEmpty());
        QCOMPARE(uninstallRecorded(store, a, log).status, TrustResult::Status::NotPresent);
    }

    void certificateThatWasThereBeforeIsLeftAlone()
    {
        QTemporaryDir root;
        LinuxSystemTrustStore store(freshRoot(root), m_runner);
        // The administrator had trusted the root already, through the distribution's list.
        writeFile(root.filePath(QStringLiteral("usr/share/ca-certificates/local/test-root.crt")),
                  m_pki.read("root.pem"));
        writeFile(root.filePath(QStringLiteral("etc/ca-certificates.conf")),
                  readFile(root.filePath(QStringLiteral("etc/ca-certificates.conf"))) +
                      "local/test-root.crt\n");
        QVERIFY(m_runner
                    .run(m_runner.findProgram(QStringLiteral("update-ca-certificates")),
                         store.layout().refreshArguments)
                    .ok());
        TrustInstallLog log(root.filePath(QStringLiteral("record.json")));
        const TrustAnchor a = anchor("root.pem");
        QCOMPARE(store.isInstalled(a).status, TrustResult::Status::Done);

        const TrustResult r = installAndRecord(store, a, a.fingerprint(), log);
        QCOMPARE(r.status, TrustResult::Status::AlreadyPresent);
        QVERIFY(filesIn(store.layout().anchorDir).isEmpty());
        QVERIFY(log.records().isEmpty());

        const TrustResult u = uninstallRecorded(store, a, log);
        QCOMPARE(u.status, TrustResult::Status::Refused);
        QVERIFY2(u.message.contains(QStringLiteral("did not add it")), qPrintable(u.message));
        QVERIFY(bundleContains(store.layout().bundleFile, a.certificate().sha256));
        QVERIFY(QFileInfo::exists(
            root.filePath(QStringLiteral("usr/share/ca-certificates/local/test-root.crt"))));
    }

    void foreignFilesAreNeverTouched()
    {
        QTemporaryDir root;
        LinuxSystemTrustStore store(freshRoot(root), m_runner);
        const TrustAnchor a = anchor("root.pem");
        // Someone else's file under our name, holding another certificate.
        writeFile(store.anchorFile(a), m_pki.read("twin.pem"));
        const TrustResult r = store.install(a, a.fingerprint());
        QCOMPARE(r.status, TrustResult::Status::Refused);
        QCOMPARE(readFile(store.anchorFile(a)), m_pki.read("twin.pem"));
        // Uninstall refuses paths outside the anchor folder and files that changed.
        QCOMPARE(store.uninstall(a, root.filePath(QStringLiteral("etc/ca-certificates.conf"))).status,
                 TrustResult::Status::Refused);
        QCOMPARE(store.uninstall(a, store.anchorFile(a)).status, TrustResult::Status::Refused);
        QVERIFY(QFileInfo::exists(store.anchorFile(a)));
    }

    void cacertClass3VerifiesThroughTheInstalledRoot()
    {
        // The real CAcert pair: Class 3 is issued by Class 1.
        QTemporaryDir root;
        LinuxSystemTrustStore store(freshRoot(root), m_runner);
        const QByteArray pin = parseSha256Fingerprint(
            QStringLiteral("07EDBD824A4988CFEF4215DA20D48C2B41D71529D7C900F570926F277CC230C5"));
        const TrustAnchorCheck c =
            TrustAnchor::checkFile(cacert + QStringLiteral("/cacert-class1-root.pem"), pin);
        QVERIFY(c.anchor);
        const QByteArray class3 = readFile(cacert + QStringLiteral("/cacert-class3-root.pem"));
        QCOMPARE(store.verify(*c.anchor, class3).status, TrustResult::Status::Failed);
        QCOMPARE(store.install(*c.anchor, c.anchor->fingerprint()).status, TrustResult::Status::Done);
        QCOMPARE(store.verify(*c.anchor, class3).status, TrustResult::Status::Done);
    }

    void detectsTheFamily_data()
    {
        QTest::addColumn<QByteArray>("osRelease");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("family");
        QTest::newRow("Debian 12") << QByteArray(
                                          "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\n")
                                   << ""
                                   << "debian";
        QTest::newRow("Ubuntu") << QByteArray("ID=ubuntu\nID_LIKE=debian\n") << ""
                                << "debian";
        QTest::newRow("Fedora") << QByteArray("ID=fedora\n") << ""
                                << "fedora";
        QTest::newRow("Rocky") << QByteArray("ID=\"rocky\"\nID_LIKE=\"rhel centos fedora\"\n") << ""
                               << "fedora";
        QTest::newRow("Arch") << QByteArray("ID=arch\n") << ""
                              << "arch";
        QTest::newRow("Manjaro") << QByteArray("ID=manjaro\nID_LIKE=arch\n") << ""
                                 << "arch";
        QTest::newRow("openSUSE") << QByteArray("ID=\"opensuse-tumbleweed\"\nID_LIKE=\"opensuse suse\"\n")
                                  << ""
                                  << "opensuse";
        QTest::newRow("unknown, Fedora folder")
            << QByteArray("ID=gentoo\n") << "etc/pki/ca-trust/source/anchors"
            << "fedora";
        QTest::newRow("unknown, p11-kit folder") << QByteArray() << "etc/ca-certificates/trust-source"
                                                 << "arch";
        QTest::newRow("nothing") << QByteArray() << ""
                                 << "";
    }

    void detectsTheFamily()
    {
        QFETCH(QByteArray, osRelease);
        QFETCH(QString, folder);
        QFETCH(QString, family);
        QTemporaryDir sysroot;
        if (!osRelease.isEmpty())
            writeFile(sysroot.filePath(QStringLiteral("etc/os-release")), osRelease);
        if (!folder.isEmpty())
            QDir().mkpath(sysroot.filePath(folder));
        const std::optional<LinuxTrustLayout> layout = LinuxTrustLayout::detect(sysroot.path());
        QCOMPARE(layout ? layout->familyId() : QString(), family);
        if (layout)
            QVERIFY(layout->anchorDir.startsWith(sysroot.path()));
    }

    // This computer's store (certificate install --store system, the wizard): the
    // distribution's own, written directly by root only, through the helper otherwise.
    void systemStoreOfThisComputer()
    {
        const std::optional<LinuxTrustLayout> layout = LinuxTrustLayout::detect();
        QVERIFY(layout); // Debian 12
        ProcessToolRunner runner;
        QString error = QStringLiteral("left from before");
        const std::unique_ptr<TrustStore> store = makeSystemTrustStore(runner, QDir::homePath(), &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(store->id(), QStringLiteral("linux-system:") + layout->familyId());
        QVERIFY(store->needsAdministrator());
        QCOMPARE(dynamic_cast<HelperTrustStore*>(store.get()) != nullptr, ::geteuid() != 0);
    }
};

QTEST_GUILESS_MAIN(TestTrustStoreDebian)
#include "test_truststore_debian.moc"
