// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificatestores.h"
#include "transaction.h"

#include <QWizardPage>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;

namespace mailsetup {

class DocumentActions;
class StatusLabel;
struct WizardState;

// The last step: what was written, what to do now, a way back, the settings sheet
// to print, save as PDF or copy, and the steps for programs left to the person.
class DonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DonePage(std::shared_ptr<WizardState> state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // Puts the files back as they were and takes out the provider's certificate
    // where this session added it ("Undo these changes").
    void undo();
    DocumentActions* sheetActions() const { return m_sheet; }

    struct Undone
    {
        UndoResult files;
        QList<TrustInstallOutcome> certificates; // one per store it was taken out of
    };

private:
    void finishUndo(const Undone& undone);
    QList<TrustInstallOutcome> addedCertificates() const;

    std::shared_ptr<WizardState> m_state;
    StatusLabel* m_result;
    QLabel* m_details;
    QPushButton* m_undo;
    StatusLabel* m_undoStatus;
    DocumentActions* m_sheet;
    QComboBox* m_instructionsCombo;
    QPushButton* m_showSteps;
    QString m_questions; // the provider's helpdesk, for after an undo
    bool m_undoing = false;
};

} // namespace mailsetup
