// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "changeplan.h"
#include "clientadapter.h"
#include "registry.h"

namespace mailsetup {

// Accounts kept by the Internet Account Manager: Outlook Express 5.5/6 (per identity)
// and Outlook 97-2000 in Internet Mail Only mode ("OMI Account Manager"). The key
// given is the manager key; its Accounts\000000NN subkeys are the accounts, and its
// "Default Mail Account" names the default one. Value names and types:
// mozilla/mozilla-central mailnews/import/oexpress/nsOESettings.cpp (DoPOP3Server,
// DoIMAPServer, SetSmtpServer) and jgrahamc/popfile windows/adduser-EmailConfig.nsh;
// SMTP Use Sicily = SMTPAUTHTYPE (MicrosoftDocs/win32 desktop-src/oe/oe-smtpauthtype.md).
namespace iam {

enum SmtpAuthType : quint32
{
    AuthNone = 0,        // SMTP_AUTH_NONE: "My server requires authentication" off
    AuthSicily = 1,      // SMTP_AUTH_SICILY: Secure Password Authentication (NTLM)
    AuthUseIncoming = 2, // SMTP_AUTH_USE_POP3ORIMAP_SETTINGS: "Use same settings as my incoming mail server"
    AuthUseSmtpSettings = 3 // SMTP_AUTH_USE_SMTP_SETTINGS: "Log on using" SMTP User Name and password
};

QList<ExistingAccount> readAccounts(const Registry& registry, const QString& managerKey);

// Fills plan->registry, summary, notes or refusal for the account with the address
// (updated) or a new account key (added).
void planAccount(const Registry& registry,
                 const QString& managerKey,
                 const AccountSettings& settings,
                 const QString& programName,
                 ChangePlan* plan);

} // namespace iam
} // namespace mailsetup
