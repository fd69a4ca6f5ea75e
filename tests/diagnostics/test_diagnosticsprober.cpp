// SPDX-License-Identifier: GPL-3.0-or-later
// DiagnosticsServerProber: discovery's guessing through the diagnostics' endpoint probe,
// against servers the test runs on 127.0.0.1 (a TLS server whose certificate names
// "localhost", a tarpit, a STARTTLS stripper) reached through DiscoveryNetwork's host
// and port maps, as discovery's tests reach them. The real mail service is covered by
// tests/discovery/test_discovery_guess.cpp.
#include "diagnosticsprober.h"
#include "hostileserver.h"
#include "testcertificates.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace mailsetup;
using Mode = HostileServer::Mode;

namespace {

constexpr int TimeoutMs = 2000;
constexpr int GraceMs = 1500; // a loaded CI machine; what counts is that the deadline ends it

struct Outcome
{
    int calls = 0;
    ProbeResult result;
};

ProbeRequest smtp(const QString& host, int port, Security security)
{
    return ProbeRequest{QStringLiteral("smtp"), host, port, security};
}

} // namespace

class TestDiagnosticsProber : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestCertificates m_ca;

    QSslConfiguration serverTls() const
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate::fromPath(m_ca.leafPem).value(0));
        QFile keyFile(m_ca.leafKey);
        keyFile.open(QIODevice::ReadOnly);
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        return tls;
    }

    // Both test names lead to 127.0.0.1; the standard ports to the test server's.
    DiscoveryNetwork network(const QHash<int, int>& ports, bool trustTestCa) const
    {
        DiscoveryNetwork network;
        network.hostAddresses.insert(QStringLiteral("localhost"), QHostAddress::LocalHost);
        network.hostAddresses.insert(QStringLiteral("mail.example.test"), QHostAddress::LocalHost);
        network.mappedHostsOnly = true;
        network.portMap = ports;
        network.probeTimeoutMs = TimeoutMs;
        if (trustTestCa)
            network.extraCaCertificates = QSslCertificate::fromPath(m_ca.caPem);
        return network;
    }

    static void probeAndWait(ServerProber& prober, const ProbeRequest& request, Outcome* outcome)
    {
        prober.probe(request, [outcome](const ProbeResult& result) {
            ++outcome->calls;
            outcome->result = result;
        });
        QCOMPARE(outcome->calls, 0); // never from inside probe()
        QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, TimeoutMs + GraceMs + 5000);
        QTest::qWait(100);
        QCOMPARE(outcome->calls, 1); // exactly once
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ca = TestCertificates::make(m_dir.path(), QStringLiteral("prober"));
        QVERIFY2(m_ca.error.isEmpty(), qPrintable(m_ca.error));
    }

    void tlsServerWithValidCertificateIsFound()
    {
        HostileServer server(Mode::SmtpTlsEcho);
        server.setTls(serverTls());
        QVERIFY(server.listen());
        DiagnosticsServerProber prober(network({{465, server.port()}}, true));
        Outcome outcome;
        probeAndWait(prober, smtp(QStringLiteral("localhost"), 465, Security::Ssl), &outcome);
        QVERIFY2(outcome.result.ok, qPrintable(outcome.result.error));
        QVERIFY2(outcome.result.greeting.startsWith(QStringLiteral("220")),
                 qPrintable(outcome.result.greeting));
        QVERIFY(outcome.result.error.isEmpty());
        // The probe logged in nowhere: no AUTH was sent without a password.
        for (const QByteArray& line : server.received())
            QVERIFY2(!line.startsWith("AUTH"), line.constData());
    }

    void certificateMustNameTheHostNotTheAddress()
    {
        // Same server and address, but asked for as mail.example.test: its certificate
        // says localhost, so this is no answer (Thunderbird's guess.requireGoodCert).
        HostileServer server(Mode::SmtpTlsEcho);
        server.setTls(serverTls());
        QVERIFY(server.listen());
        DiagnosticsServerProber prober(network({{465, server.port()}}, true));
        Outcome outcome;
        probeAndWait(prober, smtp(QStringLiteral("mail.example.test"), 465, Security::Ssl), &outcome);
        QVERIFY(!outcome.result.ok);
        QVERIFY2(outcome.result.error.endsWith(QStringLiteral("hostname mismatch")),
                 qPrintable(outcome.result.error));
        QVERIFY2(outcome.result.error.startsWith(
                     QStringLiteral("mail.example.test:465: the certificate is not valid here")),
                 qPrintable(outcome.result.error));
    }

    void untrustedAuthorityIsNoAnswer()
    {
        HostileServer server(Mode::SmtpTlsEcho);
        server.setTls(serverTls());
        QVERIFY(server.listen());
        DiagnosticsServerProber prober(network({{465, server.port()}}, false));
        Outcome outcome;
        probeAndWait(prober, smtp(QStringLiteral("localhost"), 465, Security::Ssl), &outcome);
        QVERIFY(!outcome.result.ok);
        QVERIFY2(
            outcome.result.error.startsWith(QStringLiteral("localhost:465: the certificate is not valid")),
            qPrintable(outcome.result.error));
    }

    void strippedStartTlsIsNoAnswer()
    {
        HostileServer server(Mode::SmtpStrip500);
        QVERIFY(server.listen());
        DiagnosticsServerProber prober(network({{587, server.port()}}, true));
        Outcome outcome;
        probeAndWait(prober, smtp(QStringLiteral("localhost"), 587, Security::StartTls), &outcome);
        QVERIFY(!outcome.result.ok);
        QVERIFY2(outcome.result.error.startsWith(QStringLiteral("localhost:587: ")),
                 qPrintable(outcome.result.error));
        QVERIFY2(outcome.result.error.contains(QStringLiteral("STARTTLS")), qPrintable(outcome.result.error));
    }

    void tarpitEndsWithTheProbeTimeout()
    {
        HostileServer server(Mode::Tarpit);
        QVERIFY(server.listen());
        // STARTTLS: we wait for a greeting that never comes (with implicit TLS our
        // ClientHello would reach the tarpit's line reader, which answers it).
        DiagnosticsServerProber prober(network({{143, server.port()}}, true));
        Outcome outcome;
        QElapsedTimer clock;
        clock.start();
        probeAndWait(
            prober,
            ProbeRequest{QStringLiteral("imap"), QStringLiteral("localhost"), 143, Security::StartTls},
            &outcome);
        QVERIFY(!outcome.result.ok);
        QVERIFY2(outcome.result.error.startsWith(
                     QStringLiteral("localhost:143: port 143 accepts the connection but nothing answers")),
                 qPrintable(outcome.result.error));
        QVERIFY2(clock.elapsed() >= TimeoutMs - 50, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(clock.elapsed() < TimeoutMs + GraceMs, qPrintable(QString::number(clock.elapsed())));
    }

    void unmappedHostIsNotContacted()
    {
        DiagnosticsServerProber prober(network({}, true));
        Outcome outcome;
        probeAndWait(prober, smtp(QStringLiteral("smtp.example.test"), 465, Security::Ssl), &outcome);
        QVERIFY(!outcome.result.ok);
        QCOMPARE(outcome.result.error,
                 QStringLiteral("smtp.example.test:465: the host is not reachable from here"));
    }

    void cancelledProbesNeverAnswer()
    {
        HostileServer tarpit(Mode::Tarpit);
        QVERIFY(tarpit.listen());
        auto prober = std::make_unique<DiagnosticsServerProber>(network({{143, tarpit.port()}}, true));
        int calls = 0;
        prober->probe(
            ProbeRequest{QStringLiteral("imap"), QStringLiteral("localhost"), 143, Security::StartTls},
            [&calls](const ProbeResult&) { ++calls; });
        prober->probe(
            smtp(QStringLiteral("nowhere.example.test"), 465, Security::Ssl), // answer already queued
            [&calls](const ProbeResult&) { ++calls; });
        prober->cancelAll();
        QTest::qWait(TimeoutMs + 500);
        QCOMPARE(calls, 0);

        // And going away with probes running neither crashes nor answers.
        prober->probe(
            ProbeRequest{QStringLiteral("imap"), QStringLiteral("localhost"), 143, Security::StartTls},
            [&calls](const ProbeResult&) { ++calls; });
        prober.reset();
        QTest::qWait(300);
        QCOMPARE(calls, 0);
    }

    void discoveryOptionsCarryTheFactory()
    {
        const DiscoveryOptions options = discoveryOptionsWithDiagnostics();
        QVERIFY(options.makeProber);
        QVERIFY(!options.prober);
        const std::unique_ptr<ServerProber> made = options.makeProber(DiscoveryNetwork());
        QVERIFY(dynamic_cast<DiagnosticsServerProber*>(made.get()));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticsProber)
#include "test_diagnosticsprober.moc"
