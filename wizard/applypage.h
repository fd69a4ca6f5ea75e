// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transaction.h"

#include <QWizardPage>
#include <memory>

class QPushButton;
class QTreeWidget;

namespace mailsetup {

class StatusLabel;
struct WizardState;

// Step 7: writes the plans one mail program at a time, off the GUI thread, with a
// row per program. If one fails, it stops, puts back what the others wrote and
// says so: either every program is set up or none is.
class ApplyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ApplyPage(std::shared_ptr<WizardState> state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // "Try again" after a failure (say, once Thunderbird is closed).
    void start();
    bool isRunning() const { return m_running; }

private:
    void applyNext();
    void finishOne(const ApplyResult& result);
    void rollBack(const QString& failure);
    void setBusy(bool busy);

    std::shared_ptr<WizardState> m_state;
    QTreeWidget* m_rows;
    StatusLabel* m_status;
    QPushButton* m_retry;
    int m_next = 0;
    ApplyResult m_total;
    bool m_running = false;
};

} // namespace mailsetup
