// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "accountoptions.h"
#include "settingsexporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>
#include <cstdio>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

QString formatList()
{
    QStringList lines;
    for (const auto& exporter : settingsExporters())
        lines << QStringLiteral("  %1  %2").arg(exporter->id(), -14).arg(exporter->displayName());
    return lines.isEmpty() ? tr("  (none in this build)") : lines.join(QLatin1Char('\n'));
}

// Every format's own options once (two formats may share a name), with their owners.
QList<QCommandLineOption> extraOptionsOfAllFormats(QHash<QString, QStringList>* owners)
{
    QList<QCommandLineOption> options;
    QSet<QString> seen;
    for (const auto& exporter : settingsExporters()) {
        for (const QCommandLineOption& option : exporter->extraOptions()) {
            const QString name = option.names().constFirst();
            (*owners)[name] << exporter->id();
            if (!seen.contains(name)) {
                seen.insert(name);
                options << option;
            }
        }
    }
    return options;
}

// One line of standard input without its line end: a secret never passes through argv.
QString readSecretLine()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = input.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace

int runExportCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a settings file that a mail program imports.\n\nFormats:\n") +
                                     formatList());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), tr("the command"));
    addAccountOptions(parser);
    parser.addOptions({
        {QStringLiteral("format"), tr("The kind of file (see the list above)."), tr("format")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         tr("Write to <file> (default: a name that says what it is, in the current folder; - for the "
            "screen)."),
         tr("file")},
    });
    QHash<QString, QStringList> owners;
    const QList<QCommandLineOption> formatOptions = extraOptionsOfAllFormats(&owners);
    parser.addOptions(formatOptions);
    if (!parser.parse(arguments)) {
        err << "mailsetup: " << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QString format = parser.value(QStringLiteral("format"));
    const SettingsExporter* exporter = findSettingsExporter(format);
    if (!exporter) {
        err << "mailsetup: "
            << (format.isEmpty() ? tr("export needs --format") : tr("unknown format \"%1\"").arg(format))
            << "\n"
            << tr("Formats:") << "\n"
            << formatList() << "\n";
        return 2;
    }
    QString output = parser.value(QStringLiteral("output"));
    ExportOptionValues options;
    options.toStandardOutput = output == QLatin1String("-");
    options.readSecret = readSecretLine;
    for (const QCommandLineOption& option : formatOptions) {
        const QString name = option.names().constFirst();
        if (!parser.isSet(name))
            continue;
        if (!owners.value(name).contains(exporter->id())) {
            err << "mailsetup: "
                << tr("--%1 is for --format %2, not %3")
                       .arg(name, owners.value(name).join(QLatin1String(", ")), exporter->id())
                << "\n";
            return 2;
        }
        options.given.insert(name, option.valueName().isEmpty() ? QString() : parser.value(name));
    }
    const ResolvedAccount account = resolveAccountOptions(parser);
    if (!account.ok()) {
        err << "mailsetup: " << account.error << "\n";
        return account.usage ? 2 : 1;
    }
    QString error;
    bool usage = false;
    const QByteArray bytes =
        exporter->generateWithOptions(*account.settings, *account.profile, options, &error, &usage);
    if (bytes.isEmpty()) {
        if (usage) {
            err << "mailsetup: " << error << "\n";
            return 2;
        }
        err << tr("Cannot make %1: %2").arg(exporter->displayName(), error) << "\n";
        return 1;
    }
    if (options.toStandardOutput) {
        out.flush();
        QFile stdoutFile;
        stdoutFile.open(stdout, QIODevice::WriteOnly);
        stdoutFile.write(bytes);
        return 0;
    }
    if (output.isEmpty())
        output = exporter->suggestedFileName(*account.settings);
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(output), file.errorString()) << "\n";
        return 1;
    }
    out << tr("Wrote %1 (%2).").arg(QDir::toNativeSeparators(output), exporter->displayName()) << "\n";
    QString next;
    if (!exporter->afterWriting(output, options, &next, &error)) {
        out << exporter->howToUse() << "\n";
        err << error << "\n";
        return 1;
    }
    out << (next.isEmpty() ? exporter->howToUse() : next) << "\n";
    return 0;
}

} // namespace mailsetup
