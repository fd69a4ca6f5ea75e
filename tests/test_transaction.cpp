// SPDX-License-Identifier: GPL-3.0-or-later
// Apply and undo: backups, atomic writes, byte-identical restore, and refusals
// that write nothing.
#include "support/testfiles.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace mailsetup;

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

using testfiles::writeFile;

ChangePlan planFor(const QString& location, const QList<FileChange>& files)
{
    ChangePlan plan;
    plan.clientId = QStringLiteral("testclient");
    plan.clientName = QStringLiteral("Test Client");
    plan.installation = location;
    plan.installationLabel = location;
    plan.files = files;
    return plan;
}

QFileDevice::Permissions unixMode(const QString& path)
{
    const QFileDevice::Permissions all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                         QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                         QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    return QFile::permissions(path) & all;
}

const RunningCheck notRunning = [](const QString&, const QString&) { return QString(); };

} // namespace

class TestTransaction : public QObject
{
    Q_OBJECT

private slots:
    void applyThenUndoRestoresBytes()
    {
        QTemporaryDir dir;
        const QString prefs = dir.filePath(QStringLiteral("profile/prefs.js"));
        const QString created = dir.filePath(QStringLiteral("profile/new/user.js"));
        // CRLF, a NUL and non-UTF-8 bytes: undo must not "normalise" anything.
        const QByteArray original("line one\r\nline\0two\xff\xfe\r\n", 22);
        writeFile(prefs, original);
        QFile::setPermissions(prefs, QFile::ReadOwner | QFile::WriteOwner);

        BackupStore store(dir.filePath(QStringLiteral("backups")));
        const ChangePlan plan = planFor(dir.filePath(QStringLiteral("profile")),
                                        {FileChange{prefs, true, original, "new contents\n", {}},
                                         FileChange{created, false, {}, "created\n", {}}});
        const ApplyResult applied = applyPlans({plan}, store, notRunning, QStringLiteral("test"));
        QVERIFY2(applied.ok, qPrintable(applied.error));
        QCOMPARE(readFile(prefs), QByteArray("new contents\n"));
        QCOMPARE(readFile(created), QByteArray("created\n"));
        QCOMPARE(unixMode(prefs), QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(unixMode(created), QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(unixMode(store.root()), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        const auto record = store.find(applied.transactionId);
        QVERIFY(record);
        QCOMPARE(record->state, TransactionRecord::State::Applied);
        QCOMPARE(record->entries.size(), 2);
        QCOMPARE(readFile(QDir(record->directory).filePath(record->entries[0].backupFile)), original);

        const UndoResult undone = undoTransaction(store, applied.transactionId, notRunning, false);
        QVERIFY2(undone.ok, qPrintable(undone.error));
        QCOMPARE(readFile(prefs), original);
        QVERIFY(!QFile::exists(created));
        QCOMPARE(store.find(applied.transactionId)->state, TransactionRecord::State::Undone);

        const UndoResult twice = undoTransaction(store, applied.transactionId, notRunning, false);
        QVERIFY(!twice.ok);
        QVERIFY(twice.error.contains(QStringLiteral("already undone")));
    }

    void refusesWhenFileChangedSincePlanning()
    {
        QTemporaryDir dir;
        const QString prefs = dir.filePath(QStringLiteral("prefs.js"));
        writeFile(prefs, "planned from this\n");
        const ChangePlan plan =
            planFor(dir.path(), {FileChange{prefs, true, "planned from this\n", "ours\n", {}}});
        writeFile(prefs, "the client wrote this meanwhile\n");
        BackupStore store(dir.filePath(QStringLiteral("backups")));
        const ApplyResult r = applyPlans({plan}, store, notRunning, QString());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(prefs) && r.error.contains(QStringLiteral("changed after the plan")),
                 qPrintable(r.error));
        QCOMPARE(readFile(prefs), QByteArray("the client wrote this meanwhile\n"));
        QVERIFY(store.transactions().isEmpty());
    }

    void refusesWhileClientRuns()
    {
        QTemporaryDir dir;
        const QString prefs = dir.filePath(QStringLiteral("prefs.js"));
        writeFile(prefs, "x\n");
        const ChangePlan plan = planFor(dir.path(), {FileChange{prefs, true, "x\n", "y\n", {}}});
        BackupStore store(dir.filePath(QStringLiteral("backups")));
        const RunningCheck running = [&](const QString& client, const QString& location) {
            return client == QLatin1String("testclient") && location == dir.path()
                       ? QStringLiteral("Test Client is running")
                       : QString();
        };
        const ApplyResult r = applyPlans({plan}, store, running, QString());
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("Test Client is running"));
        QCOMPARE(readFile(prefs), QByteArray("x\n"));

        const ApplyResult ok = applyPlans({plan}, store, notRunning, QString());
        QVERIFY(ok.ok);
        const UndoResult u = undoTransaction(store, ok.transactionId, running, false);
        QVERIFY(!u.ok);
        QCOMPARE(readFile(prefs), QByteArray("y\n"));
    }

    void refusedPlanWritesNothing()
    {
        QTemporaryDir dir;
        const QString prefs = dir.filePath(QStringLiteral("prefs.js"));
        writeFile(prefs, "x\n");
        ChangePlan good = planFor(dir.path(), {FileChange{prefs, true, "x\n", "y\n", {}}});
        ChangePlan bad = planFor(dir.filePath(QStringLiteral("other")), {});
        bad.refusal = QStringLiteral("profile is locked");
        BackupStore store(dir.filePath(QStringLiteral("backups")));
        const ApplyResult r = applyPlans({good, bad}, store, notRunning, QString());
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("profile is locked")));
        QCOMPARE(readFile(prefs), QByteArray("x\n"));
    }

    void failedWriteRollsBackEarlierFiles()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("a/prefs.js"));
        writeFile(first, "first before\n");
        // The second target's folder is a regular file, so writing it must fail.
        writeFile(dir.filePath(QStringLiteral("blocker")), "not a folder");
        const QString second = dir.filePath(QStringLiteral("blocker/prefs.js"));
        const ChangePlan plan =
            planFor(dir.path(), {FileChange{first, true, "first before\n", "first after\n", {}},
                                 FileChange{second, false, {}, "second\n", {}}});
        BackupStore store(dir.filePath(QStringLiteral("backups")));
        const ApplyResult r = applyPlans({plan}, store, notRunning, QString());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("put back")), qPrintable(r.error));
        QCOMPARE(readFile(first), QByteArray("first before\n"));
        QCOMPARE(store.transactions().first().state, TransactionRecord::State::Failed);
    }

    void undoConflictNeedsForceAndKeepsCurrentVersion()
    {
        QTemporaryDir dir;
        const QString prefs = dir.filePath(QStringLiteral("prefs.js"));
        writeFile(prefs, "original\n");
        BackupStore store(dir.filePath(QStringLiteral("backups")));
        const ApplyResult r =
            applyPlans({planFor(dir.path(), {FileChange{prefs, true, "original\n", "ours\n", {}}})}, store,
                       notRunning, QString());
        QVERIFY(r.ok);
        writeFile(prefs, "rewritten by the client\n");

        const UndoResult refused = undoTransaction(store, r.transactionId, notRunning, false);
        QVERIFY(!refused.ok);
        QCOMPARE(refused.conflicts, QStringList{prefs});
        QVERIFY(refused.error.contains(QStringLiteral("--force")));
        QCOMPARE(readFile(prefs), QByteArray("rewritten by the client\n"));

        const UndoResult forced = undoTransaction(store, r.transactionId, notRunning, true);
        QVERIFY2(forced.ok, qPrintable(forced.error));
        QCOMPARE(readFile(prefs), QByteArray("original\n"));
        const QDir files(store.find(r.transactionId)->directory + QStringLiteral("/files"));
        const QStringList kept = files.entryList({QStringLiteral("before-undo-*")}, QDir::Files);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(readFile(files.filePath(kept.first())), QByteArray("rewritten by the client\n"));
    }

    void damagedBackupIsNotRestored()
    {
        QTemporaryDir dir;
        const QString prefs = dir.filePath(QStringLiteral("prefs.js"));
        writeFile(prefs, "original\n");
        BackupStore store(dir.filePath(QStringLiteral("backups")));
        const ApplyResult r =
            applyPlans({planFor(dir.path(), {FileChange{prefs, true, "original\n", "ours\n", {}}})}, store,
                       notRunning, QString());
        const auto record = store.find(r.transactionId);
        writeFile(QDir(record->directory).filePath(record->entries.first().backupFile), "tampered\n");
        const UndoResult u = undoTransaction(store, r.transactionId, notRunning, false);
        QVERIFY(!u.ok);
        QVERIFY2(u.error.contains(QStringLiteral("damaged")), qPrintable(u.error));
        QCOMPARE(readFile(prefs), QByteArray("ours\n"));
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "test_transaction.moc"
