// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providerprofile.h"

#include <QString>

// Server entries of a provider profile as tests build them: one password method
// (normal password), Thunderbird's placeholders for host and user unless given.
namespace testprofiles {

inline mailsetup::ServerEntry serverEntry(const QString& type,
                                          int port,
                                          mailsetup::Security security,
                                          const QString& user = QStringLiteral("%EMAILADDRESS%"),
                                          const QString& hostname = QStringLiteral("mail.%EMAILDOMAIN%"))
{
    mailsetup::ServerEntry e;
    e.type = type;
    e.hostname = hostname;
    e.port = port;
    e.security = security;
    e.authMethods = {mailsetup::AuthMethod::PasswordCleartext};
    e.username = user;
    return e;
}

} // namespace testprofiles
