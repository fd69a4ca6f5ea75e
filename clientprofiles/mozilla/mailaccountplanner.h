// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "mailprefs.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mailsetup {

struct PrefChange
{
    QString name;
    std::optional<PrefValue> before;
    PrefValue after;

    QString describe() const; // `name: "old" → "new"` or `name = "new" (new)`
};

struct MailAccountPlan
{
    QList<PrefChange> changes; // in the order they should be written
    QStringList summary;
    QStringList notes;
    QString refusal;
};

// Decides which Mozilla mail prefs to set so that the profile has the account
// `settings` describes: the account with that address is updated, or a new one is
// added with fresh keys. Other accounts never change: an outgoing server that
// another identity also uses is left alone and a new one is added for this one.
MailAccountPlan
planMailAccount(const MailPrefs& prefs, const AccountSettings& settings, const QString& clientName);

} // namespace mailsetup
