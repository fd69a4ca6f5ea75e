// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosticsprober.h"
#include "hostenvironment.h"
#include "maildiscovery.h"
#include "transaction.h"
#include "trustinstalllog.h"

#include <QString>
#include <functional>
#include <memory>

namespace mailsetup {

class ToolRunner;
class TrustStore;

// Where the wizard looks for mail programs and keeps its backups. The program
// uses this computer's; tests point it at a fixture home and a temporary folder.
struct WizardContext
{
    HostEnvironment env = HostEnvironment::current();
    QString backupRoot = BackupStore::defaultRoot();

    // Helpdesk mode: every page shows the resolved settings, the raw diagnosis
    // report and a log, for reading out over the phone (`mailsetup --helpdesk`).
    bool helpdesk = false;

    // Connection check: how long each server may take (they run at the same time).
    qint64 diagnosisTimeoutMs = 10000;
    // Finding settings from an address (the real network by default).
    DiscoveryOptions discovery = discoveryOptionsWithDiagnostics();

    // The record of certificates Mail Setup added, so undo removes only those.
    QString trustLogPath = TrustInstallLog::defaultPath();
    // The computer's own certificate store, made on the worker thread that installs
    // into it. Empty: this system's (through the administrator helper unless root).
    // Tests give a Debian store below a temporary folder.
    std::function<std::unique_ptr<TrustStore>(ToolRunner& runner)> systemTrustStore;
};

} // namespace mailsetup
