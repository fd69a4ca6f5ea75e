// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transaction.h"

#include <QWizardPage>
#include <memory>

class QLabel;
class QPlainTextEdit;

namespace mailsetup {

struct WizardState;

// Step 6: every change in full, where the backups go, and the Apply button, which
// goes on to the apply page (there is no way back past it).
class ReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(std::shared_ptr<WizardState> state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    std::shared_ptr<WizardState> m_state;
    QPlainTextEdit* m_changes;
    QLabel* m_backups;
};

} // namespace mailsetup
