// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QWizardPage>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace mailsetup {

class InstallationView;
struct WizardState;

// Step 3: the mail programs found on this computer, each planned for the account,
// so the person sees what would happen to each before choosing.
class ClientsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ClientsPage(std::shared_ptr<WizardState> state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // Finds the mail programs and plans each again ("Check again").
    void refresh();
    const QList<InstallationView*>& views() const { return m_views; }
    // "Show the steps" for a program Mail Setup does not change: opens the
    // instructions and remembers the program for the last page. Returns the dialog.
    QWidget* showInstructions(const QString& clientId);

private:
    void chooseDefaults();

    std::shared_ptr<WizardState> m_state;
    QLabel* m_intro;
    QVBoxLayout* m_listLayout;
    QPushButton* m_checkAgain;
    QComboBox* m_otherPrograms;
    QPushButton* m_showSteps;
    QList<InstallationView*> m_views;
    QHash<QString, bool> m_choices; // what the person ticked, by location, kept across re-checks
};

} // namespace mailsetup
