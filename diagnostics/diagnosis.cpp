// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis.h"

#include "endpointprobe.h"
#include "verdicts.h"

#include <QEventLoop>

namespace mailsetup {

DiagnosisRequest diagnosisRequestFor(const ProviderProfile& profile, const QString& email)
{
    DiagnosisRequest request;
    request.profileId = profile.id;
    request.profileName = profile.name();
    request.email = email;
    for (const QList<ServerEntry>* entries : {&profile.outgoing, &profile.incoming}) {
        for (const ServerEntry& entry : *entries) {
            const std::optional<MailProtocol> protocol = mailProtocolOf(entry.type);
            if (!protocol)
                continue;
            DiagnosticEndpoint endpoint;
            endpoint.protocol = *protocol;
            endpoint.host = replacePlaceholders(entry.hostname, email, QString()).toLower();
            endpoint.port = entry.port;
            endpoint.profilePort = entry.port;
            endpoint.security = entry.security;
            const QString usernameTemplate =
                entry.username.isEmpty() ? QStringLiteral("%EMAILADDRESS%") : entry.username;
            endpoint.username =
                email.isEmpty() ? QString() : replacePlaceholders(usernameTemplate, email, QString());
            request.endpoints << endpoint;
        }
    }
    request.preference.incomingProtocol = mailProtocolOf(preferredIncomingType(profile));
    if (profile.ca) {
        request.caDer << profile.ca->certificate.der;
        request.caName = profile.ca->name.isEmpty() ? profile.ca->certificate.commonName() : profile.ca->name;
    }
    return request;
}

Diagnosis::Diagnosis(DiagnosisRequest request, QObject* parent)
    : QObject(parent), m_request(std::move(request))
{
    m_report.profileId = m_request.profileId;
    m_report.profileName = m_request.profileName;
    m_report.caName = m_request.caName;
    m_report.timeoutMs = m_request.timeoutMs;
    m_report.loginChecked = m_request.credentials.has_value();
}

Diagnosis::~Diagnosis()
{
    if (m_request.credentials)
        m_request.credentials->password.fill('\0');
}

void Diagnosis::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    ProbeOptions options;
    options.timeoutMs = m_request.timeoutMs;
    options.profileCaDer = m_request.caDer;
    options.systemCaBundle = m_request.systemCaBundle;
    options.credentials = m_request.credentials;
    for (const DiagnosticEndpoint& endpoint : m_request.endpoints) {
        EndpointResult placeholder;
        placeholder.endpoint = endpoint;
        placeholder.deadlineMs = m_request.timeoutMs;
        m_report.endpoints << placeholder;
    }
    m_pending = int(m_request.endpoints.size());
    for (int i = 0; i < m_request.endpoints.size(); ++i) {
        auto* probe = new EndpointProbe(m_request.endpoints.at(i), options, this);
        m_probes << probe;
        connect(probe, &EndpointProbe::progress, this,
                [this, i](const QString& step) { emit endpointProgress(i, step); });
        connect(probe, &EndpointProbe::finished, this, [this, i] { onProbeFinished(i); });
    }
    // The probes hold their own copies; ours is no longer needed.
    if (m_request.credentials)
        m_request.credentials->password.fill('\0');
    m_request.credentials.reset();
    options.credentials.reset();
    if (m_pending == 0) {
        m_finished = true;
        emit finished();
        return;
    }
    for (EndpointProbe* probe : m_probes)
        probe->start();
}

void Diagnosis::onProbeFinished(int index)
{
    EndpointResult result = m_probes.at(index)->result();
    QList<EndpointResult> single = {result};
    describeVerdicts(single, m_request.caName, m_request.caInstallFix);
    m_report.endpoints[index] = single.first();
    emit endpointFinished(index, m_report.endpoints.at(index));
    if (--m_pending > 0)
        return;
    // Everything in: the fixes can now point at the ports that work.
    describeVerdicts(m_report.endpoints, m_request.caName, m_request.caInstallFix);
    m_report.recommendation = recommend(m_report.endpoints, m_request.email, m_request.preference);
    m_report.elapsedMs = m_clock.elapsed();
    m_finished = true;
    emit finished();
}

DiagnosisReport runDiagnosis(const DiagnosisRequest& request)
{
    Diagnosis diagnosis(request);
    QEventLoop loop;
    QObject::connect(&diagnosis, &Diagnosis::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    diagnosis.start();
    if (!diagnosis.isFinished())
        loop.exec();
    return diagnosis.report();
}

} // namespace mailsetup
