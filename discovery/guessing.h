// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providerprofile.h"
#include "serverprober.h"

#include <QList>

namespace mailsetup {

// The servers Thunderbird's GuessConfig.sys.mjs tries, best first: host names
// imap./pop3./pop./mail./DOMAIN for incoming and smtp./mail./DOMAIN for outgoing,
// implicit TLS and STARTTLS on the standard ports. Never plaintext, never port 25.
QList<ProbeRequest> guessCandidates(const QString& domain);

// A profile from the candidates that answered (kept in guessCandidates order), or
// an empty one. The username is the whole address (RFC 6186 section 4 tries it first).
ProviderProfile profileFromGuesses(const QString& domain, const QList<ProbeRequest>& answered);

} // namespace mailsetup
