// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsresolver.h"
#include "providerprofile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mailsetup {

// The six RFC 6186 / RFC 8314 services, implicit TLS first.
struct SrvService
{
    const char* label; // "_imaps._tcp"
    const char* type;  // "imap"
    Security security;
    bool incoming;
};
const QList<SrvService>& srvServices();

// A profile from the SRV answers (same order as srvServices()). A target of "."
// means the service is not offered (RFC 2782) and adds nothing; plaintext-only
// services are never offered by RFC 6186, _imap/_pop3/_submission mean STARTTLS.
// Within a service, RFC 2782 order: lowest priority, then highest weight.
// Username: the whole address (RFC 6186 section 4 tries it first).
ProviderProfile profileFromSrv(const QString& domain, const QList<DnsAnswer>& answers);

// True when every host is the domain or inside it (RFC 6186 section 6: a target
// elsewhere needs the person's confirmation before credentials go there).
bool allHostsWithin(const ProviderProfile& profile, const QString& domain);

// The domains whose ISPDB entry may describe the provider behind an MX host, most
// specific first: the parent of the host's base domain's sub-domain and the base
// domain (Thunderbird FindConfig.sys.mjs: base domain and "next sub-domain"). The base
// domain is the last two labels, or three under a two-letter country code with a
// generic second level (co.uk, com.au): an approximation of the public suffix list
// that Thunderbird's Services.eTLD uses, good for the providers in the ISPDB.
QStringList mxProviderDomains(const QString& mxHost);

} // namespace mailsetup
