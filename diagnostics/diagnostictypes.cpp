// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostictypes.h"

namespace mailsetup {

std::optional<MailProtocol> mailProtocolOf(const QString& type)
{
    if (type == QLatin1String("smtp"))
        return MailProtocol::Smtp;
    if (type == QLatin1String("pop3"))
        return MailProtocol::Pop3;
    if (type == QLatin1String("imap"))
        return MailProtocol::Imap;
    return std::nullopt;
}

QString protocolName(MailProtocol protocol)
{
    switch (protocol) {
    case MailProtocol::Smtp:
        return QStringLiteral("SMTP");
    case MailProtocol::Pop3:
        return QStringLiteral("POP3");
    case MailProtocol::Imap:
        return QStringLiteral("IMAP");
    }
    return {};
}

QString DiagnosticEndpoint::label() const
{
    return QStringLiteral("%1 %2:%3 (%4)")
        .arg(protocolName(protocol), host)
        .arg(port)
        .arg(securityName(implicitTls() ? Security::Ssl : Security::StartTls));
}

QString verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Works:
        return QStringLiteral("works");
    case Verdict::WorksAfterCaInstall:
        return QStringLiteral("works-after-ca-install");
    case Verdict::Unreachable:
        return QStringLiteral("unreachable");
    case Verdict::TimedOut:
        return QStringLiteral("timed-out");
    case Verdict::NotMailServer:
        return QStringLiteral("not-a-mail-server");
    case Verdict::Refused:
        return QStringLiteral("refused");
    case Verdict::StartTlsStripped:
        return QStringLiteral("starttls-stripped");
    case Verdict::TlsFailed:
        return QStringLiteral("tls-failed");
    case Verdict::Untrusted:
        return QStringLiteral("untrusted");
    case Verdict::LoginFailed:
        return QStringLiteral("login-failed");
    case Verdict::NoLoginMethod:
        return QStringLiteral("no-login-method");
    }
    return {};
}

QString stageId(ProbeStage stage)
{
    switch (stage) {
    case ProbeStage::Connect:
        return QStringLiteral("connect");
    case ProbeStage::Greeting:
        return QStringLiteral("greeting");
    case ProbeStage::Capabilities:
        return QStringLiteral("capabilities");
    case ProbeStage::StartTls:
        return QStringLiteral("starttls");
    case ProbeStage::TlsHandshake:
        return QStringLiteral("tls-handshake");
    case ProbeStage::CapabilitiesAfterTls:
        return QStringLiteral("capabilities-after-tls");
    case ProbeStage::Login:
        return QStringLiteral("login");
    case ProbeStage::Done:
        return QStringLiteral("done");
    }
    return {};
}

bool EndpointResult::secureTransport() const
{
    return tlsEstablished && chain.checked && (chain.trustedByProfileCa || chain.trustedBySystem);
}

bool DiagnosisReport::allEndedWithinDeadline(qint64 graceMs) const
{
    for (const EndpointResult& result : endpoints) {
        if (result.elapsedMs > result.deadlineMs + graceMs)
            return false;
    }
    return elapsedMs <= timeoutMs + graceMs;
}

} // namespace mailsetup
