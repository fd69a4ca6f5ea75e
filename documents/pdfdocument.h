// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace mailsetup {

struct PdfOptions
{
    QString title;       // the PDF's document title (shown by viewers)
    bool letter = false; // US Letter instead of A4
    int marginMm = 10;
    qreal fontPointSize = 8.5; // body text; headings scale from it
};

struct PdfResult
{
    QByteArray pdf;
    QString error; // for people, when pdf is empty
    bool ok() const { return error.isEmpty(); }
};

// Lays out `html` (QTextDocument's HTML subset) on pages and returns the PDF bytes.
// Needs a QGuiApplication; says so instead of crashing when there is none.
PdfResult renderPdf(const QString& html, const PdfOptions& options = {});

// renderPdf, then writes the file atomically (a half-written PDF never replaces a
// good one). Returns an empty string or the reason, naming the file.
QString writePdf(const QString& html, const QString& path, const PdfOptions& options = {});

} // namespace mailsetup
