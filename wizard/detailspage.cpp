// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailspage.h"

#include "accountsettings.h"
#include "statuslabel.h"
#include "wizardstate.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace mailsetup {
namespace {

// The outgoing entry resolveAccount picks when nobody chooses: the same for every
// address of the profile, so any well-formed one tells.
std::optional<int> recommendedOutgoingPort(const ProviderProfile& profile)
{
    AccountRequest probe;
    probe.email = QStringLiteral("someone@") +
                  (profile.domains.isEmpty() ? QStringLiteral("example.org") : profile.domains.first());
    const ResolveResult r = resolveAccount(profile, probe);
    if (!r.settings)
        return std::nullopt;
    return r.settings->outgoing.port;
}

QString emailDomain(const QString& email)
{
    return email.mid(email.lastIndexOf(QLatin1Char('@')) + 1);
}

} // namespace

DetailsPage::DetailsPage(std::shared_ptr<WizardState> state, QWidget* parent)
    : QWizardPage(parent), m_state(std::move(state)), m_name(new QLineEdit(this)),
      m_email(new QLineEdit(this)), m_username(new QLineEdit(this)),
      m_outgoingLabel(new QLabel(tr("&Outgoing server:"), this)), m_outgoing(new QComboBox(this)),
      m_status(new StatusLabel(this)), m_summary(new QLabel(this))
{
    setTitle(tr("Your details"));
    setSubTitle(tr("Type your name and the email address your provider gave you. "
                   "Mail Setup never asks for your password."));

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setPlaceholderText(tr("as the people you write to will see it, e.g. Alice Example"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setAccessibleName(tr("Email address"));
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setAccessibleName(tr("Log-in name"));
    m_username->setAccessibleDescription(tr("The name you log in to your provider's mail servers with. "
                                            "Filled in from your address; change it only if your provider "
                                            "told you a different one."));
    m_username->setToolTip(m_username->accessibleDescription());
    m_outgoing->setObjectName(QStringLiteral("outgoingCombo"));
    m_outgoing->setAccessibleName(tr("Outgoing server"));
    m_outgoing->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_outgoing->setMinimumContentsLength(30);
    m_status->setObjectName(QStringLiteral("detailsStatus"));
    m_summary->setObjectName(QStringLiteral("detailsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* usernameHint = new QLabel(tr("Filled in from your address. Change it only if your provider gave "
                                       "you a different log-in name."),
                                    this);
    usernameHint->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Your na&me:"), m_name);
    form->addRow(tr("&Email address:"), m_email);
    form->addRow(tr("&Log-in name:"), m_username);
    form->addRow(QString(), usernameHint);
    form->addRow(m_outgoingLabel, m_outgoing);
    m_outgoingLabel->setBuddy(m_outgoing);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addSpacing(8);
    layout->addWidget(m_summary);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::textChanged, this, [this] { resolve(false); });
    connect(m_email, &QLineEdit::textChanged, this, [this] { resolve(true); });
    connect(m_username, &QLineEdit::textEdited, this, [this](const QString& text) {
        // Emptied: back to the log-in name derived from the address, shown as placeholder.
        m_usernameEdited = !text.trimmed().isEmpty();
        resolve(false);
    });
    connect(m_outgoing, qOverload<int>(&QComboBox::activated), this, [this] {
        m_outgoingChosen = true;
        resolve(false);
    });
}

void DetailsPage::initializePage()
{
    const ProviderProfile& profile = *m_state->profile;
    const QString key = profile.sourceFile + QLatin1Char('\n') + profile.id;
    if (key != m_profileKey) {
        m_profileKey = key;
        m_outgoingChosen = false;
        fillOutgoing();
    }
    if (m_email->text().isEmpty() && !m_state->emailHint.isEmpty())
        m_email->setText(m_state->emailHint);
    m_email->setPlaceholderText(profile.domains.isEmpty() ? tr("e.g. alice@example.org")
                                                          : tr("e.g. alice@%1").arg(profile.domains.first()));
    resolve(true);
}

bool DetailsPage::isComplete() const
{
    return m_state->settings.has_value();
}

void DetailsPage::fillOutgoing()
{
    const ProviderProfile& profile = *m_state->profile;
    const std::optional<int> recommended = recommendedOutgoingPort(profile);
    m_outgoing->clear();
    auto* model = qobject_cast<QStandardItemModel*>(m_outgoing->model());
    for (const ServerEntry& entry : profile.outgoing) {
        if (entry.type != QLatin1String("smtp"))
            continue;
        QString text =
            tr("%1, port %2: %3").arg(entry.hostname).arg(entry.port).arg(securityExplained(entry.security));
        const bool usable = entry.security == Security::Ssl || entry.security == Security::StartTls;
        if (!usable)
            text += tr(" (not used by Mail Setup)");
        else if (recommended && entry.port == *recommended)
            text += tr(" (recommended)");
        m_outgoing->addItem(text, entry.port);
        if (!usable && model)
            model->item(m_outgoing->count() - 1)->setEnabled(false);
    }
    // One choice is no choice: the summary below says which server it is.
    const bool several = m_outgoing->count() > 1;
    m_outgoing->setVisible(several);
    m_outgoingLabel->setVisible(several);
    if (recommended)
        selectOutgoingPort(*recommended);
}

void DetailsPage::selectOutgoingPort(int port)
{
    const int index = m_outgoing->findData(port);
    if (index >= 0)
        m_outgoing->setCurrentIndex(index);
}

void DetailsPage::resolve(bool refillUsername)
{
    const ProviderProfile& profile = *m_state->profile;
    AccountRequest request;
    request.email = m_email->text().trimmed();
    request.realName = m_name->text().trimmed();
    if (m_usernameEdited)
        request.username = m_username->text().trimmed();
    if (m_outgoingChosen && m_outgoing->currentIndex() >= 0)
        request.outgoingPort = m_outgoing->currentData().toInt();

    const ResolveResult result = resolveAccount(profile, request);
    m_state->settings = result.settings;
    m_state->request = request; // the connection check keeps the name and log-in, changes the ports
    m_state->log->notifyStateChanged();

    if (!result.settings) {
        m_username->setPlaceholderText(QString());
        if (!m_usernameEdited && refillUsername)
            m_username->clear();
        if (request.email.isEmpty())
            m_status->showMessage(StatusLabel::Kind::Info, tr("Type your email address to go on."));
        else
            m_status->showMessage(StatusLabel::Kind::Error, tr("Cannot go on: %1.").arg(result.error));
        m_summary->clear();
        emit completeChanged();
        return;
    }

    const AccountSettings& s = *result.settings;
    m_username->setPlaceholderText(s.outgoing.username);
    if (!m_usernameEdited && refillUsername)
        m_username->setText(s.outgoing.username);
    if (!m_outgoingChosen)
        selectOutgoingPort(s.outgoing.port);

    const QString domain = emailDomain(s.email);
    bool known = profile.domains.isEmpty();
    for (const QString& d : profile.domains)
        known = known || d.compare(domain, Qt::CaseInsensitive) == 0;
    if (known) {
        m_status->clearMessage();
    } else {
        QStringList endings;
        for (const QString& d : profile.domains)
            endings << QLatin1Char('@') + d;
        m_status->showMessage(StatusLabel::Kind::Warning,
                              tr("%1 addresses end in %2, but this one ends in @%3. Check it for typing "
                                 "mistakes; if your provider told you to use it, you can go on.")
                                  .arg(profile.name(), endings.join(QStringLiteral(", ")), domain));
    }

    QStringList lines;
    lines << tr("Mail Setup will use:");
    if (s.incoming)
        lines << tr("Incoming mail (%1): %2").arg(s.incoming->protocolName(), s.incoming->describe());
    else
        lines << tr("Incoming mail: left as it is (%1 sets up outgoing mail only)").arg(profile.name());
    lines << tr("Outgoing mail (%1): %2").arg(s.outgoing.protocolName(), s.outgoing.describe());
    m_summary->setText(lines.join(QLatin1Char('\n')));
    emit completeChanged();
}

} // namespace mailsetup
