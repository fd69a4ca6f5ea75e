// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// The Thunderbird prefs.js the wizard tests start from: bob's IMAP account at another
// provider, which a setup for alice must leave exactly as it is.
namespace wizardfixture {

inline const QByteArray bobImapPrefs = R"(user_pref("mail.accountmanager.accounts", "account1,account2");
user_pref("mail.account.account1.server", "server1");
user_pref("mail.account.account1.identities", "id1");
user_pref("mail.account.account2.server", "server2");
user_pref("mail.server.server1.type", "imap");
user_pref("mail.server.server1.hostname", "imap.other.example");
user_pref("mail.server.server1.userName", "bob");
user_pref("mail.server.server1.socketType", 3);
user_pref("mail.server.server2.type", "none");
user_pref("mail.identity.id1.useremail", "bob@other.example");
user_pref("mail.identity.id1.smtpServer", "smtp1");
user_pref("mail.smtpservers", "smtp1");
user_pref("mail.smtpserver.smtp1.hostname", "smtp.other.example");
user_pref("mail.smtpserver.smtp1.port", 587);
user_pref("mail.smtpserver.smtp1.try_ssl", 2);
)";

} // namespace wizardfixture
