// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#ifdef MAILSETUP_WITH_WIZARD
#include "setupwizard.h"

#include <QApplication>
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
        installTranslations(app);
        mailsetup::SetupWizard wizard;
        wizard.show();
        return app.exec();
    }
#endif
    QCoreApplication app(argc, argv);
    installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return mailsetup::runCommandLine(app.arguments(), out, err);
}
