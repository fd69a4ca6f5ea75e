// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of bench_startup, built twice: with MAILSETUP_FIRSTPAGE_WIZARD it starts the
// wizard as app/main.cpp does (app/wizardlauncher.h) and is linked as the program is
// (the engine a module, loaded only past the first page); without, it shows a bare
// QWizard with one page. When the
// first page has painted it prints "<ms since $MAILSETUP_BENCH_SPAWN_NS> <peak KB>" and
// exits at once (tearing down is not start-up).
#include <QApplication>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>
#include <cstdio>
#include <ctime>
#include <unistd.h>

#ifdef MAILSETUP_FIRSTPAGE_WIZARD
#include "setupwizard.h"
#include "translations.h"
#include "wizardlauncher.h"
#endif

namespace {

long peakKb()
{
    FILE* status = std::fopen("/proc/self/status", "r");
    char line[256];
    long kb = 0;
    while (status && std::fgets(line, sizeof line, status)) {
        if (std::sscanf(line, "VmHWM: %ld kB", &kb) == 1)
            break;
    }
    if (status)
        std::fclose(status);
    return kb;
}

[[noreturn]] void reportAndExit()
{
    timespec now = {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    const double spawned = qEnvironmentVariable("MAILSETUP_BENCH_SPAWN_NS").toDouble();
    const double ms = (now.tv_sec * 1e9 + now.tv_nsec - spawned) / 1e6;
    std::printf("%.3f %ld\n", ms, peakKb());
    std::fflush(stdout);
    _exit(0);
}

class FirstPaint : public QObject
{
public:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, [] { reportAndExit(); }); // after the paint is done
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char* argv[])
{
#ifdef MAILSETUP_FIRSTPAGE_WIZARD
    // As app/main.cpp: identity, then the wizard with its icon, in the language chosen last.
    QCoreApplication::setApplicationName(QStringLiteral("mailsetup"));
    QCoreApplication::setOrganizationName(QStringLiteral("mailsetup"));
    QApplication app(argc, argv);
    mailsetup::setUpWizardApplication();
    QWizard& wizard = *mailsetup::openWizard(mailsetup::rememberedLanguage());
#else
    QApplication app(argc, argv);
    QWizard wizard;
    auto* page = new QWizardPage;
    page->setTitle(QStringLiteral("Choose your provider"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("A bare QWizard page.")));
    wizard.addPage(page);
    wizard.show();
#endif
    FirstPaint firstPaint;
    wizard.currentPage()->installEventFilter(&firstPaint);
    QTimer::singleShot(30000, [] {
        std::fprintf(stderr, "no paint within 30 s\n");
        _exit(1);
    });
    return app.exec();
}
