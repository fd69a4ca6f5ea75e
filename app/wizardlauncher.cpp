// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizardlauncher.h"

#include "branding.h"
#include "engine.h"
#include "setupwizard.h"
#include "translations.h"

#include <QApplication>
#include <QIcon>
#include <QImageReader>
#include <QPixmap>
#include <QTimer>

namespace mailsetup {

void setUpWizardApplication()
{
    QApplication::setApplicationDisplayName(productName());
    // The logo built into the program (the package installs the same into the icon
    // theme for menus). Not QIcon::fromTheme: looking it up reads the index of every
    // icon theme before the first page shows. Read as the PNG it is: QIcon(file)
    // would let QImageReader sniff it, which loads every image-format plugin.
    QImageReader reader(productLogoPath(), "png");
    reader.setAutoDetectImageFormat(false);
    QApplication::setWindowIcon(QIcon(QPixmap::fromImage(reader.read())));
}

SetupWizard* openWizard(const QString& language, const SetupWizard* replacing)
{
    const QString inUse = installTranslations(language);
    auto* wizard = new SetupWizard(wizardEngineFactory());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // `mailsetup --helpdesk`: everything visible on every page (also a button in the wizard).
    wizard->setHelpdeskMode(QCoreApplication::arguments().contains(QStringLiteral("--helpdesk")));
    QList<QPair<QString, QString>> languages;
    for (const Language& l : availableLanguages())
        languages.append({l.code, l.nativeName});
    wizard->offerLanguages(languages, inUse);
    if (replacing) {
        wizard->setGeometry(replacing->geometry());
        wizard->setHelpdeskMode(replacing->helpdeskMode());
    }
    QObject::connect(wizard, &SetupWizard::languageChosen, wizard, [wizard](const QString& code) {
        rememberLanguage(code);
        // Not from inside the old window's own signal handler: it goes away.
        QTimer::singleShot(0, qApp, [wizard, code] {
            openWizard(code, wizard);
            wizard->close();
        });
    });
    wizard->show();
    return wizard;
}

} // namespace mailsetup
