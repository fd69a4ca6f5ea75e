// SPDX-License-Identifier: GPL-3.0-or-later
// `mailsetup profiles|clients|apply|undo` as a helpdesk uses them.
#include "commandline.h"
#include "commandtable.h"
#include "support/commandrun.h"
#include "support/testfiles.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

using namespace mailsetup;

namespace {

using Run = testsupport::CommandRun;

Run run(const QStringList& args)
{
    return testsupport::runCommand(runCommandLine, QStringList{QStringLiteral("mailsetup")} + args);
}

using testfiles::readFile;

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_home, m_profile, m_backups;
    QByteArray m_original;

private slots:
    void init()
    {
        m_home = m_dir.filePath(QStringLiteral("home"));
        QDir(m_home).removeRecursively();
        m_backups = m_dir.filePath(QStringLiteral("backups"));
        QDir(m_backups).removeRecursively();
        m_profile = m_home + QStringLiteral("/.thunderbird/jmo9qumo.default-default");
        writeFile(m_home + QStringLiteral("/.thunderbird/profiles.ini"),
                  readFile(QStringLiteral(MAILSETUP_TEST_DATA "/ini/thunderbird-153-profiles.ini")));
        m_original = readFile(QStringLiteral(MAILSETUP_TEST_DATA "/prefs/thunderbird-153-prefs.js"));
        writeFile(m_profile + QStringLiteral("/prefs.js"), m_original);
    }

    // The program decides "command line or wizard" from commandWords() alone, without
    // loading the commands: every command must be listed there, and nothing else.
    void everyCommandWordIsACommand()
    {
        QStringList commands = {QStringLiteral("profiles"), QStringLiteral("clients"),
                                QStringLiteral("apply"), QStringLiteral("undo")};
        for (const CommandLineCommand& command : commandTable())
            commands << QLatin1String(command.name);
        QStringList words = commandWords();
        commands.sort();
        words.sort();
        QCOMPARE(words, commands);
        for (const QString& word : std::as_const(words))
            QVERIFY2(isCommandLineInvocation({QStringLiteral("mailsetup"), word}), qPrintable(word));
        QVERIFY(!isCommandLineInvocation({QStringLiteral("mailsetup")}));
        QVERIFY(!isCommandLineInvocation({QStringLiteral("mailsetup"), QStringLiteral("--helpdesk")}));
        // A built-in command word runs as one (profiles is not a commandtable.cpp command).
        QCOMPARE(run({QStringLiteral("profiles")}).code, 0);
        QCOMPARE(run({QStringLiteral("nonsense")}).code, 2);
    }

    void listsProfilesAndClients()
    {
        const Run profiles = run({QStringLiteral("profiles")});
        QCOMPARE(profiles.code, 0);
        QVERIFY(profiles.out.contains(QStringLiteral("pcug\tPCUG")));
        QVERIFY(profiles.out.contains(QStringLiteral("fnal\tFermilab")));

        const Run clients = run({QStringLiteral("--home"), m_home, QStringLiteral("clients")});
        QCOMPARE(clients.code, 0);
        QVERIFY2(clients.out.contains(QStringLiteral("Thunderbird: profile \"default-default\" "
                                                     "(~/.thunderbird/jmo9qumo.default-default) [default]")),
                 qPrintable(clients.out));
        QVERIFY(clients.out.contains(
            QStringLiteral("zoe.mueller@example.org; POP3 pop.example.org:995, SSL/TLS")));
        QVERIFY(clients.out.contains(QStringLiteral("Thunderbird: profile \"default\"")));
    }

    void dryRunWritesNothing()
    {
        const Run r = run({QStringLiteral("--home"), m_home, QStringLiteral("--backup-dir"), m_backups,
                           QStringLiteral("apply"), QStringLiteral("--profile"), QStringLiteral("pcug"),
                           QStringLiteral("--email"), QStringLiteral("alice@pcug.org.au"),
                           QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Add a new account for alice@pcug.org.au")));
        QVERIFY(r.out.contains(
            QStringLiteral("+user_pref(\"mail.smtpserver.smtp2.hostname\", \"smtps.tip.net.au\");")));
        QVERIFY(r.out.contains(QStringLiteral("Dry run: nothing was written.")));
        QCOMPARE(readFile(m_profile + QStringLiteral("/prefs.js")), m_original);
        QVERIFY(!QDir(m_backups).exists());
    }

    void applyThenUndo()
    {
        const QStringList base{QStringLiteral("--home"), m_home, QStringLiteral("--backup-dir"), m_backups};
        const Run applied = run(base + QStringList{QStringLiteral("apply"), QStringLiteral("--profile"),
                                                   QStringLiteral("pcug"), QStringLiteral("--email"),
                                                   QStringLiteral("alice@pcug.org.au"),
                                                   QStringLiteral("--outgoing-port"), QStringLiteral("587")});
        QVERIFY2(applied.code == 0, qPrintable(applied.err));
        const QByteArray after = readFile(m_profile + QStringLiteral("/prefs.js"));
        QVERIFY(after.contains("user_pref(\"mail.smtpserver.smtp2.port\", 587);"));
        QVERIFY(after.contains("user_pref(\"mail.smtpserver.smtp2.try_ssl\", 2);"));
        const auto id = QRegularExpression(QStringLiteral("undo --id (\\S+)")).match(applied.out);
        QVERIFY2(id.hasMatch(), qPrintable(applied.out));

        const Run list = run(base + QStringList{QStringLiteral("undo"), QStringLiteral("--list")});
        QVERIFY(list.out.contains(id.captured(1) + QStringLiteral("  applied  PCUG for alice@pcug.org.au")));

        // Applying the same again is recognised as done.
        const Run again = run(base + QStringList{QStringLiteral("apply"), QStringLiteral("--profile"),
                                                 QStringLiteral("pcug"), QStringLiteral("--email"),
                                                 QStringLiteral("alice@pcug.org.au"),
                                                 QStringLiteral("--outgoing-port"), QStringLiteral("587")});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("Nothing needed to change.")), qPrintable(again.out));

        const Run undone = run(base + QStringList{QStringLiteral("undo")});
        QVERIFY2(undone.code == 0, qPrintable(undone.err));
        QCOMPARE(readFile(m_profile + QStringLiteral("/prefs.js")), m_original);
        const Run nothing = run(base + QStringList{QStringLiteral("undo")});
        QCOMPARE(nothing.code, 1);
        QVERIFY(nothing.err.contains(QStringLiteral("no change to undo")));
    }

    void explainsErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << 2 << "expected one command";
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << 2 << "expected one command";
        QTest::newRow("apply without email")
            << QStringList{QStringLiteral("apply"), QStringLiteral("--profile"), QStringLiteral("pcug")} << 2
            << "needs --profile and --email";
        QTest::newRow("bad email") << QStringList{QStringLiteral("apply"), QStringLiteral("--profile"),
                                                  QStringLiteral("pcug"), QStringLiteral("--email"),
                                                  QStringLiteral("alice")}
                                   << 1 << "\"alice\" is not an email address";
        QTest::newRow("bad port") << QStringList{QStringLiteral("apply"),
                                                 QStringLiteral("--profile"),
                                                 QStringLiteral("pcug"),
                                                 QStringLiteral("--email"),
                                                 QStringLiteral("a@pcug.org.au"),
                                                 QStringLiteral("--outgoing-port"),
                                                 QStringLiteral("99999")}
                                  << 2 << "--outgoing-port needs a port number";
        QTest::newRow("missing profile file")
            << QStringList{QStringLiteral("apply"), QStringLiteral("--profile"),
                           QStringLiteral("/nonexistent/isp.xml"), QStringLiteral("--email"),
                           QStringLiteral("a@pcug.org.au")}
            << 1 << "/nonexistent/isp.xml: cannot open";
        QTest::newRow("unknown client")
            << QStringList{QStringLiteral("apply"),         QStringLiteral("--profile"),
                           QStringLiteral("pcug"),          QStringLiteral("--email"),
                           QStringLiteral("a@pcug.org.au"), QStringLiteral("--client"),
                           QStringLiteral("outlook98")}
            << 1 << "unknown client \"outlook98\"";
        QTest::newRow("bad os") << QStringList{QStringLiteral("--os"), QStringLiteral("beos"),
                                               QStringLiteral("clients")}
                                << 2 << "--os must be";
    }

    void explainsErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = run(
            QStringList{QStringLiteral("--home"), m_home, QStringLiteral("--backup-dir"), m_backups} + args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(readFile(m_profile + QStringLiteral("/prefs.js")), m_original);
    }

    void helpNamesEveryCommand()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char* word : {"profiles", "clients", "apply", "undo", "--dry-run", "--profile", "--email"})
            QVERIFY2(r.out.contains(QLatin1String(word)), word);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_commandline.moc"
