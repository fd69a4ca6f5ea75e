// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPixmap>
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

    // Adds the panel and the "Helpdesk view" button to the wizard.
    static void install(QWizard* wizard, const std::shared_ptr<WizardState>& state);
    static void setMode(QWizard* wizard, const std::shared_ptr<WizardState>& state, bool on);
    // The program's logo from the SVG, sharp at this device pixel ratio.
    static QPixmap logo(qreal devicePixelRatio);

    QString settingsText() const;
    QString logText() const;

private:
    void refresh();

    std::shared_ptr<WizardState> m_state;
    QPlainTextEdit* m_settings;
    QPlainTextEdit* m_log;
};

} // namespace mailsetup
