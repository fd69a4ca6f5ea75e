// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discoverynetwork.h"
#include "providerprofile.h"

#include <QString>
#include <functional>

namespace mailsetup {

// One server to try: does a mail server of this kind answer here, with this security?
struct ProbeRequest
{
    QString protocol; // "imap", "pop3", "smtp"
    QString host;
    int port = 0;
    Security security = Security::Ssl; // Ssl or StartTls; guessing never tries plaintext
};

struct ProbeResult
{
    bool ok = false;  // greeted us and TLS was set up with a certificate valid for host
    QString greeting; // the server's first line, for people
    QString error;    // for people, when !ok; names host and port
};

// What the guessing source needs from a connection tester. Discovery only defines it:
// the diagnostics implement it with their endpoint probe (DiagnosticsServerProber in
// diagnostics/diagnosticsprober.h), so discovery does not depend on them.
// probe() must not block: it calls done exactly once, later, on the caller's thread.
class ServerProber
{
public:
    virtual ~ServerProber() = default;
    virtual void probe(const ProbeRequest& request, std::function<void(const ProbeResult&)> done) = 0;
    // Stop everything still running; pending callbacks are not called afterwards.
    virtual void cancelAll() = 0;
};

} // namespace mailsetup
