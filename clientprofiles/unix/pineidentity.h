// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientadapter.h"
#include "unix/pinercfile.h"

#include <QString>
#include <optional>

namespace mailsetup {

// A From: header in Alpine's customized-hdrs list ("From: Alice Ng <alice@example.org>").
struct PineFromHeader
{
    int index = -1; // in the customized-hdrs list; -1: none
    QString name;
    QString address;
};

// The account a .pinerc describes. Alpine has exactly one: Unix Alpine sends as
// <login>@<user-domain> (it ignores user-id in a Unix .pinerc: pith/conf.c marks
// it "Don't allow on UNIX machines"), unless a From: header in customized-hdrs says
// otherwise (feature allow-changing-from, on by default).
struct PineIdentity
{
    QString personalName;
    QString userDomain;
    PineFromHeader from;
    QStringList smtpServers;
    QString inboxPath;

    // From header address, else login@user-domain; empty when the file says neither.
    QString address(const QString& login) const;
    std::optional<ExistingAccount> account(const QString& login) const;
};

PineIdentity readPineIdentity(const PinercFile& file);
PineFromHeader findFromHeader(const QStringList& customizedHeaders);
// "From: Name <address>", the name quoted when RFC 5322 needs it (a comma in it
// would otherwise also split Alpine's list).
QString fromHeaderValue(const QString& name, const QString& address);

// Alpine's login name for a .pinerc: the owner of the file, or of the folder it
// will be created in. Empty when the system does not say.
QString pineLogin(const QString& pinercPath);

} // namespace mailsetup
