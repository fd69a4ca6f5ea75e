// SPDX-License-Identifier: GPL-3.0-or-later
#include "thunderbirdrunner.h"

#include "runmailsetup.h"
#include "thunderbirdfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QThread>
#include <csignal>
#include <sys/types.h>

namespace e2e {
namespace {

QString harnessScript()
{
    return QDir::cleanPath(QStringLiteral(MAILSETUP_TEST_DATA "/../support/thunderbird_harness.py"));
}

bool alive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

// root's PATH need not list sbin in CI shells; `ip` lives there.
QString pathWithSbin()
{
    return qEnvironmentVariable("PATH", QStringLiteral("/usr/bin:/bin")) + QStringLiteral(":/usr/sbin:/sbin");
}

} // namespace

QString ThunderbirdRunner::binary()
{
    return QStringLiteral("/usr/lib/thunderbird/thunderbird");
}

bool ThunderbirdRunner::canIsolate()
{
    static const bool can = [] {
        if (!isRoot() || QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("ip"), pathWithSbin().split(QLatin1Char(':')))
                .isEmpty())
            return false;
        return runProcess(QStringLiteral("unshare"),
                          {QStringLiteral("-n"), QStringLiteral("-m"), QStringLiteral("true")},
                          QProcessEnvironment::systemEnvironment(), 10000)
            .ok();
    }();
    return can;
}

ThunderbirdRunner::~ThunderbirdRunner()
{
    killAll();
}

bool ThunderbirdRunner::start(const Options& options, QString* error)
{
    m_options = options;
    const QString python = python3();
    if (python.isEmpty()) {
        *error = QStringLiteral("python3 is needed to drive Thunderbird's Marionette port");
        return false;
    }
    const QString runtimeDir = options.home + QStringLiteral("/.run");
    QDir().mkpath(runtimeDir);
    QFile::setPermissions(runtimeDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    // Everything Thunderbird writes outside its profile lands under the fixture home.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), options.home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), options.home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), options.home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), options.home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), options.home + QStringLiteral("/.local/state"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
    env.insert(QStringLiteral("PATH"), pathWithSbin());
    env.insert(QStringLiteral("HARNESS_WORKDIR"), options.workDir);
    env.insert(QStringLiteral("MOZ_CRASHREPORTER_DISABLE"), QStringLiteral("1"));
    // A SIGTERM'd earlier run must not turn the next start into a safe-mode prompt.
    env.insert(QStringLiteral("MOZ_DISABLE_AUTO_SAFE_MODE"), QStringLiteral("1"));
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"})
        env.remove(QString::fromLatin1(name));
    m_harness.setProcessEnvironment(env);
    m_harness.setWorkingDirectory(options.workDir);

    m_isolated = canIsolate() && qEnvironmentVariableIsEmpty("MAILSETUP_E2E_NO_ISOLATION");
    QStringList args{harnessScript()};
    // Outside a namespace the account's real servers are tried, and the alert for an
    // unreachable one blocks Marionette: then SIGTERM soon rather than after a minute.
    args << QStringLiteral("--session-timeout") << QString::fromLatin1(m_isolated ? "60" : "15");
    if (m_isolated)
        args << QStringLiteral("--isolated");
    for (const QString& name : options.resolveToLoopback)
        args << QStringLiteral("--resolve") << name;
    for (int port : options.silentPorts)
        args << QStringLiteral("--sink") << QString::number(port);
    args << QStringLiteral("--") << binary() << QStringLiteral("--headless") << QStringLiteral("--marionette")
         << QStringLiteral("--profile") << options.profileDir;
    if (m_isolated)
        m_harness.start(QStringLiteral("unshare"),
                        QStringList{QStringLiteral("-n"), QStringLiteral("-m"), python} + args);
    else
        m_harness.start(python, args);
    if (!m_harness.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start the Thunderbird harness: %1").arg(m_harness.errorString());
        return false;
    }
    const QString line = readLine(30000);
    if (!line.startsWith(QLatin1String("started "))) {
        *error =
            QStringLiteral("Thunderbird did not start (harness said \"%1\")\n%2").arg(line, diagnostics());
        return false;
    }
    m_pid = line.mid(8).toLongLong();
    return true;
}

bool ThunderbirdRunner::isRunning() const
{
    return alive(m_pid);
}

bool ThunderbirdRunner::waitForPrefsRewrite(const QString& prefsPath, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        const QByteArray bytes = readFile(prefsPath);
        if (writtenByGecko(bytes) || bytes.contains("\"mail.root.") || bytes.contains(".directory-rel\""))
            return true;
        if (!isRunning())
            return false;
        QThread::msleep(100);
    }
    return false;
}

QString ThunderbirdRunner::quit()
{
    if (m_harness.state() != QProcess::Running)
        return QStringLiteral("the harness is not running");
    m_harness.write("quit\n");
    m_harness.waitForBytesWritten(5000);
    // The harness allows 30 s to connect, 60 s for NewSession, 30 s to exit and
    // 10 s after SIGTERM.
    const QString line = readLine(150000);
    m_harness.closeWriteChannel();
    m_harness.waitForFinished(15000);
    QElapsedTimer timer;
    timer.start();
    while (isRunning() && timer.elapsed() < 10000)
        QThread::msleep(50);
    if (!line.startsWith(QLatin1String("quit ")))
        return QStringLiteral("no answer from the harness (\"%1\")").arg(line);
    return line.mid(5);
}

QStringList ThunderbirdRunner::silentPortConnections() const
{
    const QString text = QString::fromUtf8(readFile(m_options.workDir + QStringLiteral("/sinks.log")));
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString ThunderbirdRunner::readLine(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!m_harness.canReadLine()) {
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0 || m_harness.state() != QProcess::Running)
            break;
        m_harness.waitForReadyRead(int(qMin<qint64>(left, 500)));
    }
    return m_harness.canReadLine() ? QString::fromUtf8(m_harness.readLine()).trimmed() : QString();
}

QString ThunderbirdRunner::diagnostics()
{
    m_stderr += QString::fromUtf8(m_harness.readAllStandardError());
    const QByteArray log = readFile(m_options.workDir + QStringLiteral("/thunderbird.log"));
    return QStringLiteral("--- harness:\n%1--- thunderbird.log (tail):\n%2")
        .arg(m_stderr, QString::fromUtf8(log.right(3000)));
}

void ThunderbirdRunner::killAll()
{
    if (m_harness.state() != QProcess::NotRunning) {
        m_harness.closeWriteChannel(); // EOF: the harness kills Thunderbird and exits
        if (!m_harness.waitForFinished(10000)) {
            m_harness.kill(); // PR_SET_PDEATHSIG takes Thunderbird with it
            m_harness.waitForFinished(5000);
        }
    }
    if (alive(m_pid))
        ::kill(pid_t(m_pid), SIGKILL);
    if (!m_options.home.isEmpty()) {
        for (qint64 pid : processesWithHome(m_options.home))
            ::kill(pid_t(pid), SIGKILL);
    }
}

} // namespace e2e
