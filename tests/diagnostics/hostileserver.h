// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>

// Servers that misbehave the way the seeds' FAQ describes (and worse), run in the
// test's own event loop on 127.0.0.1: the diagnosis under test shares that loop, so
// no thread or external program is needed and every byte is under the test's control.
class HostileServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Tarpit,         // accepts, never speaks
        Drip,           // a greeting, one byte a second
        Flood,          // "220 " and 10 MB without a line end
        Garbage,        // binary noise, then silence
        SmtpStrip500,   // offers STARTTLS, answers "500 unsupported command"
        SmtpStrip454,   // offers STARTTLS, answers "454 TLS not available due to temporary reason"
        SmtpHideTls,    // EHLO without STARTTLS (a scanner that edits the capabilities)
        SmtpTlsGarbage, // "220 go ahead", then plain text where the TLS handshake should be
        SmtpTlsSilent,  // "220 go ahead", then nothing
        SmtpInjection,  // "220 go ahead" with a command already behind it (CVE-2011-0411 style)
        Pop3Strip,      // POP3 without STLS in CAPA
        ImapStrip,      // IMAP whose STARTTLS gets "BAD"
        SmtpTlsEcho     // implicit TLS, offers AUTH, echoes every command back in its 535 refusal
    };

    explicit HostileServer(Mode mode, QObject* parent = nullptr);
    // SmtpTlsEcho: the certificate and key to serve.
    void setTls(const QSslConfiguration& configuration) { m_tls = configuration; }
    bool listen();
    quint16 port() const { return m_server->serverPort(); }
    // Every line the clients sent, for "the password never went there".
    const QList<QByteArray>& received() const { return m_received; }

private:
    void onConnection(QTcpSocket* socket);
    void onLine(QTcpSocket* socket, const QByteArray& line);

    Mode m_mode;
    QTcpServer* m_server = nullptr;
    QSslConfiguration m_tls;
    QList<QByteArray> m_received;
};
