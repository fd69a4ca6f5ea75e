// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "clientadapter.h"
#include "formats/inifile.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace mailsetup {

// Claws Mail's accountrc: one "[Account: N]" block per account, "key=value" lines
// written without spaces and without any escaping (src/prefs_gtk.c prefs_write_param;
// read back by prefs_read_config, which takes everything after '=' as the value).
// Booleans are written 1/0 and read as "false when empty or starting with 0".
struct ClawsAccount
{
    int id = 0;             // N in "[Account: N]" (account.c reads the digits after "Account: ")
    QString section;        // "Account: N"
    int configVersion = -1; // its own config_version, -1 when it has none
};

enum class ClawsProtocol
{
    Pop3,
    Imap,
    Nntp,
    Local,
    None,
    Unknown
};

class ClawsAccountRc
{
public:
    static ClawsAccountRc parse(const QByteArray& bytes);

    IniFile ini;
    QList<ClawsAccount> accounts; // in file order

    QString get(const ClawsAccount& account, const QString& key) const;
    bool flag(const ClawsAccount& account, const QString& key) const;
    int number(const ClawsAccount& account, const QString& key, int fallback) const;
    // The config_version Claws Mail reads this account's protocol number with: its own,
    // else the one clawsrc had when Claws started (prefs_migration.c), where a missing
    // clawsrc counts as 0.
    int versionOf(const ClawsAccount& account, int clawsrcVersion) const;
    ClawsProtocol protocolOf(const ClawsAccount& account, int clawsrcVersion) const;
    int nextId() const; // one more than the highest, as Claws numbers new accounts

    std::optional<ServerSettings> incoming(const ClawsAccount& account, int clawsrcVersion) const;
    std::optional<ServerSettings> outgoing(const ClawsAccount& account) const;
    QList<ExistingAccount> existingAccounts(int clawsrcVersion) const;
};

// config_version from clawsrc's [Common] block; -1 when the file or the key is missing.
int clawsrcConfigVersion(const QByteArray& clawsrc);

// RecvProtocol numbers: config_version 0 had POP3 0, APOP 1, RPOP 2, IMAP4 3, NNTP 4,
// LOCAL 5, NONE 6; from version 1 on APOP and RPOP are gone (prefs_migration.c).
ClawsProtocol clawsProtocolFrom(int value, int configVersion);
int clawsProtocolValue(ClawsProtocol protocol, int configVersion);

using ClawsKeys = QList<QPair<QString, QString>>;
// The keys for our incoming or outgoing server in Claws' own order: where the server
// is and how it is encrypted, and separately how to log in (compared by meaning, so
// an account already using PLAIN for a normal password keeps it). `error` says in
// plain words what Claws Mail cannot express; the keys are then empty.
struct ClawsServerKeys
{
    ClawsKeys server;
    ClawsKeys auth;
    QString error;
};
ClawsServerKeys clawsIncomingKeys(const ServerSettings& server);
ClawsServerKeys clawsOutgoingKeys(const ServerSettings& server);

} // namespace mailsetup
