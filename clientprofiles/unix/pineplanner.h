// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "unix/pinercfile.h"

#include <QString>
#include <QStringList>

namespace mailsetup {

struct PinercPlan
{
    QStringList summary;
    QStringList notes;
    QString refusal;
    QStringList details; // one per changed setting
    PinercFile file;     // with the changes made
    bool changed() const { return !details.isEmpty(); }
};

// Plans the changes to one .pinerc (already parsed without errors). path names the
// file in messages; login is the user Alpine runs as (see pineLogin).
PinercPlan planPinerc(const PinercFile& file,
                      const AccountSettings& settings,
                      const QString& path,
                      const QString& login);

} // namespace mailsetup
