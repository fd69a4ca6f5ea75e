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

// A command to type, one option per line with shell continuations, in a fixed-width
// block that never wraps: a proportional font would join "fi" into one ligature glyph
// (a copy from the PDF carries it into the shell), and wrapping splits "--profile"
// at its hyphens. A value that would make the line too long (a fingerprint) gets a line
// of its own.
constexpr qsizetype MaxCommandLine = 72;

QString commandHtml(const QString& command)
{
    QStringList lines{QString()};
    const QStringList words = command.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        const bool newLine =
            !lines.last().isEmpty() &&
            (word.startsWith(QLatin1String("--")) || lines.last().size() + 1 + word.size() > MaxCommandLine);
        if (newLine)
            lines << QStringLiteral("    ");
        else if (!lines.last().isEmpty())
            lines.last() += QLatin1Char(' ');
        lines.last() += word;
    }
    // 7 pt: a fingerprint line (99 characters) fits the width of A4 and Letter.
    return QStringLiteral("<pre style=\"font-size: 7pt\">%1</pre>")
        .arg(lines.join(QStringLiteral(" \\\n")).toHtmlEscaped());
}

// A fix that ends in a command ("...: mailsetup certificate install ..."): the words,
// then the command as a block to type.
QString fixHtml(const QString& fix)
{
    const qsizetype at = fix.indexOf(QLatin1String("mailsetup "));
    if (at < 0 || (at > 0 && !fix.at(at - 1).isSpace()))
        return fix.toHtmlEscaped();
    return fix.left(at).trimmed().toHtmlEscaped() + commandHtml(fix.mid(at));
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

QString diagnosisReportHtml(const DiagnosisReport& report, bool withTranscripts)
{
    const auto esc = [](const QString& text) { return text.toHtmlEscaped(); };
    const QString title = tr("Connection check for %1").arg(report.profileName);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                                  "</head><body>\n<h1>%1</h1>\n")
                       .arg(esc(title));
    html += QStringLiteral("<p>%1<br>%2</p>\n")
                .arg(esc(tr("%1 servers checked at the same time, at most %2 s each; took %3 ms.")
                             .arg(report.endpoints.size())
                             .arg(double(report.timeoutMs) / 1000.0)
                             .arg(report.elapsedMs)),
                     esc(report.loginChecked ? tr("Log-in checked with the password given (not shown).")
                                             : tr("Log-in not checked: no password was given.")));
    html +=
        QStringLiteral("<p><b>%1</b></p>\n")
            .arg(esc(report.recommendation.request ? tr("Recommended: %1.").arg(report.recommendation.summary)
                                                   : tr("No recommendation: %1.")
                                                         .arg(report.recommendation.summary.isEmpty()
                                                                  ? tr("nothing was checked")
                                                                  : report.recommendation.summary)));

    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("What works from here")));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n"
                           "<tr><th align=\"left\" width=\"40%\">%1</th><th align=\"left\">%2</th></tr>\n")
                .arg(esc(tr("Server")), esc(tr("Result")));
    for (const EndpointResult& r : report.endpoints)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>\n")
                    .arg(esc(r.endpoint.label()), esc(r.summary));
    html += QStringLiteral("</table>\n");

    // Each fix once, with the servers it is for: seven servers behind one untrusted CA
    // need one instruction, not seven.
    QStringList fixes;
    QList<QStringList> fixedServers;
    for (const EndpointResult& r : report.endpoints) {
        if (r.fix.isEmpty())
            continue;
        const qsizetype at = fixes.indexOf(r.fix);
        if (at >= 0) {
            fixedServers[at] << r.endpoint.label();
        } else {
            fixes << r.fix;
            fixedServers << QStringList{r.endpoint.label()};
        }
    }
    if (!fixes.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("What to do")));
        for (qsizetype i = 0; i < fixes.size(); ++i)
            html += QStringLiteral("<p><b>%1:</b> %2</p>\n")
                        .arg(esc(fixedServers[i].join(QStringLiteral(", "))), fixHtml(fixes[i]));
    }

    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Details")));
    for (const EndpointResult& r : report.endpoints) {
        html += QStringLiteral("<h3>%1</h3>\n<p>").arg(esc(r.endpoint.label()));
        QStringList lines;
        lines << tr("verdict %1 at %2; connect %3, greeting %4, TLS handshake %5, total %6")
                     .arg(verdictId(r.verdict), stageId(r.stage), ms(r.connectMs), ms(r.greetingMs),
                          ms(r.tlsMs), ms(r.elapsedMs));
        if (!r.detail.isEmpty())
            lines << tr("reason: %1").arg(r.detail);
        for (const QString& note : r.notes)
            lines << tr("Note: %1").arg(note);
        if (!r.greeting.isEmpty())
            lines << tr("greeting: %1").arg(r.greeting);
        if (r.tlsEstablished)
            lines << tr("TLS: %1, %2").arg(r.tlsProtocol, r.tlsCipher);
        if (r.chain.checked)
            lines << tr("certificate: %1, issued by %2").arg(r.chain.subjects.value(0), r.chain.leafIssuer);
        if (!r.capabilitiesBeforeTls.isEmpty() || !r.endpoint.implicitTls())
            lines << tr("log-in methods before TLS: %1")
                         .arg(r.authBeforeTls.isEmpty() ? tr("none")
                                                        : r.authBeforeTls.join(QLatin1Char(' ')));
        if (r.tlsEstablished && r.stage != ProbeStage::TlsHandshake)
            lines << tr("log-in methods after TLS: %1")
                         .arg(r.authAfterTls.isEmpty() ? tr("none") : r.authAfterTls.join(QLatin1Char(' ')));
        if (r.loginAttempted)
            lines << tr("log-in: %1").arg(r.loginReply);
        for (QString& line : lines)
            line = esc(line);
        html += lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>\n");
        if (withTranscripts && !r.transcript.isEmpty()) {
            QString transcript;
            for (const TranscriptLine& line : r.transcript)
                transcript += QStringLiteral("%1 %2 %3\n")
                                  .arg(line.atMs, 6)
                                  .arg(directionMark(line.direction), line.text);
            // Wrapped, not cut at the page edge: a long certificate error is the line that matters.
            html += QStringLiteral("<pre style=\"white-space: pre-wrap; font-size: 7pt\">%1</pre>\n")
                        .arg(esc(transcript));
        }
    }
    html +=
        QStringLiteral("<p>%1</p>\n</body></html>\n")
            .arg(esc(tr("C: what Mail Setup sent, S: what the server answered. Passwords are never shown: "
                        "where one was sent, the report says [password redacted].")));
    return html;
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
