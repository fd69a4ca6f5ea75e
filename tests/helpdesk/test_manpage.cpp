// SPDX-License-Identifier: GPL-3.0-or-later
// docs/mailsetup.1 is read by groff and man without a warning, and describes every
// command and every option the program's --help lists, so the two cannot drift apart.
#include "../support/commandrun.h"
#include "commandline.h"
#include "commandtable.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>
#include <QtTest>

using namespace mailsetup;

namespace {

const QString manPage = QStringLiteral(MAILSETUP_SOURCE_DIR "/docs/mailsetup.1");

QString help(const QStringList& arguments)
{
    const testsupport::CommandRun run =
        testsupport::runCommand(runCommandLine, QStringList{QStringLiteral("mailsetup")} + arguments);
    if (run.code != 0)
        qFatal("mailsetup %s failed", qPrintable(arguments.join(QLatin1Char(' '))));
    return run.out;
}

// "  -o, --output <file>  Write ..." -> {"-o", "--output"}
QStringList optionsIn(const QString& helpText)
{
    QStringList options;
    static const QRegularExpression optionLine(QStringLiteral("^\\s+(-.*?)(\\s{2,}|$)"));
    static const QRegularExpression name(QStringLiteral("(--?[A-Za-z][A-Za-z0-9-]*)"));
    for (const QString& line : helpText.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = optionLine.match(line);
        if (!m.hasMatch())
            continue;
        auto names = name.globalMatch(m.captured(1));
        while (names.hasNext())
            options << names.next().captured(1);
    }
    return options;
}

// The command words of the main --help ("Commands:" up to the next blank line).
QStringList commandsIn(const QString& helpText)
{
    QStringList commands;
    bool inList = false;
    static const QRegularExpression entry(QStringLiteral("^  ([a-z][a-z0-9-]*)\\s{2,}"));
    for (const QString& line : helpText.split(QLatin1Char('\n'))) {
        if (line.trimmed() == QLatin1String("Commands:")) {
            inList = true;
            continue;
        }
        if (inList && line.trimmed().isEmpty())
            break;
        if (const QRegularExpressionMatch m = entry.match(line); inList && m.hasMatch())
            commands << m.captured(1);
    }
    return commands;
}

QString roffName(const QString& option)
{
    return QString(option).replace(QLatin1Char('-'), QLatin1String("\\-"));
}

QString manSource()
{
    QFile file(manPage);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(manPage));
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestManPage : public QObject
{
    Q_OBJECT

private slots:
    void groffReadsItWithoutWarnings()
    {
        QProcess groff;
        groff.start(QStringLiteral("groff"), {QStringLiteral("-man"), QStringLiteral("-Tutf8"),
                                              QStringLiteral("-ww"), QStringLiteral("-z"), manPage});
        QVERIFY(groff.waitForFinished(30000));
        QCOMPARE(groff.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(groff.readAllStandardError()), QString());
    }

    void manReadsItWithoutWarnings()
    {
        QProcess man;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
        env.insert(QStringLiteral("MAN_KEEP_FORMATTING"), QStringLiteral("0"));
        man.setProcessEnvironment(env);
        man.start(QStringLiteral("man"), {QStringLiteral("--warnings"), QStringLiteral("-l"), manPage});
        QVERIFY(man.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(man.readAllStandardError()), QString());
        QCOMPARE(man.exitCode(), 0);
        const QString text = QString::fromUtf8(man.readAllStandardOutput());
        QVERIFY(text.contains(QLatin1String("mailsetup instructions")));
    }

    void everyCommandHasASection()
    {
        const QString source = manSource();
        QStringList commands = commandsIn(help({QStringLiteral("--help")}));
        QVERIFY2(commands.contains(QLatin1String("apply")), qPrintable(commands.join(QLatin1Char(','))));
        for (const CommandLineCommand& command : commandTable())
            if (!commands.contains(QLatin1String(command.name)))
                commands << QLatin1String(command.name);
        for (const QString& command : commands) {
            const QRegularExpression section(QStringLiteral("^\\.SS \"?%1\"?$").arg(command),
                                             QRegularExpression::MultilineOption);
            QVERIFY2(source.contains(section),
                     qPrintable(QStringLiteral("no .SS %1 in %2").arg(command, manPage)));
        }
    }

    void everyOptionIsDescribed()
    {
        const QString source = manSource();
        QStringList options = optionsIn(help({QStringLiteral("--help")}));
        QVERIFY(options.contains(QLatin1String("--dry-run")));
        for (const CommandLineCommand& command : commandTable()) {
            const QStringList own = optionsIn(help({QLatin1String(command.name), QStringLiteral("--help")}));
            QVERIFY2(!own.isEmpty(), command.name);
            options << own;
        }
        options.removeDuplicates();
        for (const QString& option : options)
            QVERIFY2(source.contains(roffName(option)),
                     qPrintable(QStringLiteral("%1 is not in %2").arg(option, manPage)));
    }

    // The check itself can fail: an option that does not exist is not found.
    void checkCanFail()
    {
        QVERIFY(!manSource().contains(roffName(QStringLiteral("--no-such-option"))));
        QCOMPARE(optionsIn(QStringLiteral("  -o, --output <file>  Write it.\n  --html  HTML.\n")),
                 (QStringList{QStringLiteral("-o"), QStringLiteral("--output"), QStringLiteral("--html")}));
    }
};

QTEST_GUILESS_MAIN(TestManPage)
#include "test_manpage.moc"
