// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

// What every benchmark shares: timing, child processes, and one line per figure with
// its goal and whether it is met, so scripts/bench.sh can print and count them.
namespace bench {

double median(QList<double> values);

// Milliseconds one call takes: the median of `runs` calls after one unmeasured warm-up.
double timeMs(const std::function<void()>& work, int runs);

// A program run to its end; wall time from start to exit and its peak resident memory.
struct ChildRun
{
    int exitCode = -1;
    double wallMs = 0;
    long peakKb = 0; // ru_maxrss
    QByteArray out;  // its standard output
};
// Output goes to /dev/null unless captureOut.
ChildRun runChild(const QString& program, const QStringList& arguments, bool captureOut = false);

// "name  a / b = 1.23x  goal <= 1.30x  met" (lower is better).
void reportRatio(
    const QString& name, double measured, double reference, const QString& unit, double goalRatio);
// "name  123.4 ms  goal < 200 ms  met".
void reportLimit(const QString& name, double measured, const QString& unit, double goal);
// A figure without a goal of its own.
void reportValue(const QString& name, double measured, const QString& unit);
// A line that says a goal was judged from several figures.
void reportGoal(const QString& name, const QString& figures, const QString& goal, bool met);

} // namespace bench
