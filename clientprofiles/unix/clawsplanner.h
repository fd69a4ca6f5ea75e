// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "clawsaccountrc.h"

#include <QByteArray>
#include <QStringList>

namespace mailsetup {

struct ClawsPlan
{
    QByteArray after; // accountrc as it should be; equal to the input when nothing changes
    QStringList details;
    QStringList summary;
    QStringList notes;
    QString refusal;
};

// Plans accountrc so that Claws Mail has the account `settings` describes: the
// "[Account: N]" block whose address matches is updated, else a block with the next
// free number is appended. Protocol numbers are written in the config_version the
// account is read with (see ClawsAccountRc::versionOf); other blocks never change.
ClawsPlan planClawsAccount(const QByteArray& accountrc, int clawsrcVersion, const AccountSettings& settings);

} // namespace mailsetup
