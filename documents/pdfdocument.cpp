// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfdocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

} // namespace

PdfResult renderPdf(const QString& html, const PdfOptions& options)
{
    PdfResult result;
    // QTextDocument lays text out with the platform's fonts, which only a
    // QGuiApplication provides; without one Qt aborts.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        result.error = tr("making a PDF needs Qt's graphical part to be started (QGuiApplication); this run "
                          "started only the command-line part");
        return result;
    }
    QBuffer buffer(&result.pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(options.title);
        writer.setCreator(QStringLiteral("Mail Setup"));
        writer.setPageLayout(
            QPageLayout(QPageSize(options.letter ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait,
                        QMarginsF(options.marginMm, options.marginMm, options.marginMm, options.marginMm),
                        QPageLayout::Millimeter));
        QTextDocument document;
        // Explicit, so the page looks the same whatever the desktop's font settings are.
        QFont font = document.defaultFont();
        font.setPointSizeF(options.fontPointSize);
        document.setDefaultFont(font);
        document.setHtml(html);
        document.print(&writer);
    }
    buffer.close();
    if (result.pdf.isEmpty())
        result.error = tr("Qt produced an empty PDF");
    return result;
}

QString writePdf(const QString& html, const QString& path, const PdfOptions& options)
{
    const PdfResult rendered = renderPdf(html, options);
    if (!rendered.ok())
        return tr("cannot write %1: %2").arg(path, rendered.error);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(path, file.errorString());
    file.write(rendered.pdf);
    if (!file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace mailsetup
