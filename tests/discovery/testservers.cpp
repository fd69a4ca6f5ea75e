// SPDX-License-Identifier: GPL-3.0-or-later
#include "testservers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QThread>
#include <QUdpSocket>
#include <unistd.h>

namespace discoverytest {

bool runTool(const QString& program, const QStringList& arguments, QString* error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error =
            QStringLiteral("%1 %2 failed: %3")
                .arg(program, arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

TestWebServer::~TestWebServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool TestWebServer::start(const QStringList& hostNames, QString* error)
{
    const QString dir = m_dir.path();
    QStringList san;
    for (const QString& name : hostNames)
        san << QStringLiteral("DNS:") + name;
    QFile ext(dir + QStringLiteral("/server.ext"));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write(QStringLiteral("basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName=%1\n")
                  .arg(san.join(QLatin1Char(',')))
                  .toUtf8());
    ext.close();
    const QString openssl = QStringLiteral("openssl");
    if (!runTool(openssl,
                 {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                  QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                  dir + QStringLiteral("/ca.key"), QStringLiteral("-out"), caPath(), QStringLiteral("-days"),
                  QStringLiteral("2"), QStringLiteral("-subj"),
                  QStringLiteral("/CN=Mail Setup discovery test CA"), QStringLiteral("-addext"),
                  QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                  QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                 error) ||
        !runTool(openssl,
                 {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                  QStringLiteral("-nodes"), QStringLiteral("-keyout"), dir + QStringLiteral("/server.key"),
                  QStringLiteral("-out"), dir + QStringLiteral("/server.csr"), QStringLiteral("-subj"),
                  QStringLiteral("/CN=") + hostNames.value(0)},
                 error) ||
        !runTool(openssl,
                 {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                  dir + QStringLiteral("/server.csr"), QStringLiteral("-CA"), caPath(),
                  QStringLiteral("-CAkey"), dir + QStringLiteral("/ca.key"),
                  QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                  dir + QStringLiteral("/server.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                  QStringLiteral("-extfile"), ext.fileName()},
                 error))
        return false;
    QDir().mkpath(root());
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral("python3"),
                    {QStringLiteral(MAILSETUP_DISCOVERY_TEST_DIR "/autoconfig_server.py"), root(),
                     dir + QStringLiteral("/server.pem"), dir + QStringLiteral("/server.key")});
    if (!m_process.waitForStarted(10000) || !m_process.waitForReadyRead(20000)) {
        *error = QStringLiteral("the test web server did not start: %1").arg(m_process.errorString());
        return false;
    }
    const QList<QByteArray> words = m_process.readLine().trimmed().split(' ');
    if (words.size() != 3 || words[0] != "PORTS") {
        *error = QStringLiteral("the test web server said something unexpected");
        return false;
    }
    m_httpsPort = words[1].toInt();
    m_httpPort = words[2].toInt();
    return true;
}

void TestWebServer::addFile(const QString& scheme,
                            const QString& host,
                            const QString& path,
                            const QByteArray& data)
{
    const QString file = QStringLiteral("%1/%2/%3/%4").arg(root(), scheme, host, path);
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile out(file);
    if (out.open(QIODevice::WriteOnly))
        out.write(data);
}

QStringList TestWebServer::requests() const
{
    QFile log(root() + QStringLiteral("/requests.log"));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

mailsetup::DiscoveryNetwork TestWebServer::network(const QStringList& hostNames) const
{
    mailsetup::DiscoveryNetwork network;
    for (const QString& name : hostNames)
        network.hostAddresses.insert(name, QHostAddress::LocalHost);
    network.mappedHostsOnly = true;
    network.portMap.insert(443, m_httpsPort);
    network.portMap.insert(80, m_httpPort);
    network.extraCaCertificates = QSslCertificate::fromPath(caPath());
    network.ispdbBaseUrl = QUrl(QStringLiteral("https://ispdb.test/v1.1/"));
    // Nothing is looked up in the system's DNS: an unused loopback port answers nothing.
    network.nameserver = QHostAddress::LocalHost;
    network.nameserverPort = 9;
    network.dnsTimeoutMs = 1000;
    network.httpTimeoutMs = 3000;
    return network;
}

TestDns::~TestDns()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool TestDns::start(const QStringList& recordOptions, QString* error)
{
    const QString dnsmasq = QStandardPaths::findExecutable(
        QStringLiteral("dnsmasq"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    if (dnsmasq.isEmpty()) {
        *error = QStringLiteral("dnsmasq is not installed (Debian package dnsmasq-base)");
        return false;
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
        {
            QUdpSocket probe; // a free port, released just before dnsmasq takes it
            probe.bind(QHostAddress::LocalHost, 0);
            m_port = probe.localPort();
        }
        QStringList arguments = {QStringLiteral("--keep-in-foreground"),
                                 QStringLiteral("--conf-file=/dev/null"),
                                 QStringLiteral("--no-resolv"),
                                 QStringLiteral("--no-hosts"),
                                 QStringLiteral("--bind-interfaces"),
                                 QStringLiteral("--listen-address=127.0.0.1"),
                                 QStringLiteral("--port=%1").arg(m_port),
                                 QStringLiteral("--pid-file=%1/dnsmasq.pid").arg(m_dir.path()),
                                 QStringLiteral("--local=/test/"),
                                 QStringLiteral("--log-facility=%1/dnsmasq.log").arg(m_dir.path())};
        if (geteuid() == 0)
            arguments << QStringLiteral("--user=root"); // nobody cannot read our temporary dir
        arguments << recordOptions;
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(dnsmasq, arguments);
        if (!m_process.waitForStarted(5000)) {
            *error = QStringLiteral("dnsmasq did not start: %1").arg(m_process.errorString());
            return false;
        }
        if (!m_process.waitForFinished(500))
            return true; // still running after half a second: listening
        *error = QStringLiteral("dnsmasq stopped: %1").arg(QString::fromLocal8Bit(m_process.readAll()));
    }
    return false;
}

} // namespace discoverytest
