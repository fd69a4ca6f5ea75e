// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientspage.h"

#include "errordialog.h"
#include "installationview.h"
#include "instructions.h"
#include "instructionsdialog.h"
#include "wizardstate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mailsetup {

ClientsPage::ClientsPage(std::shared_ptr<WizardState> state, QWidget* parent)
    : QWizardPage(parent), m_state(std::move(state)), m_intro(new QLabel(this)),
      m_listLayout(new QVBoxLayout), m_checkAgain(new QPushButton(tr("Check &again"), this)),
      m_otherPrograms(new QComboBox(this)), m_showSteps(new QPushButton(tr("Show the &steps…"), this))
{
    setTitle(tr("Your mail programs"));
    setSubTitle(tr("Tick the mail programs Mail Setup should set up. Nothing is changed until you have "
                   "seen the changes and clicked Apply."));

    m_intro->setObjectName(QStringLiteral("clientsIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    auto* list = new QWidget;
    auto* listOuter = new QVBoxLayout(list);
    listOuter->setContentsMargins(0, 0, 0, 0);
    listOuter->addLayout(m_listLayout);
    listOuter->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(list);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the labels wrap instead

    m_checkAgain->setObjectName(QStringLiteral("checkAgainButton"));
    m_checkAgain->setAccessibleName(tr("Check again"));
    m_checkAgain->setAccessibleDescription(
        tr("Look for mail programs again, for example after closing Thunderbird"));
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_checkAgain);
    buttonRow->addStretch(1);

    // Programs Mail Setup cannot change get their steps, in their own menus' words.
    auto* otherLabel = new QLabel(tr("Other &program, set up by hand:"), this);
    otherLabel->setBuddy(m_otherPrograms);
    m_otherPrograms->setObjectName(QStringLiteral("otherProgramsCombo"));
    m_otherPrograms->setAccessibleName(tr("Another mail program"));
    for (const InstructionClient& client : instructionClients())
        m_otherPrograms->addItem(tr("%1 (%2)").arg(client.name, client.platform), client.id);
    m_showSteps->setObjectName(QStringLiteral("showStepsButton"));
    m_showSteps->setAccessibleName(tr("Show the steps"));
    auto* otherRow = new QHBoxLayout;
    otherRow->addWidget(otherLabel);
    otherRow->addWidget(m_otherPrograms, 1);
    otherRow->addWidget(m_showSteps);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttonRow);
    layout->addLayout(otherRow);

    connect(m_checkAgain, &QPushButton::clicked, this, &ClientsPage::refresh);
    connect(m_showSteps, &QPushButton::clicked, this,
            [this] { showInstructions(m_otherPrograms->currentData().toString()); });
}

void ClientsPage::initializePage()
{
    refresh();
}

bool ClientsPage::isComplete() const
{
    for (const InstallationView* view : m_views) {
        if (view->isChecked())
            return true;
    }
    return false;
}

QWidget* ClientsPage::showInstructions(const QString& clientId)
{
    const std::optional<ClientInstructions> steps =
        buildInstructions(clientId, *m_state->profile, *m_state->settings);
    if (!steps) {
        showErrorDialog(this, tr("No instructions"),
                        tr("Mail Setup has no instructions for \"%1\".").arg(clientId),
                        tr("Use the settings sheet on the last page."));
        return nullptr;
    }
    if (!m_state->instructionClients.contains(clientId))
        m_state->instructionClients << clientId;
    m_state->log->add(tr("Instructions shown: %1").arg(steps->clientName));
    auto* dialog = new InstructionsDialog(*steps, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

bool ClientsPage::validatePage()
{
    m_state->plans.clear();
    for (const InstallationView* view : m_views) {
        if (view->isChecked())
            m_state->plans << view->plan();
    }
    return !m_state->plans.isEmpty();
}

void ClientsPage::refresh()
{
    qDeleteAll(m_views);
    m_views.clear();

    const AccountSettings& settings = *m_state->settings;
    const QList<ClientInstallation> installations = m_state->registry.detectAll(m_state->context.env);
    for (const ClientInstallation& inst : installations) {
        const ClientAdapter* adapter = m_state->registry.find(inst.clientId);
        auto* view = new InstallationView(inst, adapter->plan(inst, settings));
        m_listLayout->addWidget(view);
        m_views << view;
        connect(view, &InstallationView::toggled, this, &ClientsPage::completeChanged);
        // Only the person's own clicks count as a choice, not the defaults set below.
        connect(view->checkBox(), &QCheckBox::clicked, this,
                [this, view](bool checked) { m_choices.insert(view->installation().location, checked); });
    }
    chooseDefaults();

    int applicable = 0, refused = 0;
    for (const InstallationView* view : m_views) {
        applicable += view->plan().canApply() ? 1 : 0;
        refused += view->plan().refusal.isEmpty() ? 0 : 1;
    }
    if (m_views.isEmpty()) {
        QStringList programs;
        for (const auto& adapter : m_state->registry.adapters())
            programs << adapter->displayName();
        m_intro->setText(tr("No mail program that Mail Setup can set up was found on this computer (it "
                            "looked in %1).\n\nMail Setup sets up %2. Install Thunderbird, start it once "
                            "and close it again, so that it creates its settings. Then click Check again.")
                             .arg(QDir::toNativeSeparators(m_state->context.env.home),
                                  programs.join(QStringLiteral(", "))));
    } else if (applicable == 0 && refused > 0) {
        m_intro->setText(tr("Mail Setup cannot change any of these right now; the reason is given below. "
                            "Fix it (usually: quit Thunderbird), then click Check again."));
    } else if (applicable == 0) {
        m_intro->setText(
            tr("Everything is already set up for %1. You can close Mail Setup.").arg(settings.email));
    } else {
        m_intro->setText(tr("Mail Setup found these mail programs on this computer:"));
    }
    // The check boxes are made after the button; Tab should still reach them first.
    QWidget* previous = nullptr;
    for (const InstallationView* view : m_views) {
        if (previous)
            setTabOrder(previous, view->checkBox());
        previous = view->checkBox();
    }
    if (previous)
        setTabOrder(previous, m_checkAgain);
    setTabOrder(m_checkAgain, m_otherPrograms);
    setTabOrder(m_otherPrograms, m_showSteps);
    emit completeChanged();
}

// As the command line chooses (suggestedInstallations); a choice the person made wins.
void ClientsPage::chooseDefaults()
{
    QList<InstallationView*> applicable;
    QList<ClientInstallation> installations;
    for (InstallationView* view : m_views) {
        if (!view->plan().canApply())
            continue;
        applicable << view;
        installations << view->installation();
    }
    const QList<int> chosen = suggestedInstallations(installations, m_state->settings->email);
    for (int i = 0; i < applicable.size(); ++i) {
        InstallationView* view = applicable[i];
        const auto choice = m_choices.constFind(view->installation().location);
        view->setChecked(choice != m_choices.constEnd() ? *choice : chosen.contains(i));
    }
}

} // namespace mailsetup
