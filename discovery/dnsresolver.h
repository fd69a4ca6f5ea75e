// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace mailsetup {

struct SrvRecord
{
    QString target; // empty when the record says "." (RFC 2782: service not offered)
    quint16 port = 0;
    quint16 priority = 0;
    quint16 weight = 0;
};

struct MxRecord
{
    QString host;
    quint16 preference = 0;
};

struct DnsAnswer
{
    enum class Status
    {
        Ok,
        NoRecords, // the name exists without such records, or does not exist: normal
        Failed     // timeout, refused, unreachable server
    };
    Status status = Status::NoRecords;
    QString error; // for people, when Failed
    QList<SrvRecord> srv;
    QList<MxRecord> mx;
};

// The records in one DNS answer message (RFC 1035 4.1 wire format, as a name server
// sends it), parsed by c-ares. Plain functions on bytes, so that a fuzz target can call
// them: any input gives Ok with records, NoRecords, or Failed with an error naming
// `name`. Targets and hosts come lower-case without the final dot; SRV "." gives an
// empty target; MX records are sorted by preference.
DnsAnswer parseSrvAnswer(QByteArrayView message, const QString& name);
DnsAnswer parseMxAnswer(QByteArrayView message, const QString& name);

// SRV and MX lookups through c-ares (Debian libc-ares). Qt 6.4's QDnsLookup cannot
// ask a name server on a port other than 53, which the tests need (dnsmasq on
// loopback); c-ares can, and uses the system's resolver configuration otherwise.
// Blocking, bounded by the timeout: call it from a worker thread.
class DnsResolver
{
public:
    // A null nameserver means the system's resolver (resolv.conf, or Windows' settings).
    DnsResolver(const QHostAddress& nameserver, quint16 port, int timeoutMs);

    // Several names at once (one round trip for all six RFC 6186 services).
    QList<DnsAnswer> srv(const QStringList& names) const;
    DnsAnswer mx(const QString& domain) const; // sorted by preference

private:
    QList<DnsAnswer> query(const QStringList& names, int type) const;

    QHostAddress m_nameserver;
    quint16 m_port;
    int m_timeoutMs;
};

} // namespace mailsetup
