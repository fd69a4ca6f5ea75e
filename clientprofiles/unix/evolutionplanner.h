// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "changeplan.h"
#include "evolutionsources.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mailsetup {

struct EvolutionPlan
{
    QList<FileChange> files;
    QStringList summary;
    QStringList notes;
    QString refusal;
};

// Which .source files to add or change so that Evolution has the account `settings`
// describes: the account whose identity has the address is updated, else a mail
// account, identity and transport are added with fresh UIDs. An SMTP transport that
// other identities also use (or the built-in Sendmail one) is never changed: this
// identity gets its own.
EvolutionPlan planEvolutionAccount(const EvolutionSources& sources, const AccountSettings& settings);

} // namespace mailsetup
