// SPDX-License-Identifier: GPL-3.0-or-later
// Real ISPDB files, the loader's rules for fetched documents, and the ranking: no
// network needed.
#include "../support/serverentries.h"
#include "accountsettings.h"
#include "dnsprofiles.h"
#include "guessing.h"
#include "profileloader.h"
#include "ranking.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace mailsetup;
using testprofiles::serverEntry;

namespace {

QString ispdbDir()
{
    return QStringLiteral(MAILSETUP_TEST_DATA "/discovery/ispdb");
}

QByteArray readFixture(const QString& name)
{
    QFile file(ispdbDir() + QLatin1Char('/') + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ProviderProfile loadIspdb(const QString& name)
{
    const ProfileLoadResult r = ProfileLoader::loadFetched(
        readFixture(name), QStringLiteral("https://ispdb.test/v1.1/") + name, ProfileOrigin::FetchedTrusted);
    if (!r.ok())
        qWarning() << r.errorText();
    return r.profile.value_or(ProviderProfile());
}

const QByteArray pcugPin =
    "07:ED:BD:82:4A:49:88:CF:EF:42:15:DA:20:D4:8C:2B:41:D7:15:29:D7:C9:00:F5:70:92:6F:27:7C:C2:30:C5";

QByteArray withCa(const QByteArray& file)
{
    // Plain string literals: moc (Qt 6.4) loses its way in raw strings with quotes.
    QByteArray xml =
        "<?xml version=\"1.0\"?>\n"
        "<clientConfig version=\"1.1\" xmlns:ms=\"urn:mailsetup:profile:1\">\n"
        "  <emailProvider id=\"good.test\">\n"
        "    <domain>good.test</domain>\n"
        "    <incomingServer type=\"imap\">\n"
        "      <hostname>imap.good.test</hostname><port>993</port><socketType>SSL</socketType>\n"
        "      <authentication>password-cleartext</authentication>\n"
        "    </incomingServer>\n"
        "    <outgoingServer type=\"smtp\">\n"
        "      <hostname>smtp.good.test</hostname><port>465</port><socketType>SSL</socketType>\n"
        "      <authentication>password-cleartext</authentication>\n"
        "    </outgoingServer>\n"
        "  </emailProvider>\n"
        "  <ms:certificateAuthority file=\"FILE\" sha256=\"PIN\">CAcert</ms:certificateAuthority>\n"
        "</clientConfig>\n";
    return xml.replace("FILE", file).replace("PIN", pcugPin);
}

} // namespace

class TestDiscoveryRanking : public QObject
{
    Q_OBJECT
private slots:
    void realIspdbFilesLoad_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("incoming");
        QTest::addColumn<int>("outgoing");
        QTest::newRow("rediffmail.com.xml: plain entries, SSL on 586") << "rediffmail.com.xml" << 2 << 3;
        QTest::newRow("charter.net.xml: SSL on 587") << "charter.net.xml" << 2 << 1;
        QTest::newRow("office365.com: no .xml extension, MX domain") << "office365.com" << 2 << 1;
        QTest::newRow("mail.ru: OAuth2 first, <oAuth2> element") << "mail.ru" << 4 << 2;
    }
    void realIspdbFilesLoad()
    {
        QFETCH(QString, file);
        QFETCH(int, incoming);
        QFETCH(int, outgoing);
        const ProviderProfile profile = loadIspdb(file);
        QCOMPARE(profile.incoming.size(), incoming);
        QCOMPARE(profile.outgoing.size(), outgoing);
        QVERIFY(!profile.ca);
    }

    void gmxWithUndeclaredEntityIsRefusedNamingTheLine()
    {
        // The real gmx.net.xml writes "&amP;": not well-formed XML, which any XML parser
        // (xmllint, expat) refuses too. The message names the URL and the line.
        const ProfileLoadResult r = ProfileLoader::loadFetched(
            readFixture(QStringLiteral("gmx.net.xml")), QStringLiteral("https://ispdb.test/v1.1/gmx.net"),
            ProfileOrigin::FetchedTrusted);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorText().startsWith(QLatin1String("https://ispdb.test/v1.1/gmx.net:67:")),
                 qPrintable(r.errorText()));
        QVERIFY2(r.errorText().contains(QLatin1String("amP")), qPrintable(r.errorText()));
    }

    void oddFilesRankEncryptionFirst()
    {
        ProviderProfile rediff = loadIspdb(QStringLiteral("rediffmail.com.xml"));
        sortServers(rediff.incoming);
        sortServers(rediff.outgoing);
        // Incoming: POP3 SSL 995 before the plaintext 110 listed first by the provider.
        QCOMPARE(rediff.incoming.first().port, 995);
        QCOMPARE(rediff.incoming.first().security, Security::Ssl);
        QCOMPARE(rediff.incoming.last().security, Security::Plain);
        // Outgoing: SSL on the standard 465 before SSL on the odd 586; plaintext 587 last.
        QCOMPARE(rediff.outgoing[0].port, 465);
        QCOMPARE(rediff.outgoing[1].port, 586);
        QCOMPARE(rediff.outgoing[2].security, Security::Plain);

        ProviderProfile charter = loadIspdb(QStringLiteral("charter.net.xml"));
        sortServers(charter.outgoing);
        QCOMPARE(charter.outgoing.first().port, 587);
        QCOMPARE(charter.outgoing.first().security, Security::Ssl); // as the provider says, odd or not
    }

    void neverPlaintextWhenTlsExists_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(ispdbDir()).entryList(QDir::Files);
        for (const QString& file : files)
            if (file != QLatin1String("gmx.net.xml"))
                QTest::newRow(qPrintable(file)) << file;
    }
    void neverPlaintextWhenTlsExists()
    {
        QFETCH(QString, file);
        ProviderProfile profile = loadIspdb(file);
        QVERIFY(!profile.id.isEmpty());
        for (QList<ServerEntry>* list : {&profile.incoming, &profile.outgoing}) {
            sortServers(*list);
            const bool anyTls = std::any_of(list->begin(), list->end(), isEncrypted);
            if (anyTls)
                QVERIFY(isEncrypted(list->first()));
        }
        const ResolveResult resolved = resolveAccount(
            profile,
            AccountRequest{QStringLiteral("someone@") + profile.domains.first(), {}, {}, {}, {}, {}});
        if (resolved.settings) {
            QVERIFY(resolved.settings->outgoing.security != Security::Plain);
            if (resolved.settings->incoming)
                QVERIFY(resolved.settings->incoming->security != Security::Plain);
        }
    }

    void serverOrder()
    {
        QList<ServerEntry> servers = {serverEntry(QStringLiteral("smtp"), 25, Security::StartTls),
                                      serverEntry(QStringLiteral("smtp"), 587, Security::Plain),
                                      serverEntry(QStringLiteral("smtp"), 587, Security::StartTls),
                                      serverEntry(QStringLiteral("smtp"), 465, Security::Ssl)};
        sortServers(servers);
        QCOMPARE(servers[0].port, 465);
        QCOMPARE(servers[1].port, 587);
        QCOMPARE(servers[1].security, Security::StartTls);
        QCOMPARE(servers[2].port, 25);
        QCOMPARE(servers[3].security, Security::Plain);

        QList<ServerEntry> incoming = {serverEntry(QStringLiteral("pop3"), 995, Security::Ssl),
                                       serverEntry(QStringLiteral("imap"), 143, Security::StartTls),
                                       serverEntry(QStringLiteral("imap"), 143, Security::Plain),
                                       serverEntry(QStringLiteral("imap"), 993, Security::Ssl)};
        sortServers(incoming);
        QCOMPARE(incoming[0].port, 993);
        QCOMPARE(incoming[1].port, 143);
        QCOMPARE(incoming[1].security, Security::StartTls);
        QCOMPARE(incoming[2].type, QStringLiteral("pop3"));
        QCOMPARE(incoming[3].security, Security::Plain);
    }

    void configOrder()
    {
        const auto config = [](DiscoverySource source, bool trusted, Security security) {
            DiscoveredConfig c;
            c.source = source;
            c.trusted = trusted;
            c.profile.outgoing << serverEntry(QStringLiteral("smtp"), 465, security);
            return c;
        };
        QList<DiscoveredConfig> configs = {config(DiscoverySource::Guess, false, Security::Ssl),
                                           config(DiscoverySource::Ispdb, true, Security::Plain),
                                           config(DiscoverySource::ProviderAutoconfig, false, Security::Ssl),
                                           config(DiscoverySource::DnsSrv, true, Security::StartTls),
                                           config(DiscoverySource::Ispdb, true, Security::StartTls)};
        rankConfigs(configs);
        QCOMPARE(configs[0].source, DiscoverySource::Ispdb); // trusted, encrypted, ISPDB before SRV
        QVERIFY(configs[0].trusted);
        QCOMPARE(configs[1].source, DiscoverySource::DnsSrv);
        QCOMPARE(configs[2].source, DiscoverySource::ProviderAutoconfig); // plain HTTP: less trusted
        QCOMPARE(configs[3].source, DiscoverySource::Guess);
        QCOMPARE(configs[4].profile.outgoing.first().security, Security::Plain); // never first
    }

    void fetchedDocumentsAndCertificates()
    {
        // Trusted (verified HTTPS): a root named by the file name of one built in is kept.
        ProfileLoadResult r = ProfileLoader::loadFetched(withCa("cacert-class1-root.pem"),
                                                         QStringLiteral("https://autoconfig.good.test/x"),
                                                         ProfileOrigin::FetchedTrusted);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QVERIFY(r.profile->ca);
        QCOMPARE(r.profile->ca->certificate.sha256Text(), QString::fromLatin1(pcugPin));

        // Less trusted (plain HTTP, guess): the same request is dropped, with a warning.
        r = ProfileLoader::loadFetched(withCa("cacert-class1-root.pem"),
                                       QStringLiteral("http://autoconfig.good.test/x"),
                                       ProfileOrigin::FetchedLessTrusted);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QVERIFY(!r.profile->ca);
        QVERIFY(r.profile->warnings.join(QLatin1Char('\n'))
                    .contains(QLatin1String("not fetched over a verified HTTPS")));

        // A fetched file never makes us read a file of its choosing.
        for (const QByteArray& path : {QByteArray("/etc/ssl/certs/ca-certificates.crt"),
                                       QByteArray("../certs/cacert-class1-root.pem"), QByteArray("..")}) {
            r = ProfileLoader::loadFetched(withCa(path), QStringLiteral("https://autoconfig.good.test/x"),
                                           ProfileOrigin::FetchedTrusted);
            QVERIFY2(r.ok(), qPrintable(r.errorText()));
            QVERIFY(!r.profile->ca);
            QVERIFY(
                r.profile->warnings.join(QLatin1Char('\n')).contains(QLatin1String("not one built into")));
        }
    }

    void fetchedDocumentTypeIsRefused()
    {
        const QByteArray laughs =
            "<?xml version=\"1.0\"?>\n"
            "<!DOCTYPE clientConfig [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
            "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
            "<clientConfig version=\"1.1\"><emailProvider id=\"x\">&b;</emailProvider></clientConfig>";
        const ProfileLoadResult r = ProfileLoader::loadFetched(laughs, QStringLiteral("https://x.test/a.xml"),
                                                               ProfileOrigin::FetchedTrusted);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorText().contains(QLatin1String("https://x.test/a.xml:2: <!DOCTYPE>")),
                 qPrintable(r.errorText()));
    }

    void srvRecords()
    {
        QList<DnsAnswer> answers(srvServices().size());
        answers[0].srv = {SrvRecord{QStringLiteral("imap2.good.test"), 993, 20, 0},
                          SrvRecord{QStringLiteral("imap1.good.test"), 993, 10, 0}};
        answers[2].srv = {SrvRecord{QString(), 0, 0, 0}}; // _pop3s "." : not offered
        answers[4].srv = {SrvRecord{QStringLiteral("smtp.good.test"), 465, 0, 0}};
        const ProviderProfile profile = profileFromSrv(QStringLiteral("good.test"), answers);
        QCOMPARE(profile.incoming.size(), 2);
        QCOMPARE(profile.incoming[0].hostname, QStringLiteral("imap1.good.test")); // lowest priority first
        QCOMPARE(profile.incoming[0].security, Security::Ssl);
        QCOMPARE(profile.outgoing.size(), 1);
        QCOMPARE(profile.outgoing[0].username, QStringLiteral("%EMAILADDRESS%"));
        QVERIFY(allHostsWithin(profile, QStringLiteral("good.test")));
        QVERIFY(!allHostsWithin(profile, QStringLiteral("other.test")));
    }

    void mxProviderDomainsLikeThunderbird()
    {
        QCOMPARE(mxProviderDomains(QStringLiteral("mxs.mail.ru")), QStringList{QStringLiteral("mail.ru")});
        QCOMPARE(mxProviderDomains(QStringLiteral("example-com.mail.protection.outlook.com")),
                 (QStringList{QStringLiteral("protection.outlook.com"), QStringLiteral("outlook.com")}));
        QCOMPARE(mxProviderDomains(QStringLiteral("mx1.isp.co.uk")),
                 QStringList{QStringLiteral("isp.co.uk")});
        QCOMPARE(mxProviderDomains(QStringLiteral("localhost")), QStringList());
    }

    void guessesAreNeverPlaintext()
    {
        const QList<ProbeRequest> candidates = guessCandidates(QStringLiteral("good.test"));
        QCOMPARE(candidates.first().host, QStringLiteral("imap.good.test"));
        QCOMPARE(candidates.first().port, 993);
        for (const ProbeRequest& c : candidates) {
            QVERIFY(c.security == Security::Ssl || c.security == Security::StartTls);
            QVERIFY(c.port != 25);
        }
    }
};

QTEST_GUILESS_MAIN(TestDiscoveryRanking)
#include "test_discovery_ranking.moc"
