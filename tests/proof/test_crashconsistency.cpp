// SPDX-License-Identifier: GPL-3.0-or-later
// Crash consistency: the real mailsetup program applies a profile to a home with every
// mail program's fixtures and is killed with SIGKILL just before one of its file-system
// steps (open for writing, write, rename, chmod, ... under the test folder; counted by the
// LD_PRELOAD library killpoint.cpp), at 200 random steps. After each kill every file is
// byte for byte its old or its new version and parses, nothing else changed, and
// `mailsetup undo` brings back the old versions (or says there is nothing to undo, when
// nothing was changed yet).
#include "../support/runmailsetup.h"
#include "../support/testfiles.h"
#include "fixturehome.h"
#include "parsecheck.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString data = QStringLiteral(MAILSETUP_TEST_DATA);

class CrashConsistencyTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{e2e::tmpTemplate(QStringLiteral("crash"))};
    QString m_home;
    QString m_backups;
    QMap<QString, QByteArray> m_before; // the home before the apply
    QMap<QString, QByteArray> m_after;  // after an apply that was not interrupted
    QSet<QString> m_touched;
    long m_steps = 0;

    const QStringList m_apply{
        QStringLiteral("apply"),   QStringLiteral("--profile"),       QStringLiteral("pcug"),
        QStringLiteral("--email"), QStringLiteral("zed@pcug.org.au"), QStringLiteral("--name"),
        QStringLiteral("Zed Ng")};

    void freshHome()
    {
        QDir(m_home).removeRecursively();
        QDir(m_backups).removeRecursively();
        proof::writeEveryClient(m_home, data);
    }

    // mailsetup with HOME at the fixture home; killAt > 0 kills it before that step.
    e2e::ProcessResult run(const QStringList& arguments, long killAt = 0, const QString& countFile = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home);
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(MAILSETUP_KILLPOINT_LIB));
        // In the sanitized build: ASan wants to be first, but our library only forwards.
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":verify_asan_link_order=0"));
        env.insert(QStringLiteral("MAILSETUP_KILL_ROOT"), m_dir.path() + QLatin1Char('/'));
        if (killAt > 0)
            env.insert(QStringLiteral("MAILSETUP_KILL_AT"), QString::number(killAt));
        if (!countFile.isEmpty())
            env.insert(QStringLiteral("MAILSETUP_KILL_COUNT"), countFile);
        QStringList args{QStringLiteral("--home"), m_home, QStringLiteral("--backup-dir"), m_backups};
        return e2e::runProcess(e2e::mailsetupBinary(), args + arguments, env, 60000);
    }

    // QSaveFile's temporary file beside a file being replaced ("prefs.js.AbC123"), left
    // behind when the process is killed before the rename. It never has the real name,
    // so no program reads it; it is counted and reported, and taken out of the checks.
    static bool isLeftOverTemporary(const QString& path, const QMap<QString, QByteArray>& now)
    {
        static const QRegularExpression pattern(QStringLiteral("^(.*)\\.[A-Za-z0-9]{6}$"));
        const QRegularExpressionMatch match = pattern.match(path);
        return match.hasMatch() &&
               (now.contains(match.captured(1)) || match.captured(1).endsWith(QLatin1String(".source")));
    }

    static QMap<QString, QByteArray> withoutTemporaries(QMap<QString, QByteArray> files, int* count = nullptr)
    {
        const QMap<QString, QByteArray> all = files;
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (isLeftOverTemporary(it.key(), all)) {
                files.remove(it.key());
                if (count)
                    ++*count;
            }
        }
        return files;
    }

    static bool ownerOnly(const QString& path)
    {
        return !(QFileInfo(path).permissions() &
                 (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther));
    }

    // The sha256 of every file's new version, by path relative to the home, from the
    // manifest of the apply (its new files have random names and ids, so a reference run
    // cannot say what "new" is). Empty while there is no manifest.
    QMap<QString, QString> newVersions() const
    {
        QMap<QString, QString> hashes;
        const QMap<QString, QByteArray> backups = proof::readTree(m_backups);
        for (auto it = backups.cbegin(); it != backups.cend(); ++it) {
            if (!it.key().endsWith(QLatin1String("/manifest.json")))
                continue;
            const QJsonArray entries =
                QJsonDocument::fromJson(it.value()).object().value(QStringLiteral("entries")).toArray();
            for (const QJsonValue& entry : entries) {
                hashes.insert(QDir(m_home).relativeFilePath(entry[QStringLiteral("path")].toString()),
                              entry[QStringLiteral("sha256After")].toString());
            }
        }
        return hashes;
    }

    // Every file is its old version, or the new version the manifest names, and parses;
    // what is wrong, in words.
    QStringList inconsistencies(const QMap<QString, QByteArray>& now, int* newFiles = nullptr) const
    {
        const QMap<QString, QString> planned = newVersions();
        QStringList problems;
        int changed = 0;
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (m_before.contains(it.key()) && m_before.value(it.key()) == it.value())
                continue;
            ++changed;
            if (!planned.contains(it.key()) ||
                planned.value(it.key()) !=
                    QString::fromLatin1(
                        QCryptographicHash::hash(it.value(), QCryptographicHash::Sha256).toHex()))
                problems << QStringLiteral("%1 is neither the old nor the new version (%2 bytes)")
                                .arg(it.key())
                                .arg(it.value().size());
            else if (const QString problem = proof::parseProblem(it.key(), it.value()); !problem.isEmpty())
                problems << QStringLiteral("%1: %2").arg(it.key(), problem);
            // Files Mail Setup creates hold account details: only their owner may read
            // them, from the moment they appear.
            if (!m_before.contains(it.key()) && !ownerOnly(m_home + QLatin1Char('/') + it.key()))
                problems << QStringLiteral("%1 can be read by others").arg(it.key());
        }
        for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
            if (!now.contains(it.key()))
                problems << QStringLiteral("%1 is missing").arg(it.key());
        }
        if (newFiles)
            *newFiles = changed;
        return problems;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(e2e::mailsetupBinary()), qPrintable(e2e::mailsetupBinary()));
        m_home = m_dir.filePath(QStringLiteral("home"));
        m_backups = m_dir.filePath(QStringLiteral("backups"));

        // The reference: an apply that runs to the end, counting its steps.
        freshHome();
        m_before = proof::readTree(m_home);
        // Beside the test folder, not in it: writing the count is not a step of the apply.
        const QString countFile = m_dir.path() + QStringLiteral("-steps");
        const e2e::ProcessResult applied = run(m_apply, 0, countFile);
        QVERIFY2(applied.ok(), qPrintable(applied.describe()));
        m_steps = testfiles::readFile(countFile).trimmed().toLong();
        m_after = proof::readTree(m_home);
        for (auto it = m_after.cbegin(); it != m_after.cend(); ++it) {
            if (m_before.value(it.key()) != it.value() || !m_before.contains(it.key()))
                m_touched << it.key();
        }
        QVERIFY2(inconsistencies(m_after).isEmpty(),
                 qPrintable(inconsistencies(m_after).join(QLatin1Char('\n'))));
        qInfo("the apply changes %lld files in %ld file-system steps", qlonglong(m_touched.size()), m_steps);
        // Several programs, so a kill can fall between two of them.
        QVERIFY2(m_touched.size() >= 5, qPrintable(QStringList(m_touched.values()).join(QLatin1Char(' '))));
        QVERIFY(m_steps > m_touched.size());
        for (const QString& path : std::as_const(m_touched)) {
            QVERIFY2(
                proof::parseProblem(path, m_after.value(path)).isEmpty(),
                qPrintable(path + QStringLiteral(": ") + proof::parseProblem(path, m_after.value(path))));
            if (m_before.contains(path))
                QVERIFY2(proof::parseProblem(path, m_before.value(path)).isEmpty(), qPrintable(path));
        }
        QFile::remove(countFile);
        // And the undo of it gives the old home back.
        const e2e::ProcessResult undone = run({QStringLiteral("undo")});
        QVERIFY2(undone.ok(), qPrintable(undone.describe()));
        QCOMPARE(proof::readTree(m_home), m_before);
        // The count is exact: killed before the last step, the program does not finish.
        freshHome();
        const e2e::ProcessResult last = run(m_apply, m_steps);
        QVERIFY2(last.finished && last.exitCode == -1, qPrintable(last.describe()));
    }

    void killedAtRandomStepsLeavesOldOrNewAndUndoWorks()
    {
        const int runs = qEnvironmentVariableIsSet("MAILSETUP_CRASH_RUNS")
                             ? qEnvironmentVariableIntValue("MAILSETUP_CRASH_RUNS")
                             : 200;
        const quint32 seed = qEnvironmentVariableIsSet("MAILSETUP_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("MAILSETUP_CRASH_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("%d runs, seed %u (MAILSETUP_CRASH_SEED=%u repeats them)", runs, seed, seed);
        QRandomGenerator random(seed);
        QSet<long> points;
        int partial = 0; // runs that left some files new and some old
        int nothingToUndo = 0;
        int leftOver = 0; // QSaveFile temporaries left by a kill
        for (int i = 0; i < runs; ++i) {
            freshHome();
            // 1..m_steps kill before that step; m_steps + 1 lets the apply finish.
            const long killAt = 1 + long(random.bounded(quint32(m_steps + 1)));
            points << killAt;
            const QString where =
                QStringLiteral("run %1, killed before step %2 of %3").arg(i).arg(killAt).arg(m_steps);
            const e2e::ProcessResult applied = run(m_apply, killAt);
            if (killAt <= m_steps)
                QVERIFY2(applied.finished && applied.exitCode == -1, qPrintable(where + applied.describe()));

            const QMap<QString, QByteArray> now = withoutTemporaries(proof::readTree(m_home), &leftOver);
            int newOnes = 0;
            const QStringList problems = inconsistencies(now, &newOnes);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(where + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
            partial += newOnes > 0 && newOnes < m_touched.size() ? 1 : 0;
            // The manifest, when there is one, is whole JSON.
            const QMap<QString, QByteArray> backups = proof::readTree(m_backups);
            for (auto it = backups.cbegin(); it != backups.cend(); ++it) {
                QVERIFY2(proof::parseProblem(it.key(), it.value()).isEmpty(), qPrintable(where + it.key()));
                // Copies of the person's settings: theirs alone, even half-way through.
                QVERIFY2(ownerOnly(m_backups + QLatin1Char('/') + it.key()),
                         qPrintable(where + QStringLiteral(": others can read the backup ") + it.key()));
            }

            const e2e::ProcessResult undone = run({QStringLiteral("undo")});
            if (!undone.ok()) {
                // Only when there was nothing to undo: no manifest yet, and nothing changed.
                QVERIFY2(undone.exitCode == 1 && undone.stdErr().contains(QLatin1String("no change to undo")),
                         qPrintable(where + QStringLiteral("\n") + undone.describe()));
                QVERIFY2(newOnes == 0,
                         qPrintable(where + QStringLiteral(": files changed, nothing to undo")));
                ++nothingToUndo;
            }
            // Exactly the old home: every file back, new ones gone, no stray temporary files.
            const QMap<QString, QByteArray> restored = withoutTemporaries(proof::readTree(m_home));
            QVERIFY2(restored.keys() == m_before.keys(),
                     qPrintable(where + QStringLiteral(": after undo: ") +
                                QStringList(restored.keys()).join(QLatin1Char(' '))));
            for (auto it = restored.cbegin(); it != restored.cend(); ++it)
                QVERIFY2(it.value() == m_before.value(it.key()),
                         qPrintable(where + QStringLiteral(": undo left ") + it.key() +
                                    QStringLiteral(" changed\n") + undone.describe()));
        }
        qInfo("%d runs: %lld different kill points of %ld, %d left some files changed and some not, "
              "%d had nothing to undo, %d temporary files were left beside the real ones",
              runs, qlonglong(points.size()), m_steps + 1, partial, nothingToUndo, leftOver);
    }
};

} // namespace

QTEST_GUILESS_MAIN(CrashConsistencyTest)
#include "test_crashconsistency.moc"
