// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maildiscovery.h"
#include "serverprober.h"

#include <QHash>
#include <QObject>
#include <memory>

namespace mailsetup {

class EndpointProbe;

// Discovery's last source (trying likely server names) done with the diagnostics'
// EndpointProbe: the same bounded conversation, STARTTLS handling and chain check as
// `mailsetup diagnose`, without a log-in. A server counts as found when it greeted
// us and TLS came up with a certificate valid for the host name, trusted by this
// computer or by DiscoveryNetwork::extraCaCertificates. Honours the network's host
// and port maps and its probe timeout. Lives here, not in discovery/, so that
// discovery does not depend on the diagnostics (it only defines ServerProber).
class DiagnosticsServerProber : public QObject, public ServerProber
{
    Q_OBJECT
public:
    explicit DiagnosticsServerProber(const DiscoveryNetwork& network, QObject* parent = nullptr);
    ~DiagnosticsServerProber() override;

    void probe(const ProbeRequest& request, std::function<void(const ProbeResult&)> done) override;
    void cancelAll() override;

private:
    void deliver(std::function<void(const ProbeResult&)> done, const ProbeResult& result);

    DiscoveryNetwork m_network;
    QList<QByteArray> m_extraCaDer;
    QHash<EndpointProbe*, std::function<void(const ProbeResult&)>> m_running;
    quint64 m_generation = 0; // cancelAll() moves it on: queued answers of before are dropped
};

// For DiscoveryOptions::makeProber.
std::unique_ptr<ServerProber> makeDiagnosticsProber(const DiscoveryNetwork& network);

// `options` with guessed servers tried by the diagnostics: what the command line and
// the wizard use.
DiscoveryOptions discoveryOptionsWithDiagnostics(DiscoveryOptions options = {});

} // namespace mailsetup
