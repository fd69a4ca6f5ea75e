// SPDX-License-Identifier: GPL-3.0-or-later
#include "discoverypanel.h"

#include "setupwizard.h"
#include "statuslabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailsetup {

DiscoveryPanel::DiscoveryPanel(SetupWizard* wizard, QWidget* parent)
    : QWidget(parent), m_wizard(wizard), m_email(new QLineEdit(this)),
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
    if (!m_run)
        return;
    m_run->disconnect(this);
    m_run->deleteLater(); // and with it the lookups still running
    m_run = nullptr;
}

void DiscoveryPanel::find(const QString& email)
{
    stop();
    WizardEngine* engine = m_wizard->engine();
    if (!engine)
        return;
    if (m_email->text().trimmed() != email)
        m_email->setText(email);
    m_found = 0;
    m_status->showMessage(StatusLabel::Kind::Info, tr("Looking for the settings of %1…").arg(email));
    m_find->setEnabled(false);
    m_run = engine->startDiscovery(this);
    connect(m_run, &DiscoveryRun::configFound, this, [this](const DiscoveredConfig& config) {
        ++m_found;
        emit configFound(config);
    });
    connect(m_run, &DiscoveryRun::finished, this, [this](const QString& error, const QString& domain) {
        stop();
        m_find->setEnabled(true);
        if (!error.isEmpty())
            m_status->showMessage(StatusLabel::Kind::Error, error);
        else if (m_found == 0)
            m_status->showMessage(
                StatusLabel::Kind::Warning,
                tr("No settings were found for %1. Ask your provider for a profile file.").arg(domain));
        else
            m_status->showMessage(
                StatusLabel::Kind::Success,
                tr("Found %n set(s) of settings; they are in the list above, best first.", nullptr, m_found));
        emit finished(m_found);
    });
    m_run->start(email);
}

} // namespace mailsetup
