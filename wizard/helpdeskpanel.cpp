// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpdeskpanel.h"

#include "settingssheet.h"
#include "wizardstate.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QWizard>

namespace mailsetup {
namespace {

QPlainTextEdit* readOnlyText(QWidget* parent, const char* objectName, const QString& accessibleName)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setReadOnly(true);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

} // namespace

HelpdeskPanel::HelpdeskPanel(std::shared_ptr<WizardState> state, QWidget* parent)
    : QWidget(parent), m_state(std::move(state)),
      m_settings(readOnlyText(this, "helpdeskSettings", tr("Settings in use"))),
      m_log(readOnlyText(this, "helpdeskLog", tr("Log")))
{
    setObjectName(QStringLiteral("helpdeskPanel"));
    setMinimumWidth(320);
    auto* settingsLabel = new QLabel(tr("Settin&gs in use:"), this);
    settingsLabel->setBuddy(m_settings);
    auto* logLabel = new QLabel(tr("Log:"), this);
    logLabel->setBuddy(m_log);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(settingsLabel);
    layout->addWidget(m_settings, 3);
    layout->addWidget(logLabel);
    layout->addWidget(m_log, 2);

    for (const QString& line : m_state->log->lines())
        m_log->appendPlainText(line);
    connect(m_state->log.get(), &WizardLog::lineAdded, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_state->log.get(), &WizardLog::stateChanged, this, &HelpdeskPanel::refresh);
    refresh();
}

QString HelpdeskPanel::settingsText() const
{
    return m_settings->toPlainText();
}

QString HelpdeskPanel::logText() const
{
    return m_log->toPlainText();
}

void HelpdeskPanel::refresh()
{
    if (!m_state->profile) {
        m_settings->setPlainText(tr("No provider chosen yet."));
        return;
    }
    if (!m_state->settings) {
        m_settings->setPlainText(tr("Provider: %1 (%2)\nNo valid email address yet.")
                                     .arg(m_state->profile->name(), m_state->profile->sourceFile));
        return;
    }
    QString text = settingsSheetToText(buildSettingsSheet(*m_state->profile, *m_state->settings));
    if (m_state->diagnosisSkipped)
        text += QLatin1Char('\n') + tr("Connection check: skipped");
    else if (m_state->diagnosis)
        text +=
            QLatin1Char('\n') + tr("Connection check: %1").arg(m_state->diagnosis->recommendation.summary);
    m_settings->setPlainText(text);
}

void HelpdeskPanel::setMode(QWizard* wizard, const std::shared_ptr<WizardState>& state, bool on)
{
    state->context.helpdesk = on;
    auto* panel = qobject_cast<HelpdeskPanel*>(wizard->sideWidget());
    if (on && !panel) {
        wizard->setSideWidget(new HelpdeskPanel(state, wizard));
        wizard->resize(qMax(wizard->width(), 1100), wizard->height());
    } else if (!on && panel) {
        wizard->setSideWidget(nullptr); // QWizard deletes the old one
    }
}

} // namespace mailsetup
