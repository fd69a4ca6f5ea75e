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

    // The other pages are made when the wizard first goes on to them
    // (validateCurrentPage), so the first one shows without waiting for them.
    setPage(ProviderPageId, new ProviderPage(m_state));
    setStartId(ProviderPageId);
    HelpdeskPanel::install(this, m_state);
}

int SetupWizard::nextId() const
{
    switch (currentId()) {
    case ProviderPageId:
        return DetailsPageId;
    case DetailsPageId:
        return ConnectionPageId;
    case ConnectionPageId:
        return m_state->profile && m_state->profile->ca ? CertificatePageId : ClientsPageId;
    case CertificatePageId:
        return ClientsPageId;
    case ClientsPageId:
        return ReviewPageId;
    case ReviewPageId:
        return ApplyPageId;
    case ApplyPageId:
        return DonePageId;
    default:
        return -1;
    }
}

bool SetupWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    // QWizard::next() goes to nextId() right after this returns.
    if (const int next = nextId(); next != -1 && !page(next))
        setPage(next, makePage(PageId(next)));
    return true;
}

QWizardPage* SetupWizard::makePage(PageId id) const
{
    switch (id) {
    case ProviderPageId:
        return new ProviderPage(m_state);
    case DetailsPageId:
        return new DetailsPage(m_state);
    case ConnectionPageId:
        return new ConnectionPage(m_state);
    case CertificatePageId:
        return new CertificatePage(m_state);
    case ClientsPageId:
        return new ClientsPage(m_state);
    case ReviewPageId:
        return new ReviewPage(m_state);
    case ApplyPageId:
        return new ApplyPage(m_state);
    case DonePageId:
        return new DonePage(m_state);
    }
    return nullptr;
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
