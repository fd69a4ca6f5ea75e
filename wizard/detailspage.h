// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;

namespace mailsetup {

class StatusLabel;
struct WizardState;

// Step 2: name, address, log-in name and, where the provider offers several, the
// outgoing server. Every change is resolved against the profile at once, so the
// page always shows exactly what will be written or why it cannot be.
class DetailsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DetailsPage(std::shared_ptr<WizardState> state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void fillOutgoing();
    void resolve(bool refillUsername);
    void selectOutgoingPort(int port);

    std::shared_ptr<WizardState> m_state;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QLineEdit* m_username;
    QLabel* m_outgoingLabel;
    QComboBox* m_outgoing;
    StatusLabel* m_status;
    QLabel* m_summary;
    QString m_profileKey;          // the profile the outgoing list was built for
    bool m_usernameEdited = false; // typed by the person: no longer derived from the address
    bool m_outgoingChosen = false; // picked by the person: no longer the recommended one
};

} // namespace mailsetup
