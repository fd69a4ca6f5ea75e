// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transaction.h"

#include <QWizardPage>
#include <memory>

class QLabel;
class QPushButton;

namespace mailsetup {

class StatusLabel;
struct WizardState;

// Step 5: what was written, what to do now, and a way back.
class DonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DonePage(std::shared_ptr<WizardState> state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // Puts the files back as they were ("Undo these changes").
    void undo();

private:
    void finishUndo(const UndoResult& result);

    std::shared_ptr<WizardState> m_state;
    StatusLabel* m_result;
    QLabel* m_details;
    QPushButton* m_undo;
    StatusLabel* m_undoStatus;
    bool m_undoing = false;
};

} // namespace mailsetup
