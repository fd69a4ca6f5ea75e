// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificatestores.h"

#include <QList>
#include <QWizardPage>
#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;

namespace mailsetup {

class StatusLabel;
struct WizardState;

// Step 4, only when the profile names a root certificate: what it is in plain
// words, its subject, validity and SHA-256 fingerprint to compare with what the
// provider published, an explicit "I compared it", then the install into the
// stores the mail programs here read (certs/), off the GUI thread. The worker
// checks the file against the profile's pin again before anything is installed.
// Skipping is allowed: Next is always there.
class CertificatePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CertificatePage(std::shared_ptr<WizardState> state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // "Install the certificate": the ticked stores, with the fingerprint shown.
    void install();
    QString shownFingerprint() const { return m_fingerprintShown; }

private:
    void updateInstallButton();
    void finishInstall(const QList<TrustInstallOutcome>& outcomes, const QString& refusal);

    std::shared_ptr<WizardState> m_state;
    QLabel* m_explanation;
    QLabel* m_facts;
    QLabel* m_fingerprint;
    QCheckBox* m_confirm;
    QLabel* m_storesLabel;
    QList<QCheckBox*> m_storeChecks;
    QList<TrustStoreChoice> m_stores;
    QWidget* m_storeBox;
    QPushButton* m_install;
    StatusLabel* m_status;
    QString m_fingerprintShown;
    bool m_installing = false;
};

} // namespace mailsetup
