// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeplan.h"
#include "hostenvironment.h"
#include "registry.h"

#include <QString>
#include <memory>

namespace mailsetup {

// The registry of the Windows being set up. On Windows itself, the registry. For a
// Windows home on any system (--home DIR --os windows: fixtures, a helpdesk's copy)
// two .reg files in that home, as `regedit /e` exports them:
//   registry/HKEY_CURRENT_USER.reg   the user's registry; plans write here
//   registry/HKEY_LOCAL_MACHINE.reg  optional, read for detection only
// (keys are full paths, so one file may also hold both roots.)
struct WindowsRegistryView
{
    std::unique_ptr<Registry> user;    // null: no registry to read
    std::unique_ptr<Registry> machine; // null: none (the user file is asked instead)
    QString userStore;                 // what plans name as their registryStore
    QString problem;                   // a file that could not be read, with its line

    const Registry* forKey(const QString& key) const; // HKLM keys to machine when there is one
};

QString userRegistryFile(const HostEnvironment& env);
QString machineRegistryFile(const HostEnvironment& env);
WindowsRegistryView openWindowsRegistry(const HostEnvironment& env);

// Plans and backups name an installation by store and key: "FILE|KEY", or KEY alone
// for this computer's registry.
QString registryLocation(const QString& store, const QString& key);
void splitRegistryLocation(const QString& location, QString* store, QString* key);

// The start of a registry adapter's plan for the installation at `location`: names
// the store in plan->registryStore and the key in *key, refuses with runningReason
// when it is not empty (the program would write its settings back), and opens the
// store. Null, with plan->refusal saying why, when the plan stops there.
std::unique_ptr<Registry>
openRegistryForPlan(const QString& location, const QString& runningReason, ChangePlan* plan, QString* key);

// A registry string as Outlook and Outlook Express keep it: REG_SZ, or REG_BINARY
// UTF-16LE text (Outlook 2002-2013).
QString registryText(const Registry& registry, const QString& key, const QString& name);
std::optional<quint32> registryDword(const Registry& registry, const QString& key, const QString& name);

// Adds the change to the plan unless the value is already target.
void planRegistryValue(const Registry& registry,
                       const QString& key,
                       const QString& name,
                       const RegistryValue& target,
                       ChangePlan* plan);

} // namespace mailsetup
