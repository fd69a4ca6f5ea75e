// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transaction.h"

#include <QWizardPage>
#include <memory>

class QLabel;
class QPlainTextEdit;

namespace mailsetup {

class StatusLabel;
struct WizardState;

// Step 4: every change in full, where the backups go, and the Apply button. The
// apply runs when Apply is clicked; only when it succeeded does the wizard move
// on, so a refusal (Thunderbird started meanwhile) leaves Back open to check again.
class ReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(std::shared_ptr<WizardState> state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void startApply();
    void finishApply(const ApplyResult& result);
    void setBusy(bool busy);

    std::shared_ptr<WizardState> m_state;
    QPlainTextEdit* m_changes;
    QLabel* m_backups;
    StatusLabel* m_status;
    bool m_applying = false;
};

} // namespace mailsetup
