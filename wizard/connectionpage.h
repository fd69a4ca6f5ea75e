// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosis.h"
#include "diagnostictypes.h"

#include <QList>
#include <QPointer>
#include <QWizardPage>
#include <memory>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace mailsetup {

class StatusLabel;
struct WizardState;

// Step 3: tries every server of the provider from this computer (diagnostics/),
// row by row as each answers, says in plain words what works, and takes the
// variant that works here for the rest of the wizard. The window never waits on
// the network: the diagnosis runs on the event loop with its own time limits.
class ConnectionPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ConnectionPage(std::shared_ptr<WizardState> state, QWidget* parent = nullptr);
    ~ConnectionPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    // "Check again": starts the diagnosis anew.
    void startCheck();
    // "Skip the check": goes on with the profile's own first choice, after a warning.
    void skip();
    bool isChecking() const { return m_diagnosis != nullptr; }

private:
    void stopCheck();
    void showProgress(int index, const QString& step);
    void showEndpoint(int index, const EndpointResult& result);
    void finishCheck();
    void showSelectedDetails();

    std::shared_ptr<WizardState> m_state;
    QPointer<Diagnosis> m_diagnosis;
    QTreeWidget* m_servers;
    QLabel* m_details;
    StatusLabel* m_status;
    QPushButton* m_checkAgain;
    QPushButton* m_skip;
    QPlainTextEdit* m_rawReport;                    // helpdesk mode only
    QList<DiagnosticEndpoint> m_endpoints;          // one per row
    QList<std::optional<EndpointResult>> m_results; // one per row, once it answered
    bool m_done = false;                            // finished with a usable variant, or skipped
};

} // namespace mailsetup
