// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mailsetup {

// The languages Mail Setup speaks, and which one it uses: `--language CODE`
// first, then (for the wizard) the language chosen there last time, then the
// system's. English is the language of the source and always available.
struct Language
{
    QString code;       // "en", "de", ...
    QString nativeName; // "English", "Deutsch", ... as its speakers write it
};

QList<Language> availableLanguages();

// The value of --language CODE / --language=CODE, or an empty string.
QString languageOption(const QStringList& arguments);
// The arguments without --language and its value, for the command-line parsers.
QStringList withoutLanguageOption(const QStringList& arguments);

// The language chosen in the wizard last time (QSettings), or an empty string.
QString rememberedLanguage();
void rememberLanguage(const QString& code);

// Installs our catalogue and Qt's own (button texts, dialogs) for `code`, or for
// the system language if `code` is empty, replacing those installed before.
// Returns the language now in use ("en" when there is no catalogue for it).
QString installTranslations(const QString& code);

} // namespace mailsetup
