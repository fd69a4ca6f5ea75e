// SPDX-License-Identifier: GPL-3.0-or-later
// Guessing against the real mail service (Postfix + Dovecot, shared/mailservice): the
// likely names under example.test are mapped to it, its standard ports to its test ports.
// The servers are tried by the diagnostics' endpoint probe (DiagnosticsServerProber),
// as `mailsetup discover` and the wizard do.
#include "../support/mailservice.h"
#include "diagnosticsprober.h"
#include "discovercommand.h"
#include "maildiscovery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTest>

using namespace mailsetup;

class TestDiscoveryGuess : public QObject
{
    Q_OBJECT

    e2e::MailService m_service;

    DiscoveryOptions options(bool trustTestCa) const
    {
        DiscoveryOptions options = discoveryOptionsWithDiagnostics();
        // Only mail.example.test exists (the name in the service's certificate).
        options.network.hostAddresses.insert(QStringLiteral("mail.example.test"), QHostAddress::LocalHost);
        options.network.mappedHostsOnly = true;
        options.network.portMap = {
            {993, m_service.port(QStringLiteral("IMAPS"))}, {143, m_service.port(QStringLiteral("IMAP"))},
            {995, m_service.port(QStringLiteral("POP3S"))}, {110, m_service.port(QStringLiteral("POP3"))},
            {465, m_service.port(QStringLiteral("SMTPS"))}, {587, m_service.port(QStringLiteral("SUBM"))}};
        if (trustTestCa)
            options.network.extraCaCertificates = QSslCertificate::fromPath(m_service.caPath());
        options.network.nameserver = QHostAddress::LocalHost; // nobody: no DNS answers
        options.network.nameserverPort = 9;
        options.network.dnsTimeoutMs = 1000;
        options.network.httpTimeoutMs = 2000;
        options.network.probeTimeoutMs = 5000;
        options.guessing = DiscoveryOptions::Guessing::WhenNothingFound;
        return options;
    }

private slots:
    void initTestCase()
    {
        const QString why = e2e::MailService::unavailableReason();
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        QString error;
        QVERIFY2(m_service.start(&error), qPrintable(error));
    }

    void guessesTheServersThatAnswerWithTls()
    {
        const DiscoveryResult result =
            MailDiscovery::run(QStringLiteral("alice@example.test"), options(true));
        QCOMPARE(result.configs.size(), 1);
        const DiscoveredConfig& config = result.configs.first();
        QCOMPARE(config.source, DiscoverySource::Guess);
        QVERIFY(!config.trusted);
        QVERIFY(!config.profile.ca);
        // IMAP with implicit TLS first; then IMAP STARTTLS (Dovecot offers it), POP3 after.
        QCOMPARE(config.profile.incoming.first().hostname, QStringLiteral("mail.example.test"));
        QCOMPARE(config.profile.incoming.first().type, QStringLiteral("imap"));
        QCOMPARE(config.profile.incoming.first().port, 993);
        QCOMPARE(config.profile.incoming.first().security, Security::Ssl);
        QVERIFY(config.profile.incoming.size() >= 3);
        QCOMPARE(config.profile.outgoing.first().port, 465);
        QCOMPARE(config.profile.outgoing.first().security, Security::Ssl);
        bool sawSubmission = false;
        for (const ServerEntry& s : config.profile.outgoing)
            sawSubmission |= s.port == 587 && s.security == Security::StartTls;
        QVERIFY2(sawSubmission, "STARTTLS on 587 is found through the SMTP conversation");
    }

    void anUntrustedCertificateIsNoAnswer()
    {
        const DiscoveryResult result =
            MailDiscovery::run(QStringLiteral("alice@example.test"), options(false));
        QVERIFY(result.configs.isEmpty());
        QCOMPARE(result.reports.last().source, DiscoverySource::Guess);
        QCOMPARE(result.reports.last().outcome, SourceReport::Outcome::NotFound);
    }

    void whyEachGuessFailedIsKept()
    {
        // Through the prober alone: the right answer for each kind of failure, naming host:port.
        DiscoveryOptions withoutCa = options(false);
        DiagnosticsServerProber prober(withoutCa.network);
        QList<ProbeResult> results;
        const QList<ProbeRequest> requests = {
            {QStringLiteral("imap"), QStringLiteral("mail.example.test"), 993, Security::Ssl},
            {QStringLiteral("imap"), QStringLiteral("imap.example.test"), 993, Security::Ssl},
        };
        for (const ProbeRequest& request : requests)
            prober.probe(request, [&results](const ProbeResult& r) { results << r; });
        QVERIFY(results.isEmpty()); // never from inside probe()
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 10000);
        for (const ProbeResult& r : results)
            QVERIFY(!r.ok);
        const QString all = results[0].error + QLatin1Char('\n') + results[1].error;
        QVERIFY2(all.contains(QStringLiteral("mail.example.test:993: the certificate is not valid")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("imap.example.test:993: the host is not reachable")),
                 qPrintable(all));
        // The greeting of the server that answered (over TLS it did not trust) is kept for people.
        const ProbeResult& answered =
            results[0].error.startsWith(QStringLiteral("mail.")) ? results[0] : results[1];
        QVERIFY2(answered.greeting.startsWith(QStringLiteral("* OK")), qPrintable(answered.greeting));
    }

    void theDiscoverCommandGuessesWithTheDiagnostics()
    {
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const int code = runDiscoverCommandOn(options(true).network,
                                              {QStringLiteral("mailsetup"), QStringLiteral("discover"),
                                               QStringLiteral("alice@example.test"), QStringLiteral("--json"),
                                               QStringLiteral("--timeout"), QStringLiteral("5")},
                                              out, err);
        out.flush();
        err.flush();
        QVERIFY2(code == 0, qPrintable(errText));
        const QJsonObject json = QJsonDocument::fromJson(outText.toUtf8()).object();
        const QJsonArray configs = json.value(QStringLiteral("configs")).toArray();
        QCOMPARE(configs.size(), 1);
        QCOMPARE(configs[0][QStringLiteral("source")].toString(), QStringLiteral("guess"));
        QCOMPARE(configs[0][QStringLiteral("trusted")].toBool(), false);
        const QJsonObject imap = configs[0][QStringLiteral("incoming")].toArray().first().toObject();
        QCOMPARE(imap.value(QStringLiteral("hostname")).toString(), QStringLiteral("mail.example.test"));
        QCOMPARE(imap.value(QStringLiteral("port")).toInt(), 993);
    }

    void withoutAConnectionCheckerGuessingIsReportedNotDone()
    {
        DiscoveryOptions bare = options(true);
        bare.makeProber = nullptr;
        const DiscoveryResult result = MailDiscovery::run(QStringLiteral("alice@example.test"), bare);
        QVERIFY(result.configs.isEmpty());
        QCOMPARE(result.reports.last().source, DiscoverySource::Guess);
        QCOMPARE(result.reports.last().outcome, SourceReport::Outcome::Failed);
        QVERIFY2(result.reports.last().message.contains(QStringLiteral("not tried")),
                 qPrintable(result.reports.last().message));
    }
};

QTEST_GUILESS_MAIN(TestDiscoveryGuess)
#include "test_discovery_guess.moc"
