// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>

class QPlainTextEdit;
class QWizard;

namespace mailsetup {

struct WizardState;

// Helpdesk mode: beside every page, the settings the wizard would write now (in
// the words of the settings sheet) and the log of what it did, both selectable, so
// that staff on the phone can read them out. Shown by `mailsetup --helpdesk` or
// the "Helpdesk view" button.
class HelpdeskPanel : public QWidget
{
    Q_OBJECT

public:
    HelpdeskPanel(std::shared_ptr<WizardState> state, QWidget* parent = nullptr);

    // Shows the panel beside the wizard's pages, or takes it away (SetupWizard has
    // the "Helpdesk view" button).
    static void setMode(QWizard* wizard, const std::shared_ptr<WizardState>& state, bool on);

    QString settingsText() const;
    QString logText() const;

private:
    void refresh();

    std::shared_ptr<WizardState> m_state;
    QPlainTextEdit* m_settings;
    QPlainTextEdit* m_log;
};

} // namespace mailsetup
