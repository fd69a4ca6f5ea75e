// SPDX-License-Identifier: GPL-3.0-or-later
#include "discoveredconfig.h"

#include <QCoreApplication>

namespace mailsetup {

QString sourceName(DiscoverySource source)
{
    switch (source) {
    case DiscoverySource::Bundled:
        return QCoreApplication::translate("mailsetup", "profile built into Mail Setup");
    case DiscoverySource::ProviderAutoconfig:
        return QCoreApplication::translate("mailsetup", "the provider's own settings file");
    case DiscoverySource::Ispdb:
        return QCoreApplication::translate("mailsetup", "Thunderbird's provider database");
    case DiscoverySource::MxProvider:
        return QCoreApplication::translate("mailsetup",
                                           "provider database entry of the server receiving the mail (MX)");
    case DiscoverySource::DnsSrv:
        return QCoreApplication::translate("mailsetup", "service records in the domain's DNS (SRV)");
    case DiscoverySource::Guess:
        return QCoreApplication::translate("mailsetup", "guess: likely server names that answered");
    }
    return {};
}

QString sourceId(DiscoverySource source)
{
    switch (source) {
    case DiscoverySource::Bundled:
        return QStringLiteral("bundled");
    case DiscoverySource::ProviderAutoconfig:
        return QStringLiteral("autoconfig");
    case DiscoverySource::Ispdb:
        return QStringLiteral("ispdb");
    case DiscoverySource::MxProvider:
        return QStringLiteral("mx");
    case DiscoverySource::DnsSrv:
        return QStringLiteral("srv");
    case DiscoverySource::Guess:
        return QStringLiteral("guess");
    }
    return {};
}

QString outcomeName(SourceReport::Outcome outcome)
{
    switch (outcome) {
    case SourceReport::Outcome::Found:
        return QCoreApplication::translate("mailsetup", "found");
    case SourceReport::Outcome::NotFound:
        return QCoreApplication::translate("mailsetup", "nothing there");
    case SourceReport::Outcome::Refused:
        return QCoreApplication::translate("mailsetup", "refused");
    case SourceReport::Outcome::Failed:
        return QCoreApplication::translate("mailsetup", "failed");
    }
    return {};
}

} // namespace mailsetup
