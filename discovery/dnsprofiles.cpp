// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsprofiles.h"

#include <QCoreApplication>
#include <algorithm>

namespace mailsetup {

const QList<SrvService>& srvServices()
{
    // RFC 6186 section 3 (_imap, _imaps, _pop3, _pop3s, _submission) and RFC 8314
    // section 5.1 (_submissions).
    static const QList<SrvService> services = {
        {"_imaps._tcp", "imap", Security::Ssl, true},
        {"_imap._tcp", "imap", Security::StartTls, true},
        {"_pop3s._tcp", "pop3", Security::Ssl, true},
        {"_pop3._tcp", "pop3", Security::StartTls, true},
        {"_submissions._tcp", "smtp", Security::Ssl, false},
        {"_submission._tcp", "smtp", Security::StartTls, false},
    };
    return services;
}

ProviderProfile profileFromSrv(const QString& domain, const QList<DnsAnswer>& answers)
{
    ProviderProfile profile;
    profile.id = domain;
    profile.displayName = domain;
    profile.domains << domain;
    const auto& services = srvServices();
    for (int i = 0; i < services.size() && i < answers.size(); ++i) {
        QList<SrvRecord> records = answers[i].srv;
        std::stable_sort(records.begin(), records.end(), [](const SrvRecord& a, const SrvRecord& b) {
            return a.priority != b.priority ? a.priority < b.priority : a.weight > b.weight;
        });
        for (const SrvRecord& record : records) {
            if (record.target.isEmpty() || record.port == 0)
                continue; // "." : this service is deliberately not offered
            ServerEntry server;
            server.type = QString::fromLatin1(services[i].type);
            server.hostname = record.target;
            server.port = record.port;
            server.security = services[i].security;
            server.authMethods << AuthMethod::PasswordCleartext;
            server.username = QStringLiteral("%EMAILADDRESS%");
            (services[i].incoming ? profile.incoming : profile.outgoing) << server;
        }
    }
    return profile;
}

bool allHostsWithin(const ProviderProfile& profile, const QString& domain)
{
    const auto within = [&domain](const ServerEntry& s) {
        return s.hostname == domain || s.hostname.endsWith(QLatin1Char('.') + domain);
    };
    return std::all_of(profile.incoming.begin(), profile.incoming.end(), within) &&
           std::all_of(profile.outgoing.begin(), profile.outgoing.end(), within);
}

QStringList mxProviderDomains(const QString& mxHost)
{
    QStringList labels = mxHost.toLower().split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.size() < 2)
        return {};
    static const QStringList genericSecondLevel = {
        QStringLiteral("co"),  QStringLiteral("com"), QStringLiteral("net"),
        QStringLiteral("org"), QStringLiteral("ac"),  QStringLiteral("gov"),
        QStringLiteral("edu"), QStringLiteral("ne"),  QStringLiteral("or"),
    };
    int baseLabels = 2;
    if (labels.size() >= 3 && labels.last().size() == 2 &&
        genericSecondLevel.contains(labels[labels.size() - 2]))
        baseLabels = 3;
    if (labels.size() < baseLabels)
        return {};
    QStringList domains;
    if (labels.size() > baseLabels + 1) // a sub-domain of the base that is not the host itself
        domains << labels.mid(labels.size() - baseLabels - 1).join(QLatin1Char('.'));
    domains << labels.mid(labels.size() - baseLabels).join(QLatin1Char('.'));
    return domains;
}

} // namespace mailsetup
