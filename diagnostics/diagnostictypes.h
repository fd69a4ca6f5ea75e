// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "providerprofile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mailsetup {

enum class MailProtocol
{
    Smtp,
    Pop3,
    Imap
};

QString protocolName(MailProtocol protocol); // "SMTP", "POP3", "IMAP"
// From a profile's server type ("smtp", "pop3", "imap"); empty for any other.
std::optional<MailProtocol> mailProtocolOf(const QString& type);

// One server entry of a profile, as the diagnosis connects to it.
struct DiagnosticEndpoint
{
    MailProtocol protocol = MailProtocol::Smtp;
    QString host;
    int port = 0;
    Security security = Security::Ssl; // Ssl: TLS from the first byte; anything else: STARTTLS
    QString username;                  // for the login, placeholders replaced
    int profilePort = 0;               // the port the profile names (what the apply step takes)
    // Where to connect instead of looking `host` up (discovery's host map, tests); the
    // certificate is still checked against `host`. Empty: `host` itself.
    QString connectAddress;

    bool outgoing() const { return protocol == MailProtocol::Smtp; }
    bool implicitTls() const { return security == Security::Ssl; }
    QString label() const; // "SMTP smtps.tip.net.au:465 (SSL/TLS)"
};

// Only ever held in memory: never logged, never written, never shown.
struct Credentials
{
    QString username; // overrides the endpoint's username when set
    QByteArray password;
};

// What became of one endpoint, most serious first among the failures.
enum class Verdict
{
    Works,               // TLS, chain trusted here, login fine (or not tried)
    WorksAfterCaInstall, // everything fine, but only the profile's CA vouches for the server
    Unreachable,         // refused, no such host, network unreachable
    TimedOut,            // see EndpointResult::stage for where it stopped
    NotMailServer,       // garbage, over-long lines, the wrong protocol
    Refused,             // the server said no in its greeting (554, -ERR, * BYE)
    StartTlsStripped,    // STARTTLS missing from the capabilities, or refused (500, 454)
    TlsFailed,           // the handshake failed
    Untrusted,           // neither the profile's CA nor this computer trusts the chain
    LoginFailed,         // the server refused the user name or password
    NoLoginMethod        // no password mechanism after TLS that we would use
};

QString verdictId(Verdict verdict); // stable ids for JSON: "works", "starttls-stripped", ...

enum class ProbeStage
{
    Connect,
    Greeting,
    Capabilities,
    StartTls,
    TlsHandshake,
    CapabilitiesAfterTls,
    Login,
    Done
};

QString stageId(ProbeStage stage); // "connect", "greeting", ...

struct TranscriptLine
{
    enum Direction
    {
        Client,
        Server,
        Note
    };
    qint64 atMs = 0;
    Direction direction = Note;
    QString text; // secrets already redacted
};

struct ChainResult
{
    bool checked = false;
    QStringList subjects; // the chain as sent, leaf first
    QString leafIssuer;
    bool trustedByProfileCa = false;
    QString profileCaError;
    bool trustedBySystem = false;
    QString systemError;
};

struct EndpointResult
{
    DiagnosticEndpoint endpoint;
    Verdict verdict = Verdict::TimedOut;
    ProbeStage stage = ProbeStage::Connect; // where it stopped (Done when it went through)
    QString detail;                         // technical reason, e.g. the server's reply
    QString summary;                        // for people: what is wrong (or that it works)
    QString fix;                            // for people: what to do; empty when nothing
    QStringList notes;                      // further observations (AUTH offered before TLS, ...)

    bool connected = false;
    bool hostNotFound = false; // the name did not resolve (Unreachable)
    QString greeting;
    QStringList capabilitiesBeforeTls;
    QStringList capabilitiesAfterTls;
    QStringList authBeforeTls;
    QStringList authAfterTls;
    bool startTlsOffered = false;
    QString startTlsReply;
    bool tlsEstablished = false;
    QString tlsProtocol; // "TLSv1.3"
    QString tlsCipher;
    ChainResult chain;
    bool loginAttempted = false;
    bool loginSucceeded = false;
    QString loginReply;
    qint64 bytesReceived = 0;

    qint64 connectMs = -1;  // from start to TCP connected
    qint64 greetingMs = -1; // from start to the greeting
    qint64 tlsMs = -1;      // the handshake itself
    qint64 elapsedMs = 0;   // from start to the end of the probe
    qint64 deadlineMs = 0;  // the probe's own limit
    bool endedByDeadline = false;
    QList<TranscriptLine> transcript;

    // The connection can carry mail safely: TLS up and the chain trusted by the
    // profile's CA or by this computer.
    bool secureTransport() const;
};

// What was chosen before the check: by the person (a port on the details page) or by
// the provider (its first incoming protocol). The recommendation keeps it where it works.
struct RecommendationPreference
{
    std::optional<int> outgoingPort;              // a profile port; empty: the best that works
    std::optional<MailProtocol> incomingProtocol; // empty: the best that works, of either
};

struct Recommendation
{
    std::optional<AccountRequest> request; // the ports to hand to the apply step
    int outgoingIndex = -1;                // into DiagnosisReport::endpoints
    int incomingIndex = -1;
    QString summary;        // for people
    QStringList departures; // for people: where it had to leave the preference, and why
};

struct DiagnosisReport
{
    QString profileId;
    QString profileName;
    QString caName;
    qint64 timeoutMs = 0;
    qint64 elapsedMs = 0;
    bool loginChecked = false; // a password was given
    QList<EndpointResult> endpoints;
    Recommendation recommendation;

    bool allEndedWithinDeadline(qint64 graceMs) const;
};

} // namespace mailsetup
