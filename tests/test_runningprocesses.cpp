// SPDX-License-Identifier: GPL-3.0-or-later
// Finding a mail program that keeps no lock file by its process name.
#include "system/runningprocesses.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

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
