// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosisreport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

QString ms(qint64 value)
{
    return value < 0 ? QStringLiteral("-") : QStringLiteral("%1 ms").arg(value);
}

QJsonValue optionalMs(qint64 value)
{
    return value < 0 ? QJsonValue() : QJsonValue(double(value));
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QString directionMark(TranscriptLine::Direction direction)
{
    switch (direction) {
    case TranscriptLine::Client:
        return QStringLiteral("C:");
    case TranscriptLine::Server:
        return QStringLiteral("S:");
    case TranscriptLine::Note:
        break;
    }
    return QStringLiteral("  ");
}

QString directionId(TranscriptLine::Direction direction)
{
    switch (direction) {
    case TranscriptLine::Client:
        return QStringLiteral("client");
    case TranscriptLine::Server:
        return QStringLiteral("server");
    case TranscriptLine::Note:
        break;
    }
    return QStringLiteral("note");
}

} // namespace

QString diagnosisReportText(const DiagnosisReport& report, bool withTranscripts)
{
    QString text;
    text += tr("Connection check for %1 (%2 endpoints, at most %3 s each, took %4 ms)")
                .arg(report.profileName)
                .arg(report.endpoints.size())
                .arg(double(report.timeoutMs) / 1000.0)
                .arg(report.elapsedMs) +
            QLatin1Char('\n');
    text += (report.loginChecked ? tr("Log-in checked with the password given (not shown).")
                                 : tr("Log-in not checked: no password was given.")) +
            QLatin1Char('\n');
    for (const EndpointResult& r : report.endpoints) {
        text += QLatin1Char('\n') + r.endpoint.label() + QStringLiteral(": ") + r.summary + QLatin1Char('\n');
        if (!r.fix.isEmpty())
            text += QStringLiteral("  ") + tr("What to do: %1").arg(r.fix) + QLatin1Char('\n');
        for (const QString& note : r.notes)
            text += QStringLiteral("  ") + tr("Note: %1").arg(note) + QLatin1Char('\n');
        text += QStringLiteral("  ") +
                tr("verdict %1 at %2; connect %3, greeting %4, TLS handshake %5, total %6")
                    .arg(verdictId(r.verdict), stageId(r.stage), ms(r.connectMs), ms(r.greetingMs),
                         ms(r.tlsMs), ms(r.elapsedMs)) +
                QLatin1Char('\n');
        if (!r.greeting.isEmpty())
            text += QStringLiteral("  ") + tr("greeting: %1").arg(r.greeting) + QLatin1Char('\n');
        if (r.tlsEstablished)
            text +=
                QStringLiteral("  ") + tr("TLS: %1, %2").arg(r.tlsProtocol, r.tlsCipher) + QLatin1Char('\n');
        if (r.chain.checked)
            text += QStringLiteral("  ") +
                    tr("certificate: %1, issued by %2").arg(r.chain.subjects.value(0), r.chain.leafIssuer) +
                    QLatin1Char('\n');
        if (!r.capabilitiesBeforeTls.isEmpty() || !r.endpoint.implicitTls())
            text +=
                QStringLiteral("  ") +
                tr("log-in methods before TLS: %1")
                    .arg(r.authBeforeTls.isEmpty() ? tr("none") : r.authBeforeTls.join(QLatin1Char(' '))) +
                QLatin1Char('\n');
        if (r.tlsEstablished && r.stage != ProbeStage::TlsHandshake)
            text += QStringLiteral("  ") +
                    tr("log-in methods after TLS: %1")
                        .arg(r.authAfterTls.isEmpty() ? tr("none") : r.authAfterTls.join(QLatin1Char(' '))) +
                    QLatin1Char('\n');
        if (withTranscripts) {
            for (const TranscriptLine& line : r.transcript)
                text += QStringLiteral("    %1 %2 %3\n")
                            .arg(line.atMs, 6)
                            .arg(directionMark(line.direction), line.text);
        }
    }
    text += QLatin1Char('\n');
    if (report.recommendation.request)
        text += tr("Recommended: %1.").arg(report.recommendation.summary) + QLatin1Char('\n');
    else
        text += tr("No recommendation: %1.")
                    .arg(report.recommendation.summary.isEmpty() ? tr("nothing was checked")
                                                                 : report.recommendation.summary) +
                QLatin1Char('\n');
    return text;
}

QJsonObject diagnosisReportJson(const DiagnosisReport& report)
{
    QJsonArray endpoints;
    for (const EndpointResult& r : report.endpoints) {
        QJsonArray transcript;
        for (const TranscriptLine& line : r.transcript)
            transcript.append(QJsonObject{{QStringLiteral("ms"), double(line.atMs)},
                                          {QStringLiteral("from"), directionId(line.direction)},
                                          {QStringLiteral("text"), line.text}});
        const QJsonObject chain{{QStringLiteral("checked"), r.chain.checked},
                                {QStringLiteral("subjects"), strings(r.chain.subjects)},
                                {QStringLiteral("issuer"), r.chain.leafIssuer},
                                {QStringLiteral("trustedByProfileCa"), r.chain.trustedByProfileCa},
                                {QStringLiteral("profileCaError"), r.chain.profileCaError},
                                {QStringLiteral("trustedBySystem"), r.chain.trustedBySystem},
                                {QStringLiteral("systemError"), r.chain.systemError}};
        endpoints.append(QJsonObject{
            {QStringLiteral("protocol"), protocolName(r.endpoint.protocol).toLower()},
            {QStringLiteral("host"), r.endpoint.host},
            {QStringLiteral("port"), r.endpoint.port},
            {QStringLiteral("profilePort"), r.endpoint.profilePort},
            {QStringLiteral("security"),
             r.endpoint.implicitTls() ? QStringLiteral("SSL") : QStringLiteral("STARTTLS")},
            {QStringLiteral("verdict"), verdictId(r.verdict)},
            {QStringLiteral("stage"), stageId(r.stage)},
            {QStringLiteral("summary"), r.summary},
            {QStringLiteral("fix"), r.fix},
            {QStringLiteral("detail"), r.detail},
            {QStringLiteral("notes"), strings(r.notes)},
            {QStringLiteral("connected"), r.connected},
            {QStringLiteral("hostNotFound"), r.hostNotFound},
            {QStringLiteral("greeting"), r.greeting},
            {QStringLiteral("capabilitiesBeforeTls"), strings(r.capabilitiesBeforeTls)},
            {QStringLiteral("capabilitiesAfterTls"), strings(r.capabilitiesAfterTls)},
            {QStringLiteral("authBeforeTls"), strings(r.authBeforeTls)},
            {QStringLiteral("authAfterTls"), strings(r.authAfterTls)},
            {QStringLiteral("startTlsOffered"), r.startTlsOffered},
            {QStringLiteral("startTlsReply"), r.startTlsReply},
            {QStringLiteral("tls"), r.tlsEstablished},
            {QStringLiteral("tlsProtocol"), r.tlsProtocol},
            {QStringLiteral("tlsCipher"), r.tlsCipher},
            {QStringLiteral("chain"), chain},
            {QStringLiteral("loginAttempted"), r.loginAttempted},
            {QStringLiteral("loginSucceeded"), r.loginSucceeded},
            {QStringLiteral("loginReply"), r.loginReply},
            {QStringLiteral("bytesReceived"), double(r.bytesReceived)},
            {QStringLiteral("connectMs"), optionalMs(r.connectMs)},
            {QStringLiteral("greetingMs"), optionalMs(r.greetingMs)},
            {QStringLiteral("tlsMs"), optionalMs(r.tlsMs)},
            {QStringLiteral("elapsedMs"), double(r.elapsedMs)},
            {QStringLiteral("deadlineMs"), double(r.deadlineMs)},
            {QStringLiteral("endedByDeadline"), r.endedByDeadline},
            {QStringLiteral("transcript"), transcript},
        });
    }
    QJsonObject recommendation{{QStringLiteral("summary"), report.recommendation.summary}};
    if (const auto& request = report.recommendation.request) {
        if (request->outgoingPort)
            recommendation.insert(QStringLiteral("outgoingPort"), *request->outgoingPort);
        if (request->incomingPort)
            recommendation.insert(QStringLiteral("incomingPort"), *request->incomingPort);
        if (!request->incomingType.isEmpty())
            recommendation.insert(QStringLiteral("incomingType"), request->incomingType);
    }
    return QJsonObject{{QStringLiteral("profile"), report.profileId},
                       {QStringLiteral("profileName"), report.profileName},
                       {QStringLiteral("caName"), report.caName},
                       {QStringLiteral("timeoutMs"), double(report.timeoutMs)},
                       {QStringLiteral("elapsedMs"), double(report.elapsedMs)},
                       {QStringLiteral("loginChecked"), report.loginChecked},
                       {QStringLiteral("endpoints"), endpoints},
                       {QStringLiteral("recommendation"), recommendation}};
}

} // namespace mailsetup
