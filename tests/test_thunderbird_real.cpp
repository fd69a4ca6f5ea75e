// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: what `mailsetup apply` writes into a Thunderbird profile is what the real
// Thunderbird (headless) reads, keeps and writes back; mailsetup refuses to touch a
// profile Thunderbird is running on; undo copes with Thunderbird's rewrite.
#include "support/runmailsetup.h"
#include "support/thunderbirdfixture.h"
#include "support/thunderbirdrunner.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace e2e;
using mailsetup::PrefsFile;

namespace {

const QString alice = QStringLiteral("alice@pcug.org.au");

// The servers the PCUG profile names: Thunderbird's namespace resolves them to its
// loopback, where the incoming ports answer nothing (see ThunderbirdRunner).
ThunderbirdRunner::Options runnerOptions(const ThunderbirdHome& home, const QString& workDir)
{
    ThunderbirdRunner::Options options;
    options.home = home.home;
    options.profileDir = home.profileDir;
    options.workDir = workDir;
    options.resolveToLoopback = {QStringLiteral("mailhost.pcug.org.au"), QStringLiteral("smtps.tip.net.au"),
                                 QStringLiteral("imap.other.example"), QStringLiteral("smtp.other.example")};
    options.silentPorts = {995, 110, 993};
    return options;
}

bool waitUntilNoProcessUses(const QString& home, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!processesWithHome(home).isEmpty()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QThread::msleep(100);
    }
    return true;
}

QStringList transactionDirs(const QString& backupDir)
{
    return QDir(backupDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
}

} // namespace

class TestThunderbirdReal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keepsWhatWeWrote();
    void refusesWhileThunderbirdRuns();
    void undoAfterThunderbirdRewrote();

private:
    // Fixture home plus `mailsetup apply` for alice with the bundled PCUG profile.
    bool prepare(QTemporaryDir& dir, ThunderbirdHome* home);
    // Starts Thunderbird and waits until it has rewritten prefs.js.
    bool startThunderbird(ThunderbirdRunner& runner, const ThunderbirdHome& home, const QString& workDir);
    // Quits it gracefully and checks that nothing of it is left.
    bool quitThunderbird(ThunderbirdRunner& runner, const ThunderbirdHome& home);
};

void TestThunderbirdReal::initTestCase()
{
    if (!QFileInfo(ThunderbirdRunner::binary()).isExecutable())
        QSKIP("Thunderbird is not installed (/usr/lib/thunderbird/thunderbird)");
    QVERIFY2(QFileInfo(mailsetupBinary()).isExecutable(), qPrintable(mailsetupBinary() + " was not built"));
    QVERIFY2(!python3().isEmpty(), "python3 is needed to talk to Thunderbird's Marionette port");
    if (!ThunderbirdRunner::canIsolate())
        qWarning("Not isolated (needs root and unshare): Thunderbird runs on the host network and "
                 "a graceful quit is not required");
}

bool TestThunderbirdReal::prepare(QTemporaryDir& dir, ThunderbirdHome* home)
{
    [&] {
        QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
        QString error;
        QVERIFY2(createThunderbirdHome(dir.path(), home, &error), qPrintable(error));
        const ProcessResult r = runMailsetup(home->home, home->backupDir,
                                             {QStringLiteral("apply"), QStringLiteral("--profile"),
                                              QStringLiteral("pcug"), QStringLiteral("--email"), alice,
                                              QStringLiteral("--name"), QStringLiteral("Alice Ng")});
        QVERIFY2(r.exitCode == 0 && r.finished, qPrintable(r.describe()));
        QVERIFY(readFile(home->prefsPath).contains("\"alice@pcug.org.au\""));
    }();
    return !QTest::currentTestFailed();
}

bool TestThunderbirdReal::startThunderbird(ThunderbirdRunner& runner,
                                           const ThunderbirdHome& home,
                                           const QString& workDir)
{
    [&] {
        QString error;
        QVERIFY2(runner.start(runnerOptions(home, workDir), &error), qPrintable(error));
        QVERIFY2(runner.waitForPrefsRewrite(home.prefsPath, 60000),
                 qPrintable(QStringLiteral("Thunderbird did not rewrite prefs.js within 60 s\n") +
                            runner.diagnostics()));
    }();
    return !QTest::currentTestFailed();
}

bool TestThunderbirdReal::quitThunderbird(ThunderbirdRunner& runner, const ThunderbirdHome& home)
{
    [&] {
        const QString how = runner.quit();
        if (runner.isolated()) {
            // Only a graceful quit makes Thunderbird write prefs.js on exit as well.
            QVERIFY2(how == QLatin1String("graceful"),
                     qPrintable(how + QLatin1Char('\n') + runner.diagnostics()));
        } else if (how != QLatin1String("graceful")) {
            qWarning("Thunderbird did not quit gracefully (%s)", qPrintable(how));
        }
        QVERIFY2(!runner.isRunning(), "Thunderbird is still running");
        QVERIFY2(waitUntilNoProcessUses(home.home, 10000), "a process started for Thunderbird survived");
    }();
    return !QTest::currentTestFailed();
}

void TestThunderbirdReal::keepsWhatWeWrote()
{
    QTemporaryDir dir(tmpTemplate(QStringLiteral("mailsetup-tb")));
    ThunderbirdHome home;
    if (!prepare(dir, &home))
        return;
    const QByteArray ours = readFile(home.prefsPath);
    {
        ThunderbirdRunner runner; // destroyed (and killed if need be) before dir
        if (!startThunderbird(runner, home, dir.path()))
            return;
        if (runner.isolated()) {
            // The account is live, not just kept: at startup (login_at_startup) Thunderbird
            // connects to the host and port we wrote, with TLS from the first byte
            // (socketType 3) and the host name as SNI.
            const QString expected = QStringLiteral("995 tls mailhost.pcug.org.au");
            QElapsedTimer timer;
            timer.start();
            while (!runner.silentPortConnections().contains(expected) && timer.elapsed() < 30000)
                QThread::msleep(100);
            QVERIFY2(runner.silentPortConnections().contains(expected),
                     qPrintable(QStringLiteral("no TLS connection to mailhost.pcug.org.au:995; seen: ") +
                                runner.silentPortConnections().join(QLatin1String("; "))));
        }
        if (!quitThunderbird(runner, home))
            return;
    }

    const QByteArray rewritten = readFile(home.prefsPath);
    QVERIFY2(writtenByGecko(rewritten), "Thunderbird did not rewrite prefs.js");
    const PrefsFile prefs = PrefsFile::parse(rewritten);
    QVERIFY(prefs.errors().isEmpty());

    // alice's account as Thunderbird kept it.
    const AccountKeys a = findAccount(prefs, alice);
    QVERIFY2(a.found(), "Thunderbird dropped the account for alice@pcug.org.au");
    QVERIFY(prefList(prefs, QStringLiteral("mail.accountmanager.accounts")).contains(a.account));
    QCOMPARE(prefString(prefs, a.serverPref(QStringLiteral("type"))), QStringLiteral("pop3"));
    QCOMPARE(prefString(prefs, a.serverPref(QStringLiteral("hostname"))),
             QStringLiteral("mailhost.pcug.org.au"));
    QCOMPARE(prefInt(prefs, a.serverPref(QStringLiteral("port"))), 995);
    QCOMPARE(prefInt(prefs, a.serverPref(QStringLiteral("socketType"))), 3);
    QCOMPARE(prefInt(prefs, a.serverPref(QStringLiteral("authMethod"))), 3);
    QCOMPARE(prefString(prefs, a.serverPref(QStringLiteral("userName"))), QStringLiteral("alice"));
    QCOMPARE(prefString(prefs, a.identityPref(QStringLiteral("fullName"))), QStringLiteral("Alice Ng"));
    QVERIFY2(a.ownSmtp, "the identity lost its smtpServer");
    QVERIFY(prefList(prefs, QStringLiteral("mail.smtpservers")).contains(a.smtp));
    QCOMPARE(prefString(prefs, a.smtpPref(QStringLiteral("hostname"))), QStringLiteral("smtps.tip.net.au"));
    QCOMPARE(prefInt(prefs, a.smtpPref(QStringLiteral("port"))), 465);
    QCOMPARE(prefInt(prefs, a.smtpPref(QStringLiteral("try_ssl"))), 3);
    QCOMPARE(prefInt(prefs, a.smtpPref(QStringLiteral("authMethod"))), 3);
    QCOMPARE(prefString(prefs, a.smtpPref(QStringLiteral("username"))), QStringLiteral("alice"));

    // bob's account, Local Folders and smtp1 are as the user had them; only the lists
    // we extend (and lastKey) may differ.
    const PrefsFile fixture = PrefsFile::parse(fixturePrefs());
    const QStringList extended = {QStringLiteral("mail.accountmanager.accounts"),
                                  QStringLiteral("mail.smtpservers"), QStringLiteral("mail.account.lastKey")};
    for (const QString& name : fixture.names()) {
        if (!extended.contains(name))
            QVERIFY2(prefText(prefs, name) == prefText(fixture, name),
                     qPrintable(QStringLiteral("%1 was %2, now %3")
                                    .arg(name, prefText(fixture, name), prefText(prefs, name))));
    }
    const QStringList accounts = prefList(prefs, QStringLiteral("mail.accountmanager.accounts"));
    QVERIFY(accounts.contains(QStringLiteral("account1")) && accounts.contains(QStringLiteral("account2")));
    QCOMPARE(findAccount(prefs, QStringLiteral("bob@other.example")).smtp, QStringLiteral("smtp1"));

    // The whole claim: every pref we wrote survived Thunderbird's start and quit unchanged.
    const PrefsFile written = PrefsFile::parse(ours);
    QStringList lost;
    for (const QString& name : written.names()) {
        if (prefText(prefs, name) != prefText(written, name))
            lost << QStringLiteral("%1: %2 -> %3").arg(name, prefText(written, name), prefText(prefs, name));
    }
    QVERIFY2(lost.isEmpty(),
             qPrintable(QStringLiteral("Thunderbird changed what we wrote:\n") + lost.join('\n')));

    QStringList added;
    for (const QString& name : prefs.names()) {
        if (!written.contains(name) && name.startsWith(QLatin1String("mail.")))
            added << name;
    }
    qInfo("Thunderbird kept all %d prefs; it added %d mail.* prefs: %s", int(written.names().size()),
          int(added.size()), qPrintable(added.join(QLatin1String(", "))));
}

void TestThunderbirdReal::refusesWhileThunderbirdRuns()
{
    QTemporaryDir dir(tmpTemplate(QStringLiteral("mailsetup-tb")));
    ThunderbirdHome home;
    if (!prepare(dir, &home))
        return;
    ThunderbirdRunner runner;
    if (!startThunderbird(runner, home, dir.path()))
        return;

    const QByteArray before = readFile(home.prefsPath);
    const ProcessResult r =
        runMailsetup(home.home, home.backupDir,
                     {QStringLiteral("apply"), QStringLiteral("--profile"), QStringLiteral("pcug"),
                      QStringLiteral("--email"), QStringLiteral("carol@pcug.org.au")});
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
    const QString everything = r.stdOut() + r.stdErr();
    QVERIFY2(everything.contains(home.profileDir) && everything.contains(QLatin1String("Quit Thunderbird")),
             qPrintable(r.describe()));
    QVERIFY2(r.stdErr().contains(home.profileDir) && r.stdErr().contains(QLatin1String("Quit Thunderbird")),
             qPrintable(r.describe()));

    // Thunderbird itself may have saved prefs.js meanwhile; our change must not be in it.
    const QByteArray after = readFile(home.prefsPath);
    QVERIFY(!after.contains("carol@pcug.org.au"));
    if (after != before)
        QVERIFY2(writtenByGecko(after), "prefs.js changed, and not by Thunderbird");
    QCOMPARE(transactionDirs(home.backupDir).size(), 1); // alice's apply only

    if (!quitThunderbird(runner, home))
        return;
    const QByteArray rewritten = readFile(home.prefsPath);
    QVERIFY(!rewritten.contains("carol@pcug.org.au"));
    QVERIFY(findAccount(PrefsFile::parse(rewritten), alice).found());
}

void TestThunderbirdReal::undoAfterThunderbirdRewrote()
{
    QTemporaryDir dir(tmpTemplate(QStringLiteral("mailsetup-tb")));
    ThunderbirdHome home;
    if (!prepare(dir, &home))
        return;
    {
        ThunderbirdRunner runner;
        if (!startThunderbird(runner, home, dir.path()) || !quitThunderbird(runner, home))
            return;
    }
    const QByteArray thunderbirds = readFile(home.prefsPath);
    QVERIFY(writtenByGecko(thunderbirds));

    ProcessResult r = runMailsetup(home.home, home.backupDir, {QStringLiteral("undo")});
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.stdErr().contains(QLatin1String("changed")) && r.stdErr().contains(QLatin1String("--force")),
             qPrintable(r.describe()));
    QVERIFY2(readFile(home.prefsPath) == thunderbirds, "a refused undo touched prefs.js");

    r = runMailsetup(home.home, home.backupDir, {QStringLiteral("undo"), QStringLiteral("--force")});
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QVERIFY2(readFile(home.prefsPath) == fixturePrefs(), "undo --force did not restore the original bytes");

    // Thunderbird's version is kept in the transaction's folder.
    bool kept = false;
    QDirIterator it(home.backupDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext() && !kept)
        kept = readFile(it.next()) == thunderbirds;
    QVERIFY2(kept, qPrintable("Thunderbird's prefs.js is not in " + home.backupDir));
}

QTEST_GUILESS_MAIN(TestThunderbirdReal)
#include "test_thunderbird_real.moc"
