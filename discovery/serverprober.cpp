// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverprober.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace mailsetup {
namespace {

// One probe: a socket, a deadline and a tiny line-based conversation.
class Probe : public QObject
{
public:
    Probe(const ProbeRequest& request,
          const DiscoveryNetwork& network,
          std::function<void(const ProbeResult&)> done,
          QObject* parent)
        : QObject(parent), m_request(request), m_done(std::move(done))
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!network.extraCaCertificates.isEmpty())
            ssl.addCaCertificates(network.extraCaCertificates);
        ssl.setProtocol(QSsl::TlsV1_2OrLater);
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_socket.setSslConfiguration(ssl);
        m_socket.setPeerVerifyName(request.host);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { fail(QCoreApplication::translate("mailsetup", "no answer in time")); });
        connect(&m_socket, &QSslSocket::readyRead, this, &Probe::onReadyRead);
        connect(&m_socket, &QSslSocket::encrypted, this, &Probe::onEncrypted);
        connect(&m_socket, &QAbstractSocket::errorOccurred, this,
                [this](QAbstractSocket::SocketError) { fail(m_socket.errorString()); });
        connect(&m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
            fail(QCoreApplication::translate("mailsetup", "the certificate is not valid: %1")
                     .arg(errors.value(0).errorString()));
        });

        QString address;
        int port = 0;
        m_timer.start(network.probeTimeoutMs);
        if (!network.physicalEndpoint(request.host, request.port, &address, &port)) {
            QTimer::singleShot(0, this, [this] {
                fail(QCoreApplication::translate("mailsetup", "the host is not reachable from here"));
            });
            return;
        }
        if (request.security == Security::Ssl)
            m_socket.connectToHostEncrypted(address, quint16(port), request.host);
        else
            m_socket.connectToHost(address, quint16(port));
    }

    void cancel()
    {
        m_finished = true;
        m_socket.abort();
    }

private:
    enum class Step
    {
        Greeting,
        Ehlo,
        StartTls,
        Handshake
    };

    bool positive(const QByteArray& line) const
    {
        if (m_request.protocol == QLatin1String("imap"))
            return line.startsWith("* OK") || line.startsWith("a OK");
        if (m_request.protocol == QLatin1String("pop3"))
            return line.startsWith("+OK");
        return line.startsWith("2");
    }

    void send(const QByteArray& command) { m_socket.write(command + "\r\n"); }

    void onReadyRead()
    {
        while (!m_finished && m_socket.canReadLine()) {
            const QByteArray line = m_socket.readLine(4096).trimmed();
            if (m_step == Step::Greeting)
                m_greeting = QString::fromLatin1(line.left(200));
            if (m_request.protocol == QLatin1String("smtp") && line.size() > 3 && line.at(3) == '-')
                continue; // a continued multi-line SMTP reply
            if (m_request.protocol == QLatin1String("imap") && m_step != Step::Greeting &&
                line.startsWith("* "))
                continue; // untagged IMAP lines before our tagged answer
            if (!positive(line)) {
                fail(QCoreApplication::translate("mailsetup", "unexpected answer \"%1\"")
                         .arg(QString::fromLatin1(line.left(200))));
                return;
            }
            advance();
        }
    }

    void advance()
    {
        switch (m_step) {
        case Step::Greeting:
            if (m_request.security == Security::Ssl) {
                succeed();
            } else if (m_request.protocol == QLatin1String("smtp")) {
                m_step = Step::Ehlo;
                send("EHLO mailsetup.invalid");
            } else {
                m_step = Step::StartTls;
                send(m_request.protocol == QLatin1String("imap") ? "a STARTTLS" : "STLS");
            }
            break;
        case Step::Ehlo:
            m_step = Step::StartTls;
            send("STARTTLS");
            break;
        case Step::StartTls:
            m_step = Step::Handshake;
            m_socket.startClientEncryption();
            break;
        case Step::Handshake:
            break;
        }
    }

    void onEncrypted()
    {
        if (m_step == Step::Handshake)
            succeed(); // STARTTLS done; with implicit TLS we still wait for the greeting
    }

    void succeed()
    {
        if (m_finished)
            return;
        ProbeResult result;
        result.ok = true;
        result.greeting = m_greeting;
        finish(result);
    }

    void fail(const QString& why)
    {
        if (m_finished)
            return;
        ProbeResult result;
        result.greeting = m_greeting;
        result.error = QStringLiteral("%1:%2: %3").arg(m_request.host).arg(m_request.port).arg(why);
        finish(result);
    }

    void finish(const ProbeResult& result)
    {
        m_finished = true;
        m_timer.stop();
        m_socket.disconnect(this);
        m_socket.abort();
        auto done = std::move(m_done);
        deleteLater();
        done(result);
    }

    ProbeRequest m_request;
    std::function<void(const ProbeResult&)> m_done;
    QSslSocket m_socket;
    QTimer m_timer;
    Step m_step = Step::Greeting;
    QString m_greeting;
    bool m_finished = false;
};

} // namespace

TlsBannerProber::TlsBannerProber(const DiscoveryNetwork& network, QObject* parent)
    : QObject(parent), m_network(network)
{}

TlsBannerProber::~TlsBannerProber()
{
    cancelAll();
}

void TlsBannerProber::probe(const ProbeRequest& request, std::function<void(const ProbeResult&)> done)
{
    auto* probe = new Probe(request, m_network, std::move(done), this);
    m_running << probe;
    connect(probe, &QObject::destroyed, this, [this, probe] { m_running.removeAll(probe); });
}

void TlsBannerProber::cancelAll()
{
    const auto running = m_running;
    m_running.clear();
    for (QObject* object : running) {
        static_cast<Probe*>(object)->cancel();
        delete object;
    }
}

} // namespace mailsetup
