// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizardengineimpl.h"

#include "applypage.h"
#include "certificatepage.h"
#include "clientspage.h"
#include "connectionpage.h"
#include "detailspage.h"
#include "donepage.h"
#include "helpdeskpanel.h"
#include "maildiscovery.h"
#include "reviewpage.h"
#include "setupwizard.h"
#include "wizardstate.h"

namespace mailsetup {
namespace {

// "Find settings" with discovery/.
class MailDiscoveryRun : public DiscoveryRun
{
public:
    MailDiscoveryRun(const DiscoveryOptions& options, QObject* parent)
        : DiscoveryRun(parent), m_options(options)
    {}

    void start(const QString& email) override
    {
        auto* discovery = new MailDiscovery(m_options, this);
        connect(discovery, &MailDiscovery::configFound, this, &DiscoveryRun::configFound);
        connect(discovery, &MailDiscovery::finished, this, [this, discovery] {
            const DiscoveryResult result = discovery->result();
            emit finished(result.error, result.domain);
        });
        discovery->start(email);
    }

private:
    DiscoveryOptions m_options;
};

class Engine : public WizardEngine
{
public:
    Engine(WizardContext context, std::shared_ptr<WizardLog> log)
        : m_state(std::make_shared<WizardState>(std::move(context), std::move(log)))
    {}

    QWizardPage* makePage(int id) override
    {
        switch (SetupWizard::PageId(id)) {
        case SetupWizard::ProviderPageId:
            return nullptr; // SetupWizard's own
        case SetupWizard::DetailsPageId:
            return new DetailsPage(m_state);
        case SetupWizard::ConnectionPageId:
            return new ConnectionPage(m_state);
        case SetupWizard::CertificatePageId:
            return new CertificatePage(m_state);
        case SetupWizard::ClientsPageId:
            return new ClientsPage(m_state);
        case SetupWizard::ReviewPageId:
            return new ReviewPage(m_state);
        case SetupWizard::ApplyPageId:
            return new ApplyPage(m_state);
        case SetupWizard::DonePageId:
            return new DonePage(m_state);
        }
        return nullptr;
    }

    int nextId(int currentId) const override
    {
        switch (currentId) {
        case SetupWizard::ProviderPageId:
            return SetupWizard::DetailsPageId;
        case SetupWizard::DetailsPageId:
            return SetupWizard::ConnectionPageId;
        case SetupWizard::ConnectionPageId:
            return m_state->profile && m_state->profile->ca ? SetupWizard::CertificatePageId
                                                            : SetupWizard::ClientsPageId;
        case SetupWizard::CertificatePageId:
            return SetupWizard::ClientsPageId;
        case SetupWizard::ClientsPageId:
            return SetupWizard::ReviewPageId;
        case SetupWizard::ReviewPageId:
            return SetupWizard::ApplyPageId;
        case SetupWizard::ApplyPageId:
            return SetupWizard::DonePageId;
        default:
            return -1;
        }
    }

    ProfileLoadResult loadBundledProfile(const QString& id) override
    {
        return ProfileLoader::loadBundled(id);
    }
    ProfileLoadResult loadProfileFile(const QString& path) override { return ProfileLoader::loadFile(path); }

    DiscoveryRun* startDiscovery(QObject* parent) override
    {
        return new MailDiscoveryRun(m_state->context.discovery, parent);
    }

    void chooseProvider(const ProviderProfile& profile, const QString& emailHint) override
    {
        m_state->profile = profile;
        m_state->emailHint = emailHint;
    }

    bool busy() const override { return m_state->busy; }

    void setHelpdeskMode(QWizard* wizard, bool on) override { HelpdeskPanel::setMode(wizard, m_state, on); }

private:
    // Shared with the pages: Qt destroys them after the wizard's members.
    std::shared_ptr<WizardState> m_state;
};

} // namespace

std::unique_ptr<WizardEngine> makeWizardEngine(WizardContext context, std::shared_ptr<WizardLog> log)
{
    return std::make_unique<Engine>(std::move(context), std::move(log));
}

} // namespace mailsetup
