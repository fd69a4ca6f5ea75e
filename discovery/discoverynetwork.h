// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace mailsetup {

// How discovery reaches the network. The defaults are the real world (system
// resolver, system CAs, Thunderbird's ISPDB); tests point everything at loopback
// servers through here, never through /etc/hosts.
struct DiscoveryNetwork
{
    // Thunderbird's ISPDB; the domain is appended (autoconfig.thunderbird.net/v1.1/DOMAIN,
    // as KDE's wizard and Evolution ask it).
    QUrl ispdbBaseUrl = QUrl(QStringLiteral("https://autoconfig.thunderbird.net/v1.1/"));

    // Host name -> address to connect to instead of resolving it. The name is still
    // the one the server certificate must match and the HTTP Host header.
    QHash<QString, QHostAddress> hostAddresses;
    // With a host map: a host not in it is unreachable instead of looked up (tests
    // must never touch the internet).
    bool mappedHostsOnly = false;
    // Port -> port to connect to instead (tests: 443 -> the test server's port).
    QHash<int, int> portMap;

    // Certificates trusted in addition to the system's (tests: the test CA).
    QList<QSslCertificate> extraCaCertificates;

    // DNS server for SRV and MX; null = the system's resolver.
    QHostAddress nameserver;
    quint16 nameserverPort = 53;

    // Limits: a provider file is a few kilobytes; the largest ISPDB file is under 10 KB.
    qint64 maxDocumentBytes = 256 * 1024;
    int httpTimeoutMs = 10000; // per URL, whole answer (Thunderbird: 10 s for the ISPDB)
    int dnsTimeoutMs = 5000;
    int probeTimeoutMs = 10000; // per guessed server (mailnews.auto_config.guess.timeout)

    // Where to connect for host:port, honouring the maps. Returns false when the
    // host is unreachable by policy (mappedHostsOnly).
    bool physicalEndpoint(const QString& host, int port, QString* address, int* physicalPort) const
    {
        const auto found = hostAddresses.constFind(host.toLower());
        if (found == hostAddresses.constEnd() && mappedHostsOnly)
            return false;
        *address = found == hostAddresses.constEnd() ? host : found->toString();
        *physicalPort = portMap.value(port, port);
        return true;
    }
};

} // namespace mailsetup
