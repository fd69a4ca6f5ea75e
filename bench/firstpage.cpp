// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of bench_startup, built twice: with MAILSETUP_FIRSTPAGE_WIZARD it starts the way
// app/main.cpp starts the wizard; without, it shows a bare QWizard with one page. When the
// first page has painted it prints "<ms since $MAILSETUP_BENCH_SPAWN_NS> <peak KB>" and
// exits at once (tearing down is not start-up).
#include <QApplication>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>
#include <cstdio>
#include <ctime>
#include <unistd.h>

#ifdef MAILSETUP_FIRSTPAGE_WIZARD
#include "setupwizard.h"
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
    // As app/main.cpp: identity, translations, the wizard.
    QCoreApplication::setApplicationName(QStringLiteral("mailsetup"));
    QCoreApplication::setOrganizationName(QStringLiteral("mailsetup"));
    QApplication app(argc, argv);
    auto* ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("mailsetup"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    mailsetup::SetupWizard wizard;
#else
    QApplication app(argc, argv);
    QWizard wizard;
    auto* page = new QWizardPage;
    page->setTitle(QStringLiteral("Choose your provider"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("A bare QWizard page.")));
    wizard.addPage(page);
#endif
    FirstPaint firstPaint;
    wizard.show();
    wizard.currentPage()->installEventFilter(&firstPaint);
    QTimer::singleShot(30000, [] {
        std::fprintf(stderr, "no paint within 30 s\n");
        _exit(1);
    });
    return app.exec();
}
