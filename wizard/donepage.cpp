// SPDX-License-Identifier: GPL-3.0-or-later
#include "donepage.h"

#include "backgroundtask.h"
#include "certificatestores.h"
#include "documentactions.h"
#include "instructionsdialog.h"
#include "settingssheet.h"
#include "statuslabel.h"
#include "wizardstate.h"

#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mailsetup {
namespace {

QString bullets(const HostEnvironment& env, const QStringList& paths)
{
    QStringList out;
    for (const QString& path : paths)
        out << QStringLiteral("• ") + env.displayPath(path);
    return out.join(QLatin1Char('\n'));
}

} // namespace

DonePage::DonePage(std::shared_ptr<WizardState> state, QWidget* parent)
    : QWizardPage(parent), m_state(std::move(state)), m_result(new StatusLabel(this)), m_details(new QLabel),
      m_undo(new QPushButton(tr("&Undo these changes"), this)), m_undoStatus(new StatusLabel(this)),
      m_sheet(
          new DocumentActions({tr("&Print the settings…"), tr("Save as P&DF…"), tr("&Copy as text")}, this)),
      m_instructionsCombo(new QComboBox(this)), m_showSteps(new QPushButton(tr("Show the &steps…"), this))
{
    setTitle(tr("Finished"));
    setSubTitle(tr("Start your mail program to use the account."));
    setFinalPage(true);

    m_result->setObjectName(QStringLiteral("doneStatus"));
    QFont bold = m_result->font();
    bold.setBold(true);
    m_result->setFont(bold);

    m_details->setObjectName(QStringLiteral("doneDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // The provider's notes can be long; the Undo button must stay in sight.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setAccessibleName(tr("Undo these changes"));
    m_undo->setAccessibleDescription(tr("Put every changed file back as it was before, and take out the "
                                        "provider's certificate where Mail Setup added it"));
    m_undoStatus->setObjectName(QStringLiteral("undoStatus"));
    auto* undoRow = new QHBoxLayout;
    undoRow->addWidget(m_undo);
    undoRow->addStretch(1);

    m_sheet->setObjectName(QStringLiteral("settingsSheetActions"));
    m_sheet->setSuggestedFileName(QStringLiteral("mail-settings.pdf"));
    auto* sheetLabel = new QLabel(tr("Your settings on one page, for your records or your helpdesk (never "
                                     "with a password):"),
                                  this);
    sheetLabel->setWordWrap(true);

    m_instructionsCombo->setObjectName(QStringLiteral("doneInstructionsCombo"));
    m_instructionsCombo->setAccessibleName(tr("Programs to set up by hand"));
    m_showSteps->setObjectName(QStringLiteral("doneShowStepsButton"));
    m_showSteps->setAccessibleName(tr("Show the steps"));
    auto* stepsLabel = new QLabel(tr("P&rograms to set up by hand:"), this);
    stepsLabel->setBuddy(m_instructionsCombo);
    stepsLabel->setObjectName(QStringLiteral("doneInstructionsLabel"));
    auto* stepsRow = new QHBoxLayout;
    stepsRow->addWidget(stepsLabel);
    stepsRow->addWidget(m_instructionsCombo, 1);
    stepsRow->addWidget(m_showSteps);
    connect(m_showSteps, &QPushButton::clicked, this, [this] {
        const std::optional<ClientInstructions> steps = buildInstructions(
            m_instructionsCombo->currentData().toString(), *m_state->profile, *m_state->settings);
        if (!steps)
            return;
        auto* dialog = new InstructionsDialog(*steps, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_result);
    layout->addWidget(scroll, 1);
    layout->addLayout(undoRow);
    layout->addWidget(m_undoStatus);
    layout->addWidget(sheetLabel);
    layout->addWidget(m_sheet);
    layout->addLayout(stepsRow);

    connect(m_undo, &QPushButton::clicked, this, &DonePage::undo);
}

void DonePage::initializePage()
{
    m_undoStatus->clearMessage();
    m_questions.clear();
    setSubTitle(tr("Start your mail program to use the account."));
    const SettingsSheet sheet = buildSettingsSheet(*m_state->profile, *m_state->settings);
    m_sheet->setDocument(sheet.title(), settingsSheetToHtml(sheet), settingsSheetToText(sheet));
    m_instructionsCombo->clear();
    for (const QString& id : m_state->instructionClients) {
        const std::optional<ClientInstructions> steps =
            buildInstructions(id, *m_state->profile, *m_state->settings);
        if (steps)
            m_instructionsCombo->addItem(steps->clientName, id);
    }
    const bool byHand = m_instructionsCombo->count() > 0;
    m_instructionsCombo->setVisible(byHand);
    m_showSteps->setVisible(byHand);
    findChild<QLabel*>(QStringLiteral("doneInstructionsLabel"))->setVisible(byHand);

    const ApplyResult result = m_state->applied.value_or(ApplyResult{});
    if (!result.ok) {
        m_result->showMessage(StatusLabel::Kind::Error, tr("Nothing was changed: %1").arg(result.error));
        m_details->clear();
        m_undo->hide();
        return;
    }
    QStringList programs;
    for (const ChangePlan& plan : m_state->plans) {
        if (!programs.contains(plan.clientName))
            programs << plan.clientName;
    }
    const QString program = programs.join(QStringLiteral(", "));
    const AccountSettings& settings = *m_state->settings;
    if (result.written.isEmpty()) {
        m_result->showMessage(
            StatusLabel::Kind::Success,
            tr("%1 was already set up for %2; nothing needed to change.").arg(program, settings.email));
        m_undo->setVisible(!addedCertificates().isEmpty()); // the certificate can still be taken out
        m_undo->setEnabled(true);
    } else {
        m_result->showMessage(StatusLabel::Kind::Success,
                              tr("Done: %1 is set up for %2.").arg(program, settings.email));
        m_undo->show();
        m_undo->setEnabled(true);
    }

    QStringList parts;
    parts << tr("What to do now: start %1. If it is open, quit it and start it again. The first time it "
                "fetches or sends mail it asks for your email password. Mail Setup never asks for your "
                "password and never stores it.")
                 .arg(program);
    if (!result.written.isEmpty()) {
        parts << tr("Changed files:\n%1").arg(bullets(m_state->context.env, result.written));
        const QStringList ids = m_state->transactionIds;
        QStringList undoLines;
        for (auto it = ids.crbegin(); it != ids.crend(); ++it)
            undoLines << QStringLiteral("mailsetup undo --id %1").arg(*it);
        parts << tr("Change number (for undoing later, or for your helpdesk): %1\nThe files as they were "
                    "before are kept in %2\nTo undo later: %3")
                     .arg(ids.join(QStringLiteral(", ")),
                          m_state->context.env.displayPath(BackupStore(m_state->context.backupRoot).root()),
                          undoLines.join(QStringLiteral("; ")));
    }
    const ProviderProfile& profile = *m_state->profile;
    QStringList notes;
    for (const ChangePlan& plan : m_state->plans) {
        const QString note = profile.noteFor(plan.clientId);
        if (!note.isEmpty() && !notes.contains(note))
            notes << note;
    }
    if (const QString all = profile.noteFor(QStringLiteral("all")); !all.isEmpty())
        notes << all;
    if (!notes.isEmpty())
        parts << tr("Note from %1:\n%2").arg(profile.name(), notes.join(QLatin1Char('\n')));
    if (m_state->diagnosisSkipped)
        parts << tr("The connection was not checked. If your mail program cannot connect, run Mail Setup "
                    "again and let it check.");
    if (!m_state->trustInstalls.isEmpty()) {
        QStringList installed;
        for (const TrustInstallOutcome& o : m_state->trustInstalls)
            installed << QStringLiteral("• ") + o.result.message;
        parts << tr("Provider's certificate:\n%1").arg(installed.join(QLatin1Char('\n')));
    } else if (profile.ca) {
        parts << tr("The provider's certificate was not installed: your mail program may warn about the "
                    "server's certificate. Compare it with your provider's fingerprint before accepting.");
    }
    if (byHand)
        parts << tr("Programs to set up by hand: %1 (the steps are below).")
                     .arg(m_state->instructionClients.size());
    const Helpdesk& h = profile.helpdesk;
    if (!h.isEmpty()) {
        QStringList contact;
        for (const QString& part : {h.name, h.phone, h.email, h.url}) {
            if (!part.isEmpty())
                contact << part;
        }
        m_questions = tr("Questions? %1").arg(contact.join(QStringLiteral(", ")));
        parts << m_questions;
    }
    m_details->setText(parts.join(QStringLiteral("\n\n")));
}

bool DonePage::isComplete() const
{
    return !m_undoing;
}

QList<TrustInstallOutcome> DonePage::addedCertificates() const
{
    QList<TrustInstallOutcome> added;
    for (const TrustInstallOutcome& outcome : m_state->trustInstalls) {
        if (outcome.added())
            added << outcome;
    }
    return added;
}

void DonePage::undo()
{
    const std::optional<ApplyResult>& applied = m_state->applied;
    const QList<TrustInstallOutcome> certificates = addedCertificates();
    if (m_undoing || !applied || !applied->ok ||
        (m_state->transactionIds.isEmpty() && certificates.isEmpty()))
        return;
    m_undoing = true;
    m_state->busy = true;
    m_undo->setEnabled(false);
    m_undoStatus->showMessage(StatusLabel::Kind::Info, tr("Undoing the changes…"));
    emit completeChanged();
    const QString root = m_state->context.backupRoot;
    const QStringList ids = m_state->transactionIds;
    const WizardContext context = m_state->context;
    const std::optional<CaCertificate> ca = m_state->profile->ca;
    m_state->log->add(tr("Undoing %1").arg(ids.join(QStringLiteral(", "))));
    runInBackground<Undone>(
        this,
        [root, ids, certificates, context, ca] {
            // Newest first, as they were applied one program after the other.
            ClientRegistry registry;
            BackupStore store(root);
            Undone undone;
            undone.files.ok = true;
            for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
                const UndoResult one = undoTransaction(store, *it, runningCheck(registry), false);
                undone.files.restored << one.restored;
                undone.files.conflicts << one.conflicts;
                if (!one.ok) {
                    undone.files.ok = false;
                    undone.files.error = one.error;
                    return undone; // the certificate stays while the files use it
                }
            }
            if (ca) {
                ProcessToolRunner runner;
                undone.certificates = uninstallAdded(certificates, *ca, context, runner);
            }
            return undone;
        },
        [this](const Undone& undone) { finishUndo(undone); });
}

void DonePage::finishUndo(const Undone& undone)
{
    m_undoing = false;
    m_state->busy = false;
    emit completeChanged();
    const UndoResult& result = undone.files;
    if (!result.ok) {
        QString text = tr("Could not undo: %1").arg(result.error);
        if (!result.conflicts.isEmpty())
            text += QLatin1Char('\n') + tr("Changed since Mail Setup wrote them:\n%1")
                                            .arg(bullets(m_state->context.env, result.conflicts));
        m_undoStatus->showMessage(StatusLabel::Kind::Error, text);
        m_undo->setEnabled(true);
        return;
    }
    m_state->transactionIds.clear(); // the files are back
    QStringList lines;
    if (!result.restored.isEmpty())
        lines << tr("Undone: every file is as it was before.\n%1")
                     .arg(bullets(m_state->context.env, result.restored));
    bool allOut = true;
    if (!undone.certificates.isEmpty())
        lines << tr("The provider's certificate:");
    for (const TrustInstallOutcome& o : undone.certificates) {
        lines << QStringLiteral("• ") + o.result.message;
        m_state->log->add(o.result.message);
        const bool out = o.result.status == TrustResult::Status::Done ||
                         o.result.status == TrustResult::Status::NotPresent;
        allOut = allOut && out;
        if (out) // cannot come out twice; what is still in can be tried again
            m_state->trustInstalls.removeIf(
                [&o](const TrustInstallOutcome& installed) { return installed.store.name == o.store.name; });
    }
    m_state->log->notifyStateChanged();
    if (!allOut) {
        m_undoStatus->showMessage(
            StatusLabel::Kind::Error,
            tr("The certificate could not be taken out everywhere:\n%1").arg(lines.join(QLatin1Char('\n'))));
        m_undo->setEnabled(true);
        return;
    }
    m_undoStatus->showMessage(StatusLabel::Kind::Success, lines.join(QLatin1Char('\n')));
    m_result->showMessage(StatusLabel::Kind::Info, tr("The changes were undone; nothing is set up."));
    // What to do next, the change number and "to undo later" no longer hold.
    setSubTitle(tr("Your mail program is as it was before."));
    m_details->setText(m_questions);
}

} // namespace mailsetup
