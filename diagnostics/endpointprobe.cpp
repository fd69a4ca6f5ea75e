// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointprobe.h"

#include "chainverifier.h"

#include <QHostAddress>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

namespace mailsetup {
namespace {

const QString redactedPassword = QStringLiteral("[password redacted]");
constexpr qsizetype MaxTranscriptLineChars = 300;
constexpr int MaxTranscriptLines = 400;

QString protocolText(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    default:
        return QStringLiteral("TLS (older than 1.2)");
    }
}

// RFC 3501 quoted string; the caller has refused CR and LF already.
QByteArray imapQuoted(const QByteArray& text)
{
    QByteArray quoted = text;
    quoted.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + quoted + '"';
}

// The EHLO argument: our address as an address literal (RFC 5321 4.1.3).
QByteArray ehloName(const QHostAddress& local)
{
    if (local.protocol() == QAbstractSocket::IPv6Protocol)
        return "[IPv6:" + local.toString().toLatin1() + ']';
    if (local.isNull())
        return "[127.0.0.1]";
    return '[' + local.toString().toLatin1() + ']';
}

} // namespace

EndpointProbe::EndpointProbe(const DiagnosticEndpoint& endpoint, const ProbeOptions& options, QObject* parent)
    : QObject(parent), m_endpoint(endpoint), m_options(options)
{
    m_result.endpoint = endpoint;
    m_result.deadlineMs = options.timeoutMs;
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &EndpointProbe::onDeadline);
    if (m_options.credentials) {
        const QByteArray password = m_options.credentials->password;
        const QByteArray user =
            (m_options.credentials->username.isEmpty() ? endpoint.username : m_options.credentials->username)
                .toUtf8();
        m_secrets = {password, password.toBase64(), ('\0' + user + '\0' + password).toBase64(),
                     (user + '\0' + password).toBase64(), imapQuoted(password)};
        m_secrets.removeAll(QByteArray());
    }
}

EndpointProbe::~EndpointProbe()
{
    for (QByteArray& secret : m_secrets)
        secret.fill('\0');
    if (m_options.credentials)
        m_options.credentials->password.fill('\0');
}

void EndpointProbe::start()
{
    m_clock.start();
    m_deadline.start(int(m_options.timeoutMs));
    m_socket = new QSslSocket(this);
    // Bounded: Qt stops reading from the network when this much is unread.
    m_socket->setReadBufferSize(MaxBufferedBytes);
    QSslConfiguration tls = m_socket->sslConfiguration();
    // QueryPeer: take the chain whatever it is and judge it ourselves, twice (profile
    // CA, system store); nothing secret is sent unless one of them trusts it.
    tls.setPeerVerifyMode(QSslSocket::QueryPeer);
    m_socket->setSslConfiguration(tls);
    m_socket->setPeerVerifyName(m_endpoint.host);
    connect(m_socket, &QSslSocket::connected, this, &EndpointProbe::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &EndpointProbe::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &EndpointProbe::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &EndpointProbe::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, m_socket, [this] { m_socket->ignoreSslErrors(); });
    note(tr("connecting to %1 port %2").arg(m_endpoint.host).arg(m_endpoint.port));
    setStage(ProbeStage::Connect, tr("connecting"));
    const QString target = m_endpoint.connectAddress.isEmpty() ? m_endpoint.host : m_endpoint.connectAddress;
    if (m_endpoint.implicitTls())
        m_socket->connectToHostEncrypted(target, quint16(m_endpoint.port), m_endpoint.host);
    else
        m_socket->connectToHost(target, quint16(m_endpoint.port));
}

void EndpointProbe::setStage(ProbeStage stage, const QString& progressText)
{
    m_result.stage = stage;
    emit progress(progressText);
}

void EndpointProbe::onConnected()
{
    m_result.connected = true;
    m_result.connectMs = m_clock.elapsed();
    note(tr("connected to %1").arg(m_socket->peerAddress().toString()));
    if (m_endpoint.implicitTls()) {
        m_tlsStartMs = m_clock.elapsed();
        setStage(ProbeStage::TlsHandshake, tr("connected, starting TLS"));
    } else {
        expectGreeting();
    }
}

void EndpointProbe::expectGreeting()
{
    setStage(ProbeStage::Greeting, tr("waiting for the greeting"));
    m_step = Step::Greeting;
    switch (m_endpoint.protocol) {
    case MailProtocol::Smtp:
        m_expect = Expect::SmtpReply;
        break;
    case MailProtocol::Pop3:
        m_expect = Expect::Pop3Line;
        break;
    case MailProtocol::Imap:
        m_expect = Expect::ImapGreeting;
        break;
    }
    processBuffer();
}

void EndpointProbe::onEncrypted()
{
    if (m_finished)
        return;
    m_result.tlsEstablished = true;
    m_result.tlsMs = m_clock.elapsed() - m_tlsStartMs;
    m_result.tlsProtocol = protocolText(m_socket->sessionProtocol());
    m_result.tlsCipher = m_socket->sessionCipher().name();
    note(tr("TLS started: %1, %2").arg(m_result.tlsProtocol, m_result.tlsCipher));
    checkChain();
    if (m_endpoint.implicitTls())
        expectGreeting();
    else
        sendCapabilities();
}

void EndpointProbe::checkChain()
{
    QList<QByteArray> chain;
    for (const QSslCertificate& certificate : m_socket->peerCertificateChain()) {
        chain << certificate.toDer();
        m_result.chain.subjects << certificate.subjectDisplayName();
    }
    if (!m_socket->peerCertificateChain().isEmpty())
        m_result.chain.leafIssuer = m_socket->peerCertificateChain().first().issuerDisplayName();
    m_result.chain.checked = true;
    if (m_options.profileCaDer.isEmpty()) {
        m_result.chain.profileCaError = tr("the profile names no certificate authority");
    } else {
        const ChainVerification byProfile =
            verifyChainWithRoots(chain, m_options.profileCaDer, m_endpoint.host);
        m_result.chain.trustedByProfileCa = byProfile.trusted;
        m_result.chain.profileCaError = byProfile.error;
    }
    const ChainVerification bySystem =
        verifyChainWithSystemStore(chain, m_endpoint.host, m_options.systemCaBundle);
    m_result.chain.trustedBySystem = bySystem.trusted;
    m_result.chain.systemError = bySystem.error;
    note(tr("certificate chain: trusted by the profile's authority: %1; by this computer: %2")
             .arg(byProfileText(), bySystemText()));
}

QString EndpointProbe::byProfileText() const
{
    return m_result.chain.trustedByProfileCa ? tr("yes") : tr("no (%1)").arg(m_result.chain.profileCaError);
}

QString EndpointProbe::bySystemText() const
{
    return m_result.chain.trustedBySystem ? tr("yes") : tr("no (%1)").arg(m_result.chain.systemError);
}

void EndpointProbe::onReadyRead()
{
    if (m_finished)
        return;
    while (m_socket->bytesAvailable() > 0) {
        const qint64 room = MaxBufferedBytes + 1 - m_buffer.size();
        const QByteArray chunk = m_socket->read(qMax<qint64>(room, 1));
        if (chunk.isEmpty())
            break;
        m_result.bytesReceived += chunk.size();
        m_buffer += chunk;
        if (m_buffer.size() > MaxBufferedBytes) {
            fail(Verdict::NotMailServer,
                 tr("more than %1 KiB arrived without a complete reply").arg(MaxBufferedBytes / 1024));
            return;
        }
        processBuffer();
        if (m_finished)
            return;
    }
}

MailReply EndpointProbe::parse() const
{
    switch (m_expect) {
    case Expect::SmtpReply:
        return parseSmtpReply(m_buffer);
    case Expect::Pop3Line:
        return parsePop3Reply(m_buffer, false);
    case Expect::Pop3Lines:
        return parsePop3Reply(m_buffer, true);
    case Expect::ImapGreeting:
        return parseImapReply(m_buffer, {});
    case Expect::ImapTagged:
        return parseImapReply(m_buffer, m_tag);
    case Expect::Nothing:
        break;
    }
    return MailReply{};
}

void EndpointProbe::processBuffer()
{
    while (!m_finished && m_expect != Expect::Nothing && !m_buffer.isEmpty()) {
        const MailReply reply = parse();
        if (reply.status == ReplyStatus::Incomplete)
            return;
        if (reply.status == ReplyStatus::Malformed) {
            logServer(QByteArrayView(m_buffer).first(qMin<qsizetype>(m_buffer.size(), 200)));
            fail(Verdict::NotMailServer, reply.error);
            return;
        }
        logServer(QByteArrayView(m_buffer).first(reply.consumed));
        m_buffer.remove(0, reply.consumed);
        m_expect = Expect::Nothing;
        handleReply(reply);
    }
}

void EndpointProbe::handleReply(const MailReply& reply)
{
    const QString firstLine = redact(printableBytes(reply.lines.value(0), 200));
    switch (m_step) {
    case Step::Greeting:
        m_result.greetingMs = m_clock.elapsed();
        m_result.greeting = m_endpoint.protocol == MailProtocol::Smtp
                                ? QStringLiteral("%1 %2").arg(reply.code).arg(firstLine)
                                : firstLine;
        if (!reply.positive || (m_endpoint.protocol == MailProtocol::Smtp && reply.code != 220)) {
            fail(Verdict::Refused, m_result.greeting);
            return;
        }
        sendCapabilities();
        return;
    case Step::Capabilities:
        handleCapabilities(reply);
        return;
    case Step::StartTls:
        m_result.startTlsReply = m_endpoint.protocol == MailProtocol::Smtp
                                     ? QStringLiteral("%1 %2").arg(reply.code).arg(firstLine)
                                     : redact(printableBytes(reply.lines.value(reply.lines.size() - 1), 200));
        if (!reply.positive || reply.continuation) {
            fail(Verdict::StartTlsStripped, m_result.startTlsReply);
            return;
        }
        // Bytes after the "go ahead" would be read as if protected by TLS: the
        // STARTTLS command injection of CVE-2011-0411. Refuse rather than use them.
        if (!m_buffer.isEmpty()) {
            fail(Verdict::TlsFailed, tr("the server sent more after agreeing to start TLS, which would let "
                                        "an attacker inject commands"));
            return;
        }
        m_tlsStartMs = m_clock.elapsed();
        setStage(ProbeStage::TlsHandshake, tr("starting TLS"));
        m_socket->startClientEncryption();
        return;
    case Step::SmtpLoginUser:
        if (!reply.continuation)
            return finishLogin(reply);
        sendExpecting(m_result.endpoint.username.toUtf8().toBase64(), Step::SmtpLoginPassword,
                      Expect::SmtpReply, tr("[user name, base64]"));
        return;
    case Step::SmtpLoginPassword:
        if (!reply.continuation)
            return finishLogin(reply);
        sendExpecting(m_options.credentials->password.toBase64(), Step::LoginResult, Expect::SmtpReply,
                      redactedPassword);
        return;
    case Step::Pop3User:
        if (!reply.positive)
            return finishLogin(reply);
        sendExpecting("PASS " + m_options.credentials->password, Step::LoginResult, Expect::Pop3Line,
                      QStringLiteral("PASS ") + redactedPassword);
        return;
    case Step::ImapAuthenticate:
        if (!reply.continuation)
            return finishLogin(reply);
        sendExpecting(
            ('\0' + m_result.endpoint.username.toUtf8() + '\0' + m_options.credentials->password).toBase64(),
            Step::LoginResult, Expect::ImapTagged, redactedPassword);
        return;
    case Step::LoginResult:
        finishLogin(reply);
        return;
    }
}

void EndpointProbe::sendCapabilities()
{
    const bool afterTls = m_result.tlsEstablished;
    setStage(afterTls ? ProbeStage::CapabilitiesAfterTls : ProbeStage::Capabilities,
             tr("asking for the server's capabilities"));
    switch (m_endpoint.protocol) {
    case MailProtocol::Smtp:
        sendExpecting("EHLO " + ehloName(m_socket->localAddress()), Step::Capabilities, Expect::SmtpReply);
        break;
    case MailProtocol::Pop3:
        sendExpecting("CAPA", Step::Capabilities, Expect::Pop3Lines);
        break;
    case MailProtocol::Imap:
        sendExpecting(imapTag() + " CAPABILITY", Step::Capabilities, Expect::ImapTagged);
        break;
    }
}

void EndpointProbe::handleCapabilities(const MailReply& reply)
{
    QStringList capabilities;
    QStringList mechanisms;
    switch (m_endpoint.protocol) {
    case MailProtocol::Smtp:
        capabilities = smtpExtensions(reply);
        mechanisms = smtpAuthMechanisms(capabilities);
        break;
    case MailProtocol::Pop3:
        capabilities = pop3Capabilities(reply);
        mechanisms = pop3AuthMechanisms(capabilities);
        break;
    case MailProtocol::Imap:
        capabilities = imapCapabilities(reply);
        mechanisms = imapAuthMechanisms(capabilities);
        break;
    }
    if (!reply.positive)
        note(tr("the server did not list its capabilities"));
    if (m_result.tlsEstablished) {
        m_result.capabilitiesAfterTls = capabilities;
        m_result.authAfterTls = mechanisms;
        login();
        return;
    }
    m_result.capabilitiesBeforeTls = capabilities;
    m_result.authBeforeTls = mechanisms;
    startTls();
}

void EndpointProbe::startTls()
{
    setStage(ProbeStage::StartTls, tr("asking to start TLS"));
    const QStringList& capabilities = m_result.capabilitiesBeforeTls;
    switch (m_endpoint.protocol) {
    case MailProtocol::Smtp:
        m_result.startTlsOffered = capabilities.contains(QStringLiteral("STARTTLS"));
        break;
    case MailProtocol::Pop3:
        m_result.startTlsOffered = capabilities.contains(QStringLiteral("STLS"));
        break;
    case MailProtocol::Imap:
        m_result.startTlsOffered = capabilities.contains(QStringLiteral("STARTTLS"));
        break;
    }
    // A POP3 server without CAPA may still know STLS (RFC 2595 predates CAPA's wide use).
    const bool tryAnyway = m_endpoint.protocol == MailProtocol::Pop3 && capabilities.isEmpty();
    if (!m_result.startTlsOffered && !tryAnyway) {
        fail(Verdict::StartTlsStripped, tr("STARTTLS is missing from the server's capabilities"));
        return;
    }
    switch (m_endpoint.protocol) {
    case MailProtocol::Smtp:
        sendExpecting("STARTTLS", Step::StartTls, Expect::SmtpReply);
        break;
    case MailProtocol::Pop3:
        sendExpecting("STLS", Step::StartTls, Expect::Pop3Line);
        break;
    case MailProtocol::Imap:
        sendExpecting(imapTag() + " STARTTLS", Step::StartTls, Expect::ImapTagged);
        break;
    }
}

void EndpointProbe::login()
{
    setStage(ProbeStage::Login, tr("logging in"));
    if (!m_options.credentials) {
        complete();
        return;
    }
    if (!m_result.secureTransport()) {
        note(tr("no log-in attempted: the certificate is not trusted, so the password must not be sent"));
        complete();
        return;
    }
    const QByteArray& password = m_options.credentials->password;
    if (!m_options.credentials->username.isEmpty())
        m_result.endpoint.username = m_options.credentials->username;
    const QByteArray user = m_result.endpoint.username.toUtf8();
    if (user.isEmpty() || password.contains('\n') || password.contains('\r') || user.contains('\n') ||
        user.contains('\r')) {
        note(tr(
            "no log-in attempted: the user name is empty or a line break is in the user name or password"));
        m_noLoginMethod = true;
        complete();
        return;
    }
    const QByteArray plain = ('\0' + user + '\0' + password).toBase64();
    const QStringList& mechanisms = m_result.authAfterTls;
    const QStringList& capabilities = m_result.capabilitiesAfterTls;
    m_result.loginAttempted = true;
    switch (m_endpoint.protocol) {
    case MailProtocol::Smtp:
        if (mechanisms.contains(QStringLiteral("PLAIN")))
            return sendExpecting("AUTH PLAIN " + plain, Step::LoginResult, Expect::SmtpReply,
                                 QStringLiteral("AUTH PLAIN ") + redactedPassword);
        if (mechanisms.contains(QStringLiteral("LOGIN")))
            return sendExpecting("AUTH LOGIN", Step::SmtpLoginUser, Expect::SmtpReply);
        break;
    case MailProtocol::Pop3:
        if (capabilities.isEmpty() || capabilities.contains(QStringLiteral("USER")))
            return sendExpecting("USER " + user, Step::Pop3User, Expect::Pop3Line);
        if (mechanisms.contains(QStringLiteral("PLAIN")))
            return sendExpecting("AUTH PLAIN " + plain, Step::LoginResult, Expect::Pop3Line,
                                 QStringLiteral("AUTH PLAIN ") + redactedPassword);
        break;
    case MailProtocol::Imap:
        if (mechanisms.contains(QStringLiteral("PLAIN")))
            return sendExpecting(imapTag() + " AUTHENTICATE PLAIN", Step::ImapAuthenticate,
                                 Expect::ImapTagged);
        if (!capabilities.contains(QStringLiteral("LOGINDISABLED"))) {
            const QByteArray tag = imapTag();
            return sendExpecting(tag + " LOGIN " + imapQuoted(user) + ' ' + imapQuoted(password),
                                 Step::LoginResult, Expect::ImapTagged,
                                 QString::fromLatin1(tag + " LOGIN " + imapQuoted(user) + ' ') +
                                     redactedPassword);
        }
        break;
    }
    m_result.loginAttempted = false;
    m_noLoginMethod = true;
    note(tr("no log-in attempted: the server offers no password method Mail Setup uses (%1)")
             .arg(mechanisms.join(QLatin1Char(' '))));
    complete();
}

void EndpointProbe::finishLogin(const MailReply& reply)
{
    m_result.loginSucceeded = reply.positive && !reply.continuation &&
                              (m_endpoint.protocol != MailProtocol::Smtp || reply.code == 235);
    const QString text = redact(printableBytes(reply.lines.value(reply.lines.size() - 1), 200));
    m_result.loginReply =
        m_endpoint.protocol == MailProtocol::Smtp ? QStringLiteral("%1 %2").arg(reply.code).arg(text) : text;
    if (reply.continuation)
        send("*"); // cancels a SASL exchange in all three protocols
    complete();
}

QByteArray EndpointProbe::imapTag()
{
    m_tag = "ms" + QByteArray::number(++m_tagCounter);
    return m_tag;
}

void EndpointProbe::send(const QByteArray& line, const QString& shownAs)
{
    if (m_result.transcript.size() < MaxTranscriptLines)
        m_result.transcript << TranscriptLine{m_clock.elapsed(), TranscriptLine::Client,
                                              shownAs.isEmpty() ? redact(QString::fromUtf8(line)) : shownAs};
    m_socket->write(line + "\r\n");
}

void EndpointProbe::sendExpecting(const QByteArray& line, Step step, Expect expect, const QString& shownAs)
{
    m_step = step;
    m_expect = expect;
    send(line, shownAs);
    processBuffer();
}

void EndpointProbe::note(const QString& text)
{
    if (m_result.transcript.size() < MaxTranscriptLines)
        m_result.transcript << TranscriptLine{m_clock.elapsed(), TranscriptLine::Note, redact(text)};
}

void EndpointProbe::logServer(QByteArrayView bytes)
{
    for (QByteArrayView line : QByteArray(bytes.toByteArray()).split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (m_result.transcript.size() >= MaxTranscriptLines)
            return;
        m_result.transcript << TranscriptLine{m_clock.elapsed(), TranscriptLine::Server,
                                              redact(printableBytes(line, MaxTranscriptLineChars))};
    }
}

// A server (or something posing as one) may echo what we sent; nothing that could
// carry the password reaches the report.
QString EndpointProbe::redact(QString text) const
{
    for (const QByteArray& secret : m_secrets) {
        text.replace(QString::fromUtf8(secret), redactedPassword);
        text.replace(printableBytes(secret, secret.size() * 4 + 1), redactedPassword);
    }
    return text;
}

void EndpointProbe::onSocketError()
{
    if (m_finished)
        return;
    onReadyRead(); // a last reply may still be unread (e.g. "554 go away" before closing)
    if (m_finished)
        return;
    const QString reason = m_socket->errorString();
    const bool closed = m_socket->error() == QAbstractSocket::RemoteHostClosedError;
    switch (m_result.stage) {
    case ProbeStage::Connect:
        m_result.hostNotFound = m_socket->error() == QAbstractSocket::HostNotFoundError;
        fail(Verdict::Unreachable, reason);
        return;
    case ProbeStage::TlsHandshake:
        fail(Verdict::TlsFailed, reason);
        return;
    case ProbeStage::Greeting:
        fail(closed ? Verdict::Refused : Verdict::NotMailServer,
             closed ? tr("the server closed the connection without a greeting") : reason);
        return;
    case ProbeStage::StartTls:
        fail(Verdict::StartTlsStripped, tr("the connection was closed after the request to start TLS"));
        return;
    case ProbeStage::Login:
        m_result.loginReply = reason;
        complete();
        return;
    case ProbeStage::Capabilities:
    case ProbeStage::CapabilitiesAfterTls:
    case ProbeStage::Done:
        break;
    }
    fail(Verdict::NotMailServer, reason);
}

void EndpointProbe::onDeadline()
{
    if (m_finished)
        return;
    m_result.endedByDeadline = true;
    fail(Verdict::TimedOut, tr("no complete answer within %1 seconds (%2 bytes received)")
                                .arg(double(m_options.timeoutMs) / 1000.0)
                                .arg(m_result.bytesReceived));
}

void EndpointProbe::fail(Verdict verdict, const QString& detail)
{
    m_result.verdict = verdict;
    m_result.detail = redact(detail);
    note(m_result.detail);
    end(false);
}

void EndpointProbe::complete()
{
    m_result.stage = ProbeStage::Done;
    if (!m_result.secureTransport())
        m_result.verdict = Verdict::Untrusted;
    else if (m_result.loginAttempted && !m_result.loginSucceeded)
        m_result.verdict = Verdict::LoginFailed;
    else if (m_noLoginMethod)
        m_result.verdict = Verdict::NoLoginMethod;
    else if (m_result.chain.trustedBySystem)
        m_result.verdict = Verdict::Works;
    else
        m_result.verdict = Verdict::WorksAfterCaInstall;
    if (m_result.verdict == Verdict::Untrusted)
        m_result.detail =
            tr("by the profile's authority: %1; by this computer: %2").arg(byProfileText(), bySystemText());
    else if (m_result.verdict == Verdict::LoginFailed)
        m_result.detail = m_result.loginReply;
    end(true);
}

void EndpointProbe::end(bool polite)
{
    m_finished = true;
    m_deadline.stop();
    m_result.elapsedMs = m_clock.elapsed();
    m_expect = Expect::Nothing;
    if (m_options.credentials)
        m_options.credentials->password.fill('\0');
    if (m_socket) {
        m_socket->disconnect(this);
        if (polite && m_socket->state() == QAbstractSocket::ConnectedState) {
            const QByteArray quit =
                m_endpoint.protocol == MailProtocol::Imap ? imapTag() + " LOGOUT" : "QUIT";
            send(quit);
            m_socket->disconnectFromHost();
        } else {
            m_socket->abort();
        }
    }
    emit progress(tr("finished"));
    emit finished();
}

} // namespace mailsetup
