// SPDX-License-Identifier: GPL-3.0-or-later
// Detection (ClientRegistry::detectAll) over a generated home: every mail program's
// fixtures plus N Thunderbird profiles with a 1 MB prefs.js each, against reading the
// same files with cat (goal: at most 3x at 50 profiles), and the cost per profile at
// 10, 50 and 100 profiles (goal: linear, i.e. the cost per profile at 100 at most 1.5x
// the one at 10).
#include "benchsupport.h"
#include "clientadapter.h"
#include "fixturehome.h"
#include "hostenvironment.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QTemporaryDir>

using namespace mailsetup;

namespace {

const QString data = QStringLiteral(MAILSETUP_TEST_DATA);
constexpr qint64 prefsBytes = 1024 * 1024;

QStringList everyFile(const QString& home)
{
    QStringList files;
    QDirIterator it(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = qEnvironmentVariableIsSet("MAILSETUP_BENCH_RUNS")
                         ? qEnvironmentVariableIntValue("MAILSETUP_BENCH_RUNS")
                         : 5;
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/mailsetup-bench-detect-XXXXXX"));
    const QString home = dir.filePath(QStringLiteral("home"));
    proof::writeEveryClient(home, data, true);
    const HostEnvironment env = HostEnvironment::forHome(home, HostEnvironment::Os::Linux);
    const ClientRegistry registry;

    int installations = 0;
    const auto detect = [&] { installations = int(registry.detectAll(env).size()); };
    const double baseMs = bench::timeMs(detect, runs); // every client's fixtures, no extra profiles
    bench::reportValue(QStringLiteral("detection: fixtures only (%1 installations)").arg(installations),
                       baseMs, QStringLiteral("ms"));

    QMap<int, double> perProfile;
    int profiles = 0;
    for (int target : {10, 50, 100}) {
        proof::addThunderbirdProfiles(home, data, target - profiles, prefsBytes);
        profiles = target;
        const double ms = bench::timeMs(detect, runs);
        perProfile[target] = (ms - baseMs) / target;
        bench::reportValue(QStringLiteral("detection: %1 profiles of 1 MB (%2 installations)")
                               .arg(target)
                               .arg(installations),
                           ms, QStringLiteral("ms"));
        bench::reportValue(QStringLiteral("detection: cost per profile at %1").arg(target),
                           perProfile[target], QStringLiteral("ms"));
        if (target == 50) {
            const QStringList files = everyFile(home);
            const double catMs =
                bench::timeMs([&] { bench::runChild(QStringLiteral("/bin/cat"), files); }, runs);
            bench::reportRatio(QStringLiteral("detection vs cat of the same %1 files").arg(files.size()), ms,
                               catMs, QStringLiteral("ms"), 3.0);
        }
    }
    const double growth = perProfile[100] / perProfile[10];
    bench::reportGoal(QStringLiteral("detection: growth from 10 to 100 profiles"),
                      QStringLiteral("per profile %1 -> %2 -> %3 ms (x%4)")
                          .arg(perProfile[10], 0, 'f', 2)
                          .arg(perProfile[50], 0, 'f', 2)
                          .arg(perProfile[100], 0, 'f', 2)
                          .arg(growth, 0, 'f', 2),
                      QStringLiteral("linear (<=1.5x)"), growth <= 1.5);
    return 0;
}
