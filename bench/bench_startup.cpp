// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up to the first wizard page shown: Mail Setup's wizard against a bare QWizard
// built the same way (same build type, QT_QPA_PLATFORM=offscreen), time and peak memory,
// medians of interleaved runs. Goal: at most 1.3x each.
#include "benchsupport.h"

#include <QCoreApplication>
#include <QDir>
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
                         : 15;
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
    bench::reportRatio(QStringLiteral("start-up to first page: time (vs QWizard)"), bench::median(oursMs),
                       bench::median(bareMs), QStringLiteral("ms"), 1.3);
    bench::reportRatio(QStringLiteral("start-up to first page: peak memory"), bench::median(oursKb) / 1024,
                       bench::median(bareKb) / 1024, QStringLiteral("MB"), 1.3);
    return 0;
}
