// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providerprofile.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace mailsetup {

// Where a set of settings came from, in the order Thunderbird prefers them
// (FindConfig.sys.mjs: disk, ISP, ISPDB, MX; then guessing), with RFC 6186 SRV
// records, which Thunderbird does not read, after the MX provider.
enum class DiscoverySource
{
    Bundled,            // a profile built into Mail Setup
    ProviderAutoconfig, // the provider's own config-v1.1.xml (autoconfig.DOMAIN, .well-known)
    Ispdb,              // Thunderbird's database of providers
    MxProvider,         // the database entry for the provider that receives the domain's mail
    DnsSrv,             // RFC 6186 / RFC 8314 SRV records
    Guess               // likely host names and ports that answered
};

QString sourceName(DiscoverySource source); // plain words, translated
QString sourceId(DiscoverySource source);   // "bundled", "autoconfig", ... for --json

// One complete answer: a provider profile and where it came from.
struct DiscoveredConfig
{
    ProviderProfile profile; // servers sorted best first (see ranking.h)
    DiscoverySource source = DiscoverySource::Bundled;
    // False for anything fetched over plain HTTP, read from DNS outside the domain,
    // or guessed: shown, never applied without the person choosing it, and never
    // carrying a root certificate to install (the loader drops it).
    bool trusted = false;
    QString origin;    // the URL, DNS name or built-in profile id it came from
    QStringList notes; // why it is less trusted, and similar, for people
};

// What one lookup did: shown as it happens (the wizard) and listed at the end (CLI).
struct SourceReport
{
    enum class Outcome
    {
        Found,
        NotFound, // nothing there: normal, not worth a warning
        Refused,  // an answer we would not accept (too large, wrong type, redirect, bad XML)
        Failed    // the network or DNS failed (timeout, no connection)
    };
    DiscoverySource source = DiscoverySource::Bundled;
    QString origin;
    Outcome outcome = Outcome::NotFound;
    QString message; // for people; names the URL or DNS name
    qint64 elapsedMs = 0;
};

QString outcomeName(SourceReport::Outcome outcome); // "found", "not found", "refused", "failed"

} // namespace mailsetup

Q_DECLARE_METATYPE(mailsetup::DiscoveredConfig)
Q_DECLARE_METATYPE(mailsetup::SourceReport)
