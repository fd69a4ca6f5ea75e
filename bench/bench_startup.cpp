// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up to the first wizard page shown: Mail Setup's wizard against a bare QWizard
// built the same way (same build type, QT_QPA_PLATFORM=offscreen), time and peak memory,
// from interleaved runs. Time is judged by the median of the ratios of each pair of
// runs made one after the other: the machine's load changes from second to second, and
// a pair sees the same load. Goal: at most 1.3x each.
#include "benchsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

struct Sample
{
    bool ok = false;
    double ms = 0;
    double kb = 0;
};

Sample firstPage(const QString& program)
{
    timespec now = {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    qputenv("MAILSETUP_BENCH_SPAWN_NS", QByteArray::number(double(now.tv_sec) * 1e9 + now.tv_nsec, 'f', 0));
    const bench::ChildRun run = bench::runChild(program, {}, true);
    const QList<QByteArray> fields = run.out.trimmed().split(' ');
    if (run.exitCode != 0 || fields.size() != 2)
        return {};
    return {true, fields[0].toDouble(), fields[1].toDouble()};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("LC_ALL", "C.UTF-8");
    const QDir dir(QCoreApplication::applicationDirPath());
    const QString ours = dir.filePath(QStringLiteral("bench_firstpage_mailsetup"));
    const QString bare = dir.filePath(QStringLiteral("bench_firstpage_bare"));
    const int runs = qEnvironmentVariableIsSet("MAILSETUP_BENCH_RUNS")
                         ? qEnvironmentVariableIntValue("MAILSETUP_BENCH_RUNS")
                         : 31;
    QList<double> oursMs, oursKb, bareMs, bareKb;
    firstPage(ours); // warm the page cache for both
    firstPage(bare);
    for (int i = 0; i < runs; ++i) {
        const Sample a = firstPage(ours);
        const Sample b = firstPage(bare);
        if (!a.ok || !b.ok) {
            std::fprintf(stderr, "bench_startup: a helper did not show its first page\n");
            return 1;
        }
        oursMs << a.ms;
        oursKb << a.kb;
        bareMs << b.ms;
        bareKb << b.kb;
    }
    QList<double> ratios;
    for (int i = 0; i < runs; ++i)
        ratios << oursMs[i] / bareMs[i];
    std::sort(ratios.begin(), ratios.end());
    const double pairedRatio = bench::median(ratios);
    bench::reportGoal(QStringLiteral("start-up to first page: time (vs QWizard)"),
                      QStringLiteral("%1 / %2 ms, pairs %3x (quartiles %4-%5x)")
                          .arg(bench::median(oursMs), 0, 'f', 1)
                          .arg(bench::median(bareMs), 0, 'f', 1)
                          .arg(pairedRatio, 0, 'f', 2)
                          .arg(ratios[runs / 4], 0, 'f', 2)
                          .arg(ratios[3 * runs / 4], 0, 'f', 2),
                      QStringLiteral("<= 1.30x"), pairedRatio <= 1.3);
    bench::reportRatio(QStringLiteral("start-up to first page: peak memory"), bench::median(oursKb) / 1024,
                       bench::median(bareKb) / 1024, QStringLiteral("MB"), 1.3);
    return 0;
}
