// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlookprofiles.h"

#include "windowsregistryhome.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mailsetup::outlook {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

const QString wmsProfiles = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows "
                                           "NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles");
const QString officeKey = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Office");

// Account Management API values (MicrosoftDocs office-developer-client-docs
// docs/outlook/auxiliary/prop_smtp_auth_method.md, prop_smtp_secure_connection.md).
constexpr quint32 smtpAuthUserPass = 1; // SMTP_AUTH_USER_PASS: "Log on using" SMTP User
constexpr quint32 encryptConnSsl = 1;   // ENCRYPT_CONN_SSL: SSL/TLS from the first byte

bool isAccountKey(const Registry& registry, const QString& key)
{
    for (const char* name : {"POP3 Server", "IMAP Server", "SMTP Server"}) {
        if (registry.value(key, QString::fromLatin1(name)))
            return true;
    }
    return false;
}

std::optional<ServerSettings> readServer(const Registry& r, const QString& key, const QString& type)
{
    const QString p = type == QLatin1String("smtp")   ? QStringLiteral("SMTP")
                      : type == QLatin1String("imap") ? QStringLiteral("IMAP")
                                                      : QStringLiteral("POP3");
    const QString host = registryText(r, key, p + QStringLiteral(" Server"));
    if (host.isEmpty())
        return std::nullopt;
    ServerSettings s;
    s.type = type;
    s.hostname = host;
    const int defaultPort = type == QLatin1String("smtp") ? 25 : type == QLatin1String("imap") ? 143 : 110;
    s.port = int(registryDword(r, key, p + QStringLiteral(" Port")).value_or(defaultPort));
    const bool ssl = registryDword(r, key, p + QStringLiteral(" Use SSL")).value_or(0) != 0;
    const quint32 secure =
        registryDword(r, key, p + QStringLiteral(" Secure Connection")).value_or(ssl ? 1 : 0);
    s.security = secure == 1   ? Security::Ssl
                 : secure == 2 ? Security::StartTls
                 : secure == 3 ? Security::TryStartTls
                               : Security::Plain;
    if (type == QLatin1String("smtp")) {
        const bool useAuth = registryDword(r, key, QStringLiteral("SMTP Use Auth")).value_or(0) != 0;
        s.auth = useAuth ? AuthMethod::PasswordCleartext : AuthMethod::None;
        s.username = registryText(r, key, QStringLiteral("SMTP User"));
    } else {
        s.auth = registryDword(r, key, p + QStringLiteral(" Use SPA")).value_or(0)
                     ? AuthMethod::Ntlm
                     : AuthMethod::PasswordCleartext;
        s.username =
            registryText(r, key, p + QStringLiteral(" User")); // "POP3 User", not "POP3 User Name" (MSF)
    }
    return s;
}

// A new string value takes the type the account already uses for its strings: REG_BINARY
// UTF-16LE on Outlook 2002-2013 (MSF, OPQ), REG_SZ on 2016 and later (SOS reads both).
RegistryValue textLike(const Registry& r, const QString& key, const ProfileKey& profile, const QString& text)
{
    for (const char* name : {"SMTP Server", "Account Name", "Email", "POP3 Server", "IMAP Server"}) {
        if (const auto existing = r.value(key, QString::fromLatin1(name))) {
            if (existing->type == quint32(RegistryType::Binary))
                return RegistryValue::utf16Binary(text);
            if (existing->isString())
                return RegistryValue::string(text);
        }
    }
    return profile.version == QLatin1String("16.0") ? RegistryValue::string(text)
                                                    : RegistryValue::utf16Binary(text);
}

QString prfRoute()
{
    return tr(
        "Add the account with the PRF file Mail Setup writes for Outlook instead: quit Outlook, then run "
        "outlook.exe /importprf \"<the .prf file>\" (the route administrators use).");
}

} // namespace

QList<ProfileKey> findProfiles(const Registry& registry)
{
    QList<ProfileKey> out;
    const QString listName = QString::fromLatin1(accountListSubkey());
    const auto addProfiles = [&](const QString& profilesKey, const QString& version,
                                 const QString& defaultName) {
        for (const QString& profile : registry.subkeys(profilesKey)) {
            const QString key = profilesKey + QLatin1Char('\\') + profile + QLatin1Char('\\') + listName;
            if (registry.keyExists(key))
                out << ProfileKey{key, profile, version,
                                  profile.compare(defaultName, Qt::CaseInsensitive) == 0};
        }
    };
    // DefaultProfile beside the profiles: SOS for 2013+; for the WMS key [U] (one public script).
    addProfiles(wmsProfiles, QString(),
                registryText(registry, wmsProfiles, QStringLiteral("DefaultProfile")));
    static const QRegularExpression versionName(QStringLiteral("^\\d+\\.0$"));
    for (const QString& version : registry.subkeys(officeKey)) {
        if (!versionName.match(version).hasMatch())
            continue;
        const QString outlookKey = officeKey + QLatin1Char('\\') + version + QStringLiteral("\\Outlook");
        addProfiles(outlookKey + QStringLiteral("\\Profiles"), version,
                    registryText(registry, outlookKey, QStringLiteral("DefaultProfile")));
    }
    return out;
}

QList<ExistingAccount> readAccounts(const Registry& registry, const ProfileKey& profile)
{
    QList<ExistingAccount> accounts;
    for (const QString& name : registry.subkeys(profile.key)) {
        const QString key = profile.key + QLatin1Char('\\') + name;
        if (!isAccountKey(registry, key))
            continue; // address books, stores and other services live here too
        ExistingAccount account;
        account.key = name;
        account.email = registryText(registry, key, QStringLiteral("Email"));
        account.name = registryText(registry, key, QStringLiteral("Display Name"));
        account.incoming = readServer(registry, key, QStringLiteral("pop3"));
        if (!account.incoming)
            account.incoming = readServer(registry, key, QStringLiteral("imap"));
        account.outgoing = readServer(registry, key, QStringLiteral("smtp"));
        accounts << account;
    }
    return accounts;
}

void planAccount(const Registry& registry,
                 const ProfileKey& profile,
                 const AccountSettings& settings,
                 ChangePlan* plan)
{
    QString accountKey;
    for (const QString& name : registry.subkeys(profile.key)) {
        const QString key = profile.key + QLatin1Char('\\') + name;
        if (isAccountKey(registry, key) && registryText(registry, key, QStringLiteral("Email"))
                                                   .compare(settings.email, Qt::CaseInsensitive) == 0) {
            accountKey = key;
            break;
        }
    }
    if (accountKey.isEmpty()) {
        plan->refusal =
            tr("The Outlook profile \"%1\" has no account for %2. Outlook keeps each account together "
               "with links to its mail store and address book, which Mail Setup does not create in "
               "the registry. %3")
                .arg(profile.profile, settings.email, prfRoute());
        return;
    }
    QStringList problems;
    const auto check = [&](const ServerSettings& server) {
        if (server.security == Security::StartTls)
            problems
                << tr("Writing required STARTTLS for %1 into the registry is not documented by Microsoft; "
                      "choose the SSL/TLS port (for example --outgoing-port 465), or %2")
                       .arg(server.hostname, prfRoute());
        else if (server.security != Security::Ssl)
            problems << tr("the %1 server would not be encrypted; Mail Setup does not write that.")
                            .arg(server.protocolName());
        else if (server.auth != AuthMethod::PasswordCleartext && server.auth != AuthMethod::None)
            problems << tr("Outlook's registry settings cannot log in to %1 with %2.")
                            .arg(server.hostname, authMethodName(server.auth));
    };
    check(settings.outgoing);
    if (settings.incoming)
        check(*settings.incoming);
    if (!problems.isEmpty()) {
        plan->refusal = problems.join(QLatin1Char(' '));
        return;
    }

    const auto set = [&](const QString& name, const RegistryValue& value) {
        planRegistryValue(registry, accountKey, name, value, plan);
    };
    const auto text = [&](const QString& value) { return textLike(registry, accountKey, profile, value); };
    const auto number = [](quint32 value) { return RegistryValue::dword(value); };
    // Outlook 2007 and later have the None/SSL/TLS/Auto choice; 2002/2003 only the SSL box.
    const bool hasSecureConnection =
        !profile.version.isEmpty() ||
        registry.value(accountKey, QStringLiteral("SMTP Secure Connection")).has_value();

    if (settings.incoming) {
        const ServerSettings& in = *settings.incoming;
        const QString p = in.type == QLatin1String("imap") ? QStringLiteral("IMAP") : QStringLiteral("POP3");
        const QString other = p == QLatin1String("IMAP") ? QStringLiteral("POP3") : QStringLiteral("IMAP");
        if (registry.value(accountKey, other + QStringLiteral(" Server"))) {
            plan->notes
                << tr("The account receives mail with %1; Mail Setup left its incoming server as it is.")
                       .arg(other);
        } else {
            set(p + QStringLiteral(" Server"), text(in.hostname));
            set(p + QStringLiteral(" User"), text(in.username));
            set(p + QStringLiteral(" Port"), number(quint32(in.port)));
            set(p + QStringLiteral(" Use SSL"), number(1));
        }
    }
    const ServerSettings& out = settings.outgoing;
    set(QStringLiteral("SMTP Server"), text(out.hostname));
    set(QStringLiteral("SMTP Port"), number(quint32(out.port)));
    set(QStringLiteral("SMTP Use SSL"), number(1));
    if (hasSecureConnection)
        set(QStringLiteral("SMTP Secure Connection"), number(encryptConnSsl));
    if (out.auth == AuthMethod::None) {
        set(QStringLiteral("SMTP Use Auth"), number(0));
    } else {
        set(QStringLiteral("SMTP Use Auth"), number(1));
        set(QStringLiteral("SMTP Auth Method"), number(smtpAuthUserPass));
        set(QStringLiteral("SMTP User"), text(out.username));
    }
    if (plan->registry.isEmpty())
        return;
    plan->summary << tr("Account %1 (%2) in the profile \"%3\" updated")
                         .arg(accountKey.section(QLatin1Char('\\'), -1), settings.email, profile.profile);
    plan->summary << tr("Outgoing: %1").arg(out.describe());
    if (settings.incoming)
        plan->summary << tr("Incoming: %1").arg(settings.incoming->describe());
    plan->notes << tr(
        "Outlook asks for the password the first time it sends; Mail Setup never stores passwords.");
}

} // namespace mailsetup::outlook
