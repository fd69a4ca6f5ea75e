// SPDX-License-Identifier: GPL-3.0-or-later
// NSS databases (Thunderbird/SeaMonkey/Firefox profiles, Chromium's ~/.pki/nssdb)
// changed with the real certutil, and then a real NSS client, tstclnt (NSS's own TLS
// client from libnss3-tools), connecting to the real mail service's POP3S port with
// that database: refused before the install, trusted after it, refused after uninstall.
#include "nsstruststore.h"
#include "pki.h"
#include "support/mailservice.h"
#include "trustinstalllog.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QtTest>
#include <unistd.h>

using namespace mailsetup;
using testfiles::readFile;
using testfiles::writeFile;

namespace {

QString run(const QString& program, const QStringList& args, int* exitCode,
            const QByteArray& input = {})
{
    // Input comes from a file: tstclnt given a pipe that closes early never leaves.
    QTemporaryFile inputFile;
    if (!inputFile.open() || inputFile.write(input) != input.size() || !inputFile.flush())
        qFatal("cannot write %s", qPrintable(inputFile.fileName()));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setStandardInputFile(inputFile.fileName());
    p.start(program, args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        *exitCode = -1;
        return QStringLiteral("timed out");
    }
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromLocal8Bit(p.readAll());
}

// An empty database as the program would create it (certutil -N, no password).
void createDatabase(const QString& spec)
{
    QDir().mkpath(spec.section(QLatin1Char(':'), 1));
    int code = 0;
    const QString out =
        run(QStringLiteral("certutil"),
            {QStringLiteral("-N"), QStringLiteral("-d"), spec, QStringLiteral("--empty-password")}, &code);
    if (code != 0)
        qFatal("certutil -N %s: %s", qPrintable(spec), qPrintable(out));
}

// The pin as the provider would publish it, computed by openssl, not by us.
QByteArray opensslPin(const QString& pem)
{
    int code = 0;
    const QString out = run(QStringLiteral("openssl"),
                            {QStringLiteral("x509"), QStringLiteral("-in"), pem, QStringLiteral("-noout"),
                             QStringLiteral("-fingerprint"), QStringLiteral("-sha256")},
                            &code);
    return parseSha256Fingerprint(out.section(QLatin1Char('='), 1).trimmed());
}

} // namespace

class TestTrustStoreNss : public QObject
{
    Q_OBJECT

    TestPki m_pki;
    ProcessToolRunner m_runner;
    QByteArray m_rootPin;

    TrustAnchor anchorFor(const QString& pem, const QByteArray& pin)
    {
        const TrustAnchorCheck c = TrustAnchor::checkFile(pem, pin);
        if (!c.anchor)
            qFatal("%s", qPrintable(c.refusal));
        return *c.anchor;
    }

    QString listing(const NssDatabase& db)
    {
        int code = 0;
        return run(QStringLiteral("certutil"), {QStringLiteral("-L"), QStringLiteral("-d"), db.spec()},
                   &code);
    }

private slots:
    void initTestCase()
    {
        if (m_runner.findProgram(QStringLiteral("certutil")).isEmpty())
            QSKIP("certutil (libnss3-tools) is not installed");
        QString error;
        QVERIFY2(m_pki.make(&error), qPrintable(error));
        m_rootPin = opensslPin(m_pki.path("root.pem"));
        QCOMPARE(m_rootPin.size(), 32);
    }

    void findsTheDatabases()
    {
        QTemporaryDir home;
        createDatabase(QStringLiteral("sql:") +
                       home.filePath(QStringLiteral(".thunderbird/ab12cd.default-esr")));
        createDatabase(QStringLiteral("sql:") + home.filePath(QStringLiteral(".pki/nssdb")));
        createDatabase(QStringLiteral("dbm:") +
                       home.filePath(QStringLiteral(".mozilla/seamonkey/x1.default")));
        createDatabase(QStringLiteral("sql:") +
                       home.filePath(QStringLiteral(".mozilla/firefox/q.default-release")));
        QDir().mkpath(home.filePath(QStringLiteral(".thunderbird/never-started"))); // no database yet

        const QList<NssDatabase> found = findNssDatabases(home.path());
        QStringList seen;
        for (const NssDatabase& db : found)
            seen << QDir(home.path()).relativeFilePath(db.directory) + QLatin1Char(' ') + db.prefix() +
                        QLatin1Char(' ') + db.program;
        seen.sort();
        QCOMPARE(seen, (QStringList{".mozilla/firefox/q.default-release sql: Firefox",
                                    ".mozilla/seamonkey/x1.default dbm: SeaMonkey",
                                    ".pki/nssdb sql: Chromium (shared NSS database)",
                                    ".thunderbird/ab12cd.default-esr sql: Thunderbird"}));
    }

    void installVerifyUninstallWithCertutil_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("cert9.db (sql:)") << "sql:";
        QTest::newRow("cert8.db (dbm:)") << "dbm:";
    }

    void installVerifyUninstallWithCertutil()
    {
        QFETCH(QString, prefix);
        QTemporaryDir home;
        const QString dir = home.filePath(QStringLiteral(".thunderbird/ab12cd.default"));
        createDatabase(prefix + dir);
        const QList<NssDatabase> found = findNssDatabases(home.path());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().prefix(), prefix);
        NssTrustStore store(found.first(), m_runner);
        TrustInstallLog log(home.filePath(QStringLiteral("record.json")));
        const TrustAnchor a = anchorFor(m_pki.path("root.pem"), m_rootPin);
        const QByteArray leaf = m_pki.read("leaf.pem");

        QCOMPARE(store.isInstalled(a).status, TrustResult::Status::NotPresent);
        QCOMPARE(store.verify(a, leaf).status, TrustResult::Status::Failed);
        QCOMPARE(store.install(a, QString()).status, TrustResult::Status::Refused);
        QVERIFY(!listing(found.first()).contains(QStringLiteral("Mail Setup")));

        const TrustResult r = installAndRecord(store, a, a.fingerprint(), log);
        QVERIFY2(r.status == TrustResult::Status::Done, qPrintable(r.message));
        QVERIFY2(listing(found.first())
                     .contains(QRegularExpression(
                         QStringLiteral("Mail Setup Test Root \\(added by Mail Setup\\)\\s+C,,"))),
                 qPrintable(listing(found.first())));
        const TrustResult v = store.verify(a, leaf);
        QVERIFY2(v.status == TrustResult::Status::Done, qPrintable(v.message));
        QCOMPARE(store.verify(a, m_pki.read("twin.pem")).status, TrustResult::Status::Failed);
        QCOMPARE(log.records().size(), 1);

        // While Thunderbird runs on the profile (its lock symlink names a live process): refused.
        QVERIFY(QFile::link(QStringLiteral("127.0.0.1:+%1").arg(::getpid()), dir + QStringLiteral("/lock")));
        const TrustResult locked = uninstallRecorded(store, a, log);
        QCOMPARE(locked.status, TrustResult::Status::Refused);
        QVERIFY2(locked.message.contains(QStringLiteral("close it first")), qPrintable(locked.message));
        QCOMPARE(store.isInstalled(a).status, TrustResult::Status::Done);
        QVERIFY(QFile::remove(dir + QStringLiteral("/lock")));

        const TrustResult u = uninstallRecorded(store, a, log);
        QVERIFY2(u.status == TrustResult::Status::Done, qPrintable(u.message));
        QCOMPARE(store.isInstalled(a).status, TrustResult::Status::NotPresent);
        QCOMPARE(store.verify(a, leaf).status, TrustResult::Status::Failed);
        QVERIFY(log.records().isEmpty());
    }

    void theUsersOwnEntriesAreLeftAsTheyWere()
    {
        QTemporaryDir home;
        const NssDatabase db{home.filePath(QStringLiteral(".pki/nssdb")), QStringLiteral("Chromium"), false};
        createDatabase(db.spec());
        int code = 0;
        // The user had trusted the root already, under their own name.
        run(QStringLiteral("certutil"),
            {QStringLiteral("-A"), QStringLiteral("-d"), db.spec(), QStringLiteral("-n"),
             QStringLiteral("my root"), QStringLiteral("-t"), QStringLiteral("C,,"), QStringLiteral("-i"),
             m_pki.path("root.pem")},
            &code);
        QCOMPARE(code, 0);
        NssTrustStore store(db, m_runner);
        TrustInstallLog log(home.filePath(QStringLiteral("record.json")));
        const TrustAnchor a = anchorFor(m_pki.path("root.pem"), m_rootPin);
        QCOMPARE(installAndRecord(store, a, a.fingerprint(), log).status,
                 TrustResult::Status::AlreadyPresent);
        QVERIFY(log.records().isEmpty());
        QCOMPARE(uninstallRecorded(store, a, log).status, TrustResult::Status::Refused);
        QVERIFY(listing(db).contains(QRegularExpression(QStringLiteral("my root\\s+C,,"))));

        // Known but not trusted (as a server's chain leaves it): we add the trust and
        // uninstall puts the old trust back, keeping the entry.
        run(QStringLiteral("certutil"),
            {QStringLiteral("-M"), QStringLiteral("-d"), db.spec(), QStringLiteral("-n"),
             QStringLiteral("my root"), QStringLiteral("-t"), QStringLiteral(",,")},
            &code);
        QCOMPARE(code, 0);
        QCOMPARE(store.isInstalled(a).status, TrustResult::Status::NotPresent);
        const TrustResult r = installAndRecord(store, a, a.fingerprint(), log);
        QVERIFY2(r.status == TrustResult::Status::Done, qPrintable(r.message));
        QVERIFY(listing(db).contains(QRegularExpression(QStringLiteral("my root\\s+C,,"))));
        const TrustResult u = uninstallRecorded(store, a, log);
        QVERIFY2(u.status == TrustResult::Status::Done, qPrintable(u.message));
        QVERIFY2(listing(db).contains(QRegularExpression(QStringLiteral("my root\\s+,,"))),
                 qPrintable(listing(db)));
    }

    void realClientTrustsTheMailServiceOnlyAfterInstall()
    {
        const QString why = e2e::MailService::unavailableReason();
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        if (m_runner.findProgram(QStringLiteral("tstclnt")).isEmpty())
            QSKIP("tstclnt (libnss3-tools) is not installed");
        e2e::MailService service;
        QString error;
        QVERIFY2(service.start(&error), qPrintable(error));

        QTemporaryDir home;
        const QString dir = home.filePath(QStringLiteral(".thunderbird/ab12cd.default-esr"));
        createDatabase(QStringLiteral("sql:") + dir);
        const NssDatabase db = findNssDatabases(home.path()).value(0);
        QCOMPARE(db.directory, dir);
        NssTrustStore store(db, m_runner);
        TrustInstallLog log(home.filePath(QStringLiteral("record.json")));
        const TrustAnchor ca = anchorFor(service.caPath(), opensslPin(service.caPath()));

        // tstclnt: TLS to POP3S, checks the server's certificate for mail.example.test
        // against the database, then sends QUIT. Not -Q (quit after the handshake): with it,
        // whether the greeting is printed before tstclnt leaves is a race (CI saw it lost).
        const QStringList client = {
            QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
            QStringLiteral("-p"), QString::number(service.port(QStringLiteral("POP3S"))),
            QStringLiteral("-a"), QStringLiteral("mail.example.test"),
            QStringLiteral("-d"), db.spec()};
        const QByteArray quit("QUIT\r\n");
        int code = 0;
        QString out = run(QStringLiteral("tstclnt"), client, &code, quit);
        QVERIFY2(code != 0 && out.contains(QStringLiteral("SEC_ERROR_UNKNOWN_ISSUER")), qPrintable(out));

        const TrustResult r = installAndRecord(store, ca, ca.fingerprint(), log);
        QVERIFY2(r.status == TrustResult::Status::Done, qPrintable(r.message));
        out = run(QStringLiteral("tstclnt"), client, &code, quit);
        QVERIFY2(code == 0 && out.contains(QStringLiteral("+OK Logging out")), qPrintable(out));
        // The server's own certificate verifies through the store, too.
        QCOMPARE(store.verify(ca, readFile(service.dir() + QStringLiteral("/server.pem"))).status,
                 TrustResult::Status::Done);

        QCOMPARE(uninstallRecorded(store, ca, log).status, TrustResult::Status::Done);
        out = run(QStringLiteral("tstclnt"), client, &code, quit);
        QVERIFY2(code != 0 && out.contains(QStringLiteral("SEC_ERROR_UNKNOWN_ISSUER")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestTrustStoreNss)
#include "test_truststore_nss.moc"
