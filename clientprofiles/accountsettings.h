// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providerprofile.h"

#include <QString>
#include <optional>

namespace mailsetup {

// One server as a client will use it: placeholders replaced, one auth method chosen.
struct ServerSettings
{
    QString type; // "pop3", "imap", "smtp"
    QString hostname;
    int port = 0;
    Security security = Security::Ssl;
    AuthMethod auth = AuthMethod::PasswordCleartext;
    QString username;

    QString protocolName() const; // "POP3", "IMAP", "SMTP"
    QString describe() const;     // "smtps.tip.net.au:465, SSL/TLS, normal password, user alice"
    bool operator==(const ServerSettings& other) const;
    bool operator!=(const ServerSettings& other) const { return !(*this == other); }
};

// What the person asked for. Empty optionals mean "the best the profile offers".
struct AccountRequest
{
    QString email;
    QString realName;
    QString username; // overrides the profile's username template when set
    std::optional<int> outgoingPort;
    std::optional<int> incomingPort;
    QString incomingType; // "pop3" or "imap"
};

// The account every client adapter writes, in its own words.
struct AccountSettings
{
    QString email;
    QString realName;
    QString providerId;
    QString providerName;
    std::optional<ServerSettings> incoming; // empty: the provider configures outgoing mail only
    ServerSettings outgoing;
    // The profile's root certificate, for programs that keep their own trust store
    // (Eudora's usercerts.p7b); empty when the profile names none.
    std::optional<CaCertificate> ca;
};

struct ResolveResult
{
    std::optional<AccountSettings> settings;
    QString error; // for people, when settings is empty
};

bool isValidEmailAddress(const QString& email);

// Chooses the servers from the profile: implicit TLS first, then required STARTTLS
// on the submission port, then STARTTLS elsewhere; never a plaintext entry, so a
// profile that only offers plaintext is refused rather than weakened. Receiving keeps
// to preferredIncomingType() unless the request names a type or a port.
ResolveResult resolveAccount(const ProviderProfile& profile, const AccountRequest& request);

// "imap" or "pop3": the type of the profile's first encrypted incoming server, empty
// when there is none. Which protocol is the provider's (autoconfig lists its choice
// first; discovery sorts IMAP first), not a question of security: moving someone
// from IMAP to POP3 moves their mail off the server.
QString preferredIncomingType(const ProviderProfile& profile);

// %EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN%, %REALNAME% (Thunderbird AccountConfig.sys.mjs).
QString replacePlaceholders(QString text, const QString& email, const QString& realName);

} // namespace mailsetup
