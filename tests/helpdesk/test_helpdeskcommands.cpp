// SPDX-License-Identifier: GPL-3.0-or-later
// `mailsetup instructions` and `mailsetup sheet` as a helpdesk types them: output,
// exit codes (0 done, 1 refused, 2 wrong usage) and the PDF file.
#include "../support/commandrun.h"
#include "commandline.h"

#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

using namespace mailsetup;

namespace {

using Run = testsupport::CommandRun;

Run run(const QStringList& arguments)
{
    return testsupport::runCommand(runCommandLine, QStringList{QStringLiteral("mailsetup")} + arguments);
}

const QStringList alice{QStringLiteral("--profile"), QStringLiteral("pcug"), QStringLiteral("--email"),
                        QStringLiteral("alice@pcug.org.au")};

} // namespace

class TestHelpdeskCommands : public QObject
{
    Q_OBJECT

private slots:
    void instructionsText()
    {
        const Run r = run(QStringList{QStringLiteral("instructions"), QStringLiteral("--client"),
                                      QStringLiteral("eudora")} +
                          alice);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QLatin1String("Setting up Eudora")));
        QVERIFY(r.out.contains(
            QLatin1String("\"Secure Sockets when Sending:\" choose \"Required, Alternate Port\"")));
        QVERIFY(r.err.isEmpty());
    }

    void instructionsHtmlAndPort()
    {
        const Run r = run(QStringList{QStringLiteral("instructions"), QStringLiteral("--client"),
                                      QStringLiteral("thunderbird"), QStringLiteral("--html"),
                                      QStringLiteral("--outgoing-port"), QStringLiteral("587")} +
                          alice);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(r.out.contains(QLatin1String("<code>587</code>")));
    }

    void instructionsUsage()
    {
        Run r = run(QStringList{QStringLiteral("instructions")} + alice);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("needs --client")));
        QVERIFY(r.err.contains(QLatin1String("outlookexpress")));
        r = run(
            QStringList{QStringLiteral("instructions"), QStringLiteral("--client"), QStringLiteral("lotus")} +
            alice);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("\"lotus\"")));
        r = run({QStringLiteral("instructions"), QStringLiteral("--client"), QStringLiteral("mutt"),
                 QStringLiteral("--profile"), QStringLiteral("pcug")});
        QCOMPARE(r.code, 2);
        r = run({QStringLiteral("instructions"), QStringLiteral("--client"), QStringLiteral("mutt"),
                 QStringLiteral("--profile"), QStringLiteral("/nonexistent/profile.xml"),
                 QStringLiteral("--email"), QStringLiteral("a@b.example")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("/nonexistent/profile.xml")));
    }

    void sheetTextAndHtml()
    {
        Run r = run(QStringList{QStringLiteral("sheet")} + alice);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("smtps.tip.net.au")));
        r = run(QStringList{QStringLiteral("sheet"), QStringLiteral("--html")} + alice);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("<table")));
        r = run(QStringList{QStringLiteral("sheet"), QStringLiteral("--html"), QStringLiteral("--pdf"),
                            QStringLiteral("x.pdf")} +
                alice);
        QCOMPARE(r.code, 2);
    }

    void sheetPdf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alice.pdf"));
        Run r = run(
            QStringList{QStringLiteral("sheet"), QStringLiteral("--pdf"), path, QStringLiteral("--letter")} +
            alice);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        r = run(QStringList{QStringLiteral("sheet"), QStringLiteral("--pdf"),
                            dir.filePath(QStringLiteral("no/such/dir.pdf"))} +
                alice);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("no/such/dir.pdf")));
    }
};

QTEST_MAIN(TestHelpdeskCommands)
#include "test_helpdeskcommands.moc"
