// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostileserver.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

namespace {

const QByteArray greeting = "220 hostile.example.test ESMTP\r\n";

} // namespace

HostileServer::HostileServer(Mode mode, QObject* parent) : QObject(parent), m_mode(mode)
{
    if (mode == Mode::SmtpTlsEcho) {
        auto* server = new QSslServer(this);
        connect(server, &QSslServer::startedEncryptionHandshake, this, [] {});
        m_server = server;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection())
            onConnection(socket);
    });
}

bool HostileServer::listen()
{
    if (auto* ssl = qobject_cast<QSslServer*>(m_server))
        ssl->setSslConfiguration(m_tls);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

void HostileServer::onConnection(QTcpSocket* socket)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        // After "220 go ahead" the client sends a TLS ClientHello, not lines.
        if (socket->property("tls").toBool()) {
            socket->readAll();
            if (m_mode == Mode::SmtpTlsGarbage) {
                socket->write("this is not a TLS handshake\r\n");
                socket->disconnectFromHost();
            }
            return;
        }
        while (socket->canReadLine()) {
            QByteArray line = socket->readLine();
            while (line.endsWith('\n') || line.endsWith('\r'))
                line.chop(1);
            m_received << line;
            onLine(socket, line);
        }
    });
    switch (m_mode) {
    case Mode::Tarpit:
        break;
    case Mode::Drip: {
        auto* timer = new QTimer(socket);
        auto position = std::make_shared<int>(0);
        connect(timer, &QTimer::timeout, socket, [socket, position] {
            if (*position < greeting.size())
                socket->write(greeting.mid((*position)++, 1));
        });
        timer->start(1000);
        socket->write(greeting.left(1));
        ++*position;
        break;
    }
    case Mode::Flood:
        socket->write("220 " + QByteArray(10 * 1024 * 1024, 'x') + "\r\n");
        break;
    case Mode::Garbage: {
        QByteArray noise(4096, '\0');
        QRandomGenerator random(7);
        for (char& c : noise)
            c = char(random.bounded(256));
        noise[0] = '\x80';
        socket->write(noise);
        break;
    }
    case Mode::Pop3Strip:
        socket->write("+OK hostile POP3 ready\r\n");
        break;
    case Mode::ImapStrip:
        socket->write("* OK hostile IMAP ready\r\n");
        break;
    case Mode::SmtpTlsEcho: {
        auto* ssl = qobject_cast<QSslSocket*>(socket);
        if (ssl->isEncrypted())
            socket->write(greeting);
        else
            connect(ssl, &QSslSocket::encrypted, socket, [socket] { socket->write(greeting); });
        break;
    }
    default:
        socket->write(greeting);
        break;
    }
}

void HostileServer::onLine(QTcpSocket* socket, const QByteArray& line)
{
    const QByteArray command = line.split(' ').value(0).toUpper();
    if (m_mode == Mode::Pop3Strip) {
        if (command == "CAPA")
            socket->write("+OK\r\nUSER\r\nSASL PLAIN\r\n.\r\n");
        else
            socket->write("-ERR no\r\n");
        return;
    }
    if (m_mode == Mode::ImapStrip) {
        const QList<QByteArray> words = line.split(' ');
        const QByteArray tag = words.value(0);
        const QByteArray verb = words.value(1).toUpper();
        if (verb == "CAPABILITY")
            socket->write("* CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN\r\n" + tag + " OK done\r\n");
        else
            socket->write(tag + " BAD not here\r\n");
        return;
    }
    if (command == "EHLO") {
        if (m_mode == Mode::SmtpHideTls)
            socket->write("250-hostile.example.test\r\n250-PIPELINING\r\n250 8BITMIME\r\n");
        else if (m_mode == Mode::SmtpTlsEcho)
            socket->write("250-hostile.example.test\r\n250 AUTH PLAIN LOGIN\r\n");
        else
            socket->write("250-hostile.example.test\r\n250-STARTTLS\r\n250 8BITMIME\r\n");
        return;
    }
    if (command == "STARTTLS") {
        switch (m_mode) {
        case Mode::SmtpStrip500:
            socket->write("500 unsupported command\r\n");
            return;
        case Mode::SmtpStrip454:
            socket->write("454 TLS not available due to temporary reason\r\n");
            return;
        case Mode::SmtpTlsGarbage:
        case Mode::SmtpTlsSilent:
            socket->write("220 go ahead\r\n");
            socket->setProperty("tls", true);
            return;
        case Mode::SmtpInjection:
            socket->write("220 go ahead\r\n250 injected\r\n");
            return;
        default:
            break;
        }
    }
    if (command == "QUIT") {
        socket->write("221 bye\r\n");
        socket->disconnectFromHost();
        return;
    }
    // What a careless server does: repeat the command in the refusal.
    socket->write("535 5.7.8 refused: " + line + "\r\n");
}
