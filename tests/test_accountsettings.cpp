// SPDX-License-Identifier: GPL-3.0-or-later
// Choosing servers from a profile: the safest variant first, never plaintext.
#include "accountsettings.h"
#include "profileloader.h"
#include "support/serverentries.h"

#include <QtTest>

using namespace mailsetup;
using testprofiles::serverEntry;

namespace {

ProviderProfile pcug()
{
    const ProfileLoadResult r = ProfileLoader::loadBundled(QStringLiteral("pcug"));
    if (!r.ok())
        qFatal("%s", qPrintable(r.errorText()));
    return *r.profile;
}

} // namespace

class TestAccountSettings : public QObject
{
    Q_OBJECT

private slots:
    void pcugDefaultsToImplicitTls()
    {
        const ResolveResult r = resolveAccount(
            pcug(), {QStringLiteral(" alice@pcug.org.au "), QStringLiteral("Alice Ng"), {}, {}, {}, {}});
        QVERIFY2(r.settings, qPrintable(r.error));
        QCOMPARE(r.settings->email, QStringLiteral("alice@pcug.org.au"));
        QCOMPARE(r.settings->outgoing.hostname, QStringLiteral("smtps.tip.net.au"));
        QCOMPARE(r.settings->outgoing.port, 465);
        QCOMPARE(r.settings->outgoing.security, Security::Ssl);
        QCOMPARE(r.settings->outgoing.username, QStringLiteral("alice"));
        QCOMPARE(r.settings->incoming->type, QStringLiteral("pop3"));
        QCOMPARE(r.settings->incoming->port, 995);
        QCOMPARE(r.settings->incoming->security, Security::Ssl);
        QCOMPARE(r.settings->providerName, QStringLiteral("PCUG"));
    }

    void chosenPortAndUsername()
    {
        AccountRequest req;
        req.email = QStringLiteral("alice@pcug.org.au");
        req.username = QStringLiteral("ang");
        req.outgoingPort = 587;
        req.incomingPort = 110;
        const ResolveResult r = resolveAccount(pcug(), req);
        QVERIFY2(r.settings, qPrintable(r.error));
        QCOMPARE(r.settings->outgoing.port, 587);
        QCOMPARE(r.settings->outgoing.security, Security::StartTls);
        QCOMPARE(r.settings->outgoing.username, QStringLiteral("ang"));
        QCOMPARE(r.settings->incoming->port, 110);
        QCOMPARE(r.settings->incoming->security, Security::StartTls);

        req.outgoingPort = 2525;
        const ResolveResult none = resolveAccount(pcug(), req);
        QVERIFY(!none.settings);
        QVERIFY2(none.error.contains(QStringLiteral("2525")), qPrintable(none.error));
    }

    void rankingPrefersSubmissionOverRelay()
    {
        ProviderProfile p;
        p.shortName = QStringLiteral("X");
        p.outgoing = {serverEntry(QStringLiteral("smtp"), 25, Security::StartTls),
                      serverEntry(QStringLiteral("smtp"), 587, Security::StartTls)};
        const ResolveResult r = resolveAccount(p, {QStringLiteral("a@x.test"), {}, {}, {}, {}, {}});
        QVERIFY2(r.settings, qPrintable(r.error));
        QCOMPARE(r.settings->outgoing.port, 587);
        QCOMPARE(r.settings->outgoing.hostname, QStringLiteral("mail.x.test"));
        QCOMPARE(r.settings->outgoing.username, QStringLiteral("a@x.test"));
        QVERIFY(!r.settings->incoming); // outgoing-only profile
    }

    void neverPlaintext()
    {
        ProviderProfile p;
        p.shortName = QStringLiteral("X");
        p.outgoing = {serverEntry(QStringLiteral("smtp"), 25, Security::Plain),
                      serverEntry(QStringLiteral("smtp"), 465, Security::Ssl)};
        p.incoming = {serverEntry(QStringLiteral("pop3"), 110, Security::Plain)};
        const ResolveResult r = resolveAccount(p, {QStringLiteral("a@x.test"), {}, {}, {}, {}, {}});
        QVERIFY(!r.settings);
        QVERIFY2(r.error.contains(QStringLiteral("only unencrypted")), qPrintable(r.error));

        p.incoming = {serverEntry(QStringLiteral("pop3"), 110, Security::Plain),
                      serverEntry(QStringLiteral("imap"), 993, Security::Ssl)};
        const ResolveResult ok = resolveAccount(p, {QStringLiteral("a@x.test"), {}, {}, {}, {}, {}});
        QVERIFY2(ok.settings, qPrintable(ok.error));
        QCOMPARE(ok.settings->outgoing.port, 465);
        QCOMPARE(ok.settings->incoming->type, QStringLiteral("imap"));

        AccountRequest plainPort{QStringLiteral("a@x.test"), {}, {}, 25, {}, {}};
        QVERIFY(!resolveAccount(p, plainPort).settings);
    }

    void rejectsBadAddresses_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("empty") << QString();
        QTest::newRow("no at") << QStringLiteral("alice.pcug.org.au");
        QTest::newRow("two at") << QStringLiteral("a@b@pcug.org.au");
        QTest::newRow("space") << QStringLiteral("al ice@pcug.org.au");
        QTest::newRow("quote") << QStringLiteral("al\"ice@pcug.org.au");
        QTest::newRow("no domain") << QStringLiteral("alice@");
    }

    void rejectsBadAddresses()
    {
        QFETCH(QString, email);
        const ResolveResult r = resolveAccount(pcug(), {email, {}, {}, {}, {}, {}});
        QVERIFY(!r.settings);
        QVERIFY2(r.error.contains(QStringLiteral("not an email address")), qPrintable(r.error));
    }

    void placeholders()
    {
        QCOMPARE(
            replacePlaceholders(QStringLiteral("%EMAILLOCALPART%.%EMAILDOMAIN%|%EMAILADDRESS%|%REALNAME%"),
                                QStringLiteral("a.b@c.d"), QStringLiteral("A B")),
            QStringLiteral("a.b.c.d|a.b@c.d|A B"));
    }
};

QTEST_GUILESS_MAIN(TestAccountSettings)
#include "test_accountsettings.moc"
