// SPDX-License-Identifier: GPL-3.0-or-later
#include "mozilla/profilelock.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <memory>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#include <vector>

using mailsetup::checkProfileLock;
using mailsetup::ProfileLockState;

namespace {

const char kThunderbird[] = "/usr/lib/thunderbird/thunderbird";

// fcntl locks belong to a process, so the holder must be another one.
const char kHoldLock[] = "import fcntl, os, sys, time\n"
                         "f = open(sys.argv[1], 'a')\n"
                         "fcntl.lockf(f, fcntl.LOCK_EX)\n"
                         "print('locked', os.getpid(), flush=True)\n"
                         "time.sleep(60)\n";

QStringList listAll(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// ::symlink, not QFile::link: Qt reads a leading ':' as a resource path.
bool makeSymlink(const QString& target, const QString& link)
{
    return ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(link).constData()) == 0;
}

QByteArray readLink(const QString& path)
{
    char buffer[1024];
    const ssize_t length = ::readlink(QFile::encodeName(path).constData(), buffer, sizeof buffer);
    return length > 0 ? QByteArray(buffer, int(length)) : QByteArray("(none)");
}

} // namespace

class TestProfileLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void emptyDirNotLocked();
    void missingDirNotLocked();
    void unlockedParentlockNotLocked();
    void parentlockHeldByOtherProcess();
    void oldNameParentLockHeld();
    void danglingParentlockSymlinkNotFollowedToCreate();
    void fifoDoesNotHang();
    void symlinkToLiveProcess_data();
    void symlinkToLiveProcess();
    void symlinkToDeadProcess();
    void symlinkMalformed_data();
    void symlinkMalformed();
    void realThunderbird();

private:
    QString tempDir();
    QProcess* startChild(const QString& program, const QStringList& arguments, bool ownGroup = false);
    QProcess* startLockHolder(const QString& file, qint64* printedPid);

    struct Child
    {
        std::unique_ptr<QProcess> process;
        bool ownGroup = false;
        qint64 pid = 0;
    };
    std::vector<Child> m_children;
    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
    QString m_python;
};

void TestProfileLock::initTestCase()
{
    // The system interpreter rather than a version-manager shim in front of it.
    m_python = QFileInfo::exists(QStringLiteral("/usr/bin/python3"))
                   ? QStringLiteral("/usr/bin/python3")
                   : QStandardPaths::findExecutable(QStringLiteral("python3"));
}

void TestProfileLock::cleanup()
{
    // Children first: a temp dir must not vanish under a running Thunderbird.
    for (Child& child : m_children) {
        if (child.ownGroup && child.pid > 0) {
            ::kill(pid_t(-child.pid), SIGKILL); // Thunderbird's helper processes too
        }
        if (child.process->state() != QProcess::NotRunning) {
            child.process->kill();
            child.process->waitForFinished(10000);
        }
    }
    m_children.clear();
    m_dirs.clear();
}

QString TestProfileLock::tempDir()
{
    m_dirs.push_back(std::make_unique<QTemporaryDir>());
    if (!m_dirs.back()->isValid()) {
        qFatal("cannot create a temporary directory");
    }
    return m_dirs.back()->path();
}

QProcess* TestProfileLock::startChild(const QString& program, const QStringList& arguments, bool ownGroup)
{
    Child child;
    child.process = std::make_unique<QProcess>();
    child.ownGroup = ownGroup;
    if (ownGroup) {
        child.process->setChildProcessModifier([] { ::setpgid(0, 0); });
    }
    child.process->setProcessChannelMode(QProcess::MergedChannels);
    child.process->start(program, arguments);
    if (!child.process->waitForStarted(10000)) {
        qWarning("cannot start %s: %s", qPrintable(program), qPrintable(child.process->errorString()));
    }
    child.pid = child.process->processId();
    m_children.push_back(std::move(child));
    return m_children.back().process.get();
}

QProcess* TestProfileLock::startLockHolder(const QString& file, qint64* printedPid)
{
    QProcess* holder = startChild(m_python, {QStringLiteral("-c"), QString::fromLatin1(kHoldLock), file});
    QByteArray output;
    const QDeadlineTimer deadline(15000);
    while (!output.contains('\n') && !deadline.hasExpired() && holder->state() == QProcess::Running) {
        holder->waitForReadyRead(200);
        output += holder->readAll();
    }
    const QList<QByteArray> words = output.trimmed().split(' ');
    *printedPid = words.size() == 2 && words.at(0) == "locked" ? words.at(1).toLongLong() : 0;
    if (*printedPid == 0) {
        qWarning("lock holder did not report: %s", output.constData());
    }
    return holder;
}

void TestProfileLock::emptyDirNotLocked()
{
    const QString dir = tempDir();
    const ProfileLockState state = checkProfileLock(dir);
    QVERIFY(!state.locked);
    QVERIFY(state.lockFile.isEmpty());
    QCOMPARE(state.pid, qint64(0));
    // The check must not create anything in a profile.
    QVERIFY(listAll(dir).isEmpty());
}

void TestProfileLock::missingDirNotLocked()
{
    const QString dir = tempDir() + QStringLiteral("/does-not-exist");
    QVERIFY(!checkProfileLock(dir).locked);
    QVERIFY(!QFileInfo::exists(dir));
}

void TestProfileLock::unlockedParentlockNotLocked()
{
    // Gecko never deletes .parentlock, so its mere presence means nothing.
    const QString dir = tempDir();
    const QString file = dir + QStringLiteral("/.parentlock");
    QFile create(file);
    QVERIFY(create.open(QIODevice::WriteOnly));
    QVERIFY(create.setFileTime(QDateTime::fromSecsSinceEpoch(1000000000), QFileDevice::FileModificationTime));
    create.close();

    const ProfileLockState state = checkProfileLock(dir);
    QVERIFY(!state.locked);
    QVERIFY(state.lockFile.isEmpty());
    QCOMPARE(listAll(dir), QStringList{QStringLiteral(".parentlock")});
    const QFileInfo after(file);
    QCOMPARE(after.size(), 0);
    QCOMPARE(after.lastModified().toSecsSinceEpoch(), 1000000000);
}

void TestProfileLock::parentlockHeldByOtherProcess()
{
    if (m_python.isEmpty()) {
        QSKIP("python3 is needed to hold an fcntl lock from another process");
    }
    const QString dir = tempDir();
    qint64 printed = 0;
    QProcess* holder = startLockHolder(dir + QStringLiteral("/.parentlock"), &printed);
    QVERIFY(printed > 0);
    QCOMPARE(printed, holder->processId());

    // Twice: probing must neither take nor break the other process's lock.
    for (int round = 0; round < 2; ++round) {
        const ProfileLockState state = checkProfileLock(dir);
        QVERIFY(state.locked);
        QCOMPARE(state.lockFile, QStringLiteral(".parentlock"));
        QCOMPARE(state.pid, printed);
        QVERIFY2(state.detail.contains(QStringLiteral("process %1").arg(printed)), qPrintable(state.detail));
        QVERIFY2(state.detail.contains(QStringLiteral(".parentlock")), qPrintable(state.detail));
    }
    QCOMPARE(listAll(dir), QStringList{QStringLiteral(".parentlock")});

    holder->kill();
    QVERIFY(holder->waitForFinished(10000));
    const ProfileLockState after = checkProfileLock(dir);
    QVERIFY(!after.locked);
    QCOMPARE(after.pid, qint64(0));
}

void TestProfileLock::oldNameParentLockHeld()
{
    if (m_python.isEmpty()) {
        QSKIP("python3 is needed to hold an fcntl lock from another process");
    }
    const QString dir = tempDir();
    qint64 printed = 0;
    startLockHolder(dir + QStringLiteral("/parent.lock"), &printed);
    QVERIFY(printed > 0);
    const ProfileLockState state = checkProfileLock(dir);
    QVERIFY(state.locked);
    QCOMPARE(state.lockFile, QStringLiteral("parent.lock"));
    QCOMPARE(state.pid, printed);
}

void TestProfileLock::danglingParentlockSymlinkNotFollowedToCreate()
{
    // Opening with O_CREAT would create the target; the check must not.
    const QString dir = tempDir();
    const QString target = dir + QStringLiteral("/target-must-not-appear");
    QVERIFY(makeSymlink(target, dir + QStringLiteral("/.parentlock")));
    QVERIFY(!checkProfileLock(dir).locked);
    QVERIFY(!QFileInfo::exists(target));
}

void TestProfileLock::fifoDoesNotHang()
{
    const QString dir = tempDir();
    QVERIFY(::mkfifo(QFile::encodeName(dir + QStringLiteral("/.parentlock")).constData(), 0600) == 0);
    QVERIFY(!checkProfileLock(dir).locked);
}

void TestProfileLock::symlinkToLiveProcess_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("IP:+PID (fcntl lock also held)") << QStringLiteral("127.0.0.1:+%1");
    QTest::newRow("IP:PID (NFS fallback)") << QStringLiteral("192.168.1.20:%1");
}

void TestProfileLock::symlinkToLiveProcess()
{
    QFETCH(QString, format);
    QProcess* sleeper = startChild(QStringLiteral("sleep"), {QStringLiteral("60")});
    QVERIFY(sleeper->state() == QProcess::Running);
    const qint64 pid = sleeper->processId();

    const QString dir = tempDir();
    QVERIFY(makeSymlink(format.arg(pid), dir + QStringLiteral("/lock")));
    const ProfileLockState state = checkProfileLock(dir);
    QVERIFY(state.locked);
    QCOMPARE(state.lockFile, QStringLiteral("lock"));
    QCOMPARE(state.pid, pid);
    QVERIFY2(state.detail.contains(QString::number(pid)), qPrintable(state.detail));
}

void TestProfileLock::symlinkToDeadProcess()
{
    // A finished and reaped child: its pid names no process any more.
    QProcess* done = startChild(QStringLiteral("true"), {});
    const qint64 pid = done->processId();
    QVERIFY(pid > 0);
    QVERIFY(done->waitForFinished(10000));

    const QString dir = tempDir();
    QVERIFY(makeSymlink(QStringLiteral("127.0.0.1:+%1").arg(pid), dir + QStringLiteral("/lock")));
    const ProfileLockState state = checkProfileLock(dir);
    QVERIFY(!state.locked);
    QVERIFY(state.lockFile.isEmpty());
    QCOMPARE(state.pid, qint64(0));
    QVERIFY2(state.detail.contains(QStringLiteral("no longer running")), qPrintable(state.detail));
    // The stale link is reported, not removed.
    QVERIFY(QFileInfo(dir + QStringLiteral("/lock")).isSymLink());
}

void TestProfileLock::symlinkMalformed_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("no colon") << QStringLiteral("nonsense");
    QTest::newRow("no pid") << QStringLiteral("127.0.0.1:+");
    QTest::newRow("pid 0 (would probe our group)") << QStringLiteral("127.0.0.1:0");
    QTest::newRow("pid -1 (would probe everything)") << QStringLiteral("127.0.0.1:-1");
    QTest::newRow("trailing text") << QStringLiteral("127.0.0.1:+1x");
    QTest::newRow("too large") << QStringLiteral("127.0.0.1:+99999999999");
    QTest::newRow("no address") << QStringLiteral(":+1");
}

void TestProfileLock::symlinkMalformed()
{
    QFETCH(QString, target);
    const QString dir = tempDir();
    QVERIFY(makeSymlink(target, dir + QStringLiteral("/lock")));
    const ProfileLockState state = checkProfileLock(dir);
    QVERIFY(!state.locked);
    QCOMPARE(state.pid, qint64(0));
}

void TestProfileLock::realThunderbird()
{
    const QString thunderbird = QString::fromLatin1(kThunderbird);
    if (!QFileInfo::exists(thunderbird)) {
        QSKIP("Thunderbird is not installed at /usr/lib/thunderbird/thunderbird");
    }
    const QString home = tempDir();
    const QString profile = tempDir();

    // A private network namespace keeps it offline, but needs root.
    QString program = thunderbird;
    QStringList arguments = {QStringLiteral("--headless"), QStringLiteral("--profile"), profile};
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (::geteuid() == 0 && !unshare.isEmpty() &&
        QProcess::execute(unshare, {QStringLiteral("-n"), QStringLiteral("true")}) == 0) {
        arguments.prepend(thunderbird);
        arguments.prepend(QStringLiteral("-n"));
        program = unshare; // it execs Thunderbird, so the pid stays the same
    }

    // Everything the user owns is redirected to the temp home.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("MOZ_CRASHREPORTER_DISABLE"), QStringLiteral("1"));
    env.remove(QStringLiteral("MOZ_NO_REMOTE"));

    Child child;
    child.process = std::make_unique<QProcess>();
    child.ownGroup = true;
    child.process->setProcessEnvironment(env);
    child.process->setChildProcessModifier([] { ::setpgid(0, 0); });
    child.process->setProcessChannelMode(QProcess::MergedChannels);
    child.process->start(program, arguments);
    QVERIFY2(child.process->waitForStarted(10000), qPrintable(child.process->errorString()));
    child.pid = child.process->processId();
    QProcess* tb = child.process.get();
    m_children.push_back(std::move(child));
    const qint64 pid = tb->processId();

    ProfileLockState state;
    QByteArray output;
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && tb->state() == QProcess::Running) {
        state = checkProfileLock(profile);
        if (state.locked) {
            break;
        }
        tb->waitForReadyRead(250);
        output += tb->readAll();
    }
    output += tb->readAll();
    QVERIFY2(state.locked,
             qPrintable(QStringLiteral("Thunderbird did not lock the profile within 20 s; output:\n") +
                        QString::fromLocal8Bit(output.right(4000))));
    QCOMPARE(state.lockFile, QStringLiteral(".parentlock"));
    QCOMPARE(state.pid, pid);
    QVERIFY2(state.detail.contains(QStringLiteral(".parentlock")), qPrintable(state.detail));
    QVERIFY2(state.detail.contains(QString::number(pid)), qPrintable(state.detail));
    qInfo("Thunderbird %lld holds the profile: %s (lock symlink -> %s)", pid, qPrintable(state.detail),
          readLink(profile + QStringLiteral("/lock")).constData());
    // Our probe must not have disturbed it.
    QVERIFY(tb->state() == QProcess::Running);

    tb->terminate(); // SIGTERM: Gecko's handler unlinks the `lock` symlink before exiting
    if (!tb->waitForFinished(30000)) {
        QFAIL("Thunderbird did not exit within 30 s of SIGTERM");
    }
    const ProfileLockState after = checkProfileLock(profile);
    QVERIFY2(!after.locked, qPrintable(after.detail));
    qInfo("after exit: lock symlink -> %s", readLink(profile + QStringLiteral("/lock")).constData());
    QVERIFY(QFileInfo::exists(profile + QStringLiteral("/.parentlock")));
}

QTEST_GUILESS_MAIN(TestProfileLock)
#include "test_profilelock.moc"
