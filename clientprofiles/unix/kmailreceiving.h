// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "kmailsettings.h"

#include <QStringList>

namespace mailsetup {

struct ReceivingAdvice
{
    QStringList summary;
    QStringList notes; // step by step, one line each
};

// What KMail needs for receiving mail, which Mail Setup leaves to the person: KMail
// keeps incoming accounts in Akonadi resources, created and configured through the
// Akonadi server. Names the existing receiving account when there is one.
ReceivingAdvice
receivingAdvice(const KMailSettings& kmail, const KMailIdentity* identity, const AccountSettings& settings);

} // namespace mailsetup
