// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostictypes.h"

namespace mailsetup {

// Sets summary, fix and notes of every result in plain words. Looks at all of them
// together: "port 25 is blocked" is only useful with "use 465 or 587" when those work.
// caName is the profile's certificate authority as people know it ("CAcert ...").
// caInstallFix is how to install it, in the words of where the fixes are shown (the
// command line names its command); empty: the wizard's "install it on the next page".
void describeVerdicts(QList<EndpointResult>& results,
                      const QString& caName,
                      const QString& caInstallFix = {});

// The best variant that works, for sending and for receiving: TLS from the first byte,
// then STARTTLS where the server requires it before log-in, then other STARTTLS; in
// profile order otherwise. Only connections with TLS and a trusted chain qualify.
// What `preference` names is kept when it works here; where it does not, another
// variant is chosen and `departures` says so. `email` goes into the request for the
// apply step.
Recommendation recommend(const QList<EndpointResult>& results,
                         const QString& email,
                         const RecommendationPreference& preference = {});

} // namespace mailsetup
