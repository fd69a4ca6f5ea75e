// SPDX-License-Identifier: GPL-3.0-or-later
#include "ranking.h"

#include <algorithm>

namespace mailsetup {
namespace {

int protocolRank(const ServerEntry& server)
{
    if (server.type == QLatin1String("imap") || server.type == QLatin1String("smtp"))
        return 0;
    if (server.type == QLatin1String("pop3"))
        return 1;
    return 2; // exchange, ews, ...: kept, not configured
}

int securityRank(const ServerEntry& server)
{
    switch (server.security) {
    case Security::Ssl:
        return 0;
    case Security::StartTls:
        return 1;
    case Security::TryStartTls:
    case Security::Plain:
        return 2;
    }
    return 2;
}

int portRank(const ServerEntry& server)
{
    const bool tls = server.security == Security::Ssl;
    if (server.type == QLatin1String("smtp")) {
        if (server.port == (tls ? 465 : 587))
            return 0;
        return server.port == 25 ? 2 : 1; // port 25 is for servers relaying, often blocked
    }
    if (server.type == QLatin1String("imap"))
        return server.port == (tls ? 993 : 143) ? 0 : 1;
    if (server.type == QLatin1String("pop3"))
        return server.port == (tls ? 995 : 110) ? 0 : 1;
    return 0;
}

bool hasEncryptedServer(const ProviderProfile& profile)
{
    const auto encrypted = [](const ServerEntry& s) { return isEncrypted(s); };
    return std::any_of(profile.incoming.begin(), profile.incoming.end(), encrypted) ||
           std::any_of(profile.outgoing.begin(), profile.outgoing.end(), encrypted);
}

} // namespace

bool isEncrypted(const ServerEntry& server)
{
    return server.security == Security::Ssl || server.security == Security::StartTls;
}

void sortServers(QList<ServerEntry>& servers)
{
    std::stable_sort(servers.begin(), servers.end(), [](const ServerEntry& a, const ServerEntry& b) {
        const auto key = [](const ServerEntry& s) {
            return std::make_tuple(isEncrypted(s) ? 0 : 1, protocolRank(s), securityRank(s), portRank(s));
        };
        return key(a) < key(b);
    });
}

void rankConfigs(QList<DiscoveredConfig>& configs)
{
    for (DiscoveredConfig& config : configs) {
        sortServers(config.profile.incoming);
        sortServers(config.profile.outgoing);
    }
    std::stable_sort(configs.begin(), configs.end(),
                     [](const DiscoveredConfig& a, const DiscoveredConfig& b) {
                         const auto key = [](const DiscoveredConfig& c) {
                             return std::make_tuple(hasEncryptedServer(c.profile) ? 0 : 1, c.trusted ? 0 : 1,
                                                    int(c.source));
                         };
                         return key(a) < key(b);
                     });
}

} // namespace mailsetup
