// SPDX-License-Identifier: GPL-3.0-or-later
// The provider-profile loader: bundled profiles, real ISPDB files, and every kind
// of defect refused with file, line and field.
#include "profileloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace mailsetup;

namespace {

const QString dataDir = QStringLiteral(MAILSETUP_TEST_DATA "/profiles");

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

int lineOf(const QByteArray& text, const QByteArray& needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? -1 : int(text.left(at).count('\n')) + 1;
}

} // namespace

class TestProfileLoader : public QObject
{
    Q_OBJECT

private slots:
    void bundledPcug()
    {
        QVERIFY(ProfileLoader::bundledIds().contains(QStringLiteral("pcug")));
        const ProfileLoadResult r = ProfileLoader::loadBundled(QStringLiteral("pcug"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const ProviderProfile& p = *r.profile;
        QCOMPARE(p.id, QStringLiteral("pcug.org.au"));
        QCOMPARE(p.domains, QStringList{QStringLiteral("pcug.org.au")});
        QCOMPARE(p.incoming.size(), 2);
        QCOMPARE(p.incoming[0].hostname, QStringLiteral("mailhost.pcug.org.au"));
        QCOMPARE(p.incoming[0].port, 995);
        QCOMPARE(p.incoming[0].security, Security::Ssl);
        QCOMPARE(p.incoming[1].port, 110);
        QCOMPARE(p.incoming[1].security, Security::StartTls);
        QCOMPARE(p.outgoing.size(), 3);
        QList<int> ports;
        for (const ServerEntry& s : p.outgoing) {
            QCOMPARE(s.hostname, QStringLiteral("smtps.tip.net.au"));
            QCOMPARE(s.authMethods, QList<AuthMethod>{AuthMethod::PasswordCleartext});
            ports << s.port;
        }
        QCOMPARE(ports, (QList<int>{465, 587, 25}));
        QVERIFY(p.ca.has_value());
        QCOMPARE(p.ca->certificate.sha256Text(),
                 QStringLiteral("07:ED:BD:82:4A:49:88:CF:EF:42:15:DA:20:D4:8C:2B:41:D7:15:29:D7:C9:00:F5:70:"
                                "92:6F:27:7C:C2:30:C5"));
        QVERIFY(p.ca->certificate.isCa);
        QCOMPARE(p.helpdesk.email, QStringLiteral("help@tip.net.au"));
        QVERIFY(p.noteFor(QStringLiteral("eudora")).contains(QStringLiteral("6.1.1")));
        QVERIFY2(p.warnings.isEmpty(), qPrintable(p.warnings.join('\n')));
    }

    // The wizard's provider list reads what it shows without the certificate, which is
    // checked against its pin when the provider is chosen (loadBundled, above).
    void listingABundledProfileLeavesTheCertificateUnchecked()
    {
        for (const QString& id : ProfileLoader::bundledIds()) {
            const ProfileLoadResult listed = ProfileLoader::listBundled(id);
            const ProfileLoadResult full = ProfileLoader::loadBundled(id);
            QVERIFY2(listed.ok() && full.ok(), qPrintable(id));
            QCOMPARE(listed.profile->displayName, full.profile->displayName);
            QCOMPARE(listed.profile->domains, full.profile->domains);
            QCOMPARE(listed.profile->ca.has_value(), full.profile->ca.has_value());
            if (listed.profile->ca) {
                QVERIFY(listed.profile->ca->certificate.der.isEmpty());
                QVERIFY(!full.profile->ca->certificate.der.isEmpty());
            }
        }
        QVERIFY(!ProfileLoader::listBundled(QStringLiteral("no-such-provider")).ok());
    }

    void bundledFnalIsOutgoingOnly()
    {
        const ProfileLoadResult r = ProfileLoader::load(QStringLiteral("fnal"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QVERIFY(r.profile->incoming.isEmpty());
        QCOMPARE(r.profile->outgoing.size(), 2);
        QCOMPARE(r.profile->outgoing[0].port, 465);
        QCOMPARE(r.profile->outgoing[1].port, 25);
        QVERIFY(!r.profile->ca.has_value());
    }

    void realIspdbFileLoadsUnchanged()
    {
        const ProfileLoadResult r =
            ProfileLoader::loadFile(dataDir + QStringLiteral("/ispdb-charter.net.xml"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.profile->domains.size(), 3);
        QCOMPARE(r.profile->outgoing.size(), 1);
        QCOMPARE(r.profile->outgoing[0].port, 587);
        QCOMPARE(r.profile->outgoing[0].security, Security::Ssl);
        QCOMPARE(r.profile->documentationUrl,
                 QStringLiteral("https://www.spectrum.net/support/internet/mobile-email-setup"));
    }

    void extensionsAndWarnings()
    {
        const ProfileLoadResult r =
            ProfileLoader::loadFile(dataDir + QStringLiteral("/valid-with-extensions.xml"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const ProviderProfile& p = *r.profile;
        QCOMPARE(p.domains,
                 (QStringList{QStringLiteral("example.test"), QStringLiteral("mail.example.test")}));
        QCOMPARE(p.incoming[0].authMethods,
                 (QList<AuthMethod>{AuthMethod::OAuth2, AuthMethod::PasswordCleartext}));
        QCOMPARE(p.helpdesk.phone, QStringLiteral("+61 2 5550 0000"));
        QCOMPARE(p.noteFor(QStringLiteral("thunderbird")), QStringLiteral("Restart Thunderbird afterwards."));
        QCOMPARE(p.ca->name, QStringLiteral("CAcert Class 1"));
        const QString warnings = p.warnings.join('\n');
        QVERIFY2(warnings.contains(QStringLiteral("made-up-method")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("\"exchange\"")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("futureThing")), qPrintable(warnings));
    }

    // Each row breaks the valid profile in one place; the error must name the file,
    // the line of the defect and the field.
    void refusesDefects_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        // Text on the expected line of the broken file. QXmlStreamReader reports an
        // element at the line where its start tag ends.
        QTest::addColumn<QByteArray>("lineMarker");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        QTest::newRow("unknown socketType")
            << QByteArray("<socketType>STARTTLS</socketType>") << QByteArray("<socketType>TLS</socketType>")
            << QByteArray("<socketType>TLS") << "<socketType>"
            << "unknown value \"TLS\"";
        QTest::newRow("port out of range")
            << QByteArray("<port>587</port>") << QByteArray("<port>70000</port>") << QByteArray("<port>70000")
            << "<port>"
            << "\"70000\" is not a port number";
        QTest::newRow("port zero") << QByteArray("<port>587</port>") << QByteArray("<port>0</port>")
                                   << QByteArray("<port>0<") << "<port>"
                                   << "not a port number";
        QTest::newRow("port not a number")
            << QByteArray("<port>993</port>") << QByteArray("<port>imaps</port>") << QByteArray("<port>imaps")
            << "<port>"
            << "not a port number";
        QTest::newRow("host with space")
            << QByteArray("<hostname>smtp.example.test</hostname>\n      <port>587")
            << QByteArray("<hostname>smtp example</hostname>\n      <port>587") << QByteArray("smtp example")
            << "<hostname>"
            << "not a host name";
        QTest::newRow("syntax error") << QByteArray("</displayName>") << QByteArray("</displayNam>")
                                      << QByteArray("</displayNam>") << "XML"
                                      << "";
        QTest::newRow("pin mismatch")
            << QByteArray("07edbd824a4988cfef4215da20d48c2b41d71529d7c900f570926f277cc230c5")
            << QByteArray("ff2a65cff1149c7430101e0f65a07ec19183a3b633ef4a6510890dad18316b3a")
            << QByteArray(">CAcert Class 1<") << "sha256"
            << "FF:2A:65:CF";
        QTest::newRow("pin missing")
            << QByteArray("sha256=\"07edbd824a4988cfef4215da20d48c2b41d71529d7c900f570926f277cc230c5\"")
            << QByteArray("") << QByteArray(">CAcert Class 1<") << "sha256"
            << "pinned SHA-256";
        QTest::newRow("pin malformed") << QByteArray("sha256=\"07edbd") << QByteArray("sha256=\"zz07edbd")
                                       << QByteArray(">CAcert Class 1<") << "sha256"
                                       << "not a SHA-256";
        QTest::newRow("certificate missing")
            << QByteArray("cacert-class1-root.pem") << QByteArray("no-such-file.pem")
            << QByteArray(">CAcert Class 1<") << "file"
            << "cannot read the certificate";
        QTest::newRow("no hostname") << QByteArray("<hostname>imap.%EMAILDOMAIN%</hostname>")
                                     << QByteArray("") << QByteArray("<incomingServer type=\"imap\">")
                                     << "<incomingServer>"
                                     << "has no <hostname>";
        QTest::newRow("no authentication we know")
            << QByteArray(
                   "<authentication>OAuth2</authentication>\n      <authentication>password-cleartext</"
                   "authentication>\n      <authentication>made-up-method</authentication>")
            << QByteArray("<authentication>made-up-method</authentication>")
            << QByteArray("<incomingServer type=\"imap\">") << "<authentication>"
            << "no authentication method";
        QTest::newRow("no domain")
            << QByteArray("<domain>example.test</domain>\n    <domain>Mail.Example.Test</domain>")
            << QByteArray("") << QByteArray("<emailProvider") << "<domain>"
            << "no domain";
        QTest::newRow("not a profile")
            << QByteArray("<clientConfig version=\"1.1\" xmlns:ms=\"urn:mailsetup:profile:1\">")
            << QByteArray("<html xmlns:ms=\"urn:mailsetup:profile:1\">") << QByteArray("<html") << "<html>"
            << "not a provider profile";
    }

    void refusesDefects()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QByteArray, lineMarker);
        QFETCH(QString, field);
        QFETCH(QString, message);

        QByteArray xml = readAll(dataDir + QStringLiteral("/valid-with-extensions.xml"));
        QVERIFY2(xml.contains(from), from.constData());
        xml.replace(from, to);
        // The broken copy sits beside the original so the certificate path still resolves.
        const QString path =
            dataDir + QStringLiteral("/broken-%1.xml")
                          .arg(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-'));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(xml);
        }
        const ProfileLoadResult r = ProfileLoader::loadFile(path);
        QFile::remove(path);

        QVERIFY2(!r.ok(), "a broken profile was accepted");
        QVERIFY(!r.errors.isEmpty());
        const ProfileError& e = r.errors.first();
        QCOMPARE(e.file, path);
        QCOMPARE(e.field, field);
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        const int expectedLine = lineOf(xml, lineMarker);
        if (field == QLatin1String("XML"))
            QVERIFY2(e.line >= expectedLine, qPrintable(e.toString()));
        else
            QCOMPARE(e.line, expectedLine);
        QVERIFY(e.toString().startsWith(QStringLiteral("%1:%2: %3: ").arg(path).arg(e.line).arg(field)));
    }

    void refusesCertificateThatIsNotACa()
    {
        // A leaf certificate pinned correctly is still refused: it cannot be a trust anchor.
        QTemporaryDir dir;
        const QString leaf = dir.filePath(QStringLiteral("leaf.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                       dir.filePath(QStringLiteral("k.pem")), QStringLiteral("-out"), leaf,
                       QStringLiteral("-subj"), QStringLiteral("/CN=leaf.example.test"),
                       QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-addext"),
                       QStringLiteral("basicConstraints=critical,CA:FALSE")});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile f(leaf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const CertificateLoadResult cert = loadCertificate(f.readAll());
        QVERIFY(cert.certificate);
        QVERIFY(!cert.certificate->isCa);

        QByteArray xml = readAll(dataDir + QStringLiteral("/valid-with-extensions.xml"));
        xml.replace("../../../resources/certs/cacert-class1-root.pem", leaf.toUtf8());
        xml.replace("07edbd824a4988cfef4215da20d48c2b41d71529d7c900f570926f277cc230c5",
                    cert.certificate->sha256.toHex());
        const ProfileLoadResult r = ProfileLoader::loadData(xml, QStringLiteral("leaf.xml"), dir.path());
        QVERIFY(!r.ok());
        QVERIFY2(r.errorText().contains(QStringLiteral("not a certificate authority")),
                 qPrintable(r.errorText()));
    }

    void hostileInputIsRefusedQuickly()
    {
        // Billion laughs: Qt caps entity expansion, so this is an error, not a hang.
        QByteArray bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">";
        QByteArray previous = "lol";
        for (int i = 1; i <= 9; ++i) {
            const QByteArray name = "lol" + QByteArray::number(i);
            bomb += "<!ENTITY " + name + " \"";
            for (int j = 0; j < 10; ++j)
                bomb += "&" + previous + ";";
            bomb += "\">";
            previous = name;
        }
        bomb += "]><clientConfig version=\"1.1\"><emailProvider id=\"x\"><domain>&" + previous +
                ";</domain></emailProvider></clientConfig>";
        QElapsedTimer timer;
        timer.start();
        const ProfileLoadResult r = ProfileLoader::loadData(bomb, QStringLiteral("bomb.xml"), QString());
        QVERIFY(!r.ok());
        QVERIFY(timer.elapsed() < 5000);

        QVERIFY(!ProfileLoader::loadData(QByteArray(), QStringLiteral("empty.xml"), QString()).ok());
        QVERIFY(
            !ProfileLoader::loadData(QByteArray(4096, '\xff'), QStringLiteral("binary.xml"), QString()).ok());

        QTemporaryDir dir;
        const QString huge = dir.filePath(QStringLiteral("huge.xml"));
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(ProfileLoader::MaxFileSize + 1, ' '));
        f.close();
        const ProfileLoadResult r2 = ProfileLoader::loadFile(huge);
        QVERIFY(!r2.ok());
        QVERIFY2(r2.errorText().contains(QStringLiteral("too large")), qPrintable(r2.errorText()));

        const ProfileLoadResult r3 = ProfileLoader::load(QStringLiteral("/no/such/profile.xml"));
        QVERIFY(!r3.ok());
        QVERIFY(r3.errorText().startsWith(QStringLiteral("/no/such/profile.xml: cannot open")));
    }
};

QTEST_GUILESS_MAIN(TestProfileLoader)
#include "test_profileloader.moc"
