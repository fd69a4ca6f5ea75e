// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentactions.h"

#include "backgroundtask.h"
#include "errordialog.h"
#include "pdfdocument.h"
#include "statuslabel.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QTextDocument>
#include <QVBoxLayout>

namespace mailsetup {

DocumentActions::DocumentActions(const Labels& labels, QWidget* parent)
    : QWidget(parent), m_print(new QPushButton(labels.print, this)),
      m_save(new QPushButton(labels.savePdf, this)), m_copy(new QPushButton(labels.copyText, this)),
      m_status(new StatusLabel(this))
{
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setAccessibleName(QString(labels.print).remove(QLatin1Char('&')).remove(QChar(0x2026)));
    m_save->setObjectName(QStringLiteral("savePdfButton"));
    m_save->setAccessibleName(QString(labels.savePdf).remove(QLatin1Char('&')).remove(QChar(0x2026)));
    m_copy->setObjectName(QStringLiteral("copyTextButton"));
    m_copy->setAccessibleName(QString(labels.copyText).remove(QLatin1Char('&')));
    m_status->setObjectName(QStringLiteral("documentStatus"));

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_print);
    row->addWidget(m_save);
    row->addWidget(m_copy);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);

    connect(m_print, &QPushButton::clicked, this, &DocumentActions::print);
    connect(m_save, &QPushButton::clicked, this, &DocumentActions::chooseAndSavePdf);
    connect(m_copy, &QPushButton::clicked, this, &DocumentActions::copyText);
}

void DocumentActions::setDocument(const QString& title, const QString& html, const QString& text)
{
    m_title = title;
    m_html = html;
    m_text = text;
    m_status->clearMessage();
}

void DocumentActions::copyText()
{
    QApplication::clipboard()->setText(m_text);
    m_status->showMessage(StatusLabel::Kind::Success, tr("Copied. Paste it into an email or a document."));
}

void DocumentActions::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_title);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setHtml(m_html);
    document.print(&printer);
}

void DocumentActions::chooseAndSavePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as PDF"), QDir::home().filePath(m_fileName), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdfTo(path);
}

void DocumentActions::savePdfTo(const QString& path)
{
    PdfOptions options;
    options.title = m_title;
    const PdfResult pdf = renderPdf(m_html, options);
    if (!pdf.ok()) {
        m_status->showMessage(StatusLabel::Kind::Error, pdf.error);
        emit pdfSaved(path, pdf.error);
        return;
    }
    m_save->setEnabled(false);
    m_status->showMessage(StatusLabel::Kind::Info, tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
    const QByteArray bytes = pdf.pdf;
    runInBackground<QString>(
        this,
        [path, bytes]() -> QString {
            // Atomic: a half-written PDF never replaces a good one.
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
                return file.errorString().isEmpty() ? tr("cannot write the file") : file.errorString();
            return QString();
        },
        [this, path](const QString& error) {
            m_save->setEnabled(true);
            const QString shown = QDir::toNativeSeparators(path);
            if (error.isEmpty()) {
                m_status->showMessage(StatusLabel::Kind::Success, tr("Saved as %1").arg(shown));
            } else {
                m_status->showMessage(StatusLabel::Kind::Error,
                                      tr("Could not save %1: %2").arg(shown, error));
                showErrorDialog(this, tr("The PDF was not saved"), tr("%1: %2").arg(shown, error),
                                tr("Choose another folder, for example your Documents folder."));
            }
            emit pdfSaved(path, error);
        });
}

} // namespace mailsetup
