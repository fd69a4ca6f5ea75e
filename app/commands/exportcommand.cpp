// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "accountoptions.h"
#include "settingsexporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QTextStream>

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
    const ResolvedAccount account = resolveAccountOptions(parser);
    if (!account.ok()) {
        err << "mailsetup: " << account.error << "\n";
        return account.usage ? 2 : 1;
    }
    QString error;
    const QByteArray bytes = exporter->generate(*account.settings, *account.profile, &error);
    if (bytes.isEmpty()) {
        err << tr("Cannot make %1: %2").arg(exporter->displayName(), error) << "\n";
        return 1;
    }
    QString output = parser.value(QStringLiteral("output"));
    if (output == QLatin1String("-")) {
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
    out << tr("Wrote %1 (%2).").arg(QDir::toNativeSeparators(output), exporter->displayName()) << "\n"
        << exporter->howToUse() << "\n";
    return 0;
}

} // namespace mailsetup
