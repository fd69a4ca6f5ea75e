// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis.h"
#include "diagnosisreport.h"
#include "hostileserver.h"
#include "testcertificates.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace mailsetup;
using Mode = HostileServer::Mode;

namespace {

constexpr qint64 TimeoutMs = 2500;
// Generous for a loaded CI machine; what is asserted is that each probe ended by
// its own deadline, not how fast the machine is.
constexpr qint64 GraceMs = 1500;
const QByteArray password = "Secret-Pa55word";

DiagnosticEndpoint endpoint(MailProtocol protocol, int port, Security security, int profilePort = 0)
{
    DiagnosticEndpoint e;
    e.protocol = protocol;
    e.host = QStringLiteral("127.0.0.1");
    e.port = port;
    e.profilePort = profilePort ? profilePort : port;
    e.security = security;
    e.username = QStringLiteral("alice");
    return e;
}

DiagnosisRequest request(const QList<DiagnosticEndpoint>& endpoints)
{
    DiagnosisRequest r;
    r.profileId = QStringLiteral("hostile");
    r.profileName = QStringLiteral("Hostile test servers");
    r.endpoints = endpoints;
    r.timeoutMs = TimeoutMs;
    r.caName = QStringLiteral("the test CA");
    return r;
}

int closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed again when server goes
}

} // namespace

class TestDiagnosisHostile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void oneHostileServer_data();
    void oneHostileServer();
    void refusedPortPointsToTheOneThatWorks();
    void unknownHostEndsWithinDeadline();
    void allAtOnceEndWithinOneTimeout();
    void passwordNeverInReport();
    void noLoginOverUntrustedChain();
    void signalsDriveAWizard();

private:
    QSslConfiguration tlsFor(const TestCertificates& certificates) const;

    QTemporaryDir m_dir;
    TestCertificates m_ca;
    TestCertificates m_otherCa;
};

void TestDiagnosisHostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ca = TestCertificates::make(m_dir.path(), QStringLiteral("server"));
    QVERIFY2(m_ca.error.isEmpty(), qPrintable(m_ca.error));
    m_otherCa = TestCertificates::make(m_dir.path(), QStringLiteral("other"));
    QVERIFY2(m_otherCa.error.isEmpty(), qPrintable(m_otherCa.error));
}

QSslConfiguration TestDiagnosisHostile::tlsFor(const TestCertificates& certificates) const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate::fromPath(certificates.leafPem).value(0));
    QFile keyFile(certificates.leafKey);
    keyFile.open(QIODevice::ReadOnly);
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

void TestDiagnosisHostile::oneHostileServer_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<int>("security");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("inSummary");
    QTest::addColumn<bool>("byDeadline");

    const int smtp = int(MailProtocol::Smtp);
    const int startTls = int(Security::StartTls);
    QTest::newRow("tarpit") << int(Mode::Tarpit) << smtp << startTls << "timed-out"
                            << "greeting"
                            << "nothing answers" << true;
    QTest::newRow("drip") << int(Mode::Drip) << smtp << startTls << "timed-out"
                          << "greeting"
                          << "far too slowly" << true;
    QTest::newRow("10 MB line") << int(Mode::Flood) << smtp << startTls << "not-a-mail-server"
                                << "greeting"
                                << "line longer than" << false;
    QTest::newRow("garbage") << int(Mode::Garbage) << smtp << startTls << "not-a-mail-server"
                             << "greeting"
                             << "not an SMTP reply" << false;
    QTest::newRow("STARTTLS 500") << int(Mode::SmtpStrip500) << smtp << startTls << "starttls-stripped"
                                  << "starttls"
                                  << "500 unsupported command" << false;
    QTest::newRow("STARTTLS 454") << int(Mode::SmtpStrip454) << smtp << startTls << "starttls-stripped"
                                  << "starttls"
                                  << "454 TLS not available" << false;
    QTest::newRow("STARTTLS hidden") << int(Mode::SmtpHideTls) << smtp << startTls << "starttls-stripped"
                                     << "starttls"
                                     << "missing" << false;
    QTest::newRow("TLS garbage") << int(Mode::SmtpTlsGarbage) << smtp << startTls << "tls-failed"
                                 << "tls-handshake"
                                 << "could not be set up" << false;
    QTest::newRow("TLS silent") << int(Mode::SmtpTlsSilent) << smtp << startTls << "timed-out"
                                << "tls-handshake"
                                << "did not start" << true;
    QTest::newRow("STARTTLS injection") << int(Mode::SmtpInjection) << smtp << startTls << "tls-failed"
                                        << "starttls"
                                        << "inject" << false;
    QTest::newRow("implicit TLS on plain")
        << int(Mode::SmtpStrip500) << smtp << int(Security::Ssl) << "tls-failed"
        << "tls-handshake"
        << "could not be set up" << false;
    QTest::newRow("POP3 without STLS")
        << int(Mode::Pop3Strip) << int(MailProtocol::Pop3) << startTls << "starttls-stripped"
        << "starttls"
        << "intercepting" << false;
    QTest::newRow("IMAP STARTTLS BAD")
        << int(Mode::ImapStrip) << int(MailProtocol::Imap) << startTls << "starttls-stripped"
        << "starttls"
        << "BAD not here" << false;
}

void TestDiagnosisHostile::oneHostileServer()
{
    QFETCH(int, mode);
    QFETCH(int, protocol);
    QFETCH(int, security);
    QFETCH(QString, verdict);
    QFETCH(QString, stage);
    QFETCH(QString, inSummary);
    QFETCH(bool, byDeadline);

    HostileServer server{Mode(mode)};
    QVERIFY(server.listen());
    DiagnosisRequest r = request({endpoint(MailProtocol(protocol), server.port(), Security(security))});
    r.caDer = {m_ca.caDer};
    r.credentials = Credentials{{}, password};
    const DiagnosisReport report = runDiagnosis(r);
    QCOMPARE(report.endpoints.size(), 1);
    const EndpointResult& result = report.endpoints.first();
    const QString text = diagnosisReportText(report);
    QVERIFY2(verdictId(result.verdict) == verdict, qPrintable(text));
    QCOMPARE(stageId(result.stage), stage);
    QVERIFY2(result.summary.contains(inSummary), qPrintable(result.summary));
    QVERIFY(!result.fix.isEmpty());
    QCOMPARE(result.endedByDeadline, byDeadline);
    QVERIFY2(report.allEndedWithinDeadline(GraceMs), qPrintable(text));
    // Hostile servers end at once unless they stall: only stalling ones use the deadline.
    if (!byDeadline)
        QVERIFY2(result.elapsedMs < result.deadlineMs, qPrintable(text));
    QVERIFY(!result.loginAttempted);
    QVERIFY(!report.recommendation.request);
    for (const QByteArray& line : server.received())
        QVERIFY2(!line.toUpper().startsWith("AUTH") && !line.contains(password), line.constData());
    if (verdict == QLatin1String("starttls-stripped") && protocol == int(MailProtocol::Smtp))
        QVERIFY2(result.fix.contains(QStringLiteral("anti-virus")), qPrintable(result.fix));
}

void TestDiagnosisHostile::refusedPortPointsToTheOneThatWorks()
{
    HostileServer tls(Mode::SmtpTlsEcho);
    tls.setTls(tlsFor(m_ca));
    QVERIFY(tls.listen());
    DiagnosisRequest r = request({endpoint(MailProtocol::Smtp, tls.port(), Security::Ssl, 465),
                                  endpoint(MailProtocol::Smtp, closedPort(), Security::StartTls, 25)});
    r.caDer = {m_ca.caDer};
    r.email = QStringLiteral("alice@example.test");
    const DiagnosisReport report = runDiagnosis(r);
    const QString text = diagnosisReportText(report);
    const EndpointResult& good = report.endpoints.at(0);
    const EndpointResult& blocked = report.endpoints.at(1);
    QVERIFY2(good.verdict == Verdict::WorksAfterCaInstall, qPrintable(text));
    QCOMPARE(good.summary.contains(QStringLiteral("the test CA, which this computer does not trust yet")),
             true);
    QCOMPARE(good.fix, QStringLiteral("install it on the next page"));
    QCOMPARE(good.tlsProtocol, QStringLiteral("TLSv1.3"));
    QVERIFY(good.authAfterTls.contains(QStringLiteral("PLAIN")));
    QCOMPARE(blocked.verdict, Verdict::Unreachable);
    QVERIFY2(blocked.summary.startsWith(QStringLiteral("port 25 is blocked by your network")),
             qPrintable(text));
    QCOMPARE(blocked.fix, QStringLiteral("use 465"));
    QVERIFY(report.recommendation.request);
    QCOMPARE(report.recommendation.request->outgoingPort, std::optional<int>(465));
    QCOMPARE(report.recommendation.request->email, QStringLiteral("alice@example.test"));
    QCOMPARE(report.recommendation.outgoingIndex, 0);
}

void TestDiagnosisHostile::unknownHostEndsWithinDeadline()
{
    // .invalid never resolves (RFC 6761); without a reachable resolver the lookup may
    // hang instead, which the deadline ends.
    DiagnosticEndpoint e = endpoint(MailProtocol::Smtp, 465, Security::Ssl);
    e.host = QStringLiteral("mailsetup-test.invalid");
    const DiagnosisReport report = runDiagnosis(request({e}));
    const EndpointResult& result = report.endpoints.first();
    QVERIFY2(report.allEndedWithinDeadline(GraceMs), qPrintable(diagnosisReportText(report)));
    QCOMPARE(result.stage, ProbeStage::Connect);
    QVERIFY(!result.connected);
    if (result.verdict == Verdict::Unreachable) {
        QVERIFY(result.hostNotFound);
        QVERIFY2(result.summary.startsWith(QStringLiteral("the name mailsetup-test.invalid cannot be found")),
                 qPrintable(result.summary));
    } else {
        QCOMPARE(result.verdict, Verdict::TimedOut);
    }
}

void TestDiagnosisHostile::allAtOnceEndWithinOneTimeout()
{
    QList<HostileServer*> servers;
    QList<DiagnosticEndpoint> endpoints;
    for (Mode mode : {Mode::Tarpit, Mode::Drip, Mode::Flood, Mode::Garbage, Mode::SmtpStrip500,
                      Mode::SmtpStrip454, Mode::SmtpTlsGarbage, Mode::SmtpTlsSilent}) {
        auto* server = new HostileServer(mode, this);
        QVERIFY(server->listen());
        servers << server;
        endpoints << endpoint(MailProtocol::Smtp, server->port(), Security::StartTls);
    }
    endpoints << endpoint(MailProtocol::Smtp, closedPort(), Security::Ssl);
    DiagnosisRequest r = request(endpoints);
    QElapsedTimer clock;
    clock.start();
    const DiagnosisReport report = runDiagnosis(r);
    const qint64 wall = clock.elapsed();
    const QString text = diagnosisReportText(report, false);
    QCOMPARE(report.endpoints.size(), endpoints.size());
    // In parallel: the whole diagnosis takes one timeout, not nine.
    QVERIFY2(report.allEndedWithinDeadline(GraceMs), qPrintable(text));
    QVERIFY2(wall < 2 * TimeoutMs, qPrintable(QStringLiteral("%1 ms\n%2").arg(wall).arg(text)));
    for (const EndpointResult& result : report.endpoints)
        QVERIFY2(result.verdict != Verdict::Works && !result.summary.isEmpty(), qPrintable(text));
    QCOMPARE(report.recommendation.summary, QStringLiteral("no safe way to send mail works from here"));
    qDeleteAll(servers);
}

void TestDiagnosisHostile::passwordNeverInReport()
{
    // A server that repeats every command in its refusal, over TLS the profile's CA
    // vouches for: the log-in is tried, and nothing of the password comes back out.
    HostileServer server(Mode::SmtpTlsEcho);
    server.setTls(tlsFor(m_ca));
    QVERIFY(server.listen());
    DiagnosisRequest r = request({endpoint(MailProtocol::Smtp, server.port(), Security::Ssl)});
    r.caDer = {m_ca.caDer};
    r.credentials = Credentials{{}, password};
    const DiagnosisReport report = runDiagnosis(r);
    const EndpointResult& result = report.endpoints.first();
    const QString text = diagnosisReportText(report);
    QVERIFY2(result.verdict == Verdict::LoginFailed, qPrintable(text));
    QVERIFY(result.loginAttempted);
    QVERIFY(result.loginReply.startsWith(QStringLiteral("535")));
    bool sawAuth = false;
    for (const QByteArray& line : server.received())
        sawAuth = sawAuth || line.startsWith("AUTH PLAIN ");
    QVERIFY(sawAuth); // so the echo really had the secret to repeat

    const QByteArray json = QJsonDocument(diagnosisReportJson(report)).toJson();
    const QList<QByteArray> forms = {password, password.toBase64(),
                                     QByteArray("\0alice\0", 7).append(password).toBase64(),
                                     QByteArray("alice\0", 6).append(password).toBase64()};
    for (const QByteArray& form : forms) {
        QVERIFY2(!text.toUtf8().contains(form), qPrintable(text));
        QVERIFY2(!json.contains(form), json.constData());
    }
    QVERIFY(text.contains(QStringLiteral("[password redacted]")));
}

void TestDiagnosisHostile::noLoginOverUntrustedChain()
{
    HostileServer server(Mode::SmtpTlsEcho);
    server.setTls(tlsFor(m_ca));
    QVERIFY(server.listen());
    DiagnosisRequest r = request({endpoint(MailProtocol::Smtp, server.port(), Security::Ssl)});
    r.caDer = {m_otherCa.caDer}; // a CA that did not sign the server's certificate
    r.credentials = Credentials{{}, password};
    const DiagnosisReport report = runDiagnosis(r);
    const EndpointResult& result = report.endpoints.first();
    QVERIFY2(result.verdict == Verdict::Untrusted, qPrintable(diagnosisReportText(report)));
    QVERIFY(result.tlsEstablished);
    QVERIFY(!result.loginAttempted);
    QVERIFY(result.fix.contains(QStringLiteral("do not enter your password")));
    QVERIFY(result.detail.contains(QStringLiteral("unable to get local issuer certificate")));
    for (const QByteArray& line : server.received())
        QVERIFY2(!line.toUpper().startsWith("AUTH"), line.constData());
    QVERIFY(!report.recommendation.request);
}

void TestDiagnosisHostile::signalsDriveAWizard()
{
    HostileServer tls(Mode::SmtpTlsEcho);
    tls.setTls(tlsFor(m_ca));
    QVERIFY(tls.listen());
    HostileServer tarpit(Mode::Tarpit);
    QVERIFY(tarpit.listen());
    DiagnosisRequest r = request({endpoint(MailProtocol::Smtp, tls.port(), Security::Ssl),
                                  endpoint(MailProtocol::Smtp, tarpit.port(), Security::StartTls)});
    r.caDer = {m_ca.caDer};
    r.systemCaBundle = m_ca.caPem; // as if this computer already trusted the CA
    Diagnosis diagnosis(r);
    QSignalSpy progress(&diagnosis, &Diagnosis::endpointProgress);
    QSignalSpy endpointDone(&diagnosis, &Diagnosis::endpointFinished);
    QSignalSpy done(&diagnosis, &Diagnosis::finished);
    diagnosis.start();
    QVERIFY(!diagnosis.isFinished()); // start() returns at once; the event loop does the work
    QVERIFY(done.wait(int(TimeoutMs + GraceMs)));
    QCOMPARE(endpointDone.size(), 2);
    // The TLS endpoint is done long before the tarpit's deadline: the wizard can show it.
    QCOMPARE(endpointDone.at(0).at(0).toInt(), 0);
    QCOMPARE(endpointDone.at(1).at(0).toInt(), 1);
    QVERIFY(progress.size() >= 4);
    const DiagnosisReport& report = diagnosis.report();
    QCOMPARE(report.endpoints.at(0).verdict, Verdict::Works);
    QVERIFY(report.endpoints.at(0).fix.isEmpty());
    QCOMPARE(report.endpoints.at(1).verdict, Verdict::TimedOut);
    QVERIFY2(report.endpoints.at(1).fix.contains(QStringLiteral("use port %1 instead").arg(tls.port())),
             qPrintable(report.endpoints.at(1).fix));
}

QTEST_GUILESS_MAIN(TestDiagnosisHostile)
#include "test_diagnosis_hostile.moc"
