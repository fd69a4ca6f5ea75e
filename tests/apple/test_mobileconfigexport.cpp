// SPDX-License-Identifier: GPL-3.0-or-later
// `mailsetup export --format mobileconfig` with its own options, run as the real
// program: signed with --sign-cert/--sign-key or --sign-p12 (password from standard
// input only) so that the real `openssl cms -verify` accepts it and gives back the
// unsigned profile; wrong combinations are usage errors; the .p12 password never shows
// up in any output; --open is refused off a Mac before anything is written, and on a
// Mac hands the file to `/usr/bin/open` and says where to approve it.
#include "accountsettings.h"
#include "apple/mobileconfig.h"
#include "apple/mobileconfigexporter.h"
#include "apple/mobileconfiginstall.h"
#include "profileloader.h"
#include "support/testfiles.h"
#include "toolrunner.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace mailsetup;
using testfiles::readFile;

namespace {

const QString mailsetupProgram = QStringLiteral(MAILSETUP_BINARY_DIR "/app/mailsetup");
const QString p12Password = QStringLiteral("c0rrect-h0rse-p12");

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        p.kill();
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Run exportProfile(const QStringList& extra, const QByteArray& input = {})
{
    return run(mailsetupProgram,
               QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                           QStringLiteral("mobileconfig"), QStringLiteral("--profile"),
                           QStringLiteral("pcug"), QStringLiteral("--email"),
                           QStringLiteral("alice@pcug.org.au"), QStringLiteral("--name"),
                           QStringLiteral("Alice Ng")} +
                   extra,
               input);
}

QString describe(const Run& r)
{
    return QStringLiteral("exit %1\n--- out:\n%2\n--- err:\n%3").arg(r.code).arg(r.out, r.err);
}

// Records the command instead of running it.
class RecordingRunner : public ToolRunner
{
public:
    QStringList calls;
    ToolResult run(const QString& program, const QStringList& arguments, const QByteArray&) override
    {
        calls << (QStringList{program} + arguments).join(QLatin1Char(' '));
        ToolResult result;
        result.started = true;
        result.exitCode = 0;
        return result;
    }
    QString findProgram(const QString& name) override { return name; }
};

} // namespace

class TestMobileconfigExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_unsigned;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // The content `openssl cms -verify` recovers, checked against the signer; empty if it fails.
    QByteArray verified(const QString& signedFile, const QString& signerPem)
    {
        const QString out = signedFile + QStringLiteral(".content");
        const Run r =
            run(QStringLiteral("openssl"),
                {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-inform"),
                 QStringLiteral("DER"), QStringLiteral("-in"), signedFile, QStringLiteral("-CAfile"),
                 signerPem, QStringLiteral("-purpose"), QStringLiteral("any"), QStringLiteral("-out"), out});
        if (r.code != 0)
            qWarning("openssl cms -verify: %s", qPrintable(r.err));
        return r.code == 0 ? readFile(out) : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(mailsetupProgram).isExecutable(), qPrintable(mailsetupProgram));
        // A signing certificate and key, and the same as a .p12 locked with a password.
        Run r = run(QStringLiteral("openssl"),
                    {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                     QStringLiteral("2"), QStringLiteral("-subj"),
                     QStringLiteral("/CN=Helpdesk profile signer/O=Mail Setup tests"),
                     QStringLiteral("-keyout"), path(QStringLiteral("signer.key")), QStringLiteral("-out"),
                     path(QStringLiteral("signer.pem"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run(QStringLiteral("openssl"),
                {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"),
                 path(QStringLiteral("signer.pem")), QStringLiteral("-inkey"),
                 path(QStringLiteral("signer.key")), QStringLiteral("-out"),
                 path(QStringLiteral("signer.p12")), QStringLiteral("-passout"),
                 QStringLiteral("pass:") + p12Password});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Run plain =
            exportProfile({QStringLiteral("-o"), path(QStringLiteral("unsigned.mobileconfig"))});
        QVERIFY2(plain.code == 0, qPrintable(describe(plain)));
        m_unsigned = readFile(path(QStringLiteral("unsigned.mobileconfig")));
        QVERIFY(m_unsigned.startsWith("<?xml"));
    }

    void helpListsTheFormatsOwnOptions()
    {
        const Run r = run(mailsetupProgram, {QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char* option : {"--sign-cert <file>", "--sign-key <file>", "--sign-p12 <file>",
                                   "--sign-password-stdin", "--open"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }

    void signsWithCertificateAndKey()
    {
        const QString file = path(QStringLiteral("pem-signed.mobileconfig"));
        const Run r = exportProfile({QStringLiteral("--sign-cert"), path(QStringLiteral("signer.pem")),
                                     QStringLiteral("--sign-key"), path(QStringLiteral("signer.key")),
                                     QStringLiteral("-o"), file});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(r.out.contains(file));
        QVERIFY(!readFile(file).startsWith("<?xml")); // DER, not the plain profile
        QCOMPARE(verified(file, path(QStringLiteral("signer.pem"))), m_unsigned);
    }

    void signsWithPkcs12AndThePasswordFromStandardInput()
    {
        const QString file = path(QStringLiteral("p12-signed.mobileconfig"));
        const Run r = exportProfile({QStringLiteral("--sign-p12"), path(QStringLiteral("signer.p12")),
                                     QStringLiteral("--sign-password-stdin"), QStringLiteral("-o"), file},
                                    p12Password.toUtf8() + "\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(verified(file, path(QStringLiteral("signer.pem"))), m_unsigned);
        QVERIFY(!r.out.contains(p12Password) && !r.err.contains(p12Password));
        QVERIFY(!readFile(file).contains(p12Password.toUtf8()));
    }

    void wrongPasswordFailsNamingTheFileNotThePassword()
    {
        const QString file = path(QStringLiteral("wrong.mobileconfig"));
        const QString wrong = QStringLiteral("not-the-s3cret");
        Run r = exportProfile({QStringLiteral("--sign-p12"), path(QStringLiteral("signer.p12")),
                               QStringLiteral("--sign-password-stdin"), QStringLiteral("-o"), file},
                              wrong.toUtf8() + "\r\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(path(QStringLiteral("signer.p12"))) &&
                     r.err.contains(QStringLiteral("password")),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(wrong) && !r.out.contains(wrong));
        QVERIFY(!QFileInfo::exists(file));
        // Without --sign-password-stdin the .p12 is tried without a password, and refused.
        r = exportProfile(
            {QStringLiteral("--sign-p12"), path(QStringLiteral("signer.p12")), QStringLiteral("-o"), file},
            p12Password.toUtf8() + "\n");
        QCOMPARE(r.code, 1);
        QVERIFY(!QFileInfo::exists(file));
    }

    void wrongCombinationsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason");
        const QString pem = path(QStringLiteral("signer.pem"));
        const QString key = path(QStringLiteral("signer.key"));
        const QString p12 = path(QStringLiteral("signer.p12"));
        QTest::newRow("certificate without key")
            << QStringList{QStringLiteral("--sign-cert"), pem} << QStringLiteral("go together");
        QTest::newRow("key without certificate")
            << QStringList{QStringLiteral("--sign-key"), key} << QStringLiteral("go together");
        QTest::newRow("both ways of signing")
            << QStringList{QStringLiteral("--sign-cert"), pem, QStringLiteral("--sign-key"), key,
                           QStringLiteral("--sign-p12"),  p12}
            << QStringLiteral("not both");
        QTest::newRow("password without p12")
            << QStringList{QStringLiteral("--sign-password-stdin")} << QStringLiteral("--sign-p12");
        QTest::newRow("open to the screen")
            << QStringList{QStringLiteral("--open"), QStringLiteral("-o"), QStringLiteral("-")}
            << QStringLiteral("needs a file");
    }

    void wrongCombinationsAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        const Run r = exportProfile(arguments);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(reason), qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty());
    }

    void anotherFormatRefusesTheseOptions()
    {
        const Run r = run(mailsetupProgram,
                          {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("prf"),
                           QStringLiteral("--profile"), QStringLiteral("pcug"), QStringLiteral("--email"),
                           QStringLiteral("alice@pcug.org.au"), QStringLiteral("--open"),
                           QStringLiteral("-o"), path(QStringLiteral("x.prf"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--open is for --format mobileconfig, not prf")),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.prf"))));
    }

    void openIsRefusedOffAMacBeforeWriting()
    {
        const QString file = path(QStringLiteral("open.mobileconfig"));
        const Run r = exportProfile({QStringLiteral("--open"), QStringLiteral("-o"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Mac only")), qPrintable(describe(r)));
        QVERIFY(!QFileInfo::exists(file));
    }

    // On a Mac (macOS 14 here): the written file goes to /usr/bin/open, then the approval text.
    void openOnAMacUsesTheSystemInstaller()
    {
        RecordingRunner runner;
        const MobileconfigExporter exporter(&runner, 14);
        const ProfileLoadResult loaded = ProfileLoader::loadBundled(QStringLiteral("pcug"));
        QVERIFY(loaded.ok());
        AccountRequest request;
        request.email = QStringLiteral("alice@pcug.org.au");
        request.realName = QStringLiteral("Alice Ng");
        const ResolveResult resolved = resolveAccount(*loaded.profile, request);
        QVERIFY(resolved.settings);
        ExportOptionValues options;
        options.given.insert(QStringLiteral("open"), QString());
        QString error, message;
        bool usage = false;
        const QByteArray bytes =
            exporter.generateWithOptions(*resolved.settings, *loaded.profile, options, &error, &usage);
        QVERIFY2(!bytes.isEmpty(), qPrintable(error));
        QCOMPARE(bytes, m_unsigned);
        const QString file = path(QStringLiteral("mac.mobileconfig"));
        testfiles::writeFile(file, bytes);
        QVERIFY2(exporter.afterWriting(file, options, &message, &error), qPrintable(error));
        QCOMPARE(runner.calls, QStringList{QStringLiteral("/usr/bin/open ") + file});
        QCOMPARE(message, profileApprovalText(14));
        QVERIFY(message.contains(QStringLiteral("Privacy & Security")));

        // Without --open nothing is started.
        RecordingRunner idle;
        const MobileconfigExporter quiet(&idle, 14);
        message.clear();
        QVERIFY(quiet.afterWriting(file, ExportOptionValues{}, &message, &error));
        QVERIFY(idle.calls.isEmpty());
        QVERIFY(message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMobileconfigExport)
#include "test_mobileconfigexport.moc"
