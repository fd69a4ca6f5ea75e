// SPDX-License-Identifier: GPL-3.0-or-later
// Key names: MailAccounts, DeliveryAccounts, Hostname, PortNumber (a string),
// AccountType (POPAccount, IMAPAccount; the local account has no Hostname) and
// SSLEnabled from SelfControlApp/selfcontrol HostImporter.m; Username, EmailAddresses,
// FullUserName, AccountName, ShouldUseAuthentication, SecurityLayerType and
// SMTPIdentifier ("<Hostname>:<Username>" of a DeliveryAccounts entry) from
// Mynigma/M Mynigma/SetupScreensViewController.m (the identifier's form also from
// Mail's MFLegacyAccountStorage +smtpIdentifierWithHostname:username:).
// Not written, because no source confirms them: AuthenticationScheme values, and the
// keys of an account Mail has not created itself (AccountPath and its mail folder).
#include "apple/applemailstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

const QString kMailAccounts = QStringLiteral("MailAccounts");
const QString kDeliveryAccounts = QStringLiteral("DeliveryAccounts");
const QString kHostname = QStringLiteral("Hostname");
const QString kPortNumber = QStringLiteral("PortNumber");
const QString kSslEnabled = QStringLiteral("SSLEnabled");
const QString kUsername = QStringLiteral("Username");
const QString kAccountType = QStringLiteral("AccountType");
const QString kEmailAddresses = QStringLiteral("EmailAddresses");
const QString kFullUserName = QStringLiteral("FullUserName");
const QString kAccountName = QStringLiteral("AccountName");
const QString kSmtpIdentifier = QStringLiteral("SMTPIdentifier");
const QString kShouldUseAuthentication = QStringLiteral("ShouldUseAuthentication");
const QString kSecurityLayerType = QStringLiteral("SecurityLayerType");

// Mail reads these flags with -boolValue, which is true for a true boolean, a
// non-zero number and a string starting with Y, y, T, t or a non-zero digit.
bool flag(const PlistNode& node)
{
    switch (node.type()) {
    case PlistNode::Type::Bool:
        return node.toBool();
    case PlistNode::Type::Integer:
        return node.toInteger() != 0;
    case PlistNode::Type::String: {
        const QString s = node.toString().trimmed();
        if (s.isEmpty())
            return false;
        const QChar c = s.at(0).toLower();
        return c == QLatin1Char('y') || c == QLatin1Char('t') || (c.isDigit() && s.toInt() != 0);
    }
    default:
        return false;
    }
}

int portOf(const PlistNode& node)
{
    if (node.type() == PlistNode::Type::Integer)
        return static_cast<int>(node.toInteger());
    return node.toString().trimmed().toInt();
}

QString incomingType(const QString& accountType)
{
    if (accountType == QLatin1String("POPAccount"))
        return QStringLiteral("pop3");
    if (accountType == QLatin1String("IMAPAccount"))
        return QStringLiteral("imap");
    return {};
}

int defaultPort(const QString& type, bool ssl)
{
    if (type == QLatin1String("pop3"))
        return ssl ? 995 : 110;
    if (type == QLatin1String("imap"))
        return ssl ? 993 : 143;
    return ssl ? 465 : 25;
}

Security securityOf(const PlistNode& account)
{
    // SecurityLayerType (later Mail): 2 STARTTLS, 3 SSL/TLS (Mynigma).
    const PlistNode layer = account.value(kSecurityLayerType);
    if (!layer.isNull())
        return layer.toInteger() == 3   ? Security::Ssl
               : layer.toInteger() == 2 ? Security::StartTls
                                        : Security::Plain;
    return flag(account.value(kSslEnabled)) ? Security::Ssl : Security::Plain;
}

QString identifierOf(const PlistNode& delivery)
{
    return delivery.value(kHostname).toString() + QLatin1Char(':') + delivery.value(kUsername).toString();
}

PlistNode deliveryWithIdentifier(const PlistNode& root, const QString& identifier)
{
    const PlistNode list = root.value(kDeliveryAccounts);
    for (int i = 0; i < list.size(); ++i) {
        if (identifierOf(list.at(i)) == identifier)
            return list.at(i);
    }
    return {};
}

bool hasAddress(const PlistNode& account, const QString& email)
{
    const PlistNode addresses = account.value(kEmailAddresses);
    for (int i = 0; i < addresses.size(); ++i) {
        if (addresses.at(i).toString().trimmed().compare(email.trimmed(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString describeAccount(const PlistNode& account, int index)
{
    const QString name = account.value(kAccountName).toString();
    return name.isEmpty() ? QStringLiteral("%1[%2]").arg(kMailAccounts).arg(index)
                          : QStringLiteral("%1[%2] (%3)").arg(kMailAccounts).arg(index).arg(name);
}

// Writes one value in the type the file already uses for it (strings "YES"/"NO"
// and "995" in the files SelfControl reads), and notes what changed.
class Editor
{
public:
    Editor(QStringList* details, bool* changed) : m_details(details), m_changed(changed) {}

    void text(PlistNode dict, const QString& where, const QString& key, const QString& value)
    {
        const PlistNode old = dict.value(key);
        if (old.type() == PlistNode::Type::String && old.toString() == value)
            return;
        note(where, key, old, QStringLiteral("\"%1\"").arg(value));
        dict.setString(key, value);
    }

    void number(PlistNode dict, const QString& where, const QString& key, int value)
    {
        const PlistNode old = dict.value(key);
        if (!old.isNull() && portOf(old) == value)
            return;
        note(where, key, old, QString::number(value));
        if (old.type() == PlistNode::Type::Integer)
            dict.setInteger(key, value);
        else
            dict.setString(key, QString::number(value));
    }

    void yesNo(PlistNode dict, const QString& where, const QString& key, bool value)
    {
        const PlistNode old = dict.value(key);
        if (!old.isNull() && flag(old) == value)
            return;
        note(where, key, old, value ? QStringLiteral("YES") : QStringLiteral("NO"));
        if (old.type() == PlistNode::Type::Bool)
            dict.setBool(key, value);
        else if (old.type() == PlistNode::Type::Integer)
            dict.setInteger(key, value ? 1 : 0);
        else
            dict.setString(key, value ? QStringLiteral("YES") : QStringLiteral("NO"));
    }

private:
    void note(const QString& where, const QString& key, const PlistNode& old, const QString& now)
    {
        QString before;
        switch (old.type()) {
        case PlistNode::Type::None:
            before = tr("(not set)");
            break;
        case PlistNode::Type::String:
            before = QStringLiteral("\"%1\"").arg(old.toString());
            break;
        case PlistNode::Type::Integer:
            before = QString::number(old.toInteger());
            break;
        case PlistNode::Type::Bool:
            before = old.toBool() ? QStringLiteral("YES") : QStringLiteral("NO");
            break;
        default:
            before = PlistNode::typeName(old.type());
        }
        *m_details << QStringLiteral("%1 %2: %3 → %4").arg(where, key, before, now);
        *m_changed = true;
    }

    QStringList* m_details;
    bool* m_changed;
};

} // namespace

AppleMailStore findAppleMailStore(const HostEnvironment& env)
{
    AppleMailStore store;
    const QString legacy = env.path(QStringLiteral("Library/Preferences/com.apple.mail.plist"));
    const QString sandboxed = env.path(
        QStringLiteral("Library/Containers/com.apple.mail/Data/Library/Preferences/com.apple.mail.plist"));
    const QDir mailDir(env.path(QStringLiteral("Library/Mail")));
    int newest = 0;
    const QRegularExpression versionFolder(QStringLiteral("^V(\\d+)$"));
    for (const QString& name : mailDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const auto m = versionFolder.match(name);
        if (m.hasMatch())
            newest = qMax(newest, m.captured(1).toInt());
    }
    if (newest >= 2) {
        store.newerMailData = mailDir.filePath(QStringLiteral("V%1").arg(newest));
        const QString accounts = store.newerMailData + QStringLiteral("/MailData/Accounts.plist");
        store.kind = AppleMailStore::Kind::AccountsPlist;
        store.path = QFileInfo::exists(accounts) ? accounts : store.newerMailData;
        store.whyReadOnly =
            tr("This Mac has Mail for Mac OS X 10.7 or later (its data is in %1), which keeps "
               "its accounts in the system's Internet Accounts and rebuilds its own files "
               "from them.")
                .arg(env.displayPath(store.newerMailData));
    } else if (QFileInfo::exists(sandboxed)) {
        store.kind = AppleMailStore::Kind::Sandboxed;
        store.path = sandboxed;
        store.whyReadOnly =
            tr("This Mac has a recent Mail, which keeps its accounts in the system's Internet "
               "Accounts.");
    } else if (QFileInfo::exists(legacy)) {
        store.kind = AppleMailStore::Kind::LegacyPreferences;
        store.path = legacy;
    }
    return store;
}

AppleMailStore appleMailStoreAt(const QString& location)
{
    const QString suffix = QStringLiteral("/Library/Preferences/com.apple.mail.plist");
    if (!location.endsWith(suffix)) {
        AppleMailStore store;
        store.path = location;
        store.kind = AppleMailStore::Kind::AccountsPlist;
        store.whyReadOnly =
            tr("%1 belongs to Mail for Mac OS X 10.7 or later, which keeps its accounts in the "
               "system's Internet Accounts and rebuilds this file from them.")
                .arg(location);
        return store;
    }
    HostEnvironment env =
        HostEnvironment::forHome(location.left(location.size() - suffix.size()), HostEnvironment::Os::MacOS);
    return findAppleMailStore(env);
}

bool hasNewerMailKeys(const PlistNode& root)
{
    const PlistNode accounts = root.value(kMailAccounts);
    for (int i = 0; i < accounts.size(); ++i) {
        if (accounts.at(i).contains(kSecurityLayerType))
            return true;
    }
    return false;
}

QList<ExistingAccount> readAppleMailAccounts(const PlistNode& root)
{
    QList<ExistingAccount> result;
    const PlistNode accounts = root.value(kMailAccounts);
    for (int i = 0; i < accounts.size(); ++i) {
        const PlistNode account = accounts.at(i);
        if (!account.contains(kHostname))
            continue; // "On My Mac" and other local mailboxes
        ExistingAccount existing;
        existing.key = describeAccount(account, i);
        const PlistNode addresses = account.value(kEmailAddresses);
        existing.email = addresses.at(0).toString();
        existing.name = account.value(kFullUserName).toString();
        ServerSettings in;
        in.type = incomingType(account.value(kAccountType).toString());
        if (in.type.isEmpty())
            in.type = account.value(kAccountType).toString().toLower();
        in.hostname = account.value(kHostname).toString();
        in.security = securityOf(account);
        in.port = portOf(account.value(kPortNumber));
        if (in.port == 0)
            in.port = defaultPort(in.type, in.security == Security::Ssl);
        in.username = account.value(kUsername).toString();
        existing.incoming = in;
        const PlistNode delivery = deliveryWithIdentifier(root, account.value(kSmtpIdentifier).toString());
        if (!delivery.isNull()) {
            ServerSettings out;
            out.type = QStringLiteral("smtp");
            out.hostname = delivery.value(kHostname).toString();
            out.security = securityOf(delivery);
            out.port = portOf(delivery.value(kPortNumber));
            if (out.port == 0)
                out.port = defaultPort(out.type, out.security == Security::Ssl);
            out.username = delivery.value(kUsername).toString();
            out.auth = flag(delivery.value(kShouldUseAuthentication)) ? AuthMethod::PasswordCleartext
                                                                      : AuthMethod::None;
            existing.outgoing = out;
        }
        existing.isDefault = result.isEmpty();
        result << existing;
    }
    return result;
}

LegacyMailPlan planLegacyMailAccount(PlistNode root, const AccountSettings& settings, const QString& fileName)
{
    LegacyMailPlan plan;
    PlistNode accounts = root.value(kMailAccounts);
    if (!root.isDict() || !accounts.isArray()) {
        plan.refusal =
            tr("%1 has no list of Mail accounts (MailAccounts): Mail has not been set up on this Mac "
               "yet. Add the account in Mail first (File > Add Account), quit Mail, then run Mail "
               "Setup again.")
                .arg(fileName);
        return plan;
    }
    if (hasNewerMailKeys(root)) {
        plan.refusal =
            tr("%1 was written by Mail for Mac OS X 10.7 or later, which does not read its accounts "
               "from this file.")
                .arg(fileName);
        return plan;
    }
    int index = -1;
    for (int i = 0; i < accounts.size(); ++i) {
        if (accounts.at(i).contains(kHostname) && hasAddress(accounts.at(i), settings.email)) {
            index = i;
            break;
        }
    }
    if (index < 0) {
        // A new account needs its mail folder (AccountPath) made the way Mail makes
        // it; no source confirms that, so Mail creates the account and we secure it.
        plan.refusal = tr("Mail has no account for %1 in %2. Add it in Mail first (File > Add Account; any "
                          "settings will do), quit Mail, then run Mail Setup again to set its servers.")
                           .arg(settings.email, fileName);
        return plan;
    }
    PlistNode account = accounts.at(index);
    const QString where = describeAccount(account, index);
    for (const ServerSettings* server :
         {settings.incoming ? &*settings.incoming : nullptr, &settings.outgoing}) {
        if (server && server->security != Security::Ssl && server->security != Security::StartTls) {
            plan.refusal =
                tr("%1 would not be encrypted; Mail Setup does not write that.").arg(server->describe());
            return plan;
        }
    }

    Editor edit(&plan.details, &plan.changed);
    if (settings.incoming) {
        const ServerSettings& in = *settings.incoming;
        const QString type = account.value(kAccountType).toString();
        if (incomingType(type) != in.type) {
            plan.refusal =
                tr("The account %1 in Mail is %2 (%3), but the settings are for %4. Mail cannot change "
                   "an account's kind; choose %5 in Mail Setup, or add a new %4 account in Mail.")
                    .arg(settings.email, type.isEmpty() ? tr("of an unknown kind") : type, where,
                         in.protocolName(),
                         type == QLatin1String("IMAPAccount") ? QStringLiteral("IMAP")
                                                              : QStringLiteral("POP3"));
            return plan;
        }
        edit.text(account, where, kHostname, in.hostname);
        edit.number(account, where, kPortNumber, in.port);
        edit.yesNo(account, where, kSslEnabled, true);
        if (!in.username.isEmpty())
            edit.text(account, where, kUsername, in.username);
    } else {
        plan.notes << tr("%1 describes only the outgoing server; the incoming server of %2 is left as it is.")
                          .arg(settings.providerName, settings.email);
    }
    if (!settings.realName.isEmpty())
        edit.text(account, where, kFullUserName, settings.realName);

    // The outgoing server: an entry in DeliveryAccounts, found by its identifier.
    const ServerSettings& out = settings.outgoing;
    const QString current = account.value(kSmtpIdentifier).toString();
    const QString wanted = out.hostname + QLatin1Char(':') + out.username;
    auto usersOf = [&](const QString& identifier) {
        int users = 0;
        for (int i = 0; i < accounts.size(); ++i) {
            if (i != index && accounts.at(i).value(kSmtpIdentifier).toString() == identifier)
                ++users;
        }
        return users;
    };
    PlistNode deliveries = root.value(kDeliveryAccounts);
    if (!deliveries.isArray())
        deliveries = root.setArray(kDeliveryAccounts);
    PlistNode delivery = deliveryWithIdentifier(root, wanted);
    if (!delivery.isNull() && usersOf(wanted) > 0) {
        // Same server and login as another account's: changing it changes theirs.
        const bool same =
            portOf(delivery.value(kPortNumber)) == out.port && flag(delivery.value(kSslEnabled));
        if (!same) {
            plan.refusal =
                tr("The outgoing server %1 with user %2 is also used by another account in Mail, with "
                   "other settings. Change it in Mail > Preferences > Accounts > Outgoing Mail Server, "
                   "or use another user name.")
                    .arg(out.hostname, out.username);
            return plan;
        }
    } else if (delivery.isNull()) {
        PlistNode own = deliveryWithIdentifier(root, current);
        if (!own.isNull() && usersOf(current) == 0) {
            delivery = own; // ours alone: changed in place
        } else {
            // Shaped like the entries Mail wrote (any keys it uses), without a password.
            const PlistNode model = !own.isNull() ? own : deliveries.at(0);
            delivery = model.isNull() ? deliveries.appendDict() : deliveries.appendCopyOf(model);
            delivery.remove(QStringLiteral("Password"));
            plan.details << (own.isNull()
                                 ? tr("DeliveryAccounts: new outgoing server %1 for %2")
                                 : tr("DeliveryAccounts: new outgoing server %1 for %2 (the one it used "
                                      "is shared with another account, which keeps it)"))
                                .arg(wanted, settings.email);
            plan.changed = true;
        }
    }
    const QString deliveryWhere = QStringLiteral("%1 (%2)").arg(kDeliveryAccounts, wanted);
    edit.text(delivery, deliveryWhere, kHostname, out.hostname);
    edit.number(delivery, deliveryWhere, kPortNumber, out.port);
    edit.yesNo(delivery, deliveryWhere, kSslEnabled, true);
    if (!out.username.isEmpty())
        edit.text(delivery, deliveryWhere, kUsername, out.username);
    edit.yesNo(delivery, deliveryWhere, kShouldUseAuthentication, out.auth != AuthMethod::None);
    edit.text(account, where, kSmtpIdentifier, identifierOf(delivery));

    if (!plan.changed)
        return plan;
    plan.summary << tr("Update the Mail account %1 in %2:").arg(settings.email, fileName);
    if (settings.incoming)
        plan.summary << tr("  incoming: %1").arg(settings.incoming->describe());
    plan.summary << tr("  outgoing: %1").arg(out.describe());
    plan.notes
        << tr("Mail's \"Use SSL\" is one switch; on a port other than 465, 993 or 995 Mail has to start "
              "encryption after connecting, and stops rather than sending your password unencrypted.")
        << tr("Mail keeps the password in your keychain; Mail Setup does not touch it. Mail asks for it "
              "if the server or user name changed.")
        << tr("The authentication method is left as Mail has it; choose \"Password\" in Mail > "
              "Preferences > Accounts > Advanced if the server refuses it.");
    return plan;
}

} // namespace mailsetup
