// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instructions.h"

#include <QDialog>

class QTextBrowser;

namespace mailsetup {

class DocumentActions;

// The step-by-step instructions for one mail program Mail Setup does not change
// itself (clientprofiles/instructions), to follow on screen, print, save or copy.
class InstructionsDialog : public QDialog
{
    Q_OBJECT

public:
    InstructionsDialog(const ClientInstructions& instructions, QWidget* parent = nullptr);

    QString text() const { return m_text; }

private:
    QTextBrowser* m_view;
    DocumentActions* m_actions;
    QString m_text;
};

} // namespace mailsetup
