// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discoverynetwork.h"
#include "providerprofile.h"

#include <QObject>
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

// What the guessing source needs from a connection tester. The diagnostics can
// implement it with its full prober; TlsBannerProber below is the small built-in one.
// probe() must not block: it calls done exactly once, later, on the caller's thread.
class ServerProber
{
public:
    virtual ~ServerProber() = default;
    virtual void probe(const ProbeRequest& request, std::function<void(const ProbeResult&)> done) = 0;
    // Stop everything still running; pending callbacks are not called afterwards.
    virtual void cancelAll() = 0;
};

// Connects with QSslSocket: implicit TLS, or the greeting then STARTTLS / STLS; the
// certificate must be valid for the host name (Thunderbird's guess.requireGoodCert).
class TlsBannerProber : public QObject, public ServerProber
{
    Q_OBJECT
public:
    explicit TlsBannerProber(const DiscoveryNetwork& network, QObject* parent = nullptr);
    ~TlsBannerProber() override;

    void probe(const ProbeRequest& request, std::function<void(const ProbeResult&)> done) override;
    void cancelAll() override;

private:
    DiscoveryNetwork m_network;
    QList<QObject*> m_running;
};

} // namespace mailsetup
