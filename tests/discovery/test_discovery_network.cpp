// SPDX-License-Identifier: GPL-3.0-or-later
// Discovery against real servers on loopback: an HTTPS + HTTP server with a test CA
// (autoconfig_server.py) and dnsmasq answering SRV and MX records. Nothing leaves
// the machine: every host name is mapped to 127.0.0.1 and unmapped ones are refused.
#include "autoconfigfetcher.h"
#include "discovercommand.h"
#include "dnsresolver.h"
#include "maildiscovery.h"
#include "testservers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace mailsetup;
using discoverytest::TestDns;
using discoverytest::TestWebServer;

namespace {

const QStringList hosts = {
    QStringLiteral("autoconfig.good.test"),
    QStringLiteral("good.test"),
    QStringLiteral("wellknown.test"),
    QStringLiteral("autoconfig.wellknown.test"),
    QStringLiteral("ispdb.test"),
    QStringLiteral("autoconfig.entities.test"),
    QStringLiteral("autoconfig.garbage.test"),
    QStringLiteral("slow.test"),
    QStringLiteral("huge.test"),
    QStringLiteral("biglength.test"),
    QStringLiteral("redirect.test"),
    QStringLiteral("downgrade.test"),
    QStringLiteral("html.test"),
    QStringLiteral("elsewhere.test"),
};

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(MAILSETUP_TEST_DATA "/discovery/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const DiscoveredConfig* findConfig(const DiscoveryResult& result, DiscoverySource source, bool trusted)
{
    for (const DiscoveredConfig& config : result.configs)
        if (config.source == source && config.trusted == trusted)
            return &config;
    return nullptr;
}

QString reportText(const DiscoveryResult& result)
{
    QStringList lines;
    for (const SourceReport& r : result.reports)
        lines << QStringLiteral("[%1] %2").arg(outcomeName(r.outcome), r.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestDiscoveryNetwork : public QObject
{
    Q_OBJECT

    TestWebServer m_web;
    TestDns m_dns;
    DiscoveryNetwork m_network;

    FetchResult fetch(const QString& url, int timeoutMs = 3000)
    {
        DiscoveryNetwork network = m_network;
        network.httpTimeoutMs = timeoutMs;
        QNetworkAccessManager manager;
        AutoconfigFetcher fetcher(&manager, network);
        QSignalSpy spy(&fetcher, &AutoconfigFetcher::finished);
        fetcher.fetch(QUrl(url));
        if (!spy.wait(timeoutMs + 5000))
            return {};
        return spy.first().first().value<FetchResult>();
    }

    DiscoveryResult discover(const QString& email)
    {
        DiscoveryOptions options;
        options.network = m_network;
        options.guessing = DiscoveryOptions::Guessing::Never;
        return MailDiscovery::run(email, options);
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FetchResult>();
        QString error;
        QVERIFY2(m_web.start(hosts, &error), qPrintable(error));
        QVERIFY2(
            m_dns.start({QStringLiteral("--local=/com/"), QStringLiteral("--local=/ru/"),
                         QStringLiteral("--srv-host=_imaps._tcp.good.test,imap.good.test,993,0,10"),
                         QStringLiteral("--srv-host=_imap._tcp.good.test,imap.good.test,143,0,10"),
                         QStringLiteral("--srv-host=_submissions._tcp.good.test,smtp.good.test,465"),
                         QStringLiteral("--srv-host=_submission._tcp.good.test,smtp.good.test,587"),
                         // No target: "." (RFC 2782), the service is not offered.
                         QStringLiteral("--srv-host=_pop3._tcp.good.test"),
                         QStringLiteral("--srv-host=_pop3s._tcp.good.test"),
                         QStringLiteral("--mx-host=good.test,mx.good.test,10"),
                         QStringLiteral("--mx-host=hosted.test,mxs.mail.ru,10"),
                         QStringLiteral("--mx-host=hosted.test,backup.other.test,20"),
                         QStringLiteral("--srv-host=_imaps._tcp.outside.test,imap.provider.example,993")},
                        &error),
            qPrintable(error));
        m_network = m_web.network(hosts);
        m_network.nameserverPort = m_dns.port();

        // The provider's own file over HTTPS, naming the CAcert root built into Mail Setup.
        m_web.addFile(QStringLiteral("https"), QStringLiteral("autoconfig.good.test"),
                      QStringLiteral("mail/config-v1.1.xml"), fixture(QStringLiteral("good.test.xml")));
        // The same host over plain HTTP serves a tampered copy (another server, same CA request).
        m_web.addFile(QStringLiteral("http"), QStringLiteral("autoconfig.good.test"),
                      QStringLiteral("mail/config-v1.1.xml"), fixture(QStringLiteral("tampered-http.xml")));
        m_web.addFile(QStringLiteral("https"), QStringLiteral("wellknown.test"),
                      QStringLiteral(".well-known/autoconfig/mail/config-v1.1.xml"),
                      fixture(QStringLiteral("wellknown.test.xml")));
        m_web.addFile(QStringLiteral("any"), QStringLiteral("ispdb.test"),
                      QStringLiteral("v1.1/rediffmail.com"),
                      fixture(QStringLiteral("ispdb/rediffmail.com.xml")));
        m_web.addFile(QStringLiteral("any"), QStringLiteral("ispdb.test"), QStringLiteral("v1.1/mail.ru"),
                      fixture(QStringLiteral("ispdb/mail.ru")));
        m_web.addFile(QStringLiteral("https"), QStringLiteral("autoconfig.entities.test"),
                      QStringLiteral("mail/config-v1.1.xml"), fixture(QStringLiteral("billion-laughs.xml")));
        m_web.addFile(QStringLiteral("https"), QStringLiteral("autoconfig.garbage.test"),
                      QStringLiteral("mail/config-v1.1.xml"), QByteArray(3000, '\x9c'));
        m_web.addFile(QStringLiteral("https"), QStringLiteral("downgrade.test"), QStringLiteral("plain.xml"),
                      fixture(QStringLiteral("good.test.xml")));
    }

    void dnsSrvAndMxFromDnsmasq()
    {
        const DnsResolver resolver(QHostAddress::LocalHost, m_dns.port(), 2000);
        const QList<DnsAnswer> answers =
            resolver.srv({QStringLiteral("_imaps._tcp.good.test"), QStringLiteral("_pop3._tcp.good.test"),
                          QStringLiteral("_imaps._tcp.nothing.test")});
        QCOMPARE(answers.size(), 3);
        QCOMPARE(answers[0].status, DnsAnswer::Status::Ok);
        QCOMPARE(answers[0].srv.size(), 1);
        QCOMPARE(answers[0].srv[0].target, QStringLiteral("imap.good.test"));
        QCOMPARE(answers[0].srv[0].port, quint16(993));
        QCOMPARE(answers[0].srv[0].weight, quint16(10));
        // "." comes back as an empty target: not offered.
        QCOMPARE(answers[1].status, DnsAnswer::Status::Ok);
        QCOMPARE(answers[1].srv.value(0).target, QString());
        QCOMPARE(answers[2].status, DnsAnswer::Status::NoRecords);

        const DnsAnswer mx = resolver.mx(QStringLiteral("hosted.test"));
        QCOMPARE(mx.status, DnsAnswer::Status::Ok);
        QCOMPARE(mx.mx.size(), 2);
        QCOMPARE(mx.mx[0].host, QStringLiteral("mxs.mail.ru")); // lowest preference first
    }

    void dnsTimeoutIsBounded()
    {
        // Port 9 on loopback: nobody answers. The lookup must fail within its limit.
        const DnsResolver resolver(QHostAddress::LocalHost, 9, 1000);
        QElapsedTimer clock;
        clock.start();
        const DnsAnswer answer = resolver.mx(QStringLiteral("good.test"));
        QCOMPARE(answer.status, DnsAnswer::Status::Failed);
        QVERIFY2(answer.error.contains(QLatin1String("good.test")), qPrintable(answer.error));
        QVERIFY(clock.elapsed() < 4000);
    }

    void hostileAnswersAreRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("slow drip") << "https://slow.test/mail/config-v1.1.xml"
                                   << int(FetchResult::Status::Failed) << "no complete answer within";
        QTest::newRow("huge, no length") << "https://huge.test/mail/config-v1.1.xml"
                                         << int(FetchResult::Status::Refused) << "larger than 262144 bytes";
        QTest::newRow("50 MB announced") << "https://biglength.test/mail/config-v1.1.xml"
                                         << int(FetchResult::Status::Refused) << "would be 50000000 bytes";
        QTest::newRow("redirect to another host")
            << "https://redirect.test/mail/config-v1.1.xml" << int(FetchResult::Status::Refused)
            << "redirects to another host (https://elsewhere.test";
        QTest::newRow("redirect from HTTPS to HTTP")
            << "https://downgrade.test/mail/config-v1.1.xml" << int(FetchResult::Status::Refused)
            << "unencrypted address";
        QTest::newRow("login page") << "https://html.test/mail/config-v1.1.xml"
                                    << int(FetchResult::Status::Refused)
                                    << "\"text/html; charset=utf-8\", not an XML file";
        QTest::newRow("host outside the map") << "https://autoconfig.unknown.test/mail/config-v1.1.xml"
                                              << int(FetchResult::Status::NotFound) << "not reachable";
        QTest::newRow("missing file") << "https://good.test/nothing.xml" << int(FetchResult::Status::NotFound)
                                      << "not found (HTTP 404)";
    }
    void hostileAnswersAreRefused()
    {
        QFETCH(QString, url);
        QFETCH(int, status);
        QFETCH(QString, message);
        QElapsedTimer clock;
        clock.start();
        const FetchResult result = fetch(url, 2000);
        QCOMPARE(int(result.status), status);
        QVERIFY2(result.error.startsWith(url), qPrintable(result.error)); // names the URL
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
        QVERIFY2(clock.elapsed() < 5000, "every refusal is quick, even of a slow drip");
    }

    void wrongCertificateFails()
    {
        DiscoveryNetwork network = m_network;
        network.extraCaCertificates.clear(); // the test CA is not trusted now
        QNetworkAccessManager manager;
        AutoconfigFetcher fetcher(&manager, network);
        QSignalSpy spy(&fetcher, &AutoconfigFetcher::finished);
        fetcher.fetch(QUrl(QStringLiteral("https://autoconfig.good.test/mail/config-v1.1.xml")));
        QVERIFY(spy.wait(10000));
        const FetchResult result = spy.first().first().value<FetchResult>();
        QCOMPARE(result.status, FetchResult::Status::Failed);
        QVERIFY(result.body.isEmpty());
    }

    void providerFileOverHttpsWinsAndKeepsItsCa()
    {
        const DiscoveryResult result = discover(QStringLiteral("alice@good.test"));
        QVERIFY2(result.configs.size() >= 3, qPrintable(reportText(result)));

        // Best: the provider's file over verified HTTPS, with the CAcert root it names.
        const DiscoveredConfig& best = result.configs.first();
        QCOMPARE(best.source, DiscoverySource::ProviderAutoconfig);
        QVERIFY(best.trusted);
        QVERIFY(best.origin.startsWith(QLatin1String("https://autoconfig.good.test/mail/config-v1.1.xml")));
        QVERIFY(best.profile.ca);
        QCOMPARE(best.profile.incoming.first().port, 993);
        QCOMPARE(best.profile.outgoing.first().port, 465);

        // The copy over plain HTTP: less trusted, and its CA request dropped.
        const DiscoveredConfig* plain = findConfig(result, DiscoverySource::ProviderAutoconfig, false);
        QVERIFY(plain);
        QVERIFY(plain->origin.startsWith(QLatin1String("http://")));
        QVERIFY(!plain->profile.ca);
        QVERIFY(plain->profile.warnings.join(QLatin1Char(' '))
                    .contains(QLatin1String("not fetched over a verified")));

        // SRV records: implicit TLS first, "." services left out, hosts inside the domain.
        const DiscoveredConfig* srv = findConfig(result, DiscoverySource::DnsSrv, true);
        QVERIFY2(srv, qPrintable(reportText(result)));
        QCOMPARE(srv->profile.incoming.size(), 2);
        QCOMPARE(srv->profile.incoming[0].security, Security::Ssl);
        QCOMPARE(srv->profile.incoming[1].security, Security::StartTls);
        for (const ServerEntry& s : srv->profile.incoming)
            QVERIFY(s.type == QLatin1String("imap"));
        QCOMPARE(srv->profile.outgoing.first().port, 465);

        // The ranking puts everything trusted before the plain-HTTP copy.
        int plainIndex = -1, srvIndex = -1;
        for (int i = 0; i < result.configs.size(); ++i) {
            if (&result.configs[i] == plain)
                plainIndex = i;
            if (&result.configs[i] == srv)
                srvIndex = i;
        }
        QVERIFY(srvIndex < plainIndex);

        // The address went only to the HTTPS URL of the provider.
        const QStringList requests = m_web.requests();
        QVERIFY2(requests.contains(QStringLiteral(
                     "https autoconfig.good.test /mail/config-v1.1.xml?emailaddress=alice%40good.test")),
                 qPrintable(requests.join(QLatin1Char('\n'))));
        QVERIFY(requests.contains(QStringLiteral("http autoconfig.good.test /mail/config-v1.1.xml")));
        QVERIFY(requests.contains(QStringLiteral("https ispdb.test /v1.1/good.test")));
        QVERIFY(requests.contains(
            QStringLiteral("https good.test /.well-known/autoconfig/mail/config-v1.1.xml")));
    }

    void wellKnownLocation()
    {
        const DiscoveryResult result = discover(QStringLiteral("bob@wellknown.test"));
        QVERIFY2(!result.configs.isEmpty(), qPrintable(reportText(result)));
        QCOMPARE(result.configs.first().origin,
                 QStringLiteral("https://wellknown.test/.well-known/autoconfig/mail/config-v1.1.xml"));
        QVERIFY(result.configs.first().trusted);
    }

    void ispdbAnswerNeverChoosesPlaintext()
    {
        const DiscoveryResult result = discover(QStringLiteral("carol@rediffmail.com"));
        QVERIFY2(result.configs.size() == 1, qPrintable(reportText(result)));
        const DiscoveredConfig& config = result.configs.first();
        QCOMPARE(config.source, DiscoverySource::Ispdb);
        QCOMPARE(config.origin, QStringLiteral("https://ispdb.test/v1.1/rediffmail.com"));
        QCOMPARE(config.profile.incoming.first().port, 995);
        QCOMPARE(config.profile.outgoing.first().port, 465);
        QCOMPARE(config.profile.outgoing.last().security, Security::Plain);
    }

    void mxHostsProviderFromTheIspdb()
    {
        const DiscoveryResult result = discover(QStringLiteral("dave@hosted.test"));
        const DiscoveredConfig* mx = findConfig(result, DiscoverySource::MxProvider, true);
        QVERIFY2(mx, qPrintable(reportText(result)));
        QCOMPARE(mx->origin, QStringLiteral("https://ispdb.test/v1.1/mail.ru"));
        QCOMPARE(mx->profile.id, QStringLiteral("mail.ru"));
        QVERIFY(mx->notes.join(QLatin1Char(' ')).contains(QLatin1String("mxs.mail.ru")));
    }

    void srvOutsideTheDomainIsLessTrusted()
    {
        const DiscoveryResult result = discover(QStringLiteral("eve@outside.test"));
        const DiscoveredConfig* srv = findConfig(result, DiscoverySource::DnsSrv, false);
        QVERIFY2(srv, qPrintable(reportText(result)));
        QCOMPARE(srv->profile.incoming.first().hostname, QStringLiteral("imap.provider.example"));
        QVERIFY(!srv->profile.ca);
    }

    void hostileDocumentsAreRefusedNamingTheUrl_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("message");
        QTest::newRow("entity expansion") << "frank@entities.test"
                                          << "document type declaration";
        QTest::newRow("binary garbage") << "gina@garbage.test"
                                        << "XML";
    }
    void hostileDocumentsAreRefusedNamingTheUrl()
    {
        QFETCH(QString, email);
        QFETCH(QString, message);
        const DiscoveryResult result = discover(email);
        QVERIFY(result.configs.isEmpty());
        const QString domain = email.section(QLatin1Char('@'), 1);
        bool refused = false;
        for (const SourceReport& r : result.reports) {
            if (r.outcome != SourceReport::Outcome::Refused)
                continue;
            refused = true;
            QVERIFY2(
                r.message.contains(QStringLiteral("https://autoconfig.%1/mail/config-v1.1.xml").arg(domain)),
                qPrintable(r.message));
            QVERIFY2(r.message.contains(message), qPrintable(r.message));
        }
        QVERIFY2(refused, qPrintable(reportText(result)));
    }

    void asyncApiReportsEachSource()
    {
        DiscoveryOptions options;
        options.network = m_network;
        options.guessing = DiscoveryOptions::Guessing::Never;
        MailDiscovery discovery(options);
        QSignalSpy reports(&discovery, &MailDiscovery::sourceReported);
        QSignalSpy configs(&discovery, &MailDiscovery::configFound);
        QSignalSpy finished(&discovery, &MailDiscovery::finished);
        discovery.start(QStringLiteral("alice@good.test"));
        QVERIFY(discovery.isRunning());
        QVERIFY(finished.wait(15000));
        QCOMPARE(reports.size(), discovery.result().reports.size());
        QCOMPARE(configs.size(), discovery.result().configs.size());
        // bundled, 4 autoconfig URLs, ISPDB, SRV, MX
        QCOMPARE(reports.size(), 8);
    }

    void commandLineJson()
    {
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const int code = runDiscoverCommandOn(
            m_network,
            {QStringLiteral("mailsetup"), QStringLiteral("discover"), QStringLiteral("carol@rediffmail.com"),
             QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("3")},
            out, err);
        out.flush();
        err.flush();
        QCOMPARE(code, 0);
        const QJsonObject json = QJsonDocument::fromJson(outText.toUtf8()).object();
        const QJsonArray configs = json.value(QStringLiteral("configs")).toArray();
        QCOMPARE(configs.size(), 1);
        const QJsonObject first = configs[0].toObject();
        QCOMPARE(first.value(QStringLiteral("source")).toString(), QStringLiteral("ispdb"));
        QCOMPARE(first.value(QStringLiteral("trusted")).toBool(), true);
        const QJsonObject smtp = first.value(QStringLiteral("outgoing")).toArray().first().toObject();
        QCOMPARE(smtp.value(QStringLiteral("port")).toInt(), 465);
        QCOMPARE(smtp.value(QStringLiteral("username")).toString(), QStringLiteral("carol@rediffmail.com"));
        QVERIFY(json.value(QStringLiteral("sources")).toArray().size() >= 7);
    }

    void commandLineText()
    {
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const int code = runDiscoverCommandOn(
            m_network,
            {QStringLiteral("mailsetup"), QStringLiteral("discover"), QStringLiteral("alice@good.test")}, out,
            err);
        out.flush();
        QCOMPARE(code, 0);
        QVERIFY2(outText.contains(QLatin1String("Nothing has been changed")), qPrintable(outText));
        QVERIFY(outText.contains(QLatin1String("LESS TRUSTED")));
        QVERIFY(outText.contains(QLatin1String("root certificate to trust: ")));
        QVERIFY(outText.contains(QLatin1String("incoming: IMAP imap.good.test:993, SSL/TLS")));
    }

    void commandLineRefusals()
    {
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        QCOMPARE(runDiscoverCommandOn(m_network, {QStringLiteral("mailsetup"), QStringLiteral("discover")},
                                      out, err),
                 2);
        QCOMPARE(runDiscoverCommandOn(m_network,
                                      {QStringLiteral("mailsetup"), QStringLiteral("discover"),
                                       QStringLiteral("not-an-address")},
                                      out, err),
                 1);
        QCOMPARE(runDiscoverCommandOn(m_network,
                                      {QStringLiteral("mailsetup"), QStringLiteral("discover"),
                                       QStringLiteral("x@nothing.test"), QStringLiteral("--timeout"),
                                       QStringLiteral("1")},
                                      out, err),
                 1);
        err.flush();
        QVERIFY2(errText.contains(QLatin1String("No settings found for x@nothing.test")),
                 qPrintable(errText));
        // Built-in profiles need no network at all.
        outText.clear();
        QCOMPARE(runDiscoverCommandOn(m_network,
                                      {QStringLiteral("mailsetup"), QStringLiteral("discover"),
                                       QStringLiteral("alice@pcug.org.au"), QStringLiteral("--no-network")},
                                      out, err),
                 0);
        out.flush();
        QVERIFY2(outText.contains(QLatin1String("smtps.tip.net.au:465")), qPrintable(outText));
    }
};

QTEST_GUILESS_MAIN(TestDiscoveryNetwork)
#include "test_discovery_network.moc"
