// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainverifier.h"
#include "testcertificates.h"

#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace mailsetup;

class TestChainVerifier : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void trustedByItsOwnCa();
    void notByAnotherCa();
    void hostChecked();
    void systemStoreSeparately();
    void nothingToVerify();

private:
    QTemporaryDir m_dir;
    TestCertificates m_right;
    TestCertificates m_wrong;
    QList<QByteArray> m_chain;
};

void TestChainVerifier::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_right = TestCertificates::make(m_dir.path(), QStringLiteral("right"));
    QVERIFY2(m_right.error.isEmpty(), qPrintable(m_right.error));
    m_wrong = TestCertificates::make(m_dir.path(), QStringLiteral("wrong"));
    QVERIFY2(m_wrong.error.isEmpty(), qPrintable(m_wrong.error));
    const QList<QSslCertificate> leaf = QSslCertificate::fromPath(m_right.leafPem);
    QCOMPARE(leaf.size(), 1);
    m_chain = {leaf.first().toDer()};
}

void TestChainVerifier::trustedByItsOwnCa()
{
    const ChainVerification result =
        verifyChainWithRoots(m_chain, {m_right.caDer}, QStringLiteral("127.0.0.1"));
    QVERIFY2(result.trusted, qPrintable(result.error));
    QVERIFY(
        verifyChainWithRoots(m_chain, {m_wrong.caDer, m_right.caDer}, QStringLiteral("localhost")).trusted);
}

void TestChainVerifier::notByAnotherCa()
{
    const ChainVerification result =
        verifyChainWithRoots(m_chain, {m_wrong.caDer}, QStringLiteral("127.0.0.1"));
    QVERIFY(!result.trusted);
    QCOMPARE(result.error, QStringLiteral("unable to get local issuer certificate"));
    QVERIFY(!verifyChainWithRoots(m_chain, {}, QStringLiteral("127.0.0.1")).trusted);
}

void TestChainVerifier::hostChecked()
{
    const ChainVerification byIp =
        verifyChainWithRoots(m_chain, {m_right.caDer}, QStringLiteral("127.0.0.2"));
    QVERIFY(!byIp.trusted);
    QCOMPARE(byIp.error, QStringLiteral("IP address mismatch"));
    const ChainVerification byName =
        verifyChainWithRoots(m_chain, {m_right.caDer}, QStringLiteral("mail.example.test"));
    QVERIFY(!byName.trusted);
    QCOMPARE(byName.error, QStringLiteral("hostname mismatch"));
}

void TestChainVerifier::systemStoreSeparately()
{
    // A CA made a moment ago is in no system store; a bundle holding it is.
    QVERIFY(!verifyChainWithSystemStore(m_chain, QStringLiteral("127.0.0.1")).trusted);
    QVERIFY(verifyChainWithSystemStore(m_chain, QStringLiteral("127.0.0.1"), m_right.caPem).trusted);
    const ChainVerification missing = verifyChainWithSystemStore(m_chain, QStringLiteral("127.0.0.1"),
                                                                 m_dir.filePath(QStringLiteral("none.pem")));
    QVERIFY(!missing.trusted);
    QVERIFY(missing.error.contains(QStringLiteral("none.pem")));
}

void TestChainVerifier::nothingToVerify()
{
    QVERIFY(!verifyChainWithRoots({}, {m_right.caDer}, QStringLiteral("127.0.0.1")).trusted);
    QVERIFY(
        !verifyChainWithRoots({QByteArray("not DER")}, {m_right.caDer}, QStringLiteral("127.0.0.1")).trusted);
}

QTEST_GUILESS_MAIN(TestChainVerifier)
#include "test_chainverifier.moc"
