// SPDX-License-Identifier: GPL-3.0-or-later
// Key names, types and values: apple/device-management (commit b6202ca),
// mdm/profiles/TopLevel.yaml, CommonPayloadKeys.yaml, com.apple.mail.managed.yaml and
// com.apple.security.root.yaml; tests/data/apple/schema-keys.tsv lists the ones used.
#include "mobileconfig.h"

#include "apple/plistdocument.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUuid>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

// Fixed namespace for our name-based (version 5) UUIDs; any constant would do,
// it only has to stay the same between versions of Mail Setup.
const QUuid uuidNamespace(QStringLiteral("{6d1f3c52-7a0e-4c1b-9f4e-2b8a5d0c9e17}"));

QString nameUuid(const QString& name)
{
    return QUuid::createUuidV5(uuidNamespace, name).toString(QUuid::WithoutBraces).toUpper();
}

// One reverse-DNS label: lower case letters, digits and "-" only.
QString label(const QString& text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
        out += plain ? c : QLatin1Char('-');
    }
    return out.isEmpty() ? QStringLiteral("account") : out;
}

// EmailAccountType (com.apple.mail.managed.yaml rangelist).
QString accountType(const QString& type)
{
    if (type == QLatin1String("imap"))
        return QStringLiteral("EmailTypeIMAP");
    if (type == QLatin1String("pop3"))
        return QStringLiteral("EmailTypePOP");
    return {};
}

// IncomingMailServerAuthentication / OutgoingMailServerAuthentication rangelist:
// EmailAuthNone, EmailAuthPassword, EmailAuthCRAMMD5, EmailAuthNTLM, EmailAuthHTTPMD5.
QString authentication(AuthMethod method)
{
    switch (method) {
    case AuthMethod::None:
        return QStringLiteral("EmailAuthNone");
    case AuthMethod::PasswordCleartext:
        return QStringLiteral("EmailAuthPassword");
    case AuthMethod::PasswordEncrypted:
        return QStringLiteral("EmailAuthCRAMMD5");
    case AuthMethod::Ntlm:
        return QStringLiteral("EmailAuthNTLM");
    case AuthMethod::Gssapi:
    case AuthMethod::OAuth2:
    case AuthMethod::ClientCertificate:
        break;
    }
    return {};
}

QString serverWords(const ServerSettings& server)
{
    return tr("%1 %2, port %3, %4")
        .arg(server.protocolName(), server.hostname)
        .arg(server.port)
        .arg(securityName(server.security));
}

// The schema has one boolean, "Use SSL", for both implicit TLS and STARTTLS; Mail
// then chooses by port. True is right for both kinds we write: with it Mail never
// sends a password without encryption, and if it tried the other kind the
// connection fails instead of falling back to plaintext.
QString checkServer(const ServerSettings& server)
{
    if (server.security != Security::Ssl && server.security != Security::StartTls)
        return tr("%1 is not encrypted; Mail Setup does not write unencrypted settings.")
            .arg(serverWords(server));
    if (authentication(server.auth).isEmpty())
        return tr("Apple Mail's configuration profile cannot say \"%1\" for %2 (it knows no password, "
                  "encrypted password, NTLM or none only).")
            .arg(authMethodName(server.auth), server.hostname);
    return {};
}

void setCommonKeys(PlistNode payload,
                   const QString& type,
                   const QString& identifier,
                   const QString& uuid,
                   const QString& displayName,
                   const QString& description,
                   const QString& organization)
{
    payload.setString(QStringLiteral("PayloadType"), type);
    payload.setInteger(QStringLiteral("PayloadVersion"), 1);
    payload.setString(QStringLiteral("PayloadIdentifier"), identifier);
    payload.setString(QStringLiteral("PayloadUUID"), uuid);
    payload.setString(QStringLiteral("PayloadDisplayName"), displayName);
    payload.setString(QStringLiteral("PayloadDescription"), description);
    payload.setString(QStringLiteral("PayloadOrganization"), organization);
}

QString certificateFileName(const CaCertificate& ca)
{
    // The payload holds DER, so the name says .cer whatever the profile's file was.
    const QString base = QFileInfo(ca.file).completeBaseName();
    return (base.isEmpty() ? QStringLiteral("root") : base) + QStringLiteral(".cer");
}

} // namespace

MobileconfigIds mobileconfigIds(const QString& providerId, const QString& email)
{
    MobileconfigIds ids;
    ids.profileIdentifier =
        QStringLiteral("org.mailsetup.%1.%2").arg(label(providerId), label(email.trimmed()));
    ids.mailIdentifier = ids.profileIdentifier + QStringLiteral(".mail");
    ids.rootIdentifier = ids.profileIdentifier + QStringLiteral(".root");
    ids.profileUuid = nameUuid(ids.profileIdentifier);
    ids.mailUuid = nameUuid(ids.mailIdentifier);
    ids.rootUuid = nameUuid(ids.rootIdentifier);
    return ids;
}

QString mobileconfigFileName(const AccountSettings& settings)
{
    return QStringLiteral("%1-%2.mobileconfig")
        .arg(label(settings.providerId), settings.email.trimmed().toLower());
}

MobileconfigResult generateMobileconfig(const AccountSettings& settings, const ProviderProfile& profile)
{
    MobileconfigResult result;
    if (!settings.incoming) {
        result.error = tr("%1 describes only the outgoing server. An Apple configuration profile always sets "
                          "up a whole account, with the server mail comes from; set the outgoing server in "
                          "Mail by hand instead (Mail > Settings > Accounts > Server Settings).")
                           .arg(profile.name());
        return result;
    }
    const ServerSettings& in = *settings.incoming;
    const ServerSettings& out = settings.outgoing;
    if (accountType(in.type).isEmpty()) {
        result.error = tr("Apple Mail's configuration profile sets up POP or IMAP accounts only, not %1.")
                           .arg(in.protocolName());
        return result;
    }
    for (const ServerSettings* server : {&in, &out}) {
        if (const QString problem = checkServer(*server); !problem.isEmpty()) {
            result.error = problem;
            return result;
        }
    }

    const MobileconfigIds ids = mobileconfigIds(settings.providerId, settings.email);
    const QString organization = profile.displayName.isEmpty() ? settings.providerName : profile.displayName;
    const QString provider = settings.providerName.isEmpty() ? profile.name() : settings.providerName;

    QString description = tr("Sets up Mail to receive and send email for %1 through %2's encrypted servers: "
                             "incoming %3; outgoing %4.")
                              .arg(settings.email, provider, serverWords(in), serverWords(out));
    if (profile.ca) {
        const CaCertificate& ca = *profile.ca;
        const QString caName = ca.name.isEmpty() ? ca.certificate.commonName() : ca.name;
        description += QLatin1Char(' ') + tr("It also installs the root certificate \"%1\", which vouches "
                                             "for these servers.")
                                              .arg(caName);
    }

    PlistDocument document;
    PlistNode top = document.root();
    setCommonKeys(top, QStringLiteral("Configuration"), ids.profileIdentifier, ids.profileUuid,
                  tr("Email for %1 (%2)").arg(settings.email, provider), description, organization);
    PlistNode content = top.setArray(QStringLiteral("PayloadContent"));
    if (profile.ca) {
        const CaCertificate& ca = *profile.ca;
        const QString caName = ca.name.isEmpty() ? ca.certificate.commonName() : ca.name;
        // Installed before the account, so the account's servers are trusted when
        // Mail first connects to them.
        PlistNode root = content.appendDict();
        setCommonKeys(root, QStringLiteral("com.apple.security.root"), ids.rootIdentifier, ids.rootUuid,
                      caName,
                      tr("\"%1\" (SHA-256 fingerprint %2). %3's mail servers prove who they are with "
                         "certificates issued under it.")
                          .arg(caName, ca.certificate.sha256Text(), provider),
                      organization);
        root.setString(QStringLiteral("PayloadCertificateFileName"), certificateFileName(ca));
        root.setData(QStringLiteral("PayloadContent"), ca.certificate.der); // DER, as the schema's <data>
    }

    PlistNode mail = content.appendDict();
    setCommonKeys(mail, QStringLiteral("com.apple.mail.managed"), ids.mailIdentifier, ids.mailUuid,
                  tr("Mail account %1").arg(settings.email),
                  tr("The %1 account %2: incoming %3; outgoing %4. Mail asks for your password when the "
                     "profile is installed; it is not stored in this file.")
                      .arg(in.protocolName(), settings.email, serverWords(in), serverWords(out)),
                  organization);
    mail.setString(QStringLiteral("EmailAccountDescription"), tr("%1 (%2)").arg(settings.email, provider));
    if (!settings.realName.isEmpty())
        mail.setString(QStringLiteral("EmailAccountName"), settings.realName);
    mail.setString(QStringLiteral("EmailAccountType"), accountType(in.type));
    mail.setString(QStringLiteral("EmailAddress"), settings.email);
    mail.setString(QStringLiteral("IncomingMailServerAuthentication"), authentication(in.auth));
    mail.setString(QStringLiteral("IncomingMailServerHostName"), in.hostname);
    mail.setInteger(QStringLiteral("IncomingMailServerPortNumber"), in.port);
    mail.setBool(QStringLiteral("IncomingMailServerUseSSL"), true);
    if (!in.username.isEmpty())
        mail.setString(QStringLiteral("IncomingMailServerUsername"), in.username);
    mail.setString(QStringLiteral("OutgoingMailServerAuthentication"), authentication(out.auth));
    mail.setString(QStringLiteral("OutgoingMailServerHostName"), out.hostname);
    // Always set: without it Mail tries 25, 587 and 465 in that order (schema text).
    mail.setInteger(QStringLiteral("OutgoingMailServerPortNumber"), out.port);
    mail.setBool(QStringLiteral("OutgoingMailServerUseSSL"), true);
    if (!out.username.isEmpty())
        mail.setString(QStringLiteral("OutgoingMailServerUsername"), out.username);
    // One password prompt for both servers when they share the login.
    const bool samePassword = out.auth != AuthMethod::None && out.username == in.username;
    mail.setBool(QStringLiteral("OutgoingPasswordSameAsIncomingPassword"), samePassword);

    if (in.security == Security::StartTls || out.security == Security::StartTls)
        result.notes << tr("The profile can only say \"use SSL\"; on a STARTTLS port (%1) Mail starts "
                           "encryption after connecting. If it cannot, it stops rather than sending "
                           "your password unencrypted.")
                            .arg(in.security == Security::StartTls ? in.port : out.port);
    result.notes << tr("Mail asks for the password when the profile is installed; the file holds none.");
    result.xml = document.toBytes(PlistFormat::Xml);
    return result;
}

} // namespace mailsetup
