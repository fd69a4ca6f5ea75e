// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientadapter.h"

namespace mailsetup {

// SeaMonkey 2.x and its predecessors that keep the same account prefs in prefs.js:
// the Mozilla Suite 1.x, Netscape 6-7 and SeaMonkey 1.x. Accounts are read and
// planned like Thunderbird's (mailaccountplanner.h), in the dialect of the program
// that wrote the profile (mozillasuiteprofiles.h): the old and the new names of each
// setting are written together, and what the old program cannot express (STARTTLS
// for incoming mail before socketType, login methods before authMethod) is refused
// with a reason rather than written weaker.
class SeaMonkeyAdapter : public ClientAdapter
{
public:
    QString id() const override { return QStringLiteral("seamonkey"); }
    QString displayName() const override { return QStringLiteral("SeaMonkey / Mozilla Suite"); }

    QList<ClientInstallation> detect(const HostEnvironment& env) const override;
    QString runningReason(const QString& location) const override;
    ChangePlan plan(const ClientInstallation& installation, const AccountSettings& settings) const override;
};

} // namespace mailsetup
