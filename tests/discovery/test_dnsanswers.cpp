// SPDX-License-Identifier: GPL-3.0-or-later
// DNS answer parsing as a plain function on bytes (what a fuzz target calls): real
// dnsmasq answers (tests/data/discovery/dns/, README there), and every cut or damaged
// version of them, which must end in a status, never a crash or a made-up record.
#include "dnsprofiles.h"
#include "dnsresolver.h"

#include <QFile>
#include <QTest>

using namespace mailsetup;

namespace {

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(MAILSETUP_TEST_DATA "/discovery/dns/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

const QString name = QStringLiteral("_imaps._tcp.example.test");

} // namespace

class TestDnsAnswers : public QObject
{
    Q_OBJECT

private slots:
    void srvRecord()
    {
        const DnsAnswer answer = parseSrvAnswer(fixture("srv-submissions.bin"), name);
        QCOMPARE(answer.status, DnsAnswer::Status::Ok);
        QCOMPARE(answer.srv.size(), 1);
        QCOMPARE(answer.srv[0].target, QStringLiteral("mail.example.test"));
        QCOMPARE(answer.srv[0].port, quint16(465));
        QCOMPARE(answer.srv[0].priority, quint16(0));
        QCOMPARE(answer.srv[0].weight, quint16(1));
    }

    void twoSrvRecordsBecomeAProfileInPriorityOrder()
    {
        // Answers in srvServices() order: _imaps, _imap, _pop3s, _pop3, _submissions, _submission.
        QList<DnsAnswer> answers(srvServices().size());
        answers[0] = parseSrvAnswer(fixture("srv-imaps-two.bin"), name);
        answers[3] = parseSrvAnswer(fixture("srv-not-offered.bin"), name);
        answers[4] = parseSrvAnswer(fixture("srv-submissions.bin"), name);
        QCOMPARE(answers[0].srv.size(), 2);
        const ProviderProfile profile = profileFromSrv(QStringLiteral("example.test"), answers);
        QCOMPARE(profile.incoming.size(), 2); // "." for _pop3 adds nothing
        QCOMPARE(profile.incoming[0].hostname, QStringLiteral("imap1.example.test")); // priority 10
        QCOMPARE(profile.incoming[1].hostname, QStringLiteral("imap2.example.test")); // priority 20
        QCOMPARE(profile.incoming[0].security, Security::Ssl);
        QCOMPARE(profile.outgoing.size(), 1);
        QCOMPARE(profile.outgoing[0].port, 465);
    }

    void notOfferedIsAnEmptyTarget()
    {
        const DnsAnswer answer = parseSrvAnswer(fixture("srv-not-offered.bin"), name);
        QCOMPARE(answer.status, DnsAnswer::Status::Ok);
        QCOMPARE(answer.srv.size(), 1);
        QVERIFY(answer.srv[0].target.isEmpty());
    }

    void noSuchNameHasNoRecords()
    {
        const DnsAnswer answer = parseSrvAnswer(fixture("srv-none.bin"), name);
        QVERIFY(answer.status != DnsAnswer::Status::Ok);
        QVERIFY(answer.srv.isEmpty());
    }

    void mxRecordsSortedByPreference()
    {
        const DnsAnswer answer = parseMxAnswer(fixture("mx-two.bin"), QStringLiteral("example.test"));
        QCOMPARE(answer.status, DnsAnswer::Status::Ok);
        QCOMPARE(answer.mx.size(), 2);
        QCOMPARE(answer.mx[0].host, QStringLiteral("mx1.example.test"));
        QCOMPARE(answer.mx[0].preference, quint16(10));
        QCOMPARE(answer.mx[1].host, QStringLiteral("mx2.example.test"));
    }

    void wrongRecordTypeIsNoAnswer()
    {
        QVERIFY(parseMxAnswer(fixture("srv-submissions.bin"), name).mx.isEmpty());
        QVERIFY(parseSrvAnswer(fixture("mx-two.bin"), name).srv.isEmpty());
        QVERIFY(parseMxAnswer(fixture("srv-submissions.bin"), name).status != DnsAnswer::Status::Ok);
    }

    void damagedAnswersFailWithTheName()
    {
        const DnsAnswer empty = parseSrvAnswer(QByteArrayView(), name);
        QCOMPARE(empty.status, DnsAnswer::Status::Failed);
        QVERIFY2(empty.error.contains(name), qPrintable(empty.error));

        // A compression pointer to itself in the answer's name: a loop, not a name.
        QByteArray loop = fixture("srv-submissions.bin");
        const qsizetype answerName = loop.indexOf(QByteArray("\xc0\x0c", 2));
        QVERIFY(answerName > 0);
        loop[answerName + 1] = char(answerName);
        QCOMPARE(parseSrvAnswer(loop, name).status, DnsAnswer::Status::Failed);

        // Every cut of every answer, and every single byte flipped: a status, never a crash,
        // and an Ok answer only ever with records.
        for (const char* file : {"srv-submissions.bin", "srv-imaps-two.bin", "srv-not-offered.bin",
                                 "srv-none.bin", "mx-two.bin"}) {
            const QByteArray whole = fixture(file);
            for (qsizetype size = 0; size < whole.size(); ++size) {
                const DnsAnswer srv = parseSrvAnswer(QByteArrayView(whole).first(size), name);
                const DnsAnswer mx = parseMxAnswer(QByteArrayView(whole).first(size), name);
                QVERIFY2(srv.status != DnsAnswer::Status::Ok || !srv.srv.isEmpty(), file);
                QVERIFY2(mx.status != DnsAnswer::Status::Ok || !mx.mx.isEmpty(), file);
                if (size < 12) // not even a header
                    QCOMPARE(srv.status, DnsAnswer::Status::Failed);
            }
            for (qsizetype at = 0; at < whole.size(); ++at) {
                QByteArray damaged = whole;
                damaged[at] = char(damaged[at] ^ 0xff);
                const DnsAnswer srv = parseSrvAnswer(damaged, name);
                QVERIFY(srv.status != DnsAnswer::Status::Ok || !srv.srv.isEmpty());
                parseMxAnswer(damaged, name);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDnsAnswers)
#include "test_dnsanswers.moc"
