// SPDX-License-Identifier: GPL-3.0-or-later
#include "mutturl.h"

#include <QUrl>

namespace mailsetup {
namespace {

// Default ports (muttmua/mutt mutt_socket.h / account.c; NeoMutt conn/): the ones the
// scheme implies when a URL names none.
int defaultPort(const QString& scheme)
{
    if (scheme == QLatin1String("smtp"))
        return 25;
    if (scheme == QLatin1String("smtps"))
        return 465;
    if (scheme == QLatin1String("imap"))
        return 143;
    if (scheme == QLatin1String("imaps"))
        return 993;
    if (scheme == QLatin1String("pop"))
        return 110;
    if (scheme == QLatin1String("pops"))
        return 995;
    return 0;
}

QString decode(const QString& text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

} // namespace

std::optional<MuttUrl> MuttUrl::parse(const QString& text)
{
    const int colon = text.indexOf(QStringLiteral("://"));
    if (colon <= 0)
        return std::nullopt;
    MuttUrl url;
    url.scheme = text.left(colon).toLower();
    if (defaultPort(url.scheme) == 0)
        return std::nullopt;
    QString rest = text.mid(colon + 3);
    const int slash = rest.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        url.path = rest.mid(slash + 1);
        rest = rest.left(slash);
    }
    // The last '@' ends the user part, the first ':' in it starts a password (url_parse_ciss).
    const int at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        QString userInfo = rest.left(at);
        rest = rest.mid(at + 1);
        const int passwordColon = userInfo.indexOf(QLatin1Char(':'));
        if (passwordColon >= 0) {
            url.hasPassword = true;
            userInfo = userInfo.left(passwordColon);
        }
        url.user = decode(userInfo);
    }
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const int close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        url.host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (after.startsWith(QLatin1Char(':')))
            portText = after.mid(1);
        else if (!after.isEmpty())
            return std::nullopt;
    } else {
        const int portColon = rest.lastIndexOf(QLatin1Char(':'));
        url.host = decode(portColon >= 0 ? rest.left(portColon) : rest);
        if (portColon >= 0)
            portText = rest.mid(portColon + 1);
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        url.port = portText.toInt(&ok);
        if (!ok || url.port <= 0 || url.port > 65535)
            return std::nullopt;
    }
    if (url.host.isEmpty())
        return std::nullopt;
    return url;
}

QString MuttUrl::toString() const
{
    QString out = scheme + QStringLiteral("://");
    if (!user.isEmpty())
        out += QString::fromLatin1(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    out += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    out += QLatin1Char(':') + QString::number(effectivePort());
    if (type() != QLatin1String("smtp"))
        out += QLatin1Char('/') + path;
    return out;
}

QString MuttUrl::type() const
{
    if (scheme.startsWith(QLatin1String("smtp")))
        return QStringLiteral("smtp");
    if (scheme.startsWith(QLatin1String("imap")))
        return QStringLiteral("imap");
    if (scheme.startsWith(QLatin1String("pop")))
        return QStringLiteral("pop3");
    return {};
}

int MuttUrl::effectivePort() const
{
    return port > 0 ? port : defaultPort(scheme);
}

MuttUrl MuttUrl::forServer(const ServerSettings& server, const QString& mailbox)
{
    MuttUrl url;
    const QString base = server.type == QLatin1String("pop3") ? QStringLiteral("pop") : server.type;
    url.scheme = server.security == Security::Ssl ? base + QLatin1Char('s') : base;
    if (server.auth != AuthMethod::None)
        url.user = server.username;
    url.host = server.hostname;
    url.port = server.port;
    if (server.type == QLatin1String("imap"))
        url.path = mailbox;
    return url;
}

} // namespace mailsetup
