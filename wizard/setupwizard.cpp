// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupwizard.h"

#include "branding.h"
#include "clientspage.h"
#include "detailspage.h"
#include "donepage.h"
#include "providerpage.h"
#include "reviewpage.h"
#include "wizardstate.h"

#include <QCloseEvent>
#include <QPixmap>

namespace mailsetup {

SetupWizard::SetupWizard(WizardContext context, QWidget* parent)
    : QWizard(parent), m_state(std::make_shared<WizardState>(std::move(context)))
{
    setWindowTitle(productName());
    setPixmap(QWizard::LogoPixmap, QPixmap(productLogoPath()));
    setMinimumSize(720, 520);
    // The same look everywhere, so helpdesk instructions match every screen.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);

    setPage(ProviderPageId, new ProviderPage(m_state));
    setPage(DetailsPageId, new DetailsPage(m_state));
    setPage(ClientsPageId, new ClientsPage(m_state));
    setPage(ReviewPageId, new ReviewPage(m_state));
    setPage(DonePageId, new DonePage(m_state));
    setStartId(ProviderPageId);
}

SetupWizard::~SetupWizard() = default;

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
