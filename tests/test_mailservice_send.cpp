// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: the account mailsetup writes into a Thunderbird profile sends and
// receives real mail. A real Postfix/Dovecot (shared/mailservice) runs on 127.0.0.1;
// swaks and Python's poplib are driven only from the prefs mailsetup wrote.
#include "support/mailservice.h"
#include "support/runmailsetup.h"
#include "support/thunderbirdfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace e2e;
using mailsetup::PrefsFile;

namespace {

const QString alice = QStringLiteral("alice@example.test");
const QString bob = QStringLiteral("bob@example.test");
// The mail service's users. They only ever go on swaks' and python's command lines.
const QString alicePassword = QStringLiteral("wonderland");
const QString bobPassword = QStringLiteral("builder");

// Logs in with the given POP3 settings and says how many messages there are and
// whether one of them contains the token.
const char pop3Check[] = R"py(
import poplib, ssl, sys
host, port, socket_type, user, password, cafile, token = sys.argv[1:8]
context = ssl.create_default_context(cafile=cafile)
if socket_type == "3":
    pop = poplib.POP3_SSL(host, int(port), context=context, timeout=30)
elif socket_type == "2":
    pop = poplib.POP3(host, int(port), timeout=30)
    pop.stls(context=context)
else:
    sys.exit("socketType %s is neither SSL/TLS (3) nor STARTTLS (2)" % socket_type)
pop.user(user)
pop.pass_(password)
count = pop.stat()[0]
found = any(token.encode() in b"\n".join(pop.retr(i)[1]) for i in range(1, count + 1))
pop.quit()
print("messages=%d token=%s" % (count, "found" if found else "missing"))
)py";

// SHA-256 over the DER of the first certificate in a PEM file, as AA:BB:...
QString pemFingerprint(const QByteArray& pem)
{
    const QByteArray begin = "-----BEGIN CERTIFICATE-----", end = "-----END CERTIFICATE-----";
    const qsizetype from = pem.indexOf(begin), to = pem.indexOf(end);
    if (from < 0 || to < from)
        return {};
    const QByteArray der = QByteArray::fromBase64(pem.mid(from + begin.size(), to - from - begin.size()));
    return QString::fromLatin1(
        QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex(':').toUpper());
}

bool maildirHas(const QString& maildir, const QString& token)
{
    for (const QString& sub : {QStringLiteral("new"), QStringLiteral("cur")}) {
        QDirIterator it(maildir + QLatin1Char('/') + sub, QDir::Files);
        while (it.hasNext()) {
            if (readFile(it.next()).contains(token.toUtf8()))
                return true;
        }
    }
    return false;
}

} // namespace

class TestMailserviceSend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sendsAndReceives_data();
    void sendsAndReceives();
    void refusesWrongPin();

private:
    // A provider profile for the running service; the ms:certificateAuthority line
    // goes to *caLine.
    QString writeProfile(const QString& name, const QString& pin, int* caLine);

    MailService m_service;
    QTemporaryDir m_work{tmpTemplate(QStringLiteral("mailsetup-mailservice-test"))};
    QString m_profile;
    QString m_pin;
    QString m_swaks;
};

void TestMailserviceSend::initTestCase()
{
    if (const QString reason = MailService::unavailableReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    m_swaks = QStandardPaths::findExecutable(QStringLiteral("swaks"));
    if (m_swaks.isEmpty())
        QSKIP("swaks is not installed (apt-get install swaks)");
    if (python3().isEmpty())
        QSKIP("python3 is not installed");
    // swaks only Recommends its TLS module, so --no-install-recommends leaves it out;
    // without it every send below would fail with "TLS not available".
    QVERIFY2(
        runProcess(QStringLiteral("perl"), {QStringLiteral("-MNet::SSLeay"), QStringLiteral("-e1")}).ok(),
        "swaks cannot use TLS: install libnet-ssleay-perl (scripts/install-deps.sh)");
    QVERIFY2(QFileInfo(mailsetupBinary()).isExecutable(), qPrintable(mailsetupBinary() + " was not built"));
    QVERIFY2(m_work.isValid(), qPrintable(m_work.errorString()));

    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(m_service.start(&error), qPrintable(error));
    qInfo("mail service up in %lld ms in %s (submission %d, smtps %d, pop3 %d, pop3s %d)", timer.elapsed(),
          qPrintable(m_service.dir()), m_service.port(QStringLiteral("SUBM")),
          m_service.port(QStringLiteral("SMTPS")), m_service.port(QStringLiteral("POP3")),
          m_service.port(QStringLiteral("POP3S")));

    m_pin = pemFingerprint(readFile(m_service.caPath()));
    QVERIFY2(!m_pin.isEmpty(), qPrintable("no certificate in " + m_service.caPath()));
    int line = 0;
    m_profile = writeProfile(QStringLiteral("example-test.xml"), m_pin, &line);
    QVERIFY(!m_profile.isEmpty());
}

void TestMailserviceSend::cleanupTestCase()
{
    m_service.stop();
}

QString TestMailserviceSend::writeProfile(const QString& name, const QString& pin, int* caLine)
{
    auto server = [](const char* element, const char* type, int port, const char* socketType) {
        return QStringLiteral("    <%1 type=\"%2\">\n"
                              "      <hostname>127.0.0.1</hostname>\n"
                              "      <port>%3</port>\n"
                              "      <socketType>%4</socketType>\n"
                              "      <authentication>password-cleartext</authentication>\n"
                              "      <username>%EMAILLOCALPART%</username>\n"
                              "    </%1>\n")
            .arg(QLatin1String(element), QLatin1String(type))
            .arg(port)
            .arg(QLatin1String(socketType));
    };
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                 "<clientConfig version=\"1.1\" xmlns:ms=\"urn:mailsetup:profile:1\">\n"
                                 "  <emailProvider id=\"example.test\">\n"
                                 "    <domain>example.test</domain>\n"
                                 "    <displayName>Example Test Mail</displayName>\n"
                                 "    <displayShortName>Example</displayShortName>\n");
    xml += server("incomingServer", "pop3", m_service.port(QStringLiteral("POP3S")), "SSL");
    xml += server("incomingServer", "pop3", m_service.port(QStringLiteral("POP3")), "STARTTLS");
    xml += server("outgoingServer", "smtp", m_service.port(QStringLiteral("SMTPS")), "SSL");
    xml += server("outgoingServer", "smtp", m_service.port(QStringLiteral("SUBM")), "STARTTLS");
    *caLine = int(xml.count(QLatin1Char('\n'))) + 1;
    xml += QStringLiteral("    <ms:certificateAuthority file=\"%1\" sha256=\"%2\">Mail service test root"
                          "</ms:certificateAuthority>\n"
                          "  </emailProvider>\n"
                          "</clientConfig>\n")
               .arg(m_service.caPath(), pin);
    const QString path = QDir(m_work.path()).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml.toUtf8()) < 0)
        return {};
    return path;
}

void TestMailserviceSend::sendsAndReceives_data()
{
    QTest::addColumn<QString>("outgoing"); // ports.env name of the port to ask for
    QTest::addColumn<QString>("incoming");
    QTest::addColumn<int>("expectedTrySsl"); // what mailsetup should write for it
    QTest::addColumn<int>("expectedSocketType");
    QTest::newRow("submission STARTTLS, POP3 STLS")
        << QStringLiteral("SUBM") << QStringLiteral("POP3") << 2 << 2;
    QTest::newRow("SMTPS, POP3S") << QStringLiteral("SMTPS") << QStringLiteral("POP3S") << 3 << 3;
}

void TestMailserviceSend::sendsAndReceives()
{
    QFETCH(QString, outgoing);
    QFETCH(QString, incoming);
    QFETCH(int, expectedTrySsl);
    QFETCH(int, expectedSocketType);

    QTemporaryDir dir(tmpTemplate(QStringLiteral("mailsetup-send")));
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    ThunderbirdHome home;
    QString error;
    QVERIFY2(createThunderbirdHome(dir.path(), &home, &error), qPrintable(error));
    for (const QString& email : {alice, bob}) {
        const ProcessResult r = runMailsetup(
            home.home, home.backupDir,
            {QStringLiteral("apply"), QStringLiteral("--profile"), m_profile, QStringLiteral("--email"),
             email, QStringLiteral("--outgoing-port"), QString::number(m_service.port(outgoing)),
             QStringLiteral("--incoming-port"), QString::number(m_service.port(incoming))});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
    }

    // Everything below comes from the prefs as written, nothing from the profile.
    const PrefsFile prefs = readPrefs(home.prefsPath);
    QVERIFY(prefs.errors().isEmpty());
    const AccountKeys a = findAccount(prefs, alice);
    QVERIFY2(a.found() && a.ownSmtp, "no account with its own outgoing server for alice@example.test");
    const QString smtpHost = prefString(prefs, a.smtpPref(QStringLiteral("hostname")));
    const int smtpPort = prefInt(prefs, a.smtpPref(QStringLiteral("port")));
    const int trySsl = prefInt(prefs, a.smtpPref(QStringLiteral("try_ssl")));
    const int smtpAuth = prefInt(prefs, a.smtpPref(QStringLiteral("authMethod")));
    const QString smtpUser = prefString(prefs, a.smtpPref(QStringLiteral("username")));
    QCOMPARE(smtpPort, m_service.port(outgoing));
    QCOMPARE(trySsl, expectedTrySsl);
    QVERIFY2(trySsl == 2 || trySsl == 3, "try_ssl must be STARTTLS (2) or SSL/TLS (3)");
    QCOMPARE(smtpAuth, 3); // normal password: AUTH PLAIN (or LOGIN) inside TLS

    const QString token =
        QStringLiteral("mailsetup-e2e-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const ProcessResult sent = runProcess(
        m_swaks,
        {QStringLiteral("--server"), QStringLiteral("%1:%2").arg(smtpHost).arg(smtpPort),
         trySsl == 2 ? QStringLiteral("--tls") : QStringLiteral("--tlsc"), QStringLiteral("--tls-verify"),
         QStringLiteral("--tls-ca-path"), m_service.caPath(), QStringLiteral("--auth"),
         QStringLiteral("PLAIN"), QStringLiteral("--auth-user"), smtpUser, QStringLiteral("--auth-password"),
         alicePassword, QStringLiteral("--from"), alice, QStringLiteral("--to"), bob,
         QStringLiteral("--header"), QStringLiteral("Subject: ") + token},
        QProcessEnvironment::systemEnvironment(), 60000);
    QVERIFY2(sent.ok(), qPrintable(sent.describe() + QLatin1Char('\n') + m_service.logs()));

    QElapsedTimer timer;
    timer.start();
    while (!maildirHas(m_service.maildir(QStringLiteral("bob")), token) && timer.elapsed() < 15000)
        QThread::msleep(100);
    QVERIFY2(maildirHas(m_service.maildir(QStringLiteral("bob")), token),
             qPrintable("the message did not arrive in bob's Maildir within 15 s\n" + m_service.logs()));

    // bob reads it with the POP3 settings written for his account.
    const AccountKeys b = findAccount(prefs, bob);
    QVERIFY2(b.found(), "no account for bob@example.test");
    QCOMPARE(prefString(prefs, b.serverPref(QStringLiteral("type"))), QStringLiteral("pop3"));
    QCOMPARE(prefInt(prefs, b.serverPref(QStringLiteral("socketType"))), expectedSocketType);
    QCOMPARE(prefInt(prefs, b.serverPref(QStringLiteral("authMethod"))), 3);
    const ProcessResult received = runProcess(
        python3(),
        {QStringLiteral("-c"), QString::fromLatin1(pop3Check),
         prefString(prefs, b.serverPref(QStringLiteral("hostname"))),
         QString::number(prefInt(prefs, b.serverPref(QStringLiteral("port")))),
         QString::number(prefInt(prefs, b.serverPref(QStringLiteral("socketType")))),
         prefString(prefs, b.serverPref(QStringLiteral("userName"))), bobPassword, m_service.caPath(), token},
        QProcessEnvironment::systemEnvironment(), 60000);
    QVERIFY2(received.ok(), qPrintable(received.describe() + QLatin1Char('\n') + m_service.logs()));
    const QString answer = received.stdOut().trimmed();
    const int count = answer.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('='), 1).toInt();
    QVERIFY2(count >= 1, qPrintable(answer));
    QVERIFY2(answer.endsWith(QLatin1String("token=found")), qPrintable(answer));

    // No password was written anywhere: not in the profile, not in the backups.
    for (const QString& root : {home.home, home.backupDir}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QByteArray bytes = readFile(path);
            QVERIFY2(!bytes.contains(alicePassword.toUtf8()) && !bytes.contains(bobPassword.toUtf8()),
                     qPrintable(path + " contains a password"));
        }
    }
}

void TestMailserviceSend::refusesWrongPin()
{
    // The same certificate, pinned with a different fingerprint.
    QString wrong = m_pin;
    wrong.replace(0, 2, m_pin.startsWith(QLatin1String("00")) ? QStringLiteral("11") : QStringLiteral("00"));
    int line = 0;
    const QString profile = writeProfile(QStringLiteral("wrong-pin.xml"), wrong, &line);
    QVERIFY(!profile.isEmpty());

    QTemporaryDir dir(tmpTemplate(QStringLiteral("mailsetup-pin")));
    ThunderbirdHome home;
    QString error;
    QVERIFY2(createThunderbirdHome(dir.path(), &home, &error), qPrintable(error));
    const ProcessResult r = runMailsetup(
        home.home, home.backupDir,
        {QStringLiteral("apply"), QStringLiteral("--profile"), profile, QStringLiteral("--email"), alice});
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.stdErr().contains(QStringLiteral("%1:%2").arg(profile).arg(line)), qPrintable(r.describe()));
    QVERIFY2(r.stdErr().contains(QLatin1String("sha256")), qPrintable(r.describe()));
    QCOMPARE(readFile(home.prefsPath), fixturePrefs());
}

QTEST_GUILESS_MAIN(TestMailserviceSend)
#include "test_mailservice_send.moc"
