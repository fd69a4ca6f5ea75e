// SPDX-License-Identifier: GPL-3.0-or-later
// Apply (applyPlans: running check, changed-since-plan check, backups, manifest, atomic
// writes) to ten client installations at once. Goal: under 200 ms. Certificate installs
// are not part of applyPlans.
#include "accountsettings.h"
#include "benchsupport.h"
#include "clientadapter.h"
#include "fixturehome.h"
#include "hostenvironment.h"
#include "profileloader.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace mailsetup;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString data = QStringLiteral(MAILSETUP_TEST_DATA);
    const int runs = qEnvironmentVariableIsSet("MAILSETUP_BENCH_RUNS")
                         ? qEnvironmentVariableIntValue("MAILSETUP_BENCH_RUNS")
                         : 15;
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/mailsetup-bench-apply-XXXXXX"));
    const QString home = dir.filePath(QStringLiteral("home"));
    // Every program's fixtures, plus Thunderbird from snap and flatpak: ten installations.
    const auto makeHome = [&] {
        QDir(home).removeRecursively();
        proof::writeEveryClient(home, data);
        for (const QString& root : {QStringLiteral("snap/thunderbird/common/.thunderbird"),
                                    QStringLiteral(".var/app/org.mozilla.Thunderbird/.thunderbird")}) {
            QDir().mkpath(home + QLatin1Char('/') + root);
            QFile::copy(home + QStringLiteral("/.thunderbird/profiles.ini"),
                        home + QLatin1Char('/') + root + QStringLiteral("/profiles.ini"));
            QFile::copy(home + QStringLiteral("/.thunderbird/installs.ini"),
                        home + QLatin1Char('/') + root + QStringLiteral("/installs.ini"));
            QDir().mkpath(home + QLatin1Char('/') + root + QStringLiteral("/jmo9qumo.default-default"));
            QFile::copy(home + QStringLiteral("/.thunderbird/jmo9qumo.default-default/prefs.js"),
                        home + QLatin1Char('/') + root +
                            QStringLiteral("/jmo9qumo.default-default/prefs.js"));
        }
    };

    const ProfileLoadResult loaded = ProfileLoader::loadBundled(QStringLiteral("pcug"));
    AccountRequest request;
    request.email = QStringLiteral("zed@pcug.org.au");
    request.realName = QStringLiteral("Zed Ng");
    const ResolveResult resolved = resolveAccount(*loaded.profile, request);
    const ClientRegistry registry;
    const HostEnvironment env = HostEnvironment::forHome(home, HostEnvironment::Os::Linux);

    QList<double> times;
    int clients = 0;
    int files = 0;
    for (int i = 0; i <= runs; ++i) {
        makeHome();
        QList<ChangePlan> plans;
        for (const ClientInstallation& inst : registry.detectAll(env)) {
            const ChangePlan plan = registry.find(inst.clientId)->plan(inst, *resolved.settings);
            if (plan.canApply())
                plans << plan;
        }
        clients = int(plans.size());
        files = 0;
        for (const ChangePlan& plan : plans)
            files += int(plan.files.size());
        BackupStore store(dir.filePath(QStringLiteral("backups-%1").arg(i)));
        QElapsedTimer timer;
        timer.start();
        const ApplyResult result = applyPlans(plans, store, runningCheck(registry), QStringLiteral("bench"));
        const double ms = timer.nsecsElapsed() / 1e6;
        if (!result.ok) {
            std::fprintf(stderr, "bench_apply: %s\n", qPrintable(result.error));
            return 1;
        }
        if (i > 0) // the first run warms caches
            times << ms;
    }
    bench::reportLimit(QStringLiteral("apply to %1 installations (%2 files)").arg(clients).arg(files),
                       bench::median(times), QStringLiteral("ms"), 200);
    return 0;
}
