// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace mailsetup {

// A server as Pine/Alpine's c-client library names it: `host[:port][/flag...]`, and
// for folders `{host[:port][/flag...]}MAILBOX`. Sources: alpinemail/alpine
// imap/src/c-client/mail.c (mail_valid_net_parse_work), smtp.c (smtp_open_full),
// pop3.c, imap4r1.c; pine.hlp h_folder_server_syntax
// (../shared/research/unix-mozilla-apple-clients.md section 5).
struct CClientServer
{
    QString host;            // without the [ ] of an address literal
    int port = 0;            // 0: the service's default
    QString service;         // "imap", "pop3", "nntp", "smtp", "submit"; empty: the caller's default
    bool ssl = false;        // /ssl: TLS from the first byte
    bool tls = false;        // /tls or /starttls: STARTTLS, and fail if the server lacks it
    bool notls = false;      // /notls or /nostarttls: never STARTTLS
    bool secure = false;     // /secure: no password in the clear
    bool novalidate = false; // /novalidate-cert
    QString user;            // /user=
    QString auth;            // /auth=
    QStringList otherFlags;  // as written, without the "/"
    QString mailbox;         // after "}" in the folder form
};

std::optional<CClientServer> parseCClientServer(const QString& text);
std::optional<CClientServer> parseCClientFolder(const QString& text); // "{...}MAILBOX"

// What c-client will do, in our terms; type is "smtp", "imap" or "pop3". Without /ssl,
// /tls or /notls c-client uses STARTTLS only when the server offers it (TryStartTls).
std::optional<ServerSettings> serverSettingsOf(const CClientServer& server, const QString& defaultType);

// smtp-server element: `host:port/ssl/user=NAME` or `host:port/tls/user=NAME`. The port
// is always written: explicit is clearer than /submit, which only means port 587
// (smtp.c: "/submit overrides port argument") and says nothing about TLS.
// Empty for settings that are not encrypted: nothing weaker is ever written.
QString smtpServerValue(const ServerSettings& server);
// inbox-path: `{host:port/pop3/ssl/user=NAME}INBOX` (imap likewise).
QString inboxPathValue(const ServerSettings& server);

} // namespace mailsetup
