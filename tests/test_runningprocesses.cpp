// SPDX-License-Identifier: GPL-3.0-or-later
// Finding a mail program that keeps no lock file by its process name.
#include "system/runningprocesses.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/wait.h>
#include <unistd.h>

using namespace mailsetup;

class TestRunningProcesses : public QObject
{
    Q_OBJECT

private slots:
    void findsAProcessByName()
    {
        // A copy of sleep named like a mail program is, to us, that mail program.
        QTemporaryDir dir;
        const QString fake = dir.filePath(QStringLiteral("mailsetup-fake-alpine"));
        QVERIFY(QFile::copy(QStringLiteral("/bin/sleep"), fake));
        QVERIFY(QFile::setPermissions(fake, QFile::ReadOwner | QFile::ExeOwner));
        QVERIFY(findRunning({QStringLiteral("mailsetup-fake-alpine")}).isEmpty());

        QProcess process;
        process.start(fake, {QStringLiteral("30")});
        QVERIFY(process.waitForStarted());
        const QString found = findRunning({QStringLiteral("mailsetup-fake-alpine")});
        QCOMPARE(found, QStringLiteral("mailsetup-fake-alpine (process %1)").arg(process.processId()));
        // Windows executable names are looked for ignoring case; others are not.
        QVERIFY(findRunning({QStringLiteral("MailSetup-Fake-Alpine")}).isEmpty());
        QCOMPARE(findRunning({QStringLiteral("MailSetup-Fake-Alpine")}, Qt::CaseInsensitive), found);

        process.kill();
        process.waitForFinished();
        QVERIFY(findRunning({QStringLiteral("mailsetup-fake-alpine")}).isEmpty());
    }

    // A program that has exited but was not yet collected by its parent (a zombie,
    // as when the terminal it ran in was closed) keeps its name but runs no more.
    void anExitedProgramIsNotRunning()
    {
        QTemporaryDir dir;
        const QString fake = dir.filePath(QStringLiteral("mailsetup-fake-pine"));
        QVERIFY(QFile::copy(QStringLiteral("/bin/true"), fake));
        QVERIFY(QFile::setPermissions(fake, QFile::ReadOwner | QFile::ExeOwner));
        const QByteArray path = QFile::encodeName(fake);
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            execl(path.constData(), path.constData(), static_cast<char*>(nullptr));
            _exit(127);
        }
        // Not collected yet: wait (without reaping) until it has exited.
        siginfo_t info = {};
        QCOMPARE(waitid(P_PID, id_t(child), &info, WEXITED | WNOWAIT), 0);
        QFile comm(QStringLiteral("/proc/%1/comm").arg(child));
        QVERIFY(comm.open(QIODevice::ReadOnly));
        QCOMPARE(comm.readAll().trimmed(), QByteArray("mailsetup-fake-")); // comm keeps 15 bytes
        QVERIFY(findRunning({QStringLiteral("mailsetup-fake-pine"), QStringLiteral("mailsetup-fake-")})
                    .isEmpty());
        QCOMPARE(waitpid(child, nullptr, 0), child);
    }

    void listsOurselves()
    {
        bool self = false;
        for (const RunningProcess& p : runningProcesses())
            self = self || (p.pid == QCoreApplication::applicationPid() &&
                            p.name == QStringLiteral("test_runningprocesses"));
        QVERIFY(self);
    }
};

QTEST_GUILESS_MAIN(TestRunningProcesses)
#include "test_runningprocesses.moc"
