// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/prefsfile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace e2e {

// A home folder as Thunderbird leaves it for one user: .thunderbird/profiles.ini with
// one default profile (relative path) whose prefs.js has bob@other.example (IMAP,
// sending through smtp1 = smtp.other.example:587 STARTTLS) and Local Folders.
struct ThunderbirdHome
{
    QString home;       // HOME for mailsetup and Thunderbird
    QString profileDir; // HOME/.thunderbird/<profile>
    QString prefsPath;  // profileDir/prefs.js
    QString backupDir;  // mailsetup --backup-dir, beside HOME
};

// Creates the folders and files under base (which must exist).
bool createThunderbirdHome(const QString& base, ThunderbirdHome* home, QString* error);
// The fixture's prefs.js bytes, as createThunderbirdHome writes them.
QByteArray fixturePrefs();

QByteArray readFile(const QString& path);
mailsetup::PrefsFile readPrefs(const QString& path);
// Gecko's writer puts this in the header of every prefs.js it writes.
bool writtenByGecko(const QByteArray& prefsJs);

// The value for messages and comparisons: `"text"`, 42, true, or <absent>.
QString prefText(const mailsetup::PrefsFile& prefs, const QString& name);
QString prefString(const mailsetup::PrefsFile& prefs, const QString& name);   // empty unless a string
int prefInt(const mailsetup::PrefsFile& prefs, const QString& name);          // -1 unless an integer
QStringList prefList(const mailsetup::PrefsFile& prefs, const QString& name); // "a,b" lists

// The pref keys of one mail account, found the way Thunderbird does: an account in
// mail.accountmanager.accounts whose identity has the address; the identity's
// smtpServer, else mail.smtp.defaultserver.
struct AccountKeys
{
    QString account;
    QString server;
    QString identity;
    QString smtp;
    bool ownSmtp = false; // smtpServer is set on the identity itself

    bool found() const { return !account.isEmpty(); }
    QString serverPref(const QString& leaf) const
    {
        return QStringLiteral("mail.server.%1.%2").arg(server, leaf);
    }
    QString smtpPref(const QString& leaf) const
    {
        return QStringLiteral("mail.smtpserver.%1.%2").arg(smtp, leaf);
    }
    QString identityPref(const QString& leaf) const
    {
        return QStringLiteral("mail.identity.%1.%2").arg(identity, leaf);
    }
};
AccountKeys findAccount(const mailsetup::PrefsFile& prefs, const QString& email);

// The processes whose environment has HOME=home: everything a test started there.
QList<qint64> processesWithHome(const QString& home);

} // namespace e2e
