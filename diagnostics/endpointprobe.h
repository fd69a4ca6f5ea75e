// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostictypes.h"
#include "replyparsers.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <optional>

class QSslSocket;

namespace mailsetup {

struct ProbeOptions
{
    qint64 timeoutMs = 10000;       // the hard limit for the whole probe
    QList<QByteArray> profileCaDer; // the profile's CA (or --ca)
    QString systemCaBundle;         // empty: OpenSSL's default store
    std::optional<Credentials> credentials;
};

// Talks to one endpoint, asynchronously on the caller's event loop: connect, greeting,
// capabilities, STARTTLS, TLS and chain, capabilities again, and a login only with a
// password over a trusted TLS connection. One timer bounds the whole conversation,
// and replies are parsed with a line-length cap, so a silent, dripping, flooding or
// garbage-speaking server ends the probe within its deadline.
class EndpointProbe : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxBufferedBytes = 64 * 1024;

    EndpointProbe(const DiagnosticEndpoint& endpoint, const ProbeOptions& options, QObject* parent = nullptr);
    ~EndpointProbe() override;

    void start();
    bool isFinished() const { return m_finished; }
    const EndpointResult& result() const { return m_result; }

signals:
    void progress(const QString& step); // "connected", "TLS started", ... for a progress line
    void finished();

private:
    enum class Expect
    {
        Nothing,
        SmtpReply,
        Pop3Line,
        Pop3Lines,
        ImapGreeting,
        ImapTagged
    };
    enum class Step
    {
        Greeting,
        Capabilities,
        StartTls,
        SmtpLoginUser,
        SmtpLoginPassword,
        Pop3User,
        ImapAuthenticate,
        LoginResult
    };

    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSocketError();
    void onDeadline();

    void processBuffer();
    MailReply parse() const;
    void handleReply(const MailReply& reply);
    void handleCapabilities(const MailReply& reply);
    void expectGreeting();
    void sendCapabilities();
    void startTls();
    void checkChain();
    QString byProfileText() const;
    QString bySystemText() const;
    void login();
    void finishLogin(const MailReply& reply);
    void send(const QByteArray& line, const QString& shownAs = QString());
    void sendExpecting(const QByteArray& line, Step step, Expect expect, const QString& shownAs = QString());
    QByteArray imapTag();
    void setStage(ProbeStage stage, const QString& progressText);

    void note(const QString& text);
    void logServer(QByteArrayView bytes);
    QString redact(QString text) const;

    void fail(Verdict verdict, const QString& detail);
    void complete();
    void end(bool polite);

    DiagnosticEndpoint m_endpoint;
    ProbeOptions m_options;
    EndpointResult m_result;
    QSslSocket* m_socket = nullptr;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    QByteArray m_buffer;
    Expect m_expect = Expect::Nothing;
    Step m_step = Step::Greeting;
    QByteArray m_tag;
    int m_tagCounter = 0;
    qint64 m_tlsStartMs = 0;
    bool m_finished = false;
    bool m_noLoginMethod = false;
    QList<QByteArray> m_secrets; // the password in every form it could be echoed in
};

} // namespace mailsetup
