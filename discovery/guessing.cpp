// SPDX-License-Identifier: GPL-3.0-or-later
#include "guessing.h"

namespace mailsetup {

QList<ProbeRequest> guessCandidates(const QString& domain)
{
    QList<ProbeRequest> candidates;
    const auto add = [&candidates](const QString& type, const QString& host, int tlsPort, int startTlsPort) {
        candidates << ProbeRequest{type, host, tlsPort, Security::Ssl};
        candidates << ProbeRequest{type, host, startTlsPort, Security::StartTls};
    };
    const QString mail = QStringLiteral("mail.") + domain;
    add(QStringLiteral("imap"), QStringLiteral("imap.") + domain, 993, 143);
    add(QStringLiteral("imap"), mail, 993, 143);
    add(QStringLiteral("imap"), domain, 993, 143);
    add(QStringLiteral("pop3"), QStringLiteral("pop3.") + domain, 995, 110);
    add(QStringLiteral("pop3"), QStringLiteral("pop.") + domain, 995, 110);
    add(QStringLiteral("pop3"), mail, 995, 110);
    add(QStringLiteral("pop3"), domain, 995, 110);
    add(QStringLiteral("smtp"), QStringLiteral("smtp.") + domain, 465, 587);
    add(QStringLiteral("smtp"), mail, 465, 587);
    add(QStringLiteral("smtp"), domain, 465, 587);
    return candidates;
}

ProviderProfile profileFromGuesses(const QString& domain, const QList<ProbeRequest>& answered)
{
    ProviderProfile profile;
    profile.id = domain;
    profile.displayName = domain;
    profile.domains << domain;
    for (const ProbeRequest& probe : answered) {
        ServerEntry server;
        server.type = probe.protocol;
        server.hostname = probe.host;
        server.port = probe.port;
        server.security = probe.security;
        server.authMethods << AuthMethod::PasswordCleartext;
        server.username = QStringLiteral("%EMAILADDRESS%");
        (probe.protocol == QLatin1String("smtp") ? profile.outgoing : profile.incoming) << server;
    }
    return profile;
}

} // namespace mailsetup
