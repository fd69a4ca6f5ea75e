// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostenvironment.h"
#include "transaction.h"

#include <QString>

namespace mailsetup {

// Where the wizard looks for mail programs and keeps its backups. The program
// uses this computer's; tests point it at a fixture home and a temporary folder.
struct WizardContext
{
    HostEnvironment env = HostEnvironment::current();
    QString backupRoot = BackupStore::defaultRoot();
};

} // namespace mailsetup
