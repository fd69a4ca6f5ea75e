// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mailsetup {

struct MuttrcPlan
{
    QStringList summary;
    QStringList notes;
    QStringList details; // per setting, for the FileChange
    QString refusal;
    QByteArray after; // the whole new file; equal to before when nothing changes
};

// Plans the account in one muttrc. Mutt has one account per settings file (the
// top-level from, smtp_url, spoolfile, folder); Mail Setup edits only those
// top-level "set" lines, in place where the last one stands, or adds them in one
// block at the end, and never touches hooks, sourced files or passwords.
//
// A file whose from is another address is refused: that is someone else's (or
// another address's) account, and Mutt has no second slot to add one beside it.
MuttrcPlan planMuttrc(const QString& path, const QByteArray& before, const AccountSettings& settings);

} // namespace mailsetup
