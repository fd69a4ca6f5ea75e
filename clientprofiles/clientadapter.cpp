// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientadapter.h"

#include "apple/applemailadapter.h"
#include "apple/entourageadapter.h"
#include "mozilla/netscape4adapter.h"
#include "mozilla/seamonkeyadapter.h"
#include "mozilla/thunderbirdadapter.h"
#include "unix/clawsadapter.h"
#include "unix/evolutionadapter.h"
#include "unix/kmailadapter.h"
#include "unix/muttadapter.h"
#include "unix/pineadapter.h"
#include "windows/eudoraadapter.h"
#include "windows/oeaccountadapter.h"
#include "windows/outlookadapter.h"
#include "windows/outlookexpressadapter.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mailsetup {

QString ExistingAccount::describe() const
{
    QStringList parts;
    parts << (email.isEmpty() ? name : email);
    if (incoming)
        parts << QStringLiteral("%1 %2").arg(incoming->protocolName(), incoming->describe());
    if (outgoing)
        parts << QStringLiteral("SMTP %1").arg(outgoing->describe());
    else
        parts << QCoreApplication::translate("mailsetup", "no outgoing server");
    return parts.join(QStringLiteral("; "));
}

ChangePlan ClientAdapter::newPlan(const ClientInstallation& installation) const
{
    ChangePlan plan;
    plan.clientId = id();
    plan.clientName = displayName();
    plan.installation = installation.location;
    plan.installationLabel = installation.label;
    return plan;
}

QList<int> suggestedInstallations(const QList<ClientInstallation>& all, const QString& email)
{
    QList<int> withAddress, existingDefaults, defaults;
    for (int i = 0; i < all.size(); ++i) {
        const ClientInstallation& inst = all[i];
        for (const ExistingAccount& account : inst.accounts) {
            if (account.email.compare(email, Qt::CaseInsensitive) == 0) {
                withAddress << i;
                break;
            }
        }
        if (inst.isDefault) {
            defaults << i;
            if (QFileInfo::exists(inst.location))
                existingDefaults << i;
        }
    }
    if (!withAddress.isEmpty())
        return withAddress;
    if (!existingDefaults.isEmpty())
        return existingDefaults;
    if (!defaults.isEmpty())
        return defaults;
    return all.isEmpty() ? QList<int>{} : QList<int>{0};
}

ClientRegistry::ClientRegistry()
{
    m_adapters.push_back(std::make_unique<ThunderbirdAdapter>());
    m_adapters.push_back(std::make_unique<SeaMonkeyAdapter>());
    m_adapters.push_back(std::make_unique<Netscape4Adapter>());
    m_adapters.push_back(std::make_unique<EvolutionAdapter>());
    m_adapters.push_back(std::make_unique<KMailAdapter>());
    m_adapters.push_back(std::make_unique<ClawsAdapter>());
    m_adapters.push_back(std::make_unique<PineAdapter>());
    m_adapters.push_back(std::make_unique<MuttAdapter>());
    m_adapters.push_back(std::make_unique<OutlookExpressAdapter>());
    m_adapters.push_back(std::make_unique<OutlookAdapter>());
    m_adapters.push_back(std::make_unique<OeAccountAdapter>());
    m_adapters.push_back(std::make_unique<EudoraAdapter>());
    m_adapters.push_back(std::make_unique<AppleMailAdapter>());
    m_adapters.push_back(std::make_unique<EntourageAdapter>());
}

ClientRegistry::~ClientRegistry() = default;

const ClientAdapter* ClientRegistry::find(const QString& id) const
{
    for (const auto& adapter : m_adapters) {
        if (adapter->id() == id)
            return adapter.get();
    }
    return nullptr;
}

QList<ClientInstallation> ClientRegistry::detectAll(const HostEnvironment& env) const
{
    QList<ClientInstallation> all;
    for (const auto& adapter : m_adapters)
        all << adapter->detect(env);
    return all;
}

} // namespace mailsetup
