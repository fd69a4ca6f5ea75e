// SPDX-License-Identifier: GPL-3.0-or-later
// What the connection check recommends (recommend()) when several variants work: the
// safest by default, but the port the person chose and the provider's receiving
// protocol are kept where they work, and left only with a reason given. Results are
// made here, one per server entry, as the probes would report them.
#include "../support/serverentries.h"
#include "accountsettings.h"
#include "diagnosis.h"
#include "verdicts.h"

#include <QTest>

using namespace mailsetup;
using testprofiles::serverEntry;

namespace {

EndpointResult result(MailProtocol protocol, int port, Security security, Verdict verdict)
{
    EndpointResult r;
    r.endpoint.protocol = protocol;
    r.endpoint.host = QStringLiteral("mail.example.test");
    r.endpoint.port = r.endpoint.profilePort = port;
    r.endpoint.security = security;
    r.verdict = verdict;
    r.stage = ProbeStage::Done;
    const bool connected = verdict == Verdict::Works || verdict == Verdict::WorksAfterCaInstall;
    r.tlsEstablished = connected;
    r.chain.checked = connected;
    r.chain.trustedBySystem = connected;
    if (verdict == Verdict::Unreachable)
        r.stage = ProbeStage::Connect;
    return r;
}

EndpointResult works(MailProtocol protocol, int port, Security security)
{
    return result(protocol, port, security, Verdict::Works);
}

EndpointResult blocked(MailProtocol protocol, int port, Security security)
{
    return result(protocol, port, security, Verdict::Unreachable);
}

// A typical provider: IMAP over STARTTLS first, POP3 over TLS second, three ways to send.
QList<EndpointResult> everythingWorks()
{
    return {works(MailProtocol::Smtp, 465, Security::Ssl), works(MailProtocol::Smtp, 587, Security::StartTls),
            works(MailProtocol::Smtp, 25, Security::StartTls),
            works(MailProtocol::Imap, 143, Security::StartTls),
            works(MailProtocol::Pop3, 995, Security::Ssl)};
}

} // namespace

class TestRecommendation : public QObject
{
    Q_OBJECT

private slots:
    void withoutPreferenceTheSafest()
    {
        const QList<EndpointResult> results = everythingWorks();
        const Recommendation r = recommend(results, QStringLiteral("a@example.test"));
        QVERIFY(r.request);
        QCOMPARE(r.request->outgoingPort, std::optional<int>(465));
        QCOMPARE(r.request->incomingPort, std::optional<int>(995));
        QVERIFY(r.departures.isEmpty());
    }

    void keepsTheChosenPortWhenItWorks()
    {
        RecommendationPreference preference;
        preference.outgoingPort = 587;
        const Recommendation r = recommend(everythingWorks(), QStringLiteral("a@example.test"), preference);
        QVERIFY(r.request);
        QCOMPARE(r.request->outgoingPort, std::optional<int>(587));
        QCOMPARE(r.outgoingIndex, 1);
        QVERIFY2(r.departures.isEmpty(), qPrintable(r.departures.join(QLatin1Char('\n'))));
    }

    void leavesTheChosenPortOnlyWhenItFails()
    {
        QList<EndpointResult> results = everythingWorks();
        results[1] = blocked(MailProtocol::Smtp, 587, Security::StartTls);
        RecommendationPreference preference;
        preference.outgoingPort = 587;
        const Recommendation r = recommend(results, QStringLiteral("a@example.test"), preference);
        QVERIFY(r.request);
        QCOMPARE(r.request->outgoingPort, std::optional<int>(465));
        QCOMPARE(r.departures.size(), 1);
        QCOMPARE(r.departures.first(),
                 QStringLiteral("port 587, chosen for sending, does not work from here, so port 465 is used "
                                "instead"));
        QVERIFY2(r.summary.contains(r.departures.first()), qPrintable(r.summary));
    }

    void keepsTheProvidersReceivingProtocol()
    {
        // POP3 over TLS ranks above IMAP over STARTTLS, but IMAP is what the provider
        // chose and what keeps the mail on the server.
        RecommendationPreference preference;
        preference.incomingProtocol = MailProtocol::Imap;
        const Recommendation r = recommend(everythingWorks(), QStringLiteral("a@example.test"), preference);
        QVERIFY(r.request);
        QCOMPARE(r.request->incomingType, QStringLiteral("imap"));
        QCOMPARE(r.request->incomingPort, std::optional<int>(143));
        QVERIFY(r.departures.isEmpty());
    }

    void changesProtocolOnlyWhenNoneOfItWorks()
    {
        QList<EndpointResult> results = everythingWorks();
        results[3] = blocked(MailProtocol::Imap, 143, Security::StartTls);
        RecommendationPreference preference;
        preference.incomingProtocol = MailProtocol::Imap;
        const Recommendation r = recommend(results, QStringLiteral("a@example.test"), preference);
        QVERIFY(r.request);
        QCOMPARE(r.request->incomingType, QStringLiteral("pop3"));
        QCOMPARE(r.request->incomingPort, std::optional<int>(995));
        QCOMPARE(r.departures.size(), 1);
        QVERIFY2(r.departures.first().startsWith(
                     QStringLiteral("receiving with IMAP, the provider's choice, does not work from here, so "
                                    "POP3 is used instead")),
                 qPrintable(r.departures.first()));
        QVERIFY2(r.departures.first().contains(QStringLiteral("downloads your mail to this computer")),
                 qPrintable(r.departures.first()));
    }

    void nothingWorksStaysNothing()
    {
        QList<EndpointResult> results = {blocked(MailProtocol::Smtp, 587, Security::StartTls),
                                         works(MailProtocol::Imap, 993, Security::Ssl)};
        RecommendationPreference preference;
        preference.outgoingPort = 587;
        const Recommendation r = recommend(results, QStringLiteral("a@example.test"), preference);
        QVERIFY(!r.request);
        QVERIFY(r.departures.isEmpty());
        QCOMPARE(r.summary,
                 QStringLiteral("receive with IMAP mail.example.test:993 (SSL/TLS); no safe way to "
                                "send mail works from here"));
    }

    // The diagnosis of a profile prefers its first encrypted incoming protocol, as
    // resolveAccount chooses it when nobody picks one.
    void profileOrderDecidesTheProtocol()
    {
        ProviderProfile profile;
        profile.shortName = QStringLiteral("X");
        profile.outgoing = {serverEntry(QStringLiteral("smtp"), 465, Security::Ssl)};
        profile.incoming = {serverEntry(QStringLiteral("pop3"), 110, Security::Plain),
                            serverEntry(QStringLiteral("imap"), 143, Security::StartTls),
                            serverEntry(QStringLiteral("pop3"), 995, Security::Ssl)};
        QCOMPARE(preferredIncomingType(profile), QStringLiteral("imap"));
        const DiagnosisRequest request = diagnosisRequestFor(profile, QStringLiteral("a@example.test"));
        QCOMPARE(request.preference.incomingProtocol, std::optional<MailProtocol>(MailProtocol::Imap));
        QVERIFY(!request.preference.outgoingPort);

        const ResolveResult resolved =
            resolveAccount(profile, {QStringLiteral("a@example.test"), {}, {}, {}, {}, {}});
        QVERIFY2(resolved.settings, qPrintable(resolved.error));
        QCOMPARE(resolved.settings->incoming->type, QStringLiteral("imap"));
        QCOMPARE(resolved.settings->incoming->port, 143);

        // Asked for by port or type, the other protocol is still there.
        AccountRequest pop3;
        pop3.email = QStringLiteral("a@example.test");
        pop3.incomingPort = 995;
        QCOMPARE(resolveAccount(profile, pop3).settings->incoming->type, QStringLiteral("pop3"));
        pop3.incomingPort.reset();
        pop3.incomingType = QStringLiteral("pop3");
        QCOMPARE(resolveAccount(profile, pop3).settings->incoming->port, 995);

        // Only plaintext IMAP: the encrypted POP3 is the first usable choice.
        profile.incoming = {serverEntry(QStringLiteral("imap"), 143, Security::Plain),
                            serverEntry(QStringLiteral("pop3"), 995, Security::Ssl)};
        QCOMPARE(preferredIncomingType(profile), QStringLiteral("pop3"));
        profile.incoming.clear();
        QCOMPARE(preferredIncomingType(profile), QString());
        QVERIFY(!diagnosisRequestFor(profile, QString()).preference.incomingProtocol);
    }

    // An IMAP entry whose only log-in is OAuth2 cannot be set up: POP3 then, rather
    // than nothing.
    void unusablePreferredTypeFallsBack()
    {
        ProviderProfile profile;
        profile.shortName = QStringLiteral("X");
        profile.outgoing = {serverEntry(QStringLiteral("smtp"), 465, Security::Ssl)};
        ServerEntry oauthOnly = serverEntry(QStringLiteral("imap"), 993, Security::Ssl);
        oauthOnly.authMethods = {AuthMethod::OAuth2};
        profile.incoming = {oauthOnly, serverEntry(QStringLiteral("pop3"), 995, Security::Ssl)};
        const ResolveResult resolved =
            resolveAccount(profile, {QStringLiteral("a@example.test"), {}, {}, {}, {}, {}});
        QVERIFY2(resolved.settings, qPrintable(resolved.error));
        QCOMPARE(resolved.settings->incoming->type, QStringLiteral("pop3"));
    }
};

QTEST_GUILESS_MAIN(TestRecommendation)
#include "test_recommendation.moc"
