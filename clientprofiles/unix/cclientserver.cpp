// SPDX-License-Identifier: GPL-3.0-or-later
#include "cclientserver.h"

#include <QRegularExpression>

namespace mailsetup {
namespace {

// A flag value: a quoted string with backslash escapes, or text up to "/" or "}".
QString readValue(const QString& text, qsizetype* pos)
{
    QString value;
    qsizetype i = *pos;
    if (i < text.size() && text.at(i) == QLatin1Char('"')) {
        for (++i; i < text.size() && text.at(i) != QLatin1Char('"'); ++i) {
            if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size())
                ++i;
            value += text.at(i);
        }
        if (i < text.size())
            ++i; // closing quote
    } else {
        while (i < text.size() && text.at(i) != QLatin1Char('/') && text.at(i) != QLatin1Char('}'))
            value += text.at(i++);
    }
    *pos = i;
    return value;
}

QString quotedIfNeeded(const QString& value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._@+%-]+$"));
    if (plain.match(value).hasMatch())
        return value;
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out + QLatin1Char('"');
}

QString hostPort(const ServerSettings& server)
{
    const QString host = server.hostname.contains(QLatin1Char(':'))
                             ? QStringLiteral("[%1]").arg(server.hostname) // IPv6 literal
                             : server.hostname;
    return QStringLiteral("%1:%2").arg(host).arg(server.port);
}

// The flags after host:port; empty when the settings are not encrypted.
QString flags(const ServerSettings& server)
{
    QString text;
    switch (server.security) {
    case Security::Ssl:
        text = QStringLiteral("/ssl");
        break;
    case Security::StartTls:
        text = QStringLiteral("/tls"); // required; c-client never falls back with /tls
        break;
    case Security::Plain:
    case Security::TryStartTls:
        return {};
    }
    if (server.auth != AuthMethod::None && !server.username.isEmpty())
        text += QStringLiteral("/user=") + quotedIfNeeded(server.username);
    return text;
}

int defaultPort(const QString& type, const CClientServer& server)
{
    if (type == QLatin1String("smtp"))
        return server.ssl ? 465 : server.service == QLatin1String("submit") ? 587 : 25;
    if (type == QLatin1String("pop3"))
        return server.ssl ? 995 : 110;
    return server.ssl ? 993 : 143;
}

} // namespace

std::optional<CClientServer> parseCClientServer(const QString& text)
{
    CClientServer server;
    qsizetype i = 0;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        server.host = text.mid(1, close - 1);
        i = close + 1;
    } else {
        while (i < text.size() && text.at(i) != QLatin1Char(':') && text.at(i) != QLatin1Char('/'))
            server.host += text.at(i++);
    }
    server.host = server.host.trimmed();
    if (server.host.isEmpty())
        return std::nullopt;
    if (i < text.size() && text.at(i) == QLatin1Char(':')) {
        QString digits;
        for (++i; i < text.size() && text.at(i).isDigit(); ++i)
            digits += text.at(i);
        bool ok = false;
        server.port = digits.toInt(&ok);
        if (!ok || server.port <= 0 || server.port > 65535)
            return std::nullopt;
    }
    while (i < text.size()) {
        if (text.at(i) != QLatin1Char('/'))
            return std::nullopt;
        QString name;
        for (++i; i < text.size() && text.at(i) != QLatin1Char('/') && text.at(i) != QLatin1Char('=');)
            name += text.at(i++);
        QString value;
        const bool hasValue = i < text.size() && text.at(i) == QLatin1Char('=');
        if (hasValue) {
            ++i;
            value = readValue(text, &i);
        }
        const QString flag = name.toLower();
        if (flag == QLatin1String("user") && hasValue)
            server.user = value;
        else if (flag == QLatin1String("auth") && hasValue)
            server.auth = value;
        else if (flag == QLatin1String("service") && hasValue)
            server.service = value.toLower();
        else if (flag == QLatin1String("ssl"))
            server.ssl = true;
        else if (flag == QLatin1String("tls") || flag == QLatin1String("starttls"))
            server.tls = true;
        else if (flag == QLatin1String("notls") || flag == QLatin1String("nostarttls"))
            server.notls = true;
        else if (flag == QLatin1String("secure"))
            server.secure = true;
        else if (flag == QLatin1String("novalidate-cert"))
            server.novalidate = true;
        else if (flag == QLatin1String("pop3") || flag == QLatin1String("nntp") ||
                 flag == QLatin1String("smtp") || flag == QLatin1String("submit"))
            server.service = flag;
        else if (flag.startsWith(QLatin1String("imap")))
            server.service = QStringLiteral("imap");
        else
            server.otherFlags << (hasValue ? name + QLatin1Char('=') + value : name);
    }
    return server;
}

std::optional<CClientServer> parseCClientFolder(const QString& text)
{
    if (!text.startsWith(QLatin1Char('{')))
        return std::nullopt;
    const qsizetype close = text.indexOf(QLatin1Char('}'));
    if (close < 0)
        return std::nullopt;
    auto server = parseCClientServer(text.mid(1, close - 1));
    if (server)
        server->mailbox = text.mid(close + 1);
    return server;
}

std::optional<ServerSettings> serverSettingsOf(const CClientServer& server, const QString& defaultType)
{
    ServerSettings s;
    if (defaultType == QLatin1String("smtp"))
        s.type = QStringLiteral("smtp");
    else if (server.service == QLatin1String("pop3"))
        s.type = QStringLiteral("pop3");
    else if (server.service.isEmpty() || server.service == QLatin1String("imap"))
        s.type = QStringLiteral("imap");
    else
        return std::nullopt; // news, or a service we do not set up
    s.hostname = server.host.toLower();
    s.port = server.port ? server.port : defaultPort(s.type, server);
    s.security = server.ssl     ? Security::Ssl
                 : server.tls   ? Security::StartTls
                 : server.notls ? Security::Plain
                                : Security::TryStartTls;
    s.username = server.user;
    const QString auth = server.auth.toUpper();
    if (auth == QLatin1String("GSSAPI"))
        s.auth = AuthMethod::Gssapi;
    else if (auth == QLatin1String("XOAUTH2"))
        s.auth = AuthMethod::OAuth2;
    else if (auth == QLatin1String("CRAM-MD5") || server.secure)
        s.auth = AuthMethod::PasswordEncrypted;
    else if (s.type == QLatin1String("smtp") && server.user.isEmpty())
        s.auth = AuthMethod::None; // c-client only authenticates SMTP with /user
    else
        s.auth = AuthMethod::PasswordCleartext;
    return s;
}

QString smtpServerValue(const ServerSettings& server)
{
    const QString f = flags(server);
    return f.isEmpty() ? QString() : hostPort(server) + f;
}

QString inboxPathValue(const ServerSettings& server)
{
    const QString f = flags(server);
    if (f.isEmpty() || (server.type != QLatin1String("pop3") && server.type != QLatin1String("imap")))
        return {};
    return QStringLiteral("{%1/%2%3}INBOX").arg(hostPort(server), server.type, f);
}

} // namespace mailsetup
