// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discoverynetwork.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace discoverytest {

// A real HTTPS + HTTP server on loopback (autoconfig_server.py, Python's http.server
// and ssl) with a certificate for `hostNames` from a test CA made here with openssl.
// Files go under root()/<https|http|any>/<host>/<path>.
class TestWebServer
{
public:
    ~TestWebServer();
    bool start(const QStringList& hostNames, QString* error);
    QString root() const { return m_dir.path() + QStringLiteral("/root"); }
    void addFile(const QString& scheme, const QString& host, const QString& path, const QByteArray& data);
    QStringList requests() const; // "<scheme> <host> <path?query>" lines
    int httpsPort() const { return m_httpsPort; }
    int httpPort() const { return m_httpPort; }
    QString caPath() const { return m_dir.path() + QStringLiteral("/ca.pem"); }
    // Every host name mapped to 127.0.0.1 and nothing else reachable; ports mapped;
    // the test CA trusted.
    mailsetup::DiscoveryNetwork network(const QStringList& hostNames) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_httpsPort = 0;
    int m_httpPort = 0;
};

// dnsmasq (Debian dnsmasq-base) on 127.0.0.1 and a free port, authoritative for .test,
// answering the records given as dnsmasq options (--srv-host=..., --mx-host=...).
class TestDns
{
public:
    ~TestDns();
    bool start(const QStringList& recordOptions, QString* error);
    quint16 port() const { return m_port; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

bool runTool(const QString& program, const QStringList& arguments, QString* error);

} // namespace discoverytest
