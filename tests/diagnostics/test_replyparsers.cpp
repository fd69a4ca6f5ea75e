// SPDX-License-Identifier: GPL-3.0-or-later
#include "replyparsers.h"

#include <QTest>

using namespace mailsetup;

class TestReplyParsers : public QObject
{
    Q_OBJECT
private slots:
    void smtpMultiLineEhlo();
    void smtpIncompleteThenComplete();
    void smtpMalformed_data();
    void smtpMalformed();
    void smtpLineCapWithoutLineEnd();
    void pop3SingleAndMulti();
    void pop3Malformed();
    void imapGreetingAndTagged();
    void imapMalformed();
    void printableBytesEscapes();
};

void TestReplyParsers::smtpMultiLineEhlo()
{
    // Postfix 3.7 of the shared mail service, port 10587, captured with Python's socket
    // (before STARTTLS) and `openssl s_client -starttls smtp` (after).
    const QByteArray beforeTls =
        "250-mail.example.test\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-VRFY\r\n"
        "250-ETRN\r\n250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n"
        "250-DSN\r\n250-SMTPUTF8\r\n250 CHUNKING\r\n";
    const QByteArray afterTls =
        "250-mail.example.test\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-VRFY\r\n"
        "250-ETRN\r\n250-AUTH PLAIN LOGIN\r\n250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n"
        "250-DSN\r\n250-SMTPUTF8\r\n250 CHUNKING\r\n";
    const MailReply reply = parseSmtpReply(beforeTls + "221 2.0.0 Bye\r\n");
    QCOMPARE(reply.status, ReplyStatus::Complete);
    QCOMPARE(reply.code, 250);
    QVERIFY(reply.positive);
    QCOMPARE(reply.consumed, beforeTls.size());
    QCOMPARE(reply.lines.size(), 11);
    const QStringList extensions = smtpExtensions(reply);
    QVERIFY(extensions.contains(QStringLiteral("STARTTLS")));
    QVERIFY(extensions.contains(QStringLiteral("SIZE 10240000")));
    QVERIFY(smtpAuthMechanisms(extensions).isEmpty());
    const MailReply secured = parseSmtpReply(afterTls);
    QCOMPARE(smtpAuthMechanisms(smtpExtensions(secured)),
             (QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}));
    QVERIFY(!smtpExtensions(secured).contains(QStringLiteral("STARTTLS")));
    // Hand-written: lower case and the pre-RFC 4954 "AUTH=" form some servers still send.
    QCOMPARE(smtpAuthMechanisms({QStringLiteral("AUTH=LOGIN PLAIN"), QStringLiteral("AUTH plain cram-md5")}),
             (QStringList{QStringLiteral("LOGIN"), QStringLiteral("PLAIN"), QStringLiteral("CRAM-MD5")}));
}

void TestReplyParsers::smtpIncompleteThenComplete()
{
    QCOMPARE(parseSmtpReply("").status, ReplyStatus::Incomplete);
    QCOMPARE(parseSmtpReply("22").status, ReplyStatus::Incomplete);
    QCOMPARE(parseSmtpReply("250-first\r\n250").status, ReplyStatus::Incomplete);
    const MailReply bareLf = parseSmtpReply("220 ready\n");
    QCOMPARE(bareLf.status, ReplyStatus::Complete);
    QCOMPARE(bareLf.lines.value(0), QByteArray("ready"));
    const MailReply codeOnly = parseSmtpReply("354\r\n");
    QCOMPARE(codeOnly.status, ReplyStatus::Complete);
    QCOMPARE(codeOnly.code, 354);
    const MailReply stripped = parseSmtpReply("500 unsupported command\r\n");
    QCOMPARE(stripped.code, 500);
    QVERIFY(!stripped.positive);
    QVERIFY(parseSmtpReply("334 VXNlcm5hbWU6\r\n").continuation);
}

void TestReplyParsers::smtpMalformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("http") << QByteArray("HTTP/1.1 400 Bad Request\r\n");
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00", 5);
    QTest::newRow("mixed codes") << QByteArray("250-a\r\n220 b\r\n");
    QTest::newRow("code 600") << QByteArray("600 no\r\n");
    QTest::newRow("no separator") << QByteArray("250x\r\n");
    QTest::newRow("ssh banner partial") << QByteArray("SSH-2.0");
}

void TestReplyParsers::smtpMalformed()
{
    QFETCH(QByteArray, data);
    const MailReply reply = parseSmtpReply(data);
    QCOMPARE(reply.status, ReplyStatus::Malformed);
    QVERIFY(!reply.error.isEmpty());
}

void TestReplyParsers::smtpLineCapWithoutLineEnd()
{
    const QByteArray flood = "220 " + QByteArray(100, 'x');
    QCOMPARE(parseSmtpReply(flood, 200).status, ReplyStatus::Incomplete);
    QCOMPARE(parseSmtpReply(flood + QByteArray(200, 'x'), 200).status, ReplyStatus::Malformed);
    QCOMPARE(parseSmtpReply(flood + QByteArray(200, 'x') + "\r\n", 200).status, ReplyStatus::Malformed);
    QByteArray many;
    for (int i = 0; i < MaxReplyLines + 1; ++i)
        many += "250-x\r\n";
    QCOMPARE(parseSmtpReply(many).status, ReplyStatus::Malformed);
}

void TestReplyParsers::pop3SingleAndMulti()
{
    // Dovecot 2.3's CAPA reply before STLS on the mail service's POP3 port.
    const QByteArray capa =
        "+OK\r\nCAPA\r\nTOP\r\nUIDL\r\nRESP-CODES\r\nPIPELINING\r\nAUTH-RESP-CODE\r\nSTLS\r\n"
        "USER\r\nSASL PLAIN LOGIN\r\n.\r\n";
    const MailReply reply = parsePop3Reply(capa, true);
    QCOMPARE(reply.status, ReplyStatus::Complete);
    QCOMPARE(reply.consumed, capa.size());
    const QStringList capabilities = pop3Capabilities(reply);
    QVERIFY(capabilities.contains(QStringLiteral("STLS")));
    QVERIFY(capabilities.contains(QStringLiteral("USER")));
    QCOMPARE(pop3AuthMechanisms(capabilities),
             (QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}));
    QCOMPARE(parsePop3Reply(capa.left(20), true).status, ReplyStatus::Incomplete);
    const MailReply error = parsePop3Reply("-ERR [AUTH] Authentication failed.\r\n", true);
    QCOMPARE(error.status, ReplyStatus::Complete);
    QVERIFY(!error.positive);
    QCOMPARE(error.lines.value(0), QByteArray("[AUTH] Authentication failed."));
    const MailReply stuffed = parsePop3Reply("+OK\r\n..dot\r\n.\r\n", true);
    QCOMPARE(stuffed.lines.value(1), QByteArray(".dot"));
    QCOMPARE(parsePop3Reply("+O", false).status, ReplyStatus::Incomplete);
    QCOMPARE(parsePop3Reply("-E", false).status, ReplyStatus::Incomplete);
}

void TestReplyParsers::pop3Malformed()
{
    QCOMPARE(parsePop3Reply("220 smtp here\r\n", false).status, ReplyStatus::Malformed);
    QCOMPARE(parsePop3Reply("220", false).status, ReplyStatus::Malformed);
    QCOMPARE(parsePop3Reply("+OKAY\r\n", false).status, ReplyStatus::Malformed);
    QCOMPARE(parsePop3Reply("+OK " + QByteArray(300, 'x'), false, 100).status, ReplyStatus::Malformed);
}

void TestReplyParsers::imapGreetingAndTagged()
{
    const MailReply greeting = parseImapReply(
        "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN "
        "AUTH=LOGIN] Dovecot (Debian) ready.\r\n",
        {});
    QCOMPARE(greeting.status, ReplyStatus::Complete);
    QVERIFY(greeting.positive);
    QVERIFY(imapCapabilities(greeting).contains(QStringLiteral("STARTTLS")));
    QCOMPARE(parseImapReply("* BYE too busy\r\n", {}).positive, false);
    QCOMPARE(parseImapReply("* ", {}).status, ReplyStatus::Incomplete);

    const QByteArray capability =
        "* CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN "
        "AUTH=LOGIN\r\n"
        "ms1 OK Pre-login capabilities listed, post-login capabilities have more.\r\n";
    const MailReply reply = parseImapReply(capability, "ms1");
    QCOMPARE(reply.status, ReplyStatus::Complete);
    QVERIFY(reply.positive);
    QCOMPARE(reply.statusWord, QByteArray("OK"));
    QCOMPARE(imapAuthMechanisms(imapCapabilities(reply)),
             (QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}));
    QCOMPARE(parseImapReply(capability.left(70), "ms1").status, ReplyStatus::Incomplete);
    QCOMPARE(parseImapReply("ms2 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n", "ms2").positive,
             false);
    QVERIFY(parseImapReply("+ \r\n", "ms3").continuation);
    // Another tag's reply is not ours: still waiting would hang, so it is malformed.
    QCOMPARE(parseImapReply("xx9 OK done\r\n", "ms3").status, ReplyStatus::Malformed);
}

void TestReplyParsers::imapMalformed()
{
    QCOMPARE(parseImapReply("+OK POP3 here\r\n", {}).status, ReplyStatus::Malformed);
    QCOMPARE(parseImapReply("220 smtp", {}).status, ReplyStatus::Malformed);
    QCOMPARE(parseImapReply("* FLAGS (\\Seen)\r\n", {}).status, ReplyStatus::Malformed);
    QCOMPARE(parseImapReply("ms1 MAYBE\r\n", "ms1").status, ReplyStatus::Malformed);
}

void TestReplyParsers::printableBytesEscapes()
{
    QCOMPARE(printableBytes(QByteArray("a\x01\xff", 3)), QStringLiteral("a\\x01\\xff"));
    QCOMPARE(printableBytes(QByteArray(10, 'x'), 4), QStringLiteral("xxxx…"));
}

QTEST_GUILESS_MAIN(TestReplyParsers)
#include "test_replyparsers.moc"
