// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "clientadapter.h"
#include "kconfigfile.h"
#include "system/filesnapshot.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mailsetup {

// One outgoing server, a "[Transport <n>]" group of mailtransports
// (KDE/kmailtransport src/mailtransport.kcfg: the entry names there, with their key= attributes).
struct KMailTransport
{
    QString group;
    int id = 0; // the "id" key; what identities and default-transport name. 0: missing
    QString name;
    QString identifier; // "SMTP" unless set otherwise (sendmail, Akonadi-based ones)
    QString host;
    std::optional<int> port;
    QString user;
    bool auth = false;  // "auth" = requiresAuthentication
    QString encryption; // as written ("SSL", "TLS", "None" or an index); empty when absent
    QString authtype;   // as written; empty when absent
    QString precommand;

    bool isSmtp() const;
    // Absent port and encryption are read as the older defaults (25, none): which
    // default applies depends on the KMail version, and the weaker one is the safe guess.
    ServerSettings server() const;
};

// One identity, an "[Identity #<n>]" group of emailidentities
// (KDE/kidentitymanagement src/core/identity.h: s_uoid, s_identity, s_name, s_primaryEmail, s_transport).
struct KMailIdentity
{
    QString group;
    uint uoid = 0;
    QString identityName; // "Identity"
    QString fullName;     // "Name"
    QString email;        // "Email Address"
    QString transport;    // "Transport": a transport id; empty or unknown means the default
};

// A receiving account: an Akonadi resource's own settings file
// (~/.config/akonadi_<type>_resource_<n>rc), read only; kmailreceiving.cpp says why.
struct KMailReceivingAccount
{
    QString id;   // "akonadi_pop3_resource_0", also the file name without "rc"
    QString type; // "pop3" or "imap"
    QString name;
    QString host;
    QString login;
    std::optional<int> port;
    std::optional<Security> security;
    uint identity = 0; // IMAP "AccountIdentity" (an identity's uoid); 0 if none
};

// KMail's settings in one configuration folder (~/.config, a KDE 4 share/config, a flatpak's).
class KMailSettings
{
public:
    static KMailSettings read(const QString& configDir);

    QString dir;
    QString transportsPath;
    QString identitiesPath;
    FileSnapshot transportsFile;
    FileSnapshot identitiesFile;
    KConfigFile transportsConfig;
    KConfigFile identitiesConfig;
    QList<KMailTransport> transports; // file order
    QList<KMailIdentity> identities;  // file order
    QList<KMailReceivingAccount> receiving;
    QStringList problems; // what could not be read, "file:line: why"

    // As TransportManager::readConfig/validateDefault resolve it; 0 when there is none.
    int defaultTransportId() const;
    const KMailTransport* transportById(int id) const;
    // The transport mail from this identity goes through (its own, else the default).
    const KMailTransport* transportOf(const KMailIdentity& identity) const;
    QList<const KMailIdentity*> usersOf(const KMailTransport& transport) const;
    uint defaultIdentityUoid() const; // 0 when none is named
    const KMailReceivingAccount* receivingFor(const KMailIdentity& identity) const;

    QList<ExistingAccount> accounts() const;
};

} // namespace mailsetup
