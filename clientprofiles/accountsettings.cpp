// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsettings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

// Lower is better. Submission (587) beats relay (25) among STARTTLS entries: port 25
// is the one ISPs block or proxy (RFC 5068; the FNAL seed's "Internet Service Providers").
int securityRank(const ServerEntry& entry)
{
    switch (entry.security) {
    case Security::Ssl:
        return 0;
    case Security::StartTls:
        return entry.port == 25 ? 2 : 1;
    case Security::TryStartTls:
    case Security::Plain:
        break;
    }
    return 3;
}

std::optional<AuthMethod> chooseAuth(const ServerEntry& entry)
{
    // OAuth2 needs a registered client per provider; we cannot set that up, so a
    // password method the server also lists is used instead.
    for (AuthMethod method : entry.authMethods) {
        if (method != AuthMethod::OAuth2)
            return method;
    }
    return std::nullopt;
}

struct Pick
{
    std::optional<ServerSettings> server;
    QString error;
};

Pick pickServer(const QList<ServerEntry>& entries,
                const QStringList& types,
                std::optional<int> port,
                const AccountRequest& request,
                const QString& what)
{
    QList<const ServerEntry*> candidates;
    bool sawPlain = false;
    for (const ServerEntry& entry : entries) {
        if (!types.contains(entry.type))
            continue;
        if (port && entry.port != *port)
            continue;
        if (entry.security == Security::Plain || entry.security == Security::TryStartTls) {
            sawPlain = true;
            continue;
        }
        candidates << &entry;
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const ServerEntry* a, const ServerEntry* b) {
        return securityRank(*a) < securityRank(*b);
    });
    for (const ServerEntry* entry : candidates) {
        const auto auth = chooseAuth(*entry);
        if (!auth)
            continue;
        ServerSettings server;
        server.type = entry->type;
        server.hostname = replacePlaceholders(entry->hostname, request.email, request.realName).toLower();
        server.port = entry->port;
        server.security = entry->security;
        server.auth = *auth;
        const QString usernameTemplate =
            entry->username.isEmpty() ? QStringLiteral("%EMAILADDRESS%") : entry->username;
        server.username = request.username.isEmpty()
                              ? replacePlaceholders(usernameTemplate, request.email, request.realName)
                              : request.username;
        if (server.auth == AuthMethod::None)
            server.username.clear();
        return {server, {}};
    }
    if (port)
        return {std::nullopt, tr("the profile offers no encrypted %1 on port %2").arg(what).arg(*port)};
    if (sawPlain)
        return {std::nullopt,
                tr("the profile offers only unencrypted %1; Mail Setup never sets up a connection "
                   "that sends your password in the clear")
                    .arg(what)};
    return {std::nullopt, {}};
}

} // namespace

QString ServerSettings::protocolName() const
{
    return type.toUpper();
}

QString ServerSettings::describe() const
{
    QString text = QStringLiteral("%1:%2, %3, %4")
                       .arg(hostname)
                       .arg(port)
                       .arg(securityName(security), authMethodName(auth));
    if (!username.isEmpty())
        text += QStringLiteral(", ") + tr("user %1").arg(username);
    return text;
}

bool ServerSettings::operator==(const ServerSettings& other) const
{
    return type == other.type && hostname == other.hostname && port == other.port &&
           security == other.security && auth == other.auth && username == other.username;
}

bool isValidEmailAddress(const QString& email)
{
    // Deliberately simple: one @, something before it, a dotted or single-label domain
    // after it, no spaces or quotes that would need escaping in any client's file.
    static const QRegularExpression re(
        QStringLiteral("^[^@\\s\"'<>,;\\\\]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*$"));
    return email.size() <= 254 && re.match(email).hasMatch();
}

QString replacePlaceholders(QString text, const QString& email, const QString& realName)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    const QString local = at < 0 ? email : email.left(at);
    const QString domain = at < 0 ? QString() : email.mid(at + 1);
    text.replace(QLatin1String("%EMAILADDRESS%"), email);
    text.replace(QLatin1String("%EMAILLOCALPART%"), local);
    text.replace(QLatin1String("%EMAILDOMAIN%"), domain);
    text.replace(QLatin1String("%REALNAME%"), realName);
    return text;
}

QString preferredIncomingType(const ProviderProfile& profile)
{
    for (const ServerEntry& entry : profile.incoming) {
        const bool known = entry.type == QLatin1String("imap") || entry.type == QLatin1String("pop3");
        if (known && securityRank(entry) < 3)
            return entry.type;
    }
    return {};
}

ResolveResult resolveAccount(const ProviderProfile& profile, const AccountRequest& request)
{
    ResolveResult result;
    const QString email = request.email.trimmed();
    if (!isValidEmailAddress(email)) {
        result.error = tr("\"%1\" is not an email address").arg(email);
        return result;
    }
    AccountRequest normalised = request;
    normalised.email = email;

    const Pick out = pickServer(profile.outgoing, {QStringLiteral("smtp")}, request.outgoingPort, normalised,
                                tr("outgoing mail (SMTP)"));
    if (!out.server) {
        result.error =
            out.error.isEmpty() ? tr("the profile %1 has no outgoing server").arg(profile.name()) : out.error;
        return result;
    }
    const QStringList anyIncomingType = {QStringLiteral("imap"), QStringLiteral("pop3")};
    Pick in;
    if (!request.incomingType.isEmpty())
        in = pickServer(profile.incoming, {request.incomingType}, request.incomingPort, normalised,
                        tr("incoming mail"));
    else if (request.incomingPort) // the port tells which
        in = pickServer(profile.incoming, anyIncomingType, request.incomingPort, normalised,
                        tr("incoming mail"));
    else {
        if (const QString preferred = preferredIncomingType(profile); !preferred.isEmpty())
            in = pickServer(profile.incoming, {preferred}, {}, normalised, tr("incoming mail"));
        if (!in.server) // none of that type can be used: the other one
            in = pickServer(profile.incoming, anyIncomingType, {}, normalised, tr("incoming mail"));
    }
    if (!in.error.isEmpty()) {
        result.error = in.error;
        return result;
    }
    if (!in.server && (!request.incomingType.isEmpty() || request.incomingPort)) {
        result.error = tr("the profile %1 offers no such incoming server").arg(profile.name());
        return result;
    }

    AccountSettings settings;
    settings.email = email;
    settings.realName = request.realName.trimmed();
    settings.providerId = profile.id;
    settings.providerName = profile.name();
    settings.incoming = in.server;
    settings.outgoing = *out.server;
    settings.ca = profile.ca;
    result.settings = settings;
    return result;
}

} // namespace mailsetup
