// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry.h"
#include "transaction.h"

#include <QJsonObject>
#include <QMap>
#include <memory>

namespace mailsetup {

// The registry part of applyPlans/undoTransaction (transaction.cpp): stores opened
// once per transaction, the manifest's JSON for registry values, and apply/restore.
class RegistryStores
{
public:
    Registry* open(const QString& store, QString* error);
    bool commitAll(QString* error);

private:
    std::map<QString, std::unique_ptr<Registry>> m_stores;
};

QJsonObject registryEntryToJson(const RegistryBackupEntry& entry);
RegistryBackupEntry registryEntryFromJson(const QJsonObject& json);

// Empty when every planned value still has its planned "before"; else what moved.
QString checkRegistryUnchanged(RegistryStores& stores, const ChangePlan& plan);

// The entries to record for a plan's registry changes, with the keys they create.
bool prepareRegistryEntries(RegistryStores& stores,
                            const ChangePlan& plan,
                            QList<RegistryBackupEntry>* out,
                            QString* error);

// Writes each entry's "after" (applied counts how many were written before a failure),
// then makes the stores lasting.
bool applyRegistryEntries(RegistryStores& stores,
                          const QList<RegistryBackupEntry>& entries,
                          int* applied,
                          QString* error);

// Puts back each entry's "before" (last first) and removes the keys the apply created.
bool restoreRegistryEntries(RegistryStores& stores,
                            const QList<RegistryBackupEntry>& entries,
                            QString* error);

// "KEY "NAME" in STORE", for messages.
QString registryEntryName(const RegistryBackupEntry& entry);

// The current values of entries as a .reg file, kept before a forced undo overwrites them.
QByteArray registryEntriesExport(RegistryStores& stores, const QList<RegistryBackupEntry>& entries);

} // namespace mailsetup
