// SPDX-License-Identifier: GPL-3.0-or-later
#include "instructionsdialog.h"

#include "documentactions.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mailsetup {

InstructionsDialog::InstructionsDialog(const ClientInstructions& instructions, QWidget* parent)
    : QDialog(parent), m_view(new QTextBrowser(this)),
      m_actions(new DocumentActions({tr("&Print…"), tr("Save as P&DF…"), tr("&Copy as text")}, this)),
      m_text(instructionsToText(instructions))
{
    setObjectName(QStringLiteral("instructionsDialog"));
    setWindowTitle(tr("Setting up %1 by hand").arg(instructions.clientName));
    resize(720, 600);
    m_view->setObjectName(QStringLiteral("instructionsText"));
    m_view->setAccessibleName(tr("Steps for %1").arg(instructions.clientName));
    m_view->setOpenExternalLinks(true);
    m_view->setHtml(instructionsToHtml(instructions));
    m_actions->setDocument(windowTitle(), instructionsToHtml(instructions), m_text);
    QString fileName = instructions.clientName;
    fileName.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
    m_actions->setSuggestedFileName(fileName + QStringLiteral(".pdf"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_actions);
    layout->addWidget(buttons);
}

} // namespace mailsetup
