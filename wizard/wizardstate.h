// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "certificatestores.h"
#include "changeplan.h"
#include "clientadapter.h"
#include "diagnostictypes.h"
#include "providerprofile.h"
#include "transaction.h"
#include "wizardcontext.h"
#include "wizardlog.h"

#include <QList>
#include <QStringList>
#include <memory>
#include <optional>

namespace mailsetup {

// What the pages have decided so far. Each page fills in its part and reads what
// the pages before it chose; SetupWizard owns it and outlives every page.
struct WizardState
{
    WizardState(WizardContext c, std::shared_ptr<WizardLog> wizardLog)
        : context(std::move(c)), log(std::move(wizardLog))
    {}

    WizardContext context;
    ClientRegistry registry;
    std::shared_ptr<WizardLog> log;         // the wizard's, which the first page writes to before this exists
    std::optional<ProviderProfile> profile; // provider page
    QString emailHint;                      // provider page: the address "Find settings" used
    std::optional<AccountRequest> request;  // details page: what the person typed
    std::optional<AccountSettings> settings;  // details page, then the connection check's variant
    std::optional<DiagnosisReport> diagnosis; // connection page, once finished
    bool diagnosisSkipped = false;
    QList<TrustInstallOutcome> trustInstalls; // certificate page
    QList<ChangePlan> plans;                  // clients page: the checked, applicable plans
    QStringList instructionClients;           // clients page: programs left to the person (ids)
    std::optional<ApplyResult> applied;       // apply page: all written files, ok only if all were
    QStringList transactionIds;               // apply page: one per program, in the order applied
    bool busy = false;                        // files are being written: no closing
};

} // namespace mailsetup
