// SPDX-License-Identifier: GPL-3.0-or-later
#include "installationview.h"

#include "statuslabel.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace mailsetup {
namespace {

QLabel* textLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString bullets(const QStringList& lines)
{
    QStringList out;
    for (const QString& line : lines)
        out << QStringLiteral("• ") + line;
    return out.join(QLatin1Char('\n'));
}

} // namespace

InstallationView::InstallationView(const ClientInstallation& installation,
                                   const ChangePlan& plan,
                                   QWidget* parent)
    : QFrame(parent), m_installation(installation), m_plan(plan), m_check(new QCheckBox(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("installationView"));

    // The check box says only which program: a folder path is too long for a
    // check box, which cannot wrap, so it goes into the label underneath.
    QString where = installation.label;
    if (installation.isDefault)
        where += tr(" (the one %1 normally uses)").arg(installation.clientName);
    m_check->setText(QString(installation.clientName).replace(QLatin1Char('&'), QStringLiteral("&&")));
    m_check->setAccessibleName(tr("%1, %2").arg(installation.clientName, where));
    m_check->setObjectName(QStringLiteral("installationCheck"));
    m_check->setProperty("location", installation.location);
    QFont bold = m_check->font();
    bold.setBold(true);
    m_check->setFont(bold);
    connect(m_check, &QCheckBox::toggled, this, &InstallationView::toggled);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_check);
    // Details sit under the check box text, not under the box itself.
    auto* details = new QVBoxLayout;
    details->setContentsMargins(24, 0, 0, 0);
    layout->addLayout(details);

    details->addWidget(textLabel(tr("Settings: %1").arg(where), this));

    QStringList accounts;
    for (const ExistingAccount& account : installation.accounts)
        accounts << account.describe();
    details->addWidget(textLabel(accounts.isEmpty()
                                     ? tr("No mail accounts in it yet.")
                                     : tr("Mail accounts in it now:\n%1").arg(bullets(accounts)),
                                 this));

    auto* outcome = new StatusLabel(this);
    outcome->setObjectName(QStringLiteral("installationOutcome"));
    QString description;
    if (!plan.refusal.isEmpty()) {
        description = tr("Cannot be changed right now: %1").arg(plan.refusal);
        outcome->showMessage(StatusLabel::Kind::Error, description);
        m_check->setEnabled(false);
    } else if (plan.isNoOp()) {
        description = tr("Already set up like this; nothing to change.");
        outcome->showMessage(StatusLabel::Kind::Success, description);
        m_check->setEnabled(false);
    } else {
        description = tr("What will happen:\n%1").arg(bullets(plan.summary));
        outcome->showMessage(StatusLabel::Kind::Info, description);
    }
    details->addWidget(outcome);
    m_check->setAccessibleDescription(description);

    if (!plan.notes.isEmpty())
        details->addWidget(textLabel(bullets(plan.notes), this));
    if (!installation.problems.isEmpty()) {
        auto* problems = new StatusLabel(this);
        problems->showMessage(StatusLabel::Kind::Warning,
                              tr("Could not read everything:\n%1").arg(bullets(installation.problems)));
        details->addWidget(problems);
    }
}

bool InstallationView::isChecked() const
{
    return m_check->isEnabled() && m_check->isChecked();
}

void InstallationView::setChecked(bool checked)
{
    m_check->setChecked(checked && m_plan.canApply());
}

} // namespace mailsetup
