// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "clientadapter.h"
#include "formats/inifile.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace mailsetup {

// String values in a GLib key file, as g_key_file_get_string() reads them and
// g_key_file_set_string() writes them: \s (a leading space), \t (a leading tab),
// \n, \r and \\; every other character is itself, ';' included (it separates only
// list values, and none of the keys Mail Setup writes is a list).
QString keyFileUnescape(const QString& raw);
QString keyFileEscape(const QString& value);

// A UID as evolution-data-server makes them (e_util_generate_uid(): the SHA-1 of
// time, process and host data, 40 lower-case hex digits), from random bytes here.
QString newEvolutionUid();

// One data source: ~/.config/evolution/sources/<UID>.source, a GLib key file whose
// groups are ESource extensions (GNOME/evolution-data-server src/libedataserver/e-source.c).
struct EvolutionSource
{
    QString uid; // the file name without ".source" (e-server-side-source.c)
    QString path;
    QByteArray bytes;
    IniFile ini;

    bool has(const QString& group) const { return ini.hasSection(group); }
    // Unescaped; empty when absent.
    QString get(const QString& group, const QString& key) const;
};

// The files of one Evolution installation and the mail accounts they link up.
class EvolutionSources
{
public:
    static EvolutionSources read(const QString& directory);

    QString directory;
    QList<EvolutionSource> sources;
    QStringList problems; // "file:line: message"

    const EvolutionSource* find(const QString& uid) const;
    // [Mail Account] sources (not Evolution's built-in "On This Computer" and Search Folders).
    QList<const EvolutionSource*> mailAccounts() const;
    const EvolutionSource* identityOf(const EvolutionSource& account) const;
    // Identities whose [Mail Submission] TransportUid is uid.
    QList<const EvolutionSource*> identitiesSendingThrough(const QString& uid) const;
    // The [Collection] source an account belongs to (GNOME Online Accounts, EWS, ...), if any.
    const EvolutionSource* collectionOf(const EvolutionSource& account) const;

    QList<ExistingAccount> existingAccounts() const;
};

// Incoming ("pop3", "imap") or outgoing ("smtp") server of an account or transport
// source: [Authentication] Host/Port/User/Method and [Security] Method.
std::optional<ServerSettings> evolutionServer(const EvolutionSource& source, const QString& type);
// "pop" → "pop3", "imapx" → "imap"; empty for other back ends (mbox, ews, ...).
QString evolutionIncomingType(const QString& backendName);

// What Evolution writes for our settings; empty when it has no word for it.
QString evolutionSecurityMethod(Security security);
QString evolutionAuthMethod(AuthMethod auth, const QString& type);

// A new key file: groups in the order given, a blank line between them, values escaped.
using KeyFileGroup = QPair<QString, QList<QPair<QString, QString>>>;
QByteArray buildKeyFile(const QList<KeyFileGroup>& groups);

} // namespace mailsetup
