// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discoveredconfig.h"
#include "wizardengine.h"

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace mailsetup {

class SetupWizard;
class StatusLabel;

// "Find my settings" on the provider page: looks up an email address with
// discovery/, through the wizard's engine (built-in profiles, the provider's
// autoconfig file, Thunderbird's database, DNS, guessing) on the event loop, and
// hands every answer on as it arrives, with where it came from and whether it is
// to be trusted.
class DiscoveryPanel : public QWidget
{
    Q_OBJECT

public:
    DiscoveryPanel(SetupWizard* wizard, QWidget* parent = nullptr);
    ~DiscoveryPanel() override;

    void find(const QString& email);
    bool isRunning() const { return m_run != nullptr; }
    QString email() const;
    QLineEdit* emailEdit() const { return m_email; }
    QPushButton* findButton() const { return m_find; }

signals:
    void configFound(const mailsetup::DiscoveredConfig& config);
    void finished(int found);

private:
    void stop();

    SetupWizard* m_wizard;
    QPointer<DiscoveryRun> m_run;
    QLineEdit* m_email;
    QPushButton* m_find;
    StatusLabel* m_status;
    int m_found = 0;
};

} // namespace mailsetup
