// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discoveredconfig.h"
#include "providerprofile.h"

#include <QList>
#include <QWizardPage>
#include <memory>

class QLabel;
class QListWidget;
class QPushButton;

namespace mailsetup {

class DiscoveryPanel;
class SetupWizard;
class StatusLabel;

// Step 1: which provider gave you your address. Lists the bundled profiles and
// takes any profile file a provider sends out.
class ProviderPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ProviderPage(SetupWizard* wizard, QWidget* parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;

    // What "Open a profile file…" does once a file is chosen: adds the profile to
    // the list and selects it, or shows why it cannot be used. True when it loaded.
    bool loadProfileFile(const QString& path);
    // An answer of "Find settings": listed with where it came from, less trusted
    // ones marked; a built-in profile is selected instead of listed twice.
    int addDiscovered(const DiscoveredConfig& config);
    DiscoveryPanel* discoveryPanel() const { return m_discovery; }

private:
    void chooseFile();
    int addProfile(const ProviderProfile& profile, bool fromFile);
    void showSelected();
    int chosenRow() const; // the selected row, or -1

    SetupWizard* m_wizard;
    QList<ProviderProfile> m_profiles; // one per row of m_list
    QListWidget* m_list;
    QPushButton* m_open;
    StatusLabel* m_error;
    QLabel* m_details;
    DiscoveryPanel* m_discovery;
    StatusLabel* m_trustWarning;
};

} // namespace mailsetup
