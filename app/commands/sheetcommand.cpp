// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheetcommand.h"

#include "accountoptions.h"
#include "settingssheet.h"

// The PDF library (documents/) is optional for the command line: a build without it
// still prints text and HTML.
#if __has_include("pdfdocument.h")
#include "pdfdocument.h"
#define MAILSETUP_SHEET_PDF 1
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

} // namespace

int runSheetCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the settings sheet: servers, ports, security in plain words, user name, the certificate's "
           "fingerprint and the helpdesk, on one page. It never contains a password."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("sheet"), tr("the command"));
    addAccountOptions(parser);
    parser.addOptions({
        {QStringLiteral("pdf"), tr("Write the sheet as a PDF file to <file>."), tr("file")},
        {QStringLiteral("html"), tr("Print an HTML page instead of text.")},
        {QStringLiteral("letter"), tr("With --pdf: US Letter paper instead of A4.")},
    });
    if (!parser.parse(arguments)) {
        err << "mailsetup: " << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.isSet(QStringLiteral("pdf")) && parser.isSet(QStringLiteral("html"))) {
        err << "mailsetup: " << tr("choose one of --pdf and --html") << "\n";
        return 2;
    }
    const ResolvedAccount account = resolveAccountOptions(parser);
    if (!account.ok()) {
        err << "mailsetup: " << account.error << "\n";
        return account.usage ? 2 : 1;
    }
    const SettingsSheet sheet = buildSettingsSheet(*account.profile, *account.settings);
    if (parser.isSet(QStringLiteral("pdf"))) {
#ifdef MAILSETUP_SHEET_PDF
        const QString path = parser.value(QStringLiteral("pdf"));
        PdfOptions options;
        options.title = sheet.title();
        options.letter = parser.isSet(QStringLiteral("letter"));
        const QString error = writePdf(settingsSheetToHtml(sheet), path, options);
        if (!error.isEmpty()) {
            err << "mailsetup: " << error << "\n";
            return 1;
        }
        out << tr("Wrote the settings sheet to %1.").arg(path) << "\n";
        return 0;
#else
        err << "mailsetup: "
            << tr("this build of Mail Setup cannot make PDF files; use --html and print the page") << "\n";
        return 1;
#endif
    }
    out << (parser.isSet(QStringLiteral("html")) ? settingsSheetToHtml(sheet) : settingsSheetToText(sheet));
    return 0;
}

} // namespace mailsetup
