// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdicts.h"

#include <QCoreApplication>
#include <algorithm>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

bool usable(const EndpointResult& result)
{
    return result.secureTransport() &&
           (result.verdict == Verdict::Works || result.verdict == Verdict::WorksAfterCaInstall ||
            result.verdict == Verdict::LoginFailed);
}

bool sameDirection(const EndpointResult& a, const EndpointResult& b)
{
    return a.endpoint.outgoing() == b.endpoint.outgoing();
}

// "465 or 587": the ports of the same direction that work, best first.
QString workingAlternatives(const QList<EndpointResult>& results, const EndpointResult& broken)
{
    QStringList ports;
    for (const EndpointResult& other : results) {
        if (&other == &broken || !sameDirection(other, broken) || !usable(other))
            continue;
        const QString port = QString::number(other.endpoint.profilePort);
        if (!ports.contains(port))
            ports << port;
    }
    if (ports.isEmpty())
        return {};
    if (ports.size() == 1)
        return ports.first();
    const QString last = ports.takeLast();
    return tr("%1 or %2").arg(ports.join(QStringLiteral(", ")), last);
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

void describeOne(EndpointResult& r,
                 const QList<EndpointResult>& all,
                 const QString& caName,
                 const QString& caInstallFix)
{
    const int port = r.endpoint.profilePort;
    const QString alternatives = workingAlternatives(all, r);
    const QString useInstead =
        alternatives.isEmpty() ? QString() : tr("use port %1 instead").arg(alternatives);
    const bool outgoing = r.endpoint.outgoing();
    const QString scanning = outgoing ? tr("turn off outgoing mail scanning in your anti-virus program")
                                      : tr("turn off mail scanning in your anti-virus program");
    auto orElse = [&useInstead](const QString& fix) {
        return useInstead.isEmpty() ? fix : tr("%1, or %2").arg(useInstead, fix);
    };
    switch (r.verdict) {
    case Verdict::Works:
        r.summary = r.loginSucceeded
                        ? tr("works: encrypted (%1), certificate trusted, log-in accepted").arg(r.tlsProtocol)
                        : tr("works: encrypted (%1), certificate trusted").arg(r.tlsProtocol);
        break;
    case Verdict::WorksAfterCaInstall:
        r.summary =
            tr("works (encrypted, %1%2), but the certificate is from %3, which this computer does not "
               "trust yet")
                .arg(r.tlsProtocol, r.loginSucceeded ? tr(", log-in accepted") : QString(), caName);
        r.fix = caInstallFix.isEmpty() ? tr("install it on the next page") : caInstallFix;
        break;
    case Verdict::Unreachable:
        if (r.hostNotFound) {
            r.summary = tr("the name %1 cannot be found (%2)").arg(r.endpoint.host, r.detail);
            r.fix = tr("check that this computer is connected to the Internet and that the server name is "
                       "spelled right");
            break;
        }
        r.summary = alternatives.isEmpty()
                        ? tr("nothing answers on port %1 of %2 (%3)").arg(port).arg(r.endpoint.host, r.detail)
                        : tr("port %1 is blocked by your network (%2)").arg(port).arg(r.detail);
        r.fix =
            alternatives.isEmpty()
                ? tr("check that this computer is connected to the Internet; if web pages open, a firewall "
                     "blocks mail: ask your provider's helpdesk")
                : tr("use %1").arg(alternatives);
        break;
    case Verdict::TimedOut:
        switch (r.stage) {
        case ProbeStage::Connect:
            r.summary = alternatives.isEmpty() ? tr("no answer from %1 on port %2 within %3 seconds")
                                                     .arg(r.endpoint.host)
                                                     .arg(port)
                                                     .arg(seconds(r.deadlineMs))
                                               : tr("port %1 is blocked by your network").arg(port);
            r.fix = alternatives.isEmpty()
                        ? tr("check that this computer is connected to the Internet; if web pages open, a "
                             "firewall blocks mail: ask your provider's helpdesk")
                        : tr("use %1").arg(alternatives);
            break;
        case ProbeStage::Greeting:
            r.summary =
                r.bytesReceived == 0
                    ? tr("port %1 accepts the connection but nothing answers within %2 seconds: "
                         "something on the way (a firewall, a proxy of your network, or a mail scanner "
                         "on this computer) is holding it")
                          .arg(port)
                          .arg(seconds(r.deadlineMs))
                    : tr("port %1 answers far too slowly (%2 bytes in %3 seconds)")
                          .arg(port)
                          .arg(r.bytesReceived)
                          .arg(seconds(r.deadlineMs));
            r.fix = orElse(scanning);
            break;
        case ProbeStage::TlsHandshake:
            r.summary = tr("the encrypted connection (TLS) did not start within %1 seconds")
                            .arg(seconds(r.deadlineMs));
            r.fix = orElse(scanning);
            break;
        default:
            r.summary = tr("the server stopped answering (while %1) within %2 seconds")
                            .arg(stageId(r.stage))
                            .arg(seconds(r.deadlineMs));
            r.fix = orElse(tr("try again later; if it keeps happening, ask your provider's helpdesk"));
            break;
        }
        break;
    case Verdict::NotMailServer:
        r.summary = tr("what answers on port %1 does not speak %2 as a mail server should (%3)")
                        .arg(port)
                        .arg(protocolName(r.endpoint.protocol), r.detail);
        r.fix = orElse(outgoing && port == 25 ? tr("your Internet provider may be redirecting port 25")
                                              : tr("ask your provider's helpdesk"));
        break;
    case Verdict::Refused:
        r.summary = tr("the server turned the connection away: \"%1\"").arg(r.detail);
        r.fix = orElse(tr("try again later; if it keeps happening, ask your provider's helpdesk"));
        break;
    case Verdict::StartTlsStripped:
        r.summary =
            tr("something on this computer or your network is intercepting mail: the request to encrypt "
               "(STARTTLS) was taken away (%1)")
                .arg(r.detail);
        r.fix = outgoing && port == 25
                    ? tr("%1; your Internet provider may also be redirecting port 25").arg(orElse(scanning))
                    : orElse(scanning);
        break;
    case Verdict::TlsFailed:
        r.summary = tr("the encrypted connection (TLS) could not be set up (%1)").arg(r.detail);
        r.fix = orElse(scanning);
        break;
    case Verdict::Untrusted:
        r.summary =
            tr("the server's certificate is neither from %1 nor trusted by this computer (%2): someone "
               "may be intercepting the connection, or the profile is out of date")
                .arg(caName.isEmpty() ? tr("the profile's authority") : caName, r.detail);
        r.fix = tr("do not enter your password for this server; %1")
                    .arg(outgoing && port == 25 && !useInstead.isEmpty()
                             ? tr("your Internet provider may be redirecting port 25: %1").arg(useInstead)
                             : orElse(tr("ask your provider's helpdesk")));
        break;
    case Verdict::LoginFailed:
        r.summary = tr("the server refused the user name \"%1\" or the password (%2)")
                        .arg(r.endpoint.username, r.detail);
        r.fix =
            tr("check the user name and the password; they are the ones of your mail account, not of your "
               "Internet connection");
        break;
    case Verdict::NoLoginMethod:
        r.summary =
            tr("the server offers no way to log in that Mail Setup uses (%1)")
                .arg(r.authAfterTls.isEmpty() ? tr("none offered") : r.authAfterTls.join(QLatin1Char(' ')));
        r.fix = orElse(tr("ask your provider's helpdesk"));
        break;
    }
    if (!r.authBeforeTls.isEmpty())
        r.notes << tr("the server offers to log in before encrypting (%1); Mail Setup never does that")
                       .arg(r.authBeforeTls.join(QLatin1Char(' ')));
    if (r.secureTransport() && !r.chain.trustedBySystem && r.verdict != Verdict::WorksAfterCaInstall)
        r.notes << tr("the certificate is from %1, which this computer does not trust yet").arg(caName);
}

int rank(const EndpointResult& r)
{
    if (r.endpoint.implicitTls())
        return 0;
    // The server refused to offer a log-in before TLS: STARTTLS is required there.
    if (r.authBeforeTls.isEmpty() && !(r.endpoint.outgoing() && r.endpoint.profilePort == 25))
        return 1;
    return 2;
}

// `among`: only endpoints it accepts.
template <typename Filter> int best(const QList<EndpointResult>& results, bool outgoing, Filter among)
{
    int chosen = -1;
    auto key = [&results](int i) {
        const EndpointResult& r = results.at(i);
        return std::make_tuple(r.verdict == Verdict::LoginFailed ? 1 : 0, rank(r), i);
    };
    for (int i = 0; i < results.size(); ++i) {
        const EndpointResult& r = results.at(i);
        if (r.endpoint.outgoing() != outgoing || !usable(r) || !among(r.endpoint))
            continue;
        if (chosen < 0 || key(i) < key(chosen))
            chosen = i;
    }
    return chosen;
}

bool offers(const QList<EndpointResult>& results, bool outgoing)
{
    return std::any_of(results.begin(), results.end(),
                       [outgoing](const EndpointResult& r) { return r.endpoint.outgoing() == outgoing; });
}

} // namespace

void describeVerdicts(QList<EndpointResult>& results, const QString& caName, const QString& caInstallFix)
{
    for (EndpointResult& result : results) {
        result.notes.clear();
        describeOne(result, results, caName, caInstallFix);
    }
}

Recommendation recommend(const QList<EndpointResult>& results,
                         const QString& email,
                         const RecommendationPreference& preference)
{
    Recommendation recommendation;
    // The best of all; then what was preferred, where any of it works.
    const auto any = [](const DiagnosticEndpoint&) { return true; };
    recommendation.outgoingIndex = best(results, true, any);
    recommendation.incomingIndex = best(results, false, any);

    if (const std::optional<int> port = preference.outgoingPort) {
        const int kept =
            best(results, true, [port](const DiagnosticEndpoint& e) { return e.profilePort == *port; });
        if (kept >= 0)
            recommendation.outgoingIndex = kept;
        else if (recommendation.outgoingIndex >= 0)
            recommendation.departures
                << tr("port %1, chosen for sending, does not work from here, so port %2 is used instead")
                       .arg(*port)
                       .arg(results.at(recommendation.outgoingIndex).endpoint.profilePort);
    }

    if (const std::optional<MailProtocol> protocol = preference.incomingProtocol) {
        const int kept =
            best(results, false, [protocol](const DiagnosticEndpoint& e) { return e.protocol == *protocol; });
        if (kept >= 0) {
            recommendation.incomingIndex = kept;
        } else if (recommendation.incomingIndex >= 0) {
            const MailProtocol instead = results.at(recommendation.incomingIndex).endpoint.protocol;
            QString departure =
                tr("receiving with %1, the provider's choice, does not work from here, so %2 is "
                   "used instead")
                    .arg(protocolName(*protocol), protocolName(instead));
            if (instead == MailProtocol::Pop3) // what changes for the person
                departure +=
                    tr(" (POP3 downloads your mail to this computer; other devices may no longer see it)");
            recommendation.departures << departure;
        }
    }

    const bool outgoingMissing = offers(results, true) && recommendation.outgoingIndex < 0;
    const bool incomingMissing = offers(results, false) && recommendation.incomingIndex < 0;
    QStringList parts;
    if (recommendation.outgoingIndex >= 0)
        parts << tr("send with %1").arg(results.at(recommendation.outgoingIndex).endpoint.label());
    if (recommendation.incomingIndex >= 0)
        parts << tr("receive with %1").arg(results.at(recommendation.incomingIndex).endpoint.label());
    if (outgoingMissing)
        parts << tr("no safe way to send mail works from here");
    if (incomingMissing)
        parts << tr("no safe way to receive mail works from here");
    parts << recommendation.departures;
    recommendation.summary = parts.join(QStringLiteral("; "));
    if (outgoingMissing || incomingMissing || results.isEmpty())
        return recommendation;
    AccountRequest request;
    request.email = email;
    if (recommendation.outgoingIndex >= 0)
        request.outgoingPort = results.at(recommendation.outgoingIndex).endpoint.profilePort;
    if (recommendation.incomingIndex >= 0) {
        const EndpointResult& incoming = results.at(recommendation.incomingIndex);
        request.incomingPort = incoming.endpoint.profilePort;
        request.incomingType = protocolName(incoming.endpoint.protocol).toLower();
    }
    recommendation.request = request;
    return recommendation;
}

} // namespace mailsetup
