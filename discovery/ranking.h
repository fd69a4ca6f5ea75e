// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discoveredconfig.h"

#include <QList>

namespace mailsetup {

// Mail Setup never proposes a server without encryption; such entries are kept
// only to be shown as "not used".
bool isEncrypted(const ServerEntry& server);

// Best first: encrypted before plaintext; IMAP before POP3 (Thunderbird's
// GuessConfig order); implicit TLS before STARTTLS (RFC 8314); the protocol's
// standard port before an odd one, and submission 587 before relay port 25
// (RFC 5068); otherwise the provider's order. Stable.
void sortServers(QList<ServerEntry>& servers);

// Best first: answers with an encrypted server before those without; trusted
// before less trusted; then by source (built-in, provider, ISPDB, MX, SRV, guess);
// then the order they arrived. Sorts each answer's servers as well.
void rankConfigs(QList<DiscoveredConfig>& configs);

} // namespace mailsetup
