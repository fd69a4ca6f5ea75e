// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "engine.h"
#include "translations.h"

#include <QCoreApplication>
#include <QTextStream>

#ifdef MAILSETUP_WITH_WIZARD
#include "setupwizard.h"
#include "wizardlauncher.h"

#include <QApplication>
#include <QGuiApplication>
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
    if (!mailsetup::isCommandLineInvocation(mailsetup::withoutLanguageOption(rawArguments))) {
        QApplication app(argc, argv);
        mailsetup::setUpWizardApplication();
        QString language = mailsetup::languageOption(rawArguments);
        if (language.isEmpty())
            language = mailsetup::rememberedLanguage();
        mailsetup::SetupWizard* wizard = mailsetup::openWizard(language);
        const QString screenshot = screenshotPath(rawArguments);
        if (!screenshot.isEmpty())
            scheduleScreenshot(*wizard, screenshot);
        return app.exec();
    }
#endif
#ifdef MAILSETUP_WITH_WIZARD
    // Commands that lay out documents (sheet --pdf) need Qt's GUI part, but never
    // a window: the offscreen platform works without a display (over ssh, in CI).
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    mailsetup::installTranslations(mailsetup::languageOption(rawArguments));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return mailsetup::runEngineCommandLine(mailsetup::withoutLanguageOption(app.arguments()), out, err);
}
