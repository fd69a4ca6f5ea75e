// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "changeplan.h"
#include "clientadapter.h"
#include "providerprofile.h"
#include "transaction.h"
#include "wizardcontext.h"

#include <QList>
#include <optional>

namespace mailsetup {

// What the pages have decided so far. Each page fills in its part and reads what
// the pages before it chose; SetupWizard owns it and outlives every page.
struct WizardState
{
    explicit WizardState(WizardContext c) : context(std::move(c)) {}

    WizardContext context;
    ClientRegistry registry;
    std::optional<ProviderProfile> profile;  // provider page
    std::optional<AccountSettings> settings; // details page
    QList<ChangePlan> plans;                 // clients page: the checked, applicable plans
    std::optional<ApplyResult> applied;      // review page, once applyPlans has run
    bool busy = false;                       // files are being written: no closing
};

} // namespace mailsetup
