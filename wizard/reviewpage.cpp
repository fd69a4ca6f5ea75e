// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewpage.h"

#include "backgroundtask.h"
#include "statuslabel.h"
#include "wizardstate.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QWizard>

namespace mailsetup {

ReviewPage::ReviewPage(std::shared_ptr<WizardState> state, QWidget* parent)
    : QWizardPage(parent), m_state(std::move(state)), m_changes(new QPlainTextEdit(this)),
      m_backups(new QLabel(this)), m_status(new StatusLabel(this))
{
    setTitle(tr("Check the changes"));
    setSubTitle(tr("This is everything Mail Setup will change. Click Apply to make the changes; "
                   "you can undo them afterwards."));
    // Past this page the files are written: Back would show choices that no longer apply.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Apply"));

    auto* label = new QLabel(tr("&Changes (lines starting with - are removed, + are added):"), this);
    label->setBuddy(m_changes);
    m_changes->setObjectName(QStringLiteral("reviewText"));
    m_changes->setAccessibleName(tr("Changes"));
    m_changes->setReadOnly(true);
    // Wrapped: people should not have to scroll sideways to read a note.
    m_changes->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_changes->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Tab leaves the text box instead of being swallowed by it.
    m_changes->setTabChangesFocus(true);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);

    m_backups->setObjectName(QStringLiteral("backupLocation"));
    m_backups->setWordWrap(true);
    m_backups->setTextFormat(Qt::PlainText);
    m_backups->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("applyStatus"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_backups);
    layout->addWidget(m_status);
}

void ReviewPage::initializePage()
{
    QStringList texts;
    for (const ChangePlan& plan : m_state->plans)
        texts << plan.toText();
    m_changes->setPlainText(texts.join(QStringLiteral("\n\n")));
    m_backups->setText(
        tr("Before changing a file, Mail Setup keeps a copy of it in %1")
            .arg(m_state->context.env.displayPath(BackupStore(m_state->context.backupRoot).root())));
    m_status->clearMessage();
    m_state->applied.reset();
}

bool ReviewPage::isComplete() const
{
    return !m_applying && !m_state->plans.isEmpty();
}

bool ReviewPage::validatePage()
{
    if (m_state->applied && m_state->applied->ok)
        return true;
    if (!m_applying)
        startApply();
    return false; // finishApply moves on once the files are written
}

void ReviewPage::startApply()
{
    const QList<ChangePlan> plans = m_state->plans;
    const QString root = m_state->context.backupRoot;
    const QString description =
        tr("%1 for %2").arg(m_state->settings->providerName, m_state->settings->email);
    m_status->showMessage(StatusLabel::Kind::Info, tr("Applying the changes…"));
    setBusy(true);
    // The thread gets copies and its own registry: nothing here is shared with it.
    runInBackground<ApplyResult>(
        this,
        [plans, root, description] {
            ClientRegistry registry;
            BackupStore store(root);
            return applyPlans(plans, store, runningCheck(registry), description);
        },
        [this](const ApplyResult& result) { finishApply(result); });
}

void ReviewPage::finishApply(const ApplyResult& result)
{
    setBusy(false);
    if (!result.ok) {
        m_status->showMessage(StatusLabel::Kind::Error,
                              tr("Nothing was changed: %1\nClick Back, then Check again, and try once more.")
                                  .arg(result.error));
        return;
    }
    m_state->applied = result;
    m_status->clearMessage();
    wizard()->next();
}

void ReviewPage::setBusy(bool busy)
{
    m_applying = busy;
    m_state->busy = busy;
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
    emit completeChanged(); // the wizard re-enables its buttons from this; we then narrow it down
    if (busy) {
        wizard()->button(QWizard::BackButton)->setEnabled(false);
        wizard()->button(QWizard::CancelButton)->setEnabled(false);
    } else {
        wizard()->button(QWizard::CancelButton)->setEnabled(true);
    }
}

} // namespace mailsetup
