// SPDX-License-Identifier: GPL-3.0-or-later
// The stores whose tools do not run on this Debian machine (Fedora's update-ca-trust,
// p11-kit's trust anchor as on Arch, openSUSE's update-ca-certificates, macOS's
// security, pkexec with the helper): the exact command lines and files, recorded
// through the ToolRunner interface. The recording runner plays each tool's part
// in the files (an extracted bundle), so the stores' own checks run as on the system.
// Command lines follow: update-ca-trust(8), trust(1), openSUSE/ca-certificates
// README, Apple's security tool usage text (security.c), mkcert truststore_*.go.
#include "helpertruststore.h"
#include "linuxtruststore.h"
#include "macostruststore.h"
#include "pki.h"
#include "trusthelper.h"
#include "trustinstalllog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTextStream>
#include <QtTest>
#include <functional>

using namespace mailsetup;
using testfiles::readFile;
using testfiles::writeFile;

namespace {

struct Call
{
    QString program;
    QStringList arguments;
    QByteArray fileHandedOver; // the content of a file argument at call time
};

class RecordingRunner : public ToolRunner
{
public:
    QList<Call> calls;
    std::function<ToolResult(const Call&)> respond = [](const Call&) {
        ToolResult r;
        r.started = true;
        r.exitCode = 0;
        return r;
    };

    ToolResult run(const QString& program, const QStringList& arguments, const QByteArray&) override
    {
        Call call{program, arguments, {}};
        for (const QString& a : arguments)
            if (a.endsWith(QLatin1String(".pem")) || a.endsWith(QLatin1String(".crt")))
                if (QFileInfo(a).isFile())
                    call.fileHandedOver = readFile(a);
        calls << call;
        return respond(call);
    }
    QString findProgram(const QString& name) override { return QStringLiteral("/usr/bin/") + name; }

    QStringList lines() const
    {
        QStringList out;
        for (const Call& c : calls)
            out << (QStringList{c.program} + c.arguments).join(QLatin1Char(' '));
        return out;
    }
};

ToolResult ok(const QByteArray& out = QByteArray())
{
    ToolResult r;
    r.started = true;
    r.exitCode = 0;
    r.standardOutput = out;
    return r;
}

// What an extracting tool does with the anchor folder: every certificate in it into the bundle.
void extractBundle(const LinuxTrustLayout& layout, const QByteArray& extra = QByteArray())
{
    QByteArray bundle = extra;
    for (const QFileInfo& f : QDir(layout.anchorDir).entryInfoList(QDir::Files))
        bundle += readFile(f.filePath());
    writeFile(layout.bundleFile, bundle);
}

} // namespace

class TestTrustStoreCommands : public QObject
{
    Q_OBJECT

    TestPki m_pki;
    std::optional<TrustAnchor> m_anchor;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_pki.make(&error), qPrintable(error));
        const QByteArray pin = loadCertificate(m_pki.read("root.pem")).certificate->sha256;
        m_anchor = TrustAnchor::checkFile(m_pki.path("root.pem"), pin).anchor;
        QVERIFY(m_anchor);
    }

    void anchorFolderFamilies_data()
    {
        QTest::addColumn<int>("family");
        QTest::addColumn<QString>("anchorFile");
        QTest::addColumn<QString>("refresh");
        QTest::newRow("Fedora") << int(LinuxTrustLayout::Family::Fedora)
                                << "/etc/pki/ca-trust/source/anchors/mailsetup-Mail_Setup_Test_Root-%1.pem"
                                << "/usr/bin/update-ca-trust extract";
        QTest::newRow("openSUSE") << int(LinuxTrustLayout::Family::OpenSuse)
                                  << "/etc/pki/trust/anchors/mailsetup-Mail_Setup_Test_Root-%1.pem"
                                  << "/usr/bin/update-ca-certificates";
        QTest::newRow("Debian") << int(LinuxTrustLayout::Family::Debian)
                                << "/usr/local/share/ca-certificates/mailsetup-Mail_Setup_Test_Root-%1.crt"
                                << "/usr/bin/update-ca-certificates";
    }

    void anchorFolderFamilies()
    {
        QFETCH(int, family);
        QFETCH(QString, anchorFile);
        QFETCH(QString, refresh);
        QTemporaryDir sysroot;
        const LinuxTrustLayout layout =
            LinuxTrustLayout::forFamily(LinuxTrustLayout::Family(family), sysroot.path());
        RecordingRunner runner;
        runner.respond = [&](const Call&) {
            extractBundle(layout);
            return ok();
        };
        LinuxSystemTrustStore store(layout, runner);
        const QString expectedFile =
            sysroot.path() +
            anchorFile.arg(QString::fromLatin1(m_anchor->certificate().sha256.left(4).toHex()));

        const TrustResult r = store.install(*m_anchor, m_anchor->fingerprint());
        QVERIFY2(r.status == TrustResult::Status::Done, qPrintable(r.message));
        QCOMPARE(r.addedEntry, expectedFile);
        QCOMPARE(readFile(expectedFile), toPem(m_anchor->certificate().der));
        QCOMPARE(runner.lines(), QStringList{refresh});
        QCOMPARE(store.isInstalled(*m_anchor).status, TrustResult::Status::Done);
        QCOMPARE(store.verify(*m_anchor, m_pki.read("leaf.pem")).status, TrustResult::Status::Done);

        runner.calls.clear();
        const TrustResult u = store.uninstall(*m_anchor, r.addedEntry);
        QVERIFY2(u.status == TrustResult::Status::Done, qPrintable(u.message));
        QVERIFY(!QFileInfo::exists(expectedFile));
        QCOMPARE(runner.lines(), QStringList{refresh});
        QCOMPARE(store.isInstalled(*m_anchor).status, TrustResult::Status::NotPresent);
    }

    void failedRefreshLeavesNothingBehind()
    {
        QTemporaryDir sysroot;
        const LinuxTrustLayout layout =
            LinuxTrustLayout::forFamily(LinuxTrustLayout::Family::Fedora, sysroot.path());
        RecordingRunner runner;
        runner.respond = [](const Call&) {
            ToolResult r;
            r.started = true;
            r.exitCode = 1;
            r.standardError = "p11-kit: couldn't write: Read-only file system";
            return r;
        };
        LinuxSystemTrustStore store(layout, runner);
        const TrustResult r = store.install(*m_anchor, m_anchor->fingerprint());
        QCOMPARE(r.status, TrustResult::Status::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("Read-only file system")), qPrintable(r.message));
        QVERIFY(QDir(layout.anchorDir).entryList(QDir::Files).isEmpty());
    }

    void archUsesTrustAnchor()
    {
        QTemporaryDir sysroot;
        const LinuxTrustLayout layout =
            LinuxTrustLayout::forFamily(LinuxTrustLayout::Family::Arch, sysroot.path());
        RecordingRunner runner;
        runner.respond = [&](const Call& call) {
            if (call.arguments.value(1) == QLatin1String("--store"))
                writeFile(layout.bundleFile, call.fileHandedOver);
            if (call.arguments.value(1) == QLatin1String("--remove"))
                writeFile(layout.bundleFile, "");
            return ok();
        };
        LinuxSystemTrustStore store(layout, runner);
        const TrustResult r = store.install(*m_anchor, m_anchor->fingerprint());
        QVERIFY2(r.status == TrustResult::Status::Done, qPrintable(r.message));
        QCOMPARE(runner.calls.size(), 2);
        QCOMPARE(runner.calls[0].program, QStringLiteral("/usr/bin/trust"));
        QCOMPARE(runner.calls[0].arguments.mid(0, 2), (QStringList{"anchor", "--store"}));
        QCOMPARE(runner.calls[0].fileHandedOver, toPem(m_anchor->certificate().der));
        QCOMPARE(runner.lines().at(1), QStringLiteral("/usr/bin/trust extract-compat"));
        QCOMPARE(r.addedEntry, QStringLiteral("p11-kit:") + m_anchor->storeLabel());

        runner.calls.clear();
        QCOMPARE(store.uninstall(*m_anchor, QStringLiteral("p11-kit:someone-else")).status,
                 TrustResult::Status::Refused);
        QVERIFY(runner.calls.isEmpty());
        const TrustResult u = store.uninstall(*m_anchor, r.addedEntry);
        QVERIFY2(u.status == TrustResult::Status::Done, qPrintable(u.message));
        QCOMPARE(runner.calls[0].arguments.mid(0, 2), (QStringList{"anchor", "--remove"}));
        QCOMPARE(runner.calls[0].fileHandedOver, toPem(m_anchor->certificate().der));
        QCOMPARE(runner.lines().at(1), QStringLiteral("/usr/bin/trust extract-compat"));
    }

    void macosSystemKeychain()
    {
        RecordingRunner runner;
        const QByteArray sha1 =
            QCryptographicHash::hash(m_anchor->certificate().der, QCryptographicHash::Sha1).toHex().toUpper();
        bool added = false;
        runner.respond = [&](const Call& call) {
            const QString verb = call.arguments.value(0);
            if (verb == QLatin1String("add-trusted-cert"))
                added = true;
            if (verb == QLatin1String("delete-certificate"))
                added = false;
            if (verb == QLatin1String("find-certificate") && added)
                return ok("keychain: \"/Library/Keychains/System.keychain\"\nSHA-256 hash: " +
                          m_anchor->certificate().sha256.toHex().toUpper() + "\nSHA-1 hash: " + sha1 + "\n");
            return ok();
        };
        MacKeychainTrustStore store(MacKeychainTrustStore::Domain::System, QStringLiteral("/Users/alice"),
                                    runner);
        QVERIFY(store.needsAdministrator());
        const TrustResult r = store.install(*m_anchor, m_anchor->fingerprint());
        QVERIFY2(r.status == TrustResult::Status::Done, qPrintable(r.message));
        QCOMPARE(runner.calls.size(), 2);
        QCOMPARE(runner.lines().at(0),
                 QStringLiteral("/usr/bin/security find-certificate -a -Z -c Mail Setup Test "
                                "Root /Library/Keychains/System.keychain"));
        const Call& add = runner.calls.at(1);
        QCOMPARE(add.arguments.mid(0, 6), (QStringList{"add-trusted-cert", "-d", "-r", "trustRoot", "-k",
                                                       "/Library/Keychains/System.keychain"}));
        QCOMPARE(add.fileHandedOver, toPem(m_anchor->certificate().der));
        QCOMPARE(r.addedEntry, QString::fromLatin1(sha1));
        QCOMPARE(store.isInstalled(*m_anchor).status, TrustResult::Status::Done);

        runner.calls.clear();
        QCOMPARE(store.verify(*m_anchor, m_pki.read("leaf.pem")).status, TrustResult::Status::Done);
        QCOMPARE(runner.calls.at(0).arguments.mid(0, 1), QStringList{"verify-cert"});
        QCOMPARE(runner.calls.at(0).arguments.mid(3), (QStringList{"-L", "-p", "ssl"}));

        runner.calls.clear();
        const TrustResult u = store.uninstall(*m_anchor, r.addedEntry);
        QVERIFY2(u.status == TrustResult::Status::Done, qPrintable(u.message));
        QCOMPARE(runner.calls.at(0).arguments.mid(0, 2), (QStringList{"remove-trusted-cert", "-d"}));
        QCOMPARE(runner.lines().at(1), QStringLiteral("/usr/bin/security delete-certificate -Z %1 "
                                                      "/Library/Keychains/System.keychain")
                                           .arg(QString::fromLatin1(sha1)));
    }

    void macosLoginKeychainNeedsNoAdministrator()
    {
        RecordingRunner runner;
        MacKeychainTrustStore store(MacKeychainTrustStore::Domain::User, QStringLiteral("/Users/alice"),
                                    runner);
        QVERIFY(!store.needsAdministrator());
        QCOMPARE(store.install(*m_anchor, m_anchor->fingerprint()).status, TrustResult::Status::Done);
        QCOMPARE(runner.calls.at(1).arguments.mid(0, 5),
                 (QStringList{"add-trusted-cert", "-r", "trustRoot", "-k",
                              "/Users/alice/Library/Keychains/login.keychain-db"}));
    }

    void helperThroughPkexec()
    {
        QTemporaryDir sysroot;
        const LinuxTrustLayout layout =
            LinuxTrustLayout::forFamily(LinuxTrustLayout::Family::Debian, sysroot.path());
        RecordingRunner runner;
        const QString entry = LinuxSystemTrustStore(layout, runner).anchorFile(*m_anchor);
        int exitCode = 0;
        runner.respond = [&](const Call&) {
            ToolResult r = ok("the system certificate store now trusts it\nentry: " + entry.toUtf8() + "\n");
            r.exitCode = exitCode;
            return r;
        };
        HelperTrustStore store(layout, runner, QStringLiteral("/usr/libexec/mailsetup-trust-helper"));
        TrustInstallLog log(sysroot.filePath(QStringLiteral("record.json")));
        const TrustResult r = installAndRecord(store, *m_anchor, m_anchor->fingerprint(), log);
        QVERIFY2(r.status == TrustResult::Status::Done, qPrintable(r.message));
        QCOMPARE(r.addedEntry, entry);
        QCOMPARE(runner.calls.size(), 1);
        const Call& call = runner.calls.first();
        QCOMPARE(call.program, QStringLiteral("/usr/bin/pkexec"));
        QCOMPARE(call.arguments.mid(0, 3),
                 (QStringList{"/usr/libexec/mailsetup-trust-helper", "install", "--certificate"}));
        QCOMPARE(call.arguments.mid(4), (QStringList{"--sha256", m_anchor->fingerprint()}));
        QCOMPARE(call.fileHandedOver, toPem(m_anchor->certificate().der));
        QCOMPARE(log.records().value(0).entry, entry);

        // The password dialog dismissed (pkexec exits 126): refused, nothing recorded.
        exitCode = 126;
        log.remove(store.id(), m_anchor->certificate().sha256, nullptr);
        const TrustResult dismissed = installAndRecord(store, *m_anchor, m_anchor->fingerprint(), log);
        QCOMPARE(dismissed.status, TrustResult::Status::Refused);
        QVERIFY(log.records().isEmpty());
    }

    void helperChecksItsInputBeforeAnything()
    {
        QTemporaryDir sysroot;
        const LinuxTrustLayout layout =
            LinuxTrustLayout::forFamily(LinuxTrustLayout::Family::Fedora, sysroot.path());
        RecordingRunner runner;
        const QString pin = m_anchor->fingerprint();
        const QString twinPin = loadCertificate(m_pki.read("twin.pem")).certificate->sha256Text();
        const QList<QStringList> refused = {
            {"install", "--certificate", m_pki.path("twin.pem"), "--sha256", pin},
            {"install", "--certificate", m_pki.path("twin.pem"), "--sha256", twinPin + "00"},
            {"install", "--certificate", m_pki.path("truncated.pem"), "--sha256", pin},
            {"install", "--certificate", m_pki.path("leaf.pem"), "--sha256",
             loadCertificate(m_pki.read("leaf.pem")).certificate->sha256Text()},
            {"install", "--certificate", m_pki.path("expired.pem"), "--sha256",
             loadCertificate(m_pki.read("expired.pem")).certificate->sha256Text()},
            {"install", "--certificate", m_pki.path("root.pem"), "--sha256", "not-a-pin"},
            {"install", "--certificate", sysroot.path(), "--sha256", pin},
        };
        for (const QStringList& args : refused) {
            QString o, e;
            QTextStream out(&o), err(&e);
            const int code =
                trusthelper::run(QStringList{"mailsetup-trust-helper"} + args, out, err, layout, runner);
            QVERIFY2(code == trusthelper::RefusedOrFailed, qPrintable(args.join(' ') + ": " + e));
            QVERIFY(!e.isEmpty());
        }
        for (const QStringList& args : QList<QStringList>{
                 {"install", "--certificate", m_pki.path("root.pem")},
                 {"install", "--certificate", m_pki.path("root.pem"), "--sha256", pin, "--anchor-dir",
                  "/tmp"},
                 {"remove-everything", "--certificate", m_pki.path("root.pem"), "--sha256", pin}}) {
            QString o, e;
            QTextStream out(&o), err(&e);
            QCOMPARE(trusthelper::run(QStringList{"mailsetup-trust-helper"} + args, out, err, layout, runner),
                     int(trusthelper::Usage));
        }
        QVERIFY(runner.calls.isEmpty());
        QVERIFY(!QFileInfo::exists(layout.anchorDir));

        // Good input: installs, then status and uninstall.
        runner.respond = [&](const Call&) {
            extractBundle(layout);
            return ok();
        };
        QString o, e;
        QTextStream out(&o), err(&e);
        QCOMPARE(trusthelper::run({"h", "install", "--certificate", m_pki.path("root.pem"), "--sha256", pin},
                                  out, err, layout, runner),
                 int(trusthelper::Done));
        out.flush();
        QVERIFY2(o.contains(QStringLiteral("entry: ") + layout.anchorDir), qPrintable(o + e));
        QCOMPARE(trusthelper::run({"h", "install", "--sha256", pin, "--certificate", m_pki.path("root.pem")},
                                  out, err, layout, runner),
                 int(trusthelper::AlreadyPresent));
        QCOMPARE(trusthelper::run({"h", "status", "--certificate", m_pki.path("root.pem"), "--sha256", pin},
                                  out, err, layout, runner),
                 int(trusthelper::Done));
        QCOMPARE(
            trusthelper::run({"h", "uninstall", "--certificate", m_pki.path("root.pem"), "--sha256", pin},
                             out, err, layout, runner),
            int(trusthelper::Done));
        QVERIFY(QDir(layout.anchorDir).entryList(QDir::Files).isEmpty());
    }

    void helperProgramRefusesBadInputAsRoot()
    {
        // The built program itself, with input it must refuse before touching the system.
        const QString helper = QStringLiteral(MAILSETUP_BINARY_DIR "/certs/helper/mailsetup-trust-helper");
        if (!QFileInfo(helper).isExecutable())
            QSKIP("mailsetup-trust-helper is not built");
        const QString pin = m_anchor->fingerprint();
        for (const char* file : {"twin.pem", "truncated.pem", "leaf.pem", "expired.pem", "root.key"}) {
            QProcess p;
            p.start(helper, {QStringLiteral("install"), QStringLiteral("--certificate"), m_pki.path(file),
                             QStringLiteral("--sha256"), pin});
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 1);
            QVERIFY(!p.readAllStandardError().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestTrustStoreCommands)
#include "test_truststore_commands.moc"
