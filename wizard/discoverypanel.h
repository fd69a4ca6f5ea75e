// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discoveredconfig.h"
#include "maildiscovery.h"

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace mailsetup {

class StatusLabel;

// "Find my settings" on the provider page: looks up an email address with
// discovery/ (built-in profiles, the provider's autoconfig file, Thunderbird's
// database, DNS, guessing) on the event loop, and hands every answer on as it
// arrives, with where it came from and whether it is to be trusted.
class DiscoveryPanel : public QWidget
{
    Q_OBJECT

public:
    DiscoveryPanel(const DiscoveryOptions& options, QWidget* parent = nullptr);
    ~DiscoveryPanel() override;

    void find(const QString& email);
    bool isRunning() const { return m_discovery != nullptr; }
    QString email() const;
    QLineEdit* emailEdit() const { return m_email; }
    QPushButton* findButton() const { return m_find; }

signals:
    void configFound(const mailsetup::DiscoveredConfig& config);
    void finished(int found);

private:
    void stop();

    DiscoveryOptions m_options;
    QPointer<MailDiscovery> m_discovery;
    QLineEdit* m_email;
    QPushButton* m_find;
    StatusLabel* m_status;
    int m_found = 0;
};

} // namespace mailsetup
