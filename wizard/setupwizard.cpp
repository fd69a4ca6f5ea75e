// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupwizard.h"

#include "applypage.h"
#include "branding.h"
#include "certificatepage.h"
#include "clientspage.h"
#include "connectionpage.h"
#include "detailspage.h"
#include "donepage.h"
#include "helpdeskpanel.h"
#include "providerpage.h"
#include "reviewpage.h"
#include "wizardstate.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QMenu>
#include <QPixmap>
#include <QPushButton>

namespace mailsetup {

SetupWizard::SetupWizard(WizardContext context, QWidget* parent)
    : QWizard(parent), m_state(std::make_shared<WizardState>(std::move(context)))
{
    setWindowTitle(productName());
    setPixmap(QWizard::LogoPixmap, HelpdeskPanel::logo(devicePixelRatioF()));
    setMinimumSize(720, 520);
    // The same look everywhere, so helpdesk instructions match every screen.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);

    setPage(ProviderPageId, new ProviderPage(m_state));
    setPage(DetailsPageId, new DetailsPage(m_state));
    setPage(ConnectionPageId, new ConnectionPage(m_state));
    setPage(CertificatePageId, new CertificatePage(m_state));
    setPage(ClientsPageId, new ClientsPage(m_state));
    setPage(ReviewPageId, new ReviewPage(m_state));
    setPage(ApplyPageId, new ApplyPage(m_state));
    setPage(DonePageId, new DonePage(m_state));
    setStartId(ProviderPageId);
    HelpdeskPanel::install(this, m_state);
}

int SetupWizard::nextId() const
{
    if (currentId() == ConnectionPageId && !(m_state->profile && m_state->profile->ca))
        return ClientsPageId;
    return QWizard::nextId();
}

void SetupWizard::setHelpdeskMode(bool on)
{
    HelpdeskPanel::setMode(this, m_state, on);
}

bool SetupWizard::helpdeskMode() const
{
    return m_state->context.helpdesk;
}

SetupWizard::~SetupWizard() = default;

void SetupWizard::offerLanguages(const QList<QPair<QString, QString>>& languages, const QString& current)
{
    auto* button = new QPushButton(this);
    button->setObjectName(QStringLiteral("languageButton"));
    button->setAccessibleName(tr("Language"));
    auto* menu = new QMenu(button);
    auto* group = new QActionGroup(menu);
    for (const auto& [code, name] : languages) {
        QAction* action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        if (code == current)
            button->setText(tr("&Language: %1").arg(name));
    }
    if (button->text().isEmpty())
        button->setText(tr("&Language"));
    connect(menu, &QMenu::triggered, this, [this, current](QAction* action) {
        if (action->data().toString() != current)
            emit languageChosen(action->data().toString());
    });
    button->setMenu(menu);
    setButton(QWizard::CustomButton1, button);
    // Only on the first page: later pages hold what the person typed.
    auto showOnFirstPage = [this](int id) { setOption(QWizard::HaveCustomButton1, id == ProviderPageId); };
    connect(this, &QWizard::currentIdChanged, this, showOnFirstPage);
    showOnFirstPage(currentId() < 0 ? startId() : currentId());
}

// Closing while files are being written would leave the person unsure what
// happened; the write takes a moment, so the window just stays until it is done.
void SetupWizard::reject()
{
    if (!m_state->busy)
        QWizard::reject();
}

void SetupWizard::closeEvent(QCloseEvent* event)
{
    if (m_state->busy) {
        event->ignore();
        return;
    }
    QWizard::closeEvent(event);
}

} // namespace mailsetup
