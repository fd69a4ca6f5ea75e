// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewpage.h"

#include "wizardstate.h"

#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QWizard>

namespace mailsetup {

ReviewPage::ReviewPage(std::shared_ptr<WizardState> state, QWidget* parent)
    : QWizardPage(parent), m_state(std::move(state)), m_changes(new QPlainTextEdit(this)),
      m_backups(new QLabel(this))
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

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_backups);
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
    m_state->applied.reset();
}

bool ReviewPage::isComplete() const
{
    return !m_state->plans.isEmpty();
}

} // namespace mailsetup
