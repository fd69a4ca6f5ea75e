// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsresolver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <algorithm>
#include <ares.h>
#include <limits>
#include <mutex>
#ifdef _WIN32
#include <winsock2.h>
#else
#include <sys/select.h>
#endif

namespace mailsetup {
namespace {

// RFC 1035 / RFC 2782 numbers (arpa/nameser.h is not on every system).
constexpr int ClassIn = 1;
constexpr int TypeMx = 15;
constexpr int TypeSrv = 33;

void initLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { ares_library_init(ARES_LIB_INIT_ALL); });
}

struct Pending
{
    int type = 0;
    QString name;
    DnsAnswer answer;
    bool done = false;
};

QString aresError(int status, const QString& name)
{
    return QCoreApplication::translate("mailsetup", "DNS lookup of %1 failed: %2")
        .arg(name, QString::fromUtf8(ares_strerror(status)));
}

void onAnswer(void* arg, int status, int /*timeouts*/, unsigned char* buffer, int length)
{
    auto* pending = static_cast<Pending*>(arg);
    if (status == ARES_EDESTRUCTION)
        return; // our deadline passed first: reported as a timeout
    pending->done = true;
    DnsAnswer& answer = pending->answer;
    if (status == ARES_ENODATA || status == ARES_ENOTFOUND) {
        answer.status = DnsAnswer::Status::NoRecords;
        return;
    }
    if (status != ARES_SUCCESS) {
        answer.status = DnsAnswer::Status::Failed;
        answer.error = aresError(status, pending->name);
        return;
    }
    answer = pending->type == TypeSrv ? parseSrvAnswer(QByteArrayView(buffer, length), pending->name)
                                      : parseMxAnswer(QByteArrayView(buffer, length), pending->name);
}

} // namespace

DnsAnswer parseSrvAnswer(QByteArrayView message, const QString& name)
{
    initLibrary();
    DnsAnswer answer;
    if (message.size() > std::numeric_limits<int>::max()) {
        answer.status = DnsAnswer::Status::Failed;
        answer.error = aresError(ARES_EBADRESP, name);
        return answer;
    }
    ares_srv_reply* replies = nullptr;
    const int parsed = ares_parse_srv_reply(reinterpret_cast<const unsigned char*>(message.data()),
                                            int(message.size()), &replies);
    if (parsed != ARES_SUCCESS) {
        answer.status = parsed == ARES_ENODATA ? DnsAnswer::Status::NoRecords : DnsAnswer::Status::Failed;
        if (parsed != ARES_ENODATA)
            answer.error = aresError(parsed, name);
        return answer;
    }
    for (ares_srv_reply* r = replies; r; r = r->next) {
        QString target = QString::fromUtf8(r->host).toLower();
        if (target == QLatin1String("."))
            target.clear();
        while (target.endsWith(QLatin1Char('.')))
            target.chop(1);
        answer.srv << SrvRecord{target, r->port, r->priority, r->weight};
    }
    ares_free_data(replies);
    answer.status = answer.srv.isEmpty() ? DnsAnswer::Status::NoRecords : DnsAnswer::Status::Ok;
    return answer;
}

DnsAnswer parseMxAnswer(QByteArrayView message, const QString& name)
{
    initLibrary();
    DnsAnswer answer;
    if (message.size() > std::numeric_limits<int>::max()) {
        answer.status = DnsAnswer::Status::Failed;
        answer.error = aresError(ARES_EBADRESP, name);
        return answer;
    }
    ares_mx_reply* replies = nullptr;
    const int parsed = ares_parse_mx_reply(reinterpret_cast<const unsigned char*>(message.data()),
                                           int(message.size()), &replies);
    if (parsed != ARES_SUCCESS) {
        answer.status = parsed == ARES_ENODATA ? DnsAnswer::Status::NoRecords : DnsAnswer::Status::Failed;
        if (parsed != ARES_ENODATA)
            answer.error = aresError(parsed, name);
        return answer;
    }
    for (ares_mx_reply* r = replies; r; r = r->next) {
        QString host = QString::fromUtf8(r->host).toLower();
        while (host.endsWith(QLatin1Char('.')))
            host.chop(1);
        answer.mx << MxRecord{host, r->priority};
    }
    ares_free_data(replies);
    std::stable_sort(answer.mx.begin(), answer.mx.end(),
                     [](const MxRecord& a, const MxRecord& b) { return a.preference < b.preference; });
    answer.status = answer.mx.isEmpty() ? DnsAnswer::Status::NoRecords : DnsAnswer::Status::Ok;
    return answer;
}

DnsResolver::DnsResolver(const QHostAddress& nameserver, quint16 port, int timeoutMs)
    : m_nameserver(nameserver), m_port(port), m_timeoutMs(timeoutMs)
{}

QList<DnsAnswer> DnsResolver::query(const QStringList& names, int type) const
{
    initLibrary();
    QList<DnsAnswer> answers;
    ares_options options{};
    options.timeout = std::max(100, m_timeoutMs / 2); // per try, two tries
    options.tries = 2;
    ares_channel channel = nullptr;
    const int initStatus = ares_init_options(&channel, &options, ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES);
    if (initStatus != ARES_SUCCESS) {
        for (const QString& name : names)
            answers << DnsAnswer{DnsAnswer::Status::Failed, aresError(initStatus, name), {}, {}};
        return answers;
    }
    if (!m_nameserver.isNull()) {
        // "[::1]:5353" or "127.0.0.1:5353"
        const QString address = m_nameserver.protocol() == QAbstractSocket::IPv6Protocol
                                    ? QStringLiteral("[%1]:%2").arg(m_nameserver.toString()).arg(m_port)
                                    : QStringLiteral("%1:%2").arg(m_nameserver.toString()).arg(m_port);
        ares_set_servers_ports_csv(channel, address.toUtf8().constData());
    }

    std::vector<Pending> pending(size_t(names.size()));
    for (int i = 0; i < names.size(); ++i) {
        pending[size_t(i)].type = type;
        pending[size_t(i)].name = names[i];
        ares_query(channel, names[i].toUtf8().constData(), ClassIn, type, onAnswer, &pending[size_t(i)]);
    }

    // c-ares' classic select() loop, bounded by our own deadline as well as its timeouts.
    QDeadlineTimer deadline(m_timeoutMs + 500);
    for (;;) {
        fd_set readers, writers;
        FD_ZERO(&readers);
        FD_ZERO(&writers);
        const int count = ares_fds(channel, &readers, &writers);
        if (count == 0 || deadline.hasExpired())
            break;
        timeval limit{};
        limit.tv_usec = 100 * 1000;
        timeval* wait = ares_timeout(channel, &limit, &limit);
        select(count, &readers, &writers, nullptr, wait);
        ares_process(channel, &readers, &writers);
    }
    ares_destroy(channel); // calls any unfinished callback with ARES_EDESTRUCTION

    for (Pending& p : pending) {
        if (!p.done || p.answer.status == DnsAnswer::Status::Failed) {
            if (p.answer.error.isEmpty() || !p.done)
                p.answer.error =
                    QCoreApplication::translate("mailsetup", "DNS lookup of %1 timed out").arg(p.name);
            p.answer.status = DnsAnswer::Status::Failed;
        }
        answers << p.answer;
    }
    return answers;
}

QList<DnsAnswer> DnsResolver::srv(const QStringList& names) const
{
    return query(names, TypeSrv);
}

DnsAnswer DnsResolver::mx(const QString& domain) const
{
    return query({domain}, TypeMx).value(0);
}

} // namespace mailsetup
