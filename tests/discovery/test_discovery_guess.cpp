// SPDX-License-Identifier: GPL-3.0-or-later
// Guessing against the real mail service (Postfix + Dovecot, shared/mailservice): the
// likely names under example.test are mapped to it, its standard ports to its test ports.
#include "../support/mailservice.h"
#include "maildiscovery.h"

#include <QSslCertificate>
#include <QTest>

using namespace mailsetup;

class TestDiscoveryGuess : public QObject
{
    Q_OBJECT

    e2e::MailService m_service;

    DiscoveryOptions options(bool trustTestCa) const
    {
        DiscoveryOptions options;
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
};

QTEST_GUILESS_MAIN(TestDiscoveryGuess)
#include "test_discovery_guess.moc"
