// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientadapter.h"

#include "mozilla/thunderbirdadapter.h"

#include <QCoreApplication>

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

ClientRegistry::ClientRegistry()
{
    m_adapters.push_back(std::make_unique<ThunderbirdAdapter>());
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
