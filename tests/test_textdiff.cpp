// SPDX-License-Identifier: GPL-3.0-or-later
// The unified diff people review before anything is written, checked against
// GNU diff on the same inputs.
#include "textdiff.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace mailsetup;

namespace {

QString gnuDiff(const QByteArray& a, const QByteArray& b)
{
    QTemporaryDir dir;
    const QString pa = dir.filePath(QStringLiteral("a")), pb = dir.filePath(QStringLiteral("b"));
    for (const auto& [path, bytes] : {qMakePair(pa, a), qMakePair(pb, b)}) {
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
    }
    QProcess diff;
    diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), QStringLiteral("--label"), QStringLiteral("a"),
                                        QStringLiteral("--label"), QStringLiteral("b"), pa, pb});
    diff.waitForFinished();
    return QString::fromUtf8(diff.readAllStandardOutput());
}

} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT

private slots:
    void matchesGnuDiff_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::newRow("append") << QByteArray("1\n2\n3\n") << QByteArray("1\n2\n3\n4\n5\n");
        QTest::newRow("change middle") << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n")
                                       << QByteArray("1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n");
        QTest::newRow("two hunks") << QByteArray("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn\n")
                                   << QByteArray("A\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nN\n");
        QTest::newRow("new file") << QByteArray() << QByteArray("x\ny\n");
        QTest::newRow("delete all") << QByteArray("x\ny\n") << QByteArray("");
        QTest::newRow("prepend") << QByteArray("1\n2\n3\n4\n5\n") << QByteArray("0\n1\n2\n3\n4\n5\n");
    }

    void matchesGnuDiff()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QCOMPARE(unifiedDiff(a, b, QStringLiteral("a"), QStringLiteral("b")), gnuDiff(a, b));
    }

    void randomEditsApplyBack()
    {
        // Each hunk's - and + lines must rebuild the other side.
        auto* rng = QRandomGenerator::global();
        for (int round = 0; round < 50; ++round) {
            QByteArray a, b;
            for (int i = 0; i < 40; ++i) {
                const QByteArray line = "line " + QByteArray::number(rng->bounded(8)) + "\n";
                a += line;
                if (rng->bounded(5) != 0)
                    b += line;
                if (rng->bounded(6) == 0)
                    b += "new " + QByteArray::number(i) + "\n";
            }
            if (a == b)
                continue;
            QString rebuiltA, rebuiltB;
            const QStringList lines =
                unifiedDiff(a, b, QStringLiteral("a"), QStringLiteral("b"), 1000).split('\n');
            for (const QString& line : lines.mid(3)) { // context covers everything
                if (line.startsWith(' ') || line.startsWith('-'))
                    rebuiltA += line.mid(1) + '\n';
                if (line.startsWith(' ') || line.startsWith('+'))
                    rebuiltB += line.mid(1) + '\n';
            }
            QCOMPARE(rebuiltA, QString::fromUtf8(a));
            QCOMPARE(rebuiltB, QString::fromUtf8(b));
        }
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "test_textdiff.moc"
