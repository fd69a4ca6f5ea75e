// SPDX-License-Identifier: GPL-3.0-or-later
//
// The shipped languages are complete and current, and the program speaks them.
//
// Catalogues: lupdate (the same run as the update_translations target, on copies
// in a temporary folder) must find every text of the sources translated, nothing
// left over that the sources no longer have, and the committed files must be
// exactly what lupdate keeps. Every translation carries the source's %1..%9, %n
// and HTML tags, its keyboard accelerator, and (for plurals) both forms.
//
// Program: the built mailsetup answers in German, French or Spanish when the
// system language says so, when --language says so, and (the wizard) when the
// language was chosen there before.
#include "runmailsetup.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool plural = false;
    QStringList forms; // one, or the numerus forms
    qint64 line = 0;

    QString key() const { return context + QLatin1String(" | ") + source; }
};

struct Catalogue
{
    QString error;
    QString language;
    QList<Message> messages;
};

Catalogue readCatalogue(const QString& path)
{
    Catalogue c;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        c.error = path + QLatin1String(": ") + file.errorString();
        return c;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            c.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context, {},
                        {},      xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                        {},      xml.lineNumber()};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.plural) {
                while (xml.readNextStartElement())
                    m.forms << xml.readElementText();
            } else {
                m.forms << xml.readElementText();
            }
            c.messages << m;
        }
    }
    if (xml.hasError())
        c.error = QStringLiteral("%1 line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return c;
}

// %1..%9 (also %L1) and %n, and the HTML tags Qt's rich text knows ("<the .prf
// file>" is prose). Sorted, so the order may change with the language.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral(
            "%L?[1-9]|%n|</?(?:a|b|big|blockquote|body|br|code|div|em|font|h[1-6]|head|hr|html|i|img|li|"
            "ol|p|pre|s|small|span|strong|sub|sup|table|td|th|title|tr|tt|u|ul)(?:\\s[^<>]*)?/?>"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured().replace(QLatin1String("%L"), QLatin1String("%"));
    found.sort();
    return found;
}

// A keyboard accelerator: "&" before a letter, not "&&".
bool hasAccelerator(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("(^|[^&])&[^&\\s]"));
    return re.match(text).hasMatch();
}

const QStringList languages{QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};

QString committed(const QString& language)
{
    return QStringLiteral(MAILSETUP_TRANSLATIONS_DIR "/mailsetup_%1.ts").arg(language);
}

QStringList firstTen(QStringList items)
{
    if (items.size() > 10)
        items = items.mid(0, 10) << QStringLiteral("... and %1 more").arg(items.size() - 10);
    return items;
}

// What `mailsetup ARGS` prints, with the environment of a user whose system
// language is `lang` (e.g. "de_DE.UTF-8"), in a fresh home folder.
e2e::ProcessResult runIn(const QString& lang, const QStringList& arguments, const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"})
        env.remove(QString::fromLatin1(var));
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LANGUAGE"), lang.section(QLatin1Char('_'), 0, 0));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QLatin1String("/.config"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return e2e::runProcess(e2e::mailsetupBinary(), arguments, env, 60000);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_fresh; // the catalogues as lupdate updates them from today's sources
    QString m_lupdateOutput;

private slots:
    void initTestCase()
    {
        QVERIFY(m_fresh.isValid());
        // The lupdate project of the update_translations target: its sources and
        // include paths, exactly as the build knows them.
        const QString project = m_fresh.filePath(QStringLiteral("project.json"));
        const e2e::ProcessResult generated = e2e::runProcess(
            QStringLiteral(MAILSETUP_CMAKE_COMMAND),
            {QStringLiteral("-DIN_FILE=" MAILSETUP_LUPDATE_PROJECT), QStringLiteral("-DOUT_FILE=") + project,
             QStringLiteral("-P"), QStringLiteral(MAILSETUP_LUPDATE_PROJECT_SCRIPT)});
        QVERIFY2(generated.ok(), qPrintable(generated.describe()));

        QStringList arguments{QStringLiteral("-project"),     project,
                              QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                              QStringLiteral("none"),         QStringLiteral("-ts")};
        for (const QString& language : languages) {
            const QString copy = m_fresh.filePath(QFileInfo(committed(language)).fileName());
            QVERIFY(QFile::copy(committed(language), copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            arguments << copy;
        }
        const e2e::ProcessResult updated = e2e::runProcess(QStringLiteral(MAILSETUP_LUPDATE), arguments,
                                                           QProcessEnvironment::systemEnvironment());
        QVERIFY2(updated.ok(), qPrintable(updated.describe()));
        m_lupdateOutput = updated.stdOut() + updated.stdErr();
    }

    void everyTextIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }

    // A text added to the sources since the catalogue was refreshed shows up here.
    void everyTextIsTranslated()
    {
        QFETCH(QString, language);
        const Catalogue fresh =
            readCatalogue(m_fresh.filePath(QStringLiteral("mailsetup_%1.ts").arg(language)));
        QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
        QVERIFY2(fresh.messages.size() > 100, qPrintable(m_lupdateOutput));
        QStringList missing;
        for (const Message& m : fresh.messages) {
            if (!m.type.isEmpty())
                missing << m.key();
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral(
                                "%1 texts of the sources have no %2 translation. Run `cmake --build BUILD "
                                "--target update_translations`, translate them (scripts/i18n/tstool.py) "
                                "and commit translations/:\n  %3")
                                .arg(missing.size())
                                .arg(language, firstTen(missing).join(QLatin1String("\n  ")))));
    }

    void catalogueIsCurrent_data() { everyTextIsTranslated_data(); }

    // The committed file is what lupdate keeps: no entry the sources lost
    // (vanished, obsolete), none missing, nothing marked unfinished.
    void catalogueIsCurrent()
    {
        QFETCH(QString, language);
        const Catalogue ours = readCatalogue(committed(language));
        const Catalogue fresh =
            readCatalogue(m_fresh.filePath(QStringLiteral("mailsetup_%1.ts").arg(language)));
        QVERIFY2(ours.error.isEmpty(), qPrintable(ours.error));
        QVERIFY(ours.language.startsWith(language));

        QSet<QString> freshKeys;
        for (const Message& m : fresh.messages)
            freshKeys.insert(m.key());
        QStringList problems;
        QSet<QString> ourKeys;
        for (const Message& m : ours.messages) {
            ourKeys.insert(m.key());
            if (!m.type.isEmpty())
                problems << QStringLiteral("line %1 is %2: %3").arg(m.line).arg(m.type, m.key());
            else if (!freshKeys.contains(m.key()))
                problems
                    << QStringLiteral("line %1 is no longer in the sources: %2").arg(m.line).arg(m.key());
        }
        for (const Message& m : fresh.messages) {
            if (!ourKeys.contains(m.key()))
                problems << QStringLiteral("not in the catalogue yet: %1").arg(m.key());
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 is not what update_translations writes (%2 problems):\n  %3")
                                .arg(committed(language))
                                .arg(problems.size())
                                .arg(firstTen(problems).join(QLatin1String("\n  ")))));
    }

    void translationsKeepPlaceholders_data() { everyTextIsTranslated_data(); }

    void translationsKeepPlaceholders()
    {
        QFETCH(QString, language);
        const Catalogue ours = readCatalogue(committed(language));
        QVERIFY2(ours.error.isEmpty(), qPrintable(ours.error));
        QStringList problems;
        for (const Message& m : std::as_const(ours.messages)) {
            if (!m.type.isEmpty())
                continue; // reported by catalogueIsCurrent
            const QStringList expected = placeholders(m.source);
            if (m.plural && m.forms.size() != 2)
                problems << QStringLiteral("line %1: %2 plural forms instead of 2")
                                .arg(m.line)
                                .arg(m.forms.size());
            for (const QString& form : m.forms) {
                if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                    problems << QStringLiteral("line %1: empty translation").arg(m.line);
                else if (placeholders(form) != expected)
                    problems << QStringLiteral("line %1: %2 has %3, the source %4")
                                    .arg(m.line)
                                    .arg(form, placeholders(form).join(QLatin1Char(' ')),
                                         expected.join(QLatin1Char(' ')));
                if (hasAccelerator(m.source) != hasAccelerator(form))
                    problems << QStringLiteral(
                                    "line %1: the keyboard accelerator (&) of \"%2\" is missing or added "
                                    "in \"%3\"")
                                    .arg(m.line)
                                    .arg(m.source, form);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(firstTen(problems).join(QLatin1Char('\n'))));
    }

    void commandLineFollowsTheSystemLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        // The last line of `mailsetup --help`, in each language.
        QTest::newRow("de") << "de_DE.UTF-8"
                            << "Ohne Befehl öffnet sich der Assistent.";
        QTest::newRow("fr") << "fr_FR.UTF-8"
                            << "Sans commande, l’assistant s’ouvre.";
        QTest::newRow("es") << "es_ES.UTF-8"
                            << "Sin orden, se abre el asistente.";
        QTest::newRow("en") << "C.UTF-8"
                            << "Without a command, the wizard opens.";
    }

    void commandLineFollowsTheSystemLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QTemporaryDir home;
        const e2e::ProcessResult help = runIn(lang, {QStringLiteral("--help")}, home.path());
        QVERIFY2(help.ok(), qPrintable(help.describe()));
        QVERIFY2(help.stdOut().contains(expected), qPrintable(help.describe()));
    }

    // Texts that lupdate files under a class (code outside QObject classes uses
    // file-local tr() helpers that look up "mailsetup") are found too: these come
    // from TrustAnchor, filed under "mailsetup::TrustAnchor".
    void textsOfNonQObjectClassesAreTranslated()
    {
        QTemporaryDir home;
        const e2e::ProcessResult shown = runIn(QStringLiteral("de_DE.UTF-8"),
                                               {QStringLiteral("certificate"), QStringLiteral("show"),
                                                QStringLiteral("--profile"), QStringLiteral("pcug")},
                                               home.path());
        QVERIFY2(shown.ok(), qPrintable(shown.describe()));
        QVERIFY2(shown.stdOut().contains(QStringLiteral("Gültig von ")), qPrintable(shown.describe()));
        QVERIFY2(shown.stdOut().contains(QStringLiteral("SHA-256-Fingerabdruck: ")),
                 qPrintable(shown.describe()));
    }

    void languageOptionWins_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fr") << "--language=fr"
                            << "Sans commande, l’assistant s’ouvre.";
        QTest::newRow("es") << "es"
                            << "Sin orden, se abre el asistente.";
        QTest::newRow("en") << "en"
                            << "Without a command, the wizard opens.";
        QTest::newRow("unknown") << "xx"
                                 << "Without a command, the wizard opens.";
    }

    void languageOptionWins()
    {
        QFETCH(QString, option);
        QFETCH(QString, expected);
        QTemporaryDir home;
        QStringList arguments{QStringLiteral("--help")};
        if (option.startsWith(QLatin1String("--")))
            arguments.prepend(option);
        else
            arguments = QStringList{QStringLiteral("--language"), option} + arguments;
        const e2e::ProcessResult help = runIn(QStringLiteral("de_DE.UTF-8"), arguments, home.path());
        QVERIFY2(help.ok(), qPrintable(help.describe()));
        QVERIFY2(help.stdOut().contains(expected), qPrintable(help.describe()));
    }

    // The wizard's first page in the system language, in --language's, and in the
    // one chosen in the wizard before (kept in the settings file).
    void wizardSpeaksTheChosenLanguage()
    {
        QTemporaryDir home;
        const QString shot = home.filePath(QStringLiteral("first.png"));
        const e2e::ProcessResult system =
            runIn(QStringLiteral("de_DE.UTF-8"), {QStringLiteral("--screenshot"), shot}, home.path());
        QVERIFY2(system.ok(), qPrintable(system.describe()));
        QVERIFY2(system.stdOut().contains(QStringLiteral("Wer hat Ihnen Ihre E-Mail-Adresse gegeben?")),
                 qPrintable(system.describe()));

        const e2e::ProcessResult option =
            runIn(QStringLiteral("de_DE.UTF-8"),
                  {QStringLiteral("--language"), QStringLiteral("es"), QStringLiteral("--screenshot"), shot},
                  home.path());
        QVERIFY2(option.stdOut().contains(QStringLiteral("¿Quién le dio su dirección de correo?")),
                 qPrintable(option.describe()));

        QDir().mkpath(home.filePath(QStringLiteral(".config/mailsetup")));
        QFile settings(home.filePath(QStringLiteral(".config/mailsetup/mailsetup.conf")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[General]\nlanguage=fr\n");
        settings.close();
        const e2e::ProcessResult remembered =
            runIn(QStringLiteral("de_DE.UTF-8"), {QStringLiteral("--screenshot"), shot}, home.path());
        QVERIFY2(
            remembered.stdOut().contains(QStringLiteral("Qui vous a donné votre adresse électronique ?")),
            qPrintable(remembered.describe()));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
