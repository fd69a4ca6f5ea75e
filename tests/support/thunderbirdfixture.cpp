// SPDX-License-Identifier: GPL-3.0-or-later
#include "thunderbirdfixture.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace e2e {
namespace {

const char profilesIni[] = "[Profile0]\n"
                           "Name=default\n"
                           "IsRelative=1\n"
                           "Path=Profiles/abcd1234.default\n"
                           "Default=1\n"
                           "\n"
                           "[General]\n"
                           "StartWithLastProfile=1\n"
                           "Version=2\n";
const char profilePath[] = "Profiles/abcd1234.default";

// As a user's prefs.js looks before Thunderbird's first start with these accounts
// (hand-written order; Thunderbird sorts and rewrites it). bob's IMAP server does
// not log in at startup: only the account we add should make Thunderbird connect.
const char prefsJs[] = "// Mozilla User Preferences\n"
                       "\n"
                       "user_pref(\"mail.accountmanager.accounts\", \"account1,account2\");\n"
                       "user_pref(\"mail.accountmanager.defaultaccount\", \"account1\");\n"
                       "user_pref(\"mail.accountmanager.localfoldersserver\", \"server2\");\n"
                       "user_pref(\"mail.account.account1.identities\", \"id1\");\n"
                       "user_pref(\"mail.account.account1.server\", \"server1\");\n"
                       "user_pref(\"mail.account.account2.server\", \"server2\");\n"
                       "user_pref(\"mail.account.lastKey\", 2);\n"
                       "user_pref(\"mail.identity.id1.fullName\", \"Bob Other\");\n"
                       "user_pref(\"mail.identity.id1.useremail\", \"bob@other.example\");\n"
                       "user_pref(\"mail.identity.id1.smtpServer\", \"smtp1\");\n"
                       "user_pref(\"mail.identity.id1.valid\", true);\n"
                       "user_pref(\"mail.server.server1.type\", \"imap\");\n"
                       "user_pref(\"mail.server.server1.hostname\", \"imap.other.example\");\n"
                       "user_pref(\"mail.server.server1.port\", 993);\n"
                       "user_pref(\"mail.server.server1.socketType\", 3);\n"
                       "user_pref(\"mail.server.server1.authMethod\", 3);\n"
                       "user_pref(\"mail.server.server1.userName\", \"bob\");\n"
                       "user_pref(\"mail.server.server1.name\", \"bob@other.example\");\n"
                       "user_pref(\"mail.server.server1.login_at_startup\", false);\n"
                       "user_pref(\"mail.server.server1.check_new_mail\", false);\n"
                       "user_pref(\"mail.server.server2.type\", \"none\");\n"
                       "user_pref(\"mail.server.server2.hostname\", \"Local Folders\");\n"
                       "user_pref(\"mail.server.server2.name\", \"Local Folders\");\n"
                       "user_pref(\"mail.server.server2.userName\", \"nobody\");\n"
                       "user_pref(\"mail.smtpservers\", \"smtp1\");\n"
                       "user_pref(\"mail.smtp.defaultserver\", \"smtp1\");\n"
                       "user_pref(\"mail.smtpserver.smtp1.hostname\", \"smtp.other.example\");\n"
                       "user_pref(\"mail.smtpserver.smtp1.port\", 587);\n"
                       "user_pref(\"mail.smtpserver.smtp1.try_ssl\", 2);\n"
                       "user_pref(\"mail.smtpserver.smtp1.authMethod\", 3);\n"
                       "user_pref(\"mail.smtpserver.smtp1.username\", \"bob\");\n"
                       "user_pref(\"mail.smtpserver.smtp1.description\", \"Other\");\n";

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

QByteArray fixturePrefs()
{
    return QByteArray(prefsJs);
}

bool createThunderbirdHome(const QString& base, ThunderbirdHome* home, QString* error)
{
    home->home = QDir(base).filePath(QStringLiteral("home"));
    home->backupDir = QDir(base).filePath(QStringLiteral("backups"));
    const QString root = home->home + QStringLiteral("/.thunderbird");
    home->profileDir = root + QLatin1Char('/') + QLatin1String(profilePath);
    home->prefsPath = home->profileDir + QStringLiteral("/prefs.js");
    if (!QDir().mkpath(home->profileDir)) {
        *error = QStringLiteral("cannot create %1").arg(home->profileDir);
        return false;
    }
    return writeFile(root + QStringLiteral("/profiles.ini"), profilesIni, error) &&
           writeFile(home->prefsPath, fixturePrefs(), error);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

mailsetup::PrefsFile readPrefs(const QString& path)
{
    return mailsetup::PrefsFile::parse(readFile(path));
}

bool writtenByGecko(const QByteArray& prefsJs)
{
    return prefsJs.left(1024).contains("DO NOT EDIT THIS FILE");
}

QString prefText(const mailsetup::PrefsFile& prefs, const QString& name)
{
    const auto value = prefs.value(name);
    return value ? value->toDisplayString() : QStringLiteral("<absent>");
}

QString prefString(const mailsetup::PrefsFile& prefs, const QString& name)
{
    const auto value = prefs.value(name);
    return value && value->type() == mailsetup::PrefValue::Type::String ? value->toString() : QString();
}

int prefInt(const mailsetup::PrefsFile& prefs, const QString& name)
{
    const auto value = prefs.value(name);
    return value && value->type() == mailsetup::PrefValue::Type::Int ? value->toInt() : -1;
}

QStringList prefList(const mailsetup::PrefsFile& prefs, const QString& name)
{
    QStringList items;
    for (const QString& item : prefString(prefs, name).split(QLatin1Char(','), Qt::SkipEmptyParts))
        items << item.trimmed();
    return items;
}

AccountKeys findAccount(const mailsetup::PrefsFile& prefs, const QString& email)
{
    AccountKeys keys;
    for (const QString& account : prefList(prefs, QStringLiteral("mail.accountmanager.accounts"))) {
        const QStringList identities =
            prefList(prefs, QStringLiteral("mail.account.%1.identities").arg(account));
        for (const QString& identity : identities) {
            if (prefString(prefs, QStringLiteral("mail.identity.%1.useremail").arg(identity))
                    .compare(email, Qt::CaseInsensitive) != 0)
                continue;
            keys.account = account;
            keys.identity = identity;
            keys.server = prefString(prefs, QStringLiteral("mail.account.%1.server").arg(account));
            keys.smtp = prefString(prefs, keys.identityPref(QStringLiteral("smtpServer")));
            keys.ownSmtp = !keys.smtp.isEmpty();
            if (keys.smtp.isEmpty())
                keys.smtp = prefString(prefs, QStringLiteral("mail.smtp.defaultserver"));
            return keys;
        }
    }
    return keys;
}

QList<qint64> processesWithHome(const QString& home)
{
    QList<qint64> pids;
    const QByteArray wanted = "HOME=" + QFile::encodeName(home);
    const auto entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        const QList<QByteArray> environment =
            readFile(QStringLiteral("/proc/%1/environ").arg(entry)).split('\0');
        if (environment.contains(wanted))
            pids << pid;
    }
    return pids;
}

} // namespace e2e
