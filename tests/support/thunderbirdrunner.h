// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace e2e {

// A real, headless Thunderbird on one profile, run through thunderbird_harness.py.
// When this process may (root), Thunderbird runs in its own network and mount
// namespace: only a loopback, a private /etc/hosts that sends the account's server
// names to it, and silent listeners on the incoming ports. So it never reaches a real
// server, its Marionette port cannot clash with another Thunderbird, and the account's
// startup connection just waits instead of failing into a modal alert (which would
// block the graceful quit). The destructor makes sure nothing of it survives.
class ThunderbirdRunner
{
public:
    struct Options
    {
        QString home;       // HOME (and XDG dirs below it)
        QString profileDir; // --profile
        QString workDir;    // harness files and thunderbird.log
        QStringList resolveToLoopback;
        QList<int> silentPorts;
    };

    static QString binary(); // /usr/lib/thunderbird/thunderbird
    // Whether `unshare -n -m` works here (root, util-linux, iproute2). Setting
    // MAILSETUP_E2E_NO_ISOLATION runs Thunderbird without it, as for a non-root user.
    static bool canIsolate();

    ThunderbirdRunner() = default;
    ThunderbirdRunner(const ThunderbirdRunner&) = delete;
    ThunderbirdRunner& operator=(const ThunderbirdRunner&) = delete;
    ~ThunderbirdRunner();

    bool start(const Options& options, QString* error);
    bool isolated() const { return m_isolated; }
    qint64 pid() const { return m_pid; }
    bool isRunning() const;

    // Polls prefs.js until Thunderbird has rewritten it (Gecko's header, or the
    // folder prefs Thunderbird derives for each server).
    bool waitForPrefsRewrite(const QString& prefsPath, int timeoutMs);

    // Quits through Marionette (falling back to SIGTERM, then SIGKILL) and waits
    // until the process is gone. Returns "graceful", "sigterm", "sigkill",
    // "exited N" or an error text.
    QString quit();

    // Connections Thunderbird made to the silent ports so far, one per line:
    // "PORT tls|plain NAME..." (see start_sinks in thunderbird_harness.py).
    QStringList silentPortConnections() const;

    // The harness's messages and the tail of Thunderbird's own output.
    QString diagnostics();

private:
    QString readLine(int timeoutMs);
    void killAll();

    QProcess m_harness;
    Options m_options;
    bool m_isolated = false;
    qint64 m_pid = 0;
    QString m_stderr;
};

} // namespace e2e
