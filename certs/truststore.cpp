// SPDX-License-Identifier: GPL-3.0-or-later
#include "truststore.h"

#include <QCoreApplication>

namespace mailsetup {

TrustResult TrustResult::done(const QString& message, const QString& entry)
{
    TrustResult r;
    r.status = Status::Done;
    r.message = message;
    r.addedEntry = entry;
    return r;
}

TrustResult TrustResult::make(Status status, const QString& message)
{
    TrustResult r;
    r.status = status;
    r.message = message;
    return r;
}

TrustResult TrustStore::install(const TrustAnchor& anchor, const QString& confirmedFingerprint)
{
    const QString refusal = anchor.refuseConfirmation(confirmedFingerprint);
    if (!refusal.isEmpty())
        return TrustResult::make(TrustResult::Status::Refused, refusal);
    const TrustResult present = isInstalled(anchor);
    if (present.status == TrustResult::Status::Done)
        return TrustResult::make(
            TrustResult::Status::AlreadyPresent,
            QCoreApplication::translate("mailsetup", "%1 already trusts %2; nothing was added")
                .arg(displayName(), anchor.name()));
    if (present.status == TrustResult::Status::Refused || present.status == TrustResult::Status::Failed)
        return present;
    return installChecked(anchor);
}

} // namespace mailsetup
