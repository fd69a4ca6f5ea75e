// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificate.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mailsetup {

// Connection security, named as Mozilla's autoconfig <socketType> names it.
enum class Security
{
    Plain,    // no TLS at all
    StartTls, // STARTTLS (SMTP, IMAP) or STLS (POP3) on the normal port, required
    Ssl,      // implicit TLS on the dedicated port (465, 993, 995)
    // Only ever read from a client's settings ("STARTTLS if offered", Mozilla's
    // socketType 1): a network attacker can strip it, so it is never written.
    TryStartTls
};

// Autoconfig <authentication> values we know (Thunderbird readFromXML.sys.mjs).
enum class AuthMethod
{
    None,              // "none", "client-IP-address", "smtp-after-pop"
    PasswordCleartext, // "password-cleartext" (alias "plain"): AUTH PLAIN/LOGIN, USER/PASS
    PasswordEncrypted, // "password-encrypted" (alias "secure"): CRAM-MD5, DIGEST-MD5
    Gssapi,
    Ntlm,
    OAuth2,
    ClientCertificate // "TLS-client-cert"
};

QString securityName(Security security);      // "SSL/TLS", "STARTTLS", "none"
QString securityExplained(Security security); // plain words for people
QString authMethodName(AuthMethod method);    // "normal password", ...
QString autoconfigName(Security security);    // "SSL", "STARTTLS", "plain"
QString autoconfigName(AuthMethod method);    // "password-cleartext", ...

// One <incomingServer> or <outgoingServer> entry, placeholders not yet replaced.
struct ServerEntry
{
    QString type; // "pop3", "imap", "smtp"; other autoconfig types are kept, not configured
    QString hostname;
    int port = 0;
    Security security = Security::Plain;
    QList<AuthMethod> authMethods; // document order = the provider's preference
    QString username;              // may hold %EMAILLOCALPART% and friends
    int line = 0;                  // where it was defined, for messages
};

// Our extension (namespace urn:mailsetup:profile:1): a root CA the client must
// trust, pinned by SHA-256 so a swapped file is refused.
struct CaCertificate
{
    QString name;         // for people, e.g. "CAcert Class 1 root"
    QString file;         // as written in the profile
    QString resolvedPath; // where it was read from
    QByteArray pin;       // the profile's sha256 attribute, 32 raw bytes (empty when missing or malformed)
    CertificateInfo certificate;
};

struct Helpdesk
{
    QString name;
    QString email;
    QString phone;
    QString url;
    QString newsgroup;
    bool isEmpty() const { return name.isEmpty() && email.isEmpty() && phone.isEmpty() && url.isEmpty(); }
};

struct ClientNote
{
    QString client; // adapter id, e.g. "thunderbird", "eudora"
    QString text;
};

struct ProviderProfile
{
    QString id; // <emailProvider id>
    QString displayName;
    QString shortName;
    QStringList domains;
    QList<ServerEntry> incoming;
    QList<ServerEntry> outgoing;
    QString documentationUrl;
    std::optional<CaCertificate> ca;
    Helpdesk helpdesk;
    QList<ClientNote> notes;
    QString sourceFile;
    QStringList warnings; // things a reader skipped, as Thunderbird would

    QString name() const { return shortName.isEmpty() ? displayName : shortName; }
    QString noteFor(const QString& client) const;
};

} // namespace mailsetup
