// SPDX-License-Identifier: GPL-3.0-or-later
#include "discoverypanel.h"

#include "statuslabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailsetup {

DiscoveryPanel::DiscoveryPanel(const DiscoveryOptions& options, QWidget* parent)
    : QWidget(parent), m_options(options), m_email(new QLineEdit(this)),
      m_find(new QPushButton(tr("&Find settings"), this)), m_status(new StatusLabel(this))
{
    auto* label = new QLabel(tr("Or find them from your &email address:"), this);
    label->setBuddy(m_email);
    m_email->setObjectName(QStringLiteral("discoveryEmailEdit"));
    m_email->setAccessibleName(tr("Email address to find the settings for"));
    m_email->setPlaceholderText(tr("e.g. alice@example.org"));
    m_find->setObjectName(QStringLiteral("findSettingsButton"));
    m_find->setAccessibleName(tr("Find settings"));
    m_find->setAccessibleDescription(tr(
        "Ask your provider's servers and Thunderbird's list of providers for the settings; changes nothing"));
    m_find->setEnabled(false);
    m_status->setObjectName(QStringLiteral("discoveryStatus"));

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_email, 1);
    row->addWidget(m_find);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);

    connect(m_email, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_find->setEnabled(text.contains(QLatin1Char('@'))); });
    // Enter in the address box searches instead of pressing the wizard's Next.
    connect(m_email, &QLineEdit::returnPressed, this, [this] {
        if (m_find->isEnabled())
            find(email());
    });
    connect(m_find, &QPushButton::clicked, this, [this] { find(email()); });
}

DiscoveryPanel::~DiscoveryPanel()
{
    stop();
}

QString DiscoveryPanel::email() const
{
    return m_email->text().trimmed();
}

void DiscoveryPanel::stop()
{
    if (!m_discovery)
        return;
    m_discovery->disconnect(this);
    m_discovery->deleteLater();
    m_discovery = nullptr;
}

void DiscoveryPanel::find(const QString& email)
{
    stop();
    if (m_email->text().trimmed() != email)
        m_email->setText(email);
    m_found = 0;
    m_status->showMessage(StatusLabel::Kind::Info, tr("Looking for the settings of %1…").arg(email));
    m_find->setEnabled(false);
    m_discovery = new MailDiscovery(m_options, this);
    connect(m_discovery, &MailDiscovery::configFound, this, [this](const DiscoveredConfig& config) {
        ++m_found;
        emit configFound(config);
    });
    connect(m_discovery, &MailDiscovery::finished, this, [this] {
        const DiscoveryResult result = m_discovery->result();
        stop();
        m_find->setEnabled(true);
        if (!result.error.isEmpty())
            m_status->showMessage(StatusLabel::Kind::Error, result.error);
        else if (m_found == 0)
            m_status->showMessage(StatusLabel::Kind::Warning,
                                  tr("No settings were found for %1. Ask your provider for a profile file.")
                                      .arg(result.domain));
        else
            m_status->showMessage(
                StatusLabel::Kind::Success,
                tr("Found %n set(s) of settings; they are in the list above, best first.", nullptr, m_found));
        emit finished(m_found);
    });
    m_discovery->start(email);
}

} // namespace mailsetup
