// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace mailsetup {
namespace {

const QString catalogueDir = QStringLiteral(":/i18n");
const QString languageKey = QStringLiteral("language");
const QString languageSwitch = QStringLiteral("--language");

QList<QTranslator*>& installed()
{
    static QList<QTranslator*> translators;
    return translators;
}

QString nativeName(const QString& code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper(); // "français" in a sentence, "Français" in a menu
    return name;
}

bool loadFor(QTranslator& translator, const QString& code, const QString& name, const QString& dir)
{
    return code.isEmpty() ? translator.load(QLocale(), name, QStringLiteral("_"), dir)
                          : translator.load(name + QLatin1Char('_') + code, dir);
}

} // namespace

QList<Language> availableLanguages()
{
    QList<Language> languages{{QStringLiteral("en"), nativeName(QStringLiteral("en"))}};
    const QStringList files =
        QDir(catalogueDir).entryList({QStringLiteral("mailsetup_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString code = file.mid(int(qstrlen("mailsetup_"))).chopped(int(qstrlen(".qm")));
        languages << Language{code, nativeName(code)};
    }
    return languages;
}

QString languageOption(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == languageSwitch && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(languageSwitch + QLatin1Char('=')))
            return arg.mid(languageSwitch.size() + 1);
    }
    return {};
}

QStringList withoutLanguageOption(const QStringList& arguments)
{
    QStringList rest;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (i > 0 && arg == languageSwitch) {
            ++i; // and its value
            continue;
        }
        if (i > 0 && arg.startsWith(languageSwitch + QLatin1Char('=')))
            continue;
        rest << arg;
    }
    return rest;
}

QString rememberedLanguage()
{
    return QSettings().value(languageKey).toString();
}

void rememberLanguage(const QString& code)
{
    QSettings().setValue(languageKey, code);
}

QString installTranslations(const QString& code)
{
    for (QTranslator* translator : std::as_const(installed())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
    if (code == QLatin1String("en"))
        return code; // the source language: nothing to load

    // Owned by the application, so they go with it (and leak checkers see them freed).
    auto* ours = new QTranslator(QCoreApplication::instance());
    QString inUse = QStringLiteral("en");
    if (loadFor(*ours, code, QStringLiteral("mailsetup"), catalogueDir)) {
        QCoreApplication::installTranslator(ours);
        installed() << ours;
        inUse = QFileInfo(ours->filePath()).baseName().mid(int(qstrlen("mailsetup_")));
    } else {
        delete ours;
    }
    // Qt's own texts (the wizard's Back/Next/Cancel, file dialogs) in the same language.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (inUse != QLatin1String("en") &&
        qt->load(QStringLiteral("qtbase_") + inUse, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed() << qt;
    } else {
        delete qt;
    }
    return inUse;
}

} // namespace mailsetup
