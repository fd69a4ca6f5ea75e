// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosticsprober.h"

#include "endpointprobe.h"
#include "verdicts.h"

#include <QCoreApplication>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

MailProtocol protocolFor(const QString& protocol)
{
    if (protocol == QLatin1String("imap"))
        return MailProtocol::Imap;
    if (protocol == QLatin1String("pop3"))
        return MailProtocol::Pop3;
    return MailProtocol::Smtp;
}

ProbeResult resultFrom(const ProbeRequest& request, EndpointResult endpoint, bool extraRoots)
{
    ProbeResult result;
    result.greeting = endpoint.greeting;
    // Without a password the probe ends in Works, WorksAfterCaInstall (trusted by an
    // extra CA only) or a failure.
    result.ok = endpoint.secureTransport() &&
                (endpoint.verdict == Verdict::Works || endpoint.verdict == Verdict::WorksAfterCaInstall);
    if (result.ok)
        return result;
    QString why;
    if (endpoint.verdict == Verdict::Untrusted) {
        // With extra roots (tests), their verdict is the telling one: the system store
        // would refuse the test CA anyway.
        why = tr("the certificate is not valid here: %1")
                  .arg(extraRoots ? endpoint.chain.profileCaError : endpoint.chain.systemError);
    } else {
        QList<EndpointResult> single{endpoint};
        describeVerdicts(single, QString());
        why = single.first().summary;
    }
    result.error = QStringLiteral("%1:%2: %3").arg(request.host).arg(request.port).arg(why);
    return result;
}

} // namespace

DiagnosticsServerProber::DiagnosticsServerProber(const DiscoveryNetwork& network, QObject* parent)
    : QObject(parent), m_network(network)
{
    for (const QSslCertificate& certificate : network.extraCaCertificates)
        m_extraCaDer << certificate.toDer();
}

DiagnosticsServerProber::~DiagnosticsServerProber()
{
    cancelAll();
}

void DiagnosticsServerProber::probe(const ProbeRequest& request, std::function<void(const ProbeResult&)> done)
{
    DiagnosticEndpoint endpoint;
    endpoint.protocol = protocolFor(request.protocol);
    endpoint.host = request.host;
    endpoint.profilePort = request.port;
    endpoint.security = request.security == Security::Ssl ? Security::Ssl : Security::StartTls;
    QString address;
    int port = 0;
    if (!m_network.physicalEndpoint(request.host, request.port, &address, &port)) {
        ProbeResult result;
        result.error = QStringLiteral("%1:%2: %3")
                           .arg(request.host)
                           .arg(request.port)
                           .arg(tr("the host is not reachable from here"));
        deliver(std::move(done), result);
        return;
    }
    endpoint.connectAddress = address == request.host ? QString() : address;
    endpoint.port = port;

    ProbeOptions options;
    options.timeoutMs = m_network.probeTimeoutMs;
    options.profileCaDer = m_extraCaDer; // no profile yet: only the extra roots (tests' CA)

    auto* probe = new EndpointProbe(endpoint, options, this);
    m_running.insert(probe, std::move(done));
    connect(probe, &EndpointProbe::finished, this, [this, probe, request] {
        auto callback = m_running.take(probe);
        const ProbeResult result = resultFrom(request, probe->result(), !m_extraCaDer.isEmpty());
        probe->deleteLater(); // we are inside its signal
        if (callback)
            deliver(std::move(callback), result);
    });
    probe->start();
}

void DiagnosticsServerProber::deliver(std::function<void(const ProbeResult&)> done, const ProbeResult& result)
{
    // Always later, never from inside probe() or a socket's signal (ServerProber's contract).
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation, done = std::move(done), result] {
            if (generation == m_generation)
                done(result);
        },
        Qt::QueuedConnection);
}

void DiagnosticsServerProber::cancelAll()
{
    ++m_generation;
    const auto running = m_running.keys();
    m_running.clear();
    for (EndpointProbe* probe : running) {
        probe->disconnect(this);
        delete probe; // aborts its socket
    }
}

std::unique_ptr<ServerProber> makeDiagnosticsProber(const DiscoveryNetwork& network)
{
    return std::make_unique<DiagnosticsServerProber>(network);
}

DiscoveryOptions discoveryOptionsWithDiagnostics(DiscoveryOptions options)
{
    options.makeProber = makeDiagnosticsProber;
    return options;
}

} // namespace mailsetup
