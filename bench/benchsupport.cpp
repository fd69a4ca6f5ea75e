// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace bench {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double timeMs(const std::function<void()>& work, int runs)
{
    work();
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    return median(times);
}

ChildRun runChild(const QString& program, const QStringList& arguments, bool captureOut)
{
    ChildRun run;
    const QByteArray path = program.toLocal8Bit();
    QList<QByteArray> args{path};
    for (const QString& a : arguments)
        args << a.toLocal8Bit();
    std::vector<char*> argv;
    for (QByteArray& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    int pipeFds[2] = {-1, -1};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (captureOut && pipe(pipeFds) == 0) {
        posix_spawn_file_actions_adddup2(&actions, pipeFds[1], 1);
        posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
    } else {
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    }
    QElapsedTimer timer;
    timer.start();
    pid_t pid = -1;
    const int spawned = posix_spawn(&pid, path.constData(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        std::fprintf(stderr, "cannot start %s\n", path.constData());
        return run;
    }
    if (pipeFds[1] >= 0) {
        close(pipeFds[1]);
        char buffer[4096];
        ssize_t n;
        while ((n = read(pipeFds[0], buffer, sizeof buffer)) > 0)
            run.out.append(buffer, n);
        close(pipeFds[0]);
    }
    int status = 0;
    struct rusage usage = {};
    wait4(pid, &status, 0, &usage);
    run.wallMs = timer.nsecsElapsed() / 1e6;
    run.peakKb = usage.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

namespace {

void line(const QString& name, const QString& figures, const QString& goal, bool met)
{
    std::printf("%-44s %-44s goal %-14s %s\n", qPrintable(name), qPrintable(figures), qPrintable(goal),
                met ? "met" : "MISSED");
    std::fflush(stdout);
}

QString number(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

} // namespace

void reportRatio(
    const QString& name, double measured, double reference, const QString& unit, double goalRatio)
{
    const double ratio = reference > 0 ? measured / reference : 0;
    line(name,
         QStringLiteral("%1 / %2 %3 = %4x").arg(number(measured), number(reference), unit, number(ratio)),
         QStringLiteral("<= %1x").arg(number(goalRatio)), ratio <= goalRatio);
}

void reportLimit(const QString& name, double measured, const QString& unit, double goal)
{
    line(name, QStringLiteral("%1 %2").arg(number(measured), unit),
         QStringLiteral("< %1 %2").arg(goal).arg(unit), measured < goal);
}

void reportValue(const QString& name, double measured, const QString& unit)
{
    std::printf("%-44s %s %s\n", qPrintable(name), qPrintable(number(measured)), qPrintable(unit));
    std::fflush(stdout);
}

void reportGoal(const QString& name, const QString& figures, const QString& goal, bool met)
{
    line(name, figures, goal, met);
}

} // namespace bench
