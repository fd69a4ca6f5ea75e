// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

class QPushButton;

namespace mailsetup {

class StatusLabel;

// Print, save as PDF, copy as text: one row of buttons for a document the core
// made as HTML and as text (the settings sheet, a program's instructions, the
// diagnosis report). The PDF is laid out here (documents/, a few milliseconds) and
// written to disk on a worker thread.
class DocumentActions : public QWidget
{
    Q_OBJECT

public:
    // Mnemonics differ per place (one window shows several rows), so the caller
    // gives the button texts.
    struct Labels
    {
        QString print;
        QString savePdf;
        QString copyText;
    };
    DocumentActions(const Labels& labels, QWidget* parent = nullptr);

    void setDocument(const QString& title, const QString& html, const QString& text);
    void setSuggestedFileName(const QString& fileName) { m_fileName = fileName; }

    // What "Save as PDF…" does once a file is chosen; the result shows in the
    // status line (and as an error dialog when it failed).
    void savePdfTo(const QString& path);
    void copyText();
    void print();
    StatusLabel* status() const { return m_status; }

signals:
    void pdfSaved(const QString& path, const QString& error);

private:
    void chooseAndSavePdf();

    QString m_title;
    QString m_html;
    QString m_text;
    QString m_fileName;
    QPushButton* m_print;
    QPushButton* m_save;
    QPushButton* m_copy;
    StatusLabel* m_status;
};

} // namespace mailsetup
