// SPDX-License-Identifier: GPL-3.0-or-later
#include "iamaccounts.h"

#include "windowsregistryhome.h"

#include <QCoreApplication>

namespace mailsetup::iam {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

QString accountsKey(const QString& managerKey)
{
    return managerKey + QStringLiteral("\\Accounts");
}

// "POP3" or "IMAP": the value name prefix of the incoming server kind.
QString prefixFor(const QString& type)
{
    return type == QLatin1String("imap") ? QStringLiteral("IMAP") : QStringLiteral("POP3");
}

std::optional<ServerSettings> readIncoming(const Registry& r, const QString& key)
{
    for (const QString& type : {QStringLiteral("pop3"), QStringLiteral("imap")}) {
        const QString p = prefixFor(type);
        const QString host = registryText(r, key, p + QStringLiteral(" Server"));
        if (host.isEmpty())
            continue;
        ServerSettings s;
        s.type = type;
        s.hostname = host;
        s.username = registryText(r, key, p + QStringLiteral(" User Name"));
        s.port = int(registryDword(r, key, p + QStringLiteral(" Port"))
                         .value_or(type == QLatin1String("imap") ? 143 : 110));
        s.security = registryDword(r, key, p + QStringLiteral(" Secure Connection")).value_or(0)
                         ? Security::Ssl
                         : Security::Plain;
        s.auth = registryDword(r, key, p + QStringLiteral(" Use Sicily")).value_or(0)
                     ? AuthMethod::Ntlm
                     : AuthMethod::PasswordCleartext;
        return s;
    }
    return std::nullopt;
}

std::optional<ServerSettings>
readOutgoing(const Registry& r, const QString& key, const std::optional<ServerSettings>& incoming)
{
    const QString host = registryText(r, key, QStringLiteral("SMTP Server"));
    if (host.isEmpty())
        return std::nullopt;
    ServerSettings s;
    s.type = QStringLiteral("smtp");
    s.hostname = host;
    s.port = int(registryDword(r, key, QStringLiteral("SMTP Port")).value_or(25));
    // "Secure connection" is SSL from the first byte on 465; Thunderbird's importer reads
    // it as STARTTLS on other ports (nsOESettings.cpp, KB933612), which OE does not insist on.
    const bool secure = registryDword(r, key, QStringLiteral("SMTP Secure Connection")).value_or(0) != 0;
    s.security = !secure ? Security::Plain : s.port == 465 ? Security::Ssl : Security::TryStartTls;
    switch (registryDword(r, key, QStringLiteral("SMTP Use Sicily")).value_or(AuthNone)) {
    case AuthSicily:
        s.auth = AuthMethod::Ntlm;
        s.username = registryText(r, key, QStringLiteral("SMTP User Name"));
        break;
    case AuthUseIncoming:
        s.auth = incoming ? incoming->auth : AuthMethod::PasswordCleartext;
        s.username = incoming ? incoming->username : QString();
        break;
    case AuthUseSmtpSettings:
        s.auth = AuthMethod::PasswordCleartext;
        s.username = registryText(r, key, QStringLiteral("SMTP User Name"));
        break;
    default:
        s.auth = AuthMethod::None;
    }
    return s;
}

// What Outlook Express can express, or why not.
QString unsupported(const ServerSettings& server, const QString& programName)
{
    if (server.security == Security::StartTls) {
        return tr("%1 has no setting that requires STARTTLS: its \"This server requires a secure connection "
                  "(SSL)\" box means SSL/TLS from the first byte (port %2 needs STARTTLS). Choose the "
                  "provider's "
                  "SSL/TLS port instead, for example --outgoing-port 465 or --incoming-port 995.")
            .arg(programName)
            .arg(server.port);
    }
    if (server.security != Security::Ssl)
        return tr("%1: the %2 server would not be encrypted; Mail Setup does not write that.")
            .arg(programName, server.protocolName());
    switch (server.auth) {
    case AuthMethod::None:
    case AuthMethod::PasswordCleartext:
    case AuthMethod::Ntlm:
        return {};
    default:
        return tr("%1 cannot log in to %2 with %3; it knows only a normal password and Secure Password "
                  "Authentication.")
            .arg(programName, server.hostname, authMethodName(server.auth));
    }
}

} // namespace

QList<ExistingAccount> readAccounts(const Registry& registry, const QString& managerKey)
{
    QList<ExistingAccount> accounts;
    const QString defaultAccount = registryText(registry, managerKey, QStringLiteral("Default Mail Account"));
    const QString listKey = accountsKey(managerKey);
    for (const QString& name : registry.subkeys(listKey)) {
        const QString key = listKey + QLatin1Char('\\') + name;
        ExistingAccount account;
        account.key = name;
        account.incoming = readIncoming(registry, key);
        account.outgoing = readOutgoing(registry, key, account.incoming);
        if (!account.incoming && !account.outgoing)
            continue; // news (NNTP) and directory (LDAP) accounts
        account.email = registryText(registry, key, QStringLiteral("SMTP Email Address"));
        account.name = registryText(registry, key, QStringLiteral("SMTP Display Name"));
        account.isDefault = name.compare(defaultAccount, Qt::CaseInsensitive) == 0;
        accounts << account;
    }
    return accounts;
}

void planAccount(const Registry& registry,
                 const QString& managerKey,
                 const AccountSettings& settings,
                 const QString& programName,
                 ChangePlan* plan)
{
    QStringList problems;
    if (const QString why = unsupported(settings.outgoing, programName); !why.isEmpty())
        problems << why;
    if (settings.incoming) {
        if (const QString why = unsupported(*settings.incoming, programName); !why.isEmpty())
            problems << why;
    }
    if (!problems.isEmpty()) {
        plan->refusal = problems.join(QLatin1Char(' '));
        return;
    }

    const QString listKey = accountsKey(managerKey);
    QString accountName;
    int highest = 0;
    for (const QString& name : registry.subkeys(listKey)) {
        highest = qMax(highest, name.toInt());
        const QString email =
            registryText(registry, listKey + QLatin1Char('\\') + name, QStringLiteral("SMTP Email Address"));
        if (accountName.isEmpty() && email.compare(settings.email, Qt::CaseInsensitive) == 0)
            accountName = name;
    }
    const bool isNew = accountName.isEmpty();
    if (isNew)
        accountName =
            QStringLiteral("%1").arg(highest + 1, 8, 10, QLatin1Char('0')); // 00000001, as OE numbers them
    const QString key = listKey + QLatin1Char('\\') + accountName;
    const auto text = [](const QString& value) { return RegistryValue::string(value); };
    const auto number = [](quint32 value) { return RegistryValue::dword(value); };
    const auto set = [&](const QString& name, const RegistryValue& value) {
        planRegistryValue(registry, key, name, value, plan);
    };

    if (isNew) {
        set(QStringLiteral("Account Name"),
            text(settings.providerName.isEmpty() ? settings.outgoing.hostname : settings.providerName));
        set(QStringLiteral("SMTP Email Address"), text(settings.email));
        if (!settings.realName.isEmpty())
            set(QStringLiteral("SMTP Display Name"), text(settings.realName));
    }

    if (settings.incoming) {
        const ServerSettings& in = *settings.incoming;
        const auto existing = readIncoming(registry, key);
        if (existing && existing->type != in.type) {
            plan->notes << tr("The account receives mail with %1 from %2; Mail Setup left that as it is (the "
                              "provider's %3 server is %4).")
                               .arg(existing->protocolName(), existing->hostname, in.protocolName(),
                                    in.hostname);
        } else {
            const QString p = prefixFor(in.type);
            set(p + QStringLiteral(" Server"), text(in.hostname));
            set(p + QStringLiteral(" User Name"), text(in.username));
            set(p + QStringLiteral(" Port"), number(quint32(in.port)));
            set(p + QStringLiteral(" Secure Connection"), number(1));
            set(p + QStringLiteral(" Use Sicily"), number(in.auth == AuthMethod::Ntlm ? 1 : 0));
        }
    }

    const ServerSettings& out = settings.outgoing;
    set(QStringLiteral("SMTP Server"), text(out.hostname));
    set(QStringLiteral("SMTP Port"), number(quint32(out.port)));
    set(QStringLiteral("SMTP Secure Connection"), number(1));
    // The providers' pages say "Log on using" with the mail user name (SMTP_AUTH_USE_SMTP_SETTINGS).
    if (out.auth == AuthMethod::None) {
        set(QStringLiteral("SMTP Use Sicily"), number(AuthNone));
    } else {
        set(QStringLiteral("SMTP Use Sicily"),
            number(out.auth == AuthMethod::Ntlm ? AuthSicily : AuthUseSmtpSettings));
        set(QStringLiteral("SMTP User Name"), text(out.username));
    }

    const QString defaultAccount = registryText(registry, managerKey, QStringLiteral("Default Mail Account"));
    // A new account becomes the default only where there is none (nsOESettings.cpp reads it there).
    if (isNew && defaultAccount.isEmpty())
        planRegistryValue(registry, managerKey, QStringLiteral("Default Mail Account"), text(accountName),
                          plan);

    if (plan->registry.isEmpty())
        return;
    const QString email = settings.email;
    plan->summary
        << (isNew ? tr("New %1 account %2 for %3 (registry key %4)").arg(programName, accountName, email, key)
                  : tr("Account %1 (%2) updated").arg(accountName, email));
    plan->summary << tr("Outgoing: %1").arg(out.describe());
    if (settings.incoming)
        plan->summary << tr("Incoming: %1").arg(settings.incoming->describe());
    if (out.auth != AuthMethod::None)
        plan->notes << tr("%1 asks for the password the first time it sends or receives; Mail Setup never "
                          "stores passwords.")
                           .arg(programName);
    if (isNew && !defaultAccount.isEmpty())
        plan->notes << tr("The default mail account (%1) was left as it is.").arg(defaultAccount);
}

} // namespace mailsetup::iam
