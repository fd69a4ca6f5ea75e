// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerprofile.h"

#include <QCoreApplication>

namespace mailsetup {

QString securityName(Security security)
{
    switch (security) {
    case Security::Ssl:
        return QStringLiteral("SSL/TLS");
    case Security::StartTls:
        return QStringLiteral("STARTTLS");
    case Security::TryStartTls:
        return QCoreApplication::translate("mailsetup", "STARTTLS if available (not enforced)");
    case Security::Plain:
        break;
    }
    return QCoreApplication::translate("mailsetup", "none (unencrypted)");
}

QString securityExplained(Security security)
{
    switch (security) {
    case Security::Ssl:
        return QCoreApplication::translate("mailsetup", "encrypted from the first byte (SSL/TLS)");
    case Security::StartTls:
        return QCoreApplication::translate("mailsetup",
                                           "encryption switched on before logging in (STARTTLS, required)");
    case Security::TryStartTls:
        return QCoreApplication::translate(
            "mailsetup", "encrypted only if the server offers it, which an attacker can prevent");
    case Security::Plain:
        break;
    }
    return QCoreApplication::translate("mailsetup", "not encrypted");
}

QString authMethodName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::None:
        return QCoreApplication::translate("mailsetup", "no login");
    case AuthMethod::PasswordCleartext:
        return QCoreApplication::translate("mailsetup", "normal password");
    case AuthMethod::PasswordEncrypted:
        return QCoreApplication::translate("mailsetup", "encrypted password");
    case AuthMethod::Gssapi:
        return QStringLiteral("Kerberos / GSSAPI");
    case AuthMethod::Ntlm:
        return QStringLiteral("NTLM");
    case AuthMethod::OAuth2:
        return QStringLiteral("OAuth2");
    case AuthMethod::ClientCertificate:
        return QCoreApplication::translate("mailsetup", "TLS client certificate");
    }
    return {};
}

QString autoconfigName(Security security)
{
    switch (security) {
    case Security::Ssl:
        return QStringLiteral("SSL");
    case Security::StartTls:
    case Security::TryStartTls:
        return QStringLiteral("STARTTLS");
    case Security::Plain:
        break;
    }
    return QStringLiteral("plain");
}

QString autoconfigName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::None:
        return QStringLiteral("none");
    case AuthMethod::PasswordCleartext:
        return QStringLiteral("password-cleartext");
    case AuthMethod::PasswordEncrypted:
        return QStringLiteral("password-encrypted");
    case AuthMethod::Gssapi:
        return QStringLiteral("GSSAPI");
    case AuthMethod::Ntlm:
        return QStringLiteral("NTLM");
    case AuthMethod::OAuth2:
        return QStringLiteral("OAuth2");
    case AuthMethod::ClientCertificate:
        return QStringLiteral("TLS-client-cert");
    }
    return {};
}

QString ProviderProfile::noteFor(const QString& client) const
{
    QStringList texts;
    for (const ClientNote& note : notes) {
        if (note.client == client)
            texts << note.text;
    }
    return texts.join(QLatin1Char('\n'));
}

} // namespace mailsetup
