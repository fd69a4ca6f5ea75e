// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"

#include <QString>
#include <optional>

namespace mailsetup {

// A server address as Mutt and NeoMutt write it in smtp_url, spoolfile and folder:
// scheme://[user[:password]@]host[:port][/path] with scheme smtp, smtps, imap, imaps,
// pop or pops; the "s" schemes use TLS from the first byte, the others STARTTLS when
// ssl_starttls / ssl_force_tls say so (muttmua/mutt url.c url_parse_ciss and
// doc/manual.xml.head "URL syntax"; NeoMutt email/url.c).
struct MuttUrl
{
    QString scheme; // lower case
    QString user;   // percent-decoded
    bool hasPassword = false;
    QString host;
    int port = 0; // 0 when the URL names none (the scheme's default)
    QString path; // after the "/" that follows the host, percent-encoded as written

    static std::optional<MuttUrl> parse(const QString& text);
    // The URL without any password; the port is always written.
    QString toString() const;

    QString type() const; // "smtp", "imap", "pop3" (ServerSettings::type); empty if unknown
    bool implicitTls() const { return scheme.endsWith(QLatin1Char('s')); }
    int effectivePort() const;

    // smtps://alice@smtps.tip.net.au:465, pops://alice@mailhost.pcug.org.au:995/,
    // imaps://alice@imap.example.org:993/INBOX (mailbox is only used for IMAP).
    static MuttUrl forServer(const ServerSettings& server, const QString& mailbox = QString());
};

} // namespace mailsetup
