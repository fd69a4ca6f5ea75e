// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#ifdef MAILSETUP_WITH_WIZARD
#include "setupwizard.h"

#include "branding.h"

#include <QApplication>
#include <QIcon>
#include <QTimer>
#include <QWizardPage>
#endif

#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("mailsetup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILSETUP_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("mailsetup"));
}

// The system language; our own strings and Qt's (buttons of QWizard, dialogs).
void installTranslations(QCoreApplication& app)
{
    auto* ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("mailsetup"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

#ifdef MAILSETUP_WITH_WIZARD
// `mailsetup --screenshot FILE`: opens the wizard, saves its first page as PNG,
// prints the page's title and quits. For documentation, and for the package test
// that starts the installed program to its first page.
QString screenshotPath(const QStringList& arguments)
{
    const int at = arguments.indexOf(QStringLiteral("--screenshot"));
    return at > 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : QString();
}

void scheduleScreenshot(mailsetup::SetupWizard& wizard, const QString& path)
{
    QTimer::singleShot(300, &wizard, [&wizard, path] {
        const bool saved = wizard.grab().save(path, "PNG");
        QTextStream(stdout) << wizard.windowTitle() << ": " << wizard.currentPage()->title() << "\n";
        QCoreApplication::exit(saved ? 0 : 1);
    });
}
#endif

} // namespace

int main(int argc, char* argv[])
{
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);

    setIdentity();
#ifdef MAILSETUP_WITH_WIZARD
    if (!mailsetup::isCommandLineInvocation(rawArguments)) {
        QApplication app(argc, argv);
        QApplication::setApplicationDisplayName(mailsetup::productName());
        QApplication::setWindowIcon(
            QIcon::fromTheme(mailsetup::productId(), QIcon(mailsetup::productLogoPath())));
        installTranslations(app);
        mailsetup::SetupWizard wizard;
        wizard.show();
        const QString screenshot = screenshotPath(rawArguments);
        if (!screenshot.isEmpty())
            scheduleScreenshot(wizard, screenshot);
        return app.exec();
    }
#endif
    QCoreApplication app(argc, argv);
    installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return mailsetup::runCommandLine(app.arguments(), out, err);
}
