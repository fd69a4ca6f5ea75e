// SPDX-License-Identifier: GPL-3.0-or-later
#include "applypage.h"

#include "backgroundtask.h"
#include "statuslabel.h"
#include "wizardstate.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

namespace mailsetup {

ApplyPage::ApplyPage(std::shared_ptr<WizardState> state, QWidget* parent)
    : QWizardPage(parent), m_state(std::move(state)), m_rows(new QTreeWidget(this)),
      m_status(new StatusLabel(this)), m_retry(new QPushButton(tr("&Try again"), this))
{
    setTitle(tr("Applying the changes"));
    setSubTitle(tr("Mail Setup changes one mail program after the other. If one cannot be changed, it puts "
                   "the others back as they were."));

    auto* label = new QLabel(tr("&Mail programs:"), this);
    label->setBuddy(m_rows);
    m_rows->setObjectName(QStringLiteral("applyList"));
    m_rows->setAccessibleName(tr("Progress per mail program"));
    m_rows->setColumnCount(2);
    m_rows->setHeaderLabels({tr("Mail program"), tr("State")});
    m_rows->setRootIsDecorated(false);
    m_rows->setWordWrap(true);
    m_rows->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rows->header()->setAccessibleName(tr("Columns: mail program, state"));
    m_status->setObjectName(QStringLiteral("applyStatus"));
    m_retry->setObjectName(QStringLiteral("retryApplyButton"));
    m_retry->setAccessibleName(tr("Try again"));
    m_retry->hide();
    auto* row = new QHBoxLayout;
    row->addWidget(m_retry);
    row->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_status);
    layout->addLayout(row);

    connect(m_retry, &QPushButton::clicked, this, &ApplyPage::start);
}

void ApplyPage::initializePage()
{
    start();
}

bool ApplyPage::isComplete() const
{
    return !m_running && m_state->applied && m_state->applied->ok;
}

void ApplyPage::start()
{
    if (m_running)
        return;
    m_rows->clear();
    for (const ChangePlan& plan : m_state->plans) {
        auto* item = new QTreeWidgetItem(
            m_rows, {QStringLiteral("%1, %2").arg(plan.clientName, plan.installationLabel), tr("Waiting")});
        item->setData(1, Qt::AccessibleTextRole, tr("Waiting"));
    }
    m_retry->hide();
    m_state->applied.reset();
    m_state->transactionIds.clear();
    m_total = ApplyResult{};
    m_next = 0;
    m_status->showMessage(StatusLabel::Kind::Info, tr("Applying the changes…"));
    setBusy(true);
    applyNext();
}

void ApplyPage::applyNext()
{
    if (m_next >= m_state->plans.size()) {
        m_total.ok = true;
        m_state->applied = m_total;
        setBusy(false);
        m_status->showMessage(StatusLabel::Kind::Success, tr("Every mail program is set up. Click Next."));
        m_state->log->add(tr("Applied: %1").arg(m_state->transactionIds.join(QStringLiteral(", "))));
        m_state->log->notifyStateChanged();
        emit completeChanged();
        return;
    }
    const ChangePlan plan = m_state->plans.at(m_next);
    m_rows->topLevelItem(m_next)->setText(1, tr("Writing…"));
    const QString root = m_state->context.backupRoot;
    const QString description =
        tr("%1 for %2 (%3)").arg(m_state->settings->providerName, m_state->settings->email, plan.clientName);
    m_state->log->add(tr("Applying to %1").arg(plan.installation));
    // The thread gets copies and its own registry: nothing here is shared with it.
    runInBackground<ApplyResult>(
        this,
        [plan, root, description] {
            ClientRegistry registry;
            BackupStore store(root);
            return applyPlans({plan}, store, runningCheck(registry), description);
        },
        [this](const ApplyResult& result) { finishOne(result); });
}

void ApplyPage::finishOne(const ApplyResult& result)
{
    QTreeWidgetItem* item = m_rows->topLevelItem(m_next);
    if (!result.ok) {
        item->setText(1, tr("Failed (the reason is below)"));
        item->setToolTip(1, result.error);
        item->setForeground(1, QColor(0xa4, 0x00, 0x00));
        m_state->log->add(tr("Failed: %1").arg(result.error));
        rollBack(tr("%1: %2").arg(m_state->plans.at(m_next).clientName, result.error));
        return;
    }
    item->setText(1, result.written.isEmpty() ? tr("Nothing needed to change") : tr("Done"));
    item->setForeground(1, QColor(0x1b, 0x5e, 0x20));
    if (!result.transactionId.isEmpty())
        m_state->transactionIds << result.transactionId;
    m_total.written << result.written;
    m_total.transactionId = result.transactionId;
    ++m_next;
    applyNext();
}

// Puts back, newest first, what the programs before the failed one wrote.
void ApplyPage::rollBack(const QString& failure)
{
    const QStringList ids = m_state->transactionIds;
    const QString root = m_state->context.backupRoot;
    runInBackground<QStringList>(
        this,
        [ids, root] {
            QStringList problems;
            ClientRegistry registry;
            BackupStore store(root);
            for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
                const UndoResult undone = undoTransaction(store, *it, runningCheck(registry), false);
                if (!undone.ok)
                    problems << undone.error;
            }
            return problems;
        },
        [this, failure, count = m_next](const QStringList& problems) {
            for (int i = 0; i < count; ++i)
                m_rows->topLevelItem(i)->setText(1, problems.isEmpty() ? tr("Put back as it was")
                                                                       : tr("Could not be put back"));
            m_state->transactionIds.clear();
            ApplyResult failed;
            failed.error = failure;
            m_state->applied = failed;
            setBusy(false);
            QString text = tr("Stopped: %1").arg(failure);
            if (count > 0 && problems.isEmpty())
                text +=
                    QLatin1Char('\n') + tr("The mail programs changed before it were put back; nothing is "
                                           "changed now.");
            else if (count == 0)
                text += QLatin1Char('\n') + tr("Nothing was changed.");
            else
                text += QLatin1Char('\n') +
                        tr("Some changes could not be put back: %1").arg(problems.join(QStringLiteral("; ")));
            text += QLatin1Char('\n') + tr("Fix it (usually: quit the mail program), then click Try again.");
            m_status->showMessage(StatusLabel::Kind::Error, text);
            m_state->log->add(text);
            m_retry->show();
            m_retry->setFocus();
            emit completeChanged();
        });
}

void ApplyPage::setBusy(bool busy)
{
    m_running = busy;
    m_state->busy = busy;
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
    emit completeChanged();
    if (QWizard* w = wizard())
        w->button(QWizard::CancelButton)->setEnabled(!busy);
}

} // namespace mailsetup
