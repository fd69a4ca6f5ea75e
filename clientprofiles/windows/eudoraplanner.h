// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mailsetup {

// What planning Eudora.ini produced: the new bytes (equal to the old ones when
// nothing needs to change) and the words for the plan.
struct EudoraIniPlan
{
    QByteArray after;
    QStringList summary;
    QStringList notes;
    QStringList details;
    QString refusal;
    QString personality; // the one set up, as Eudora names it
};

// Sets up the personality that has the address (else the Dominant one when it has
// no account yet, else a new personality named after the provider): its SMTP server,
// "Allow authentication", "Secure Sockets when Sending" (SSLSendUse 2 = "Required,
// Alternate Port" on SSLSMTPAlternatePort, 3 = "Required, STARTTLS"), and its
// incoming server and user name. Other personalities keep what they send with: a
// key that moves into [Settings] is first pinned in the personalities that inherit it.
EudoraIniPlan planEudoraIni(const QByteArray& before, const AccountSettings& settings);

} // namespace mailsetup
