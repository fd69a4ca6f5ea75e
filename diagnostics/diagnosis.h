// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostictypes.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <optional>

namespace mailsetup {

class EndpointProbe;

struct DiagnosisRequest
{
    QString profileId;
    QString profileName;
    QList<DiagnosticEndpoint> endpoints;
    QList<QByteArray> caDer; // the profile's root CA (DER), or the one given instead
    QString caName;          // as people know it: "CAcert Class 1 root certificate"
    // How to install that CA, in the words of where the report is shown; empty: the
    // wizard's "install it on the next page" (the command line names its own command).
    QString caInstallFix;
    QString systemCaBundle;                 // empty: this computer's store (OpenSSL's default locations)
    QString email;                          // for the log-in name and the recommendation
    RecommendationPreference preference;    // diagnosisRequestFor: the profile's incoming protocol
    std::optional<Credentials> credentials; // a log-in is tried only with these
    qint64 timeoutMs = 10000;               // per endpoint; they run at the same time
};

// Every server entry of the profile (incoming and outgoing, placeholders replaced with
// `email`), the profile's CA and name. Change hosts or ports afterwards to point a
// diagnosis elsewhere.
DiagnosisRequest diagnosisRequestFor(const ProviderProfile& profile, const QString& email);

// Checks all endpoints at once on the caller's event loop and never blocks it: the
// wizard connects to the signals; the command line uses runDiagnosis().
class Diagnosis : public QObject
{
    Q_OBJECT
public:
    explicit Diagnosis(DiagnosisRequest request, QObject* parent = nullptr);
    ~Diagnosis() override;

    const QList<DiagnosticEndpoint>& endpoints() const { return m_request.endpoints; }
    void start();
    bool isFinished() const { return m_finished; }
    // Complete once finished(); before that, the endpoints finished so far.
    const DiagnosisReport& report() const { return m_report; }

signals:
    void endpointProgress(int index, const QString& step);
    void endpointFinished(int index, const mailsetup::EndpointResult& result);
    void finished();

private:
    void onProbeFinished(int index);

    DiagnosisRequest m_request;
    DiagnosisReport m_report;
    QList<EndpointProbe*> m_probes;
    QElapsedTimer m_clock;
    int m_pending = 0;
    bool m_started = false;
    bool m_finished = false;
};

// Runs a diagnosis to its end in a local event loop (needs a QCoreApplication).
DiagnosisReport runDiagnosis(const DiagnosisRequest& request);

} // namespace mailsetup
