// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registryvalue.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace mailsetup {

// The Windows registry as adapters and the applier see it. Keys are full paths with
// their root ("HKEY_CURRENT_USER\Software\..."; HKCU and HKLM are accepted too); an
// empty value name is the key's default value. Two backends: a .reg file (every
// system: fixture homes, helpdesk exports) and, on Windows, the registry itself
// through the Win32 API (platform/win32).
class Registry
{
public:
    virtual ~Registry() = default;

    virtual std::optional<RegistryValue> value(const QString& key, const QString& name) const = 0;
    virtual bool keyExists(const QString& key) const = 0;
    virtual QStringList subkeys(const QString& key) const = 0;
    virtual QStringList valueNames(const QString& key) const = 0;

    // Creates the key (and its parents) when needed.
    virtual bool
    setValue(const QString& key, const QString& name, const RegistryValue& value, QString* error) = 0;
    virtual bool deleteValue(const QString& key, const QString& name, QString* error) = 0;
    // Removes a key only when it has no values and no subkeys left.
    virtual bool deleteEmptyKey(const QString& key, QString* error) = 0;
    // Makes the changes lasting: the file backend replaces its file atomically here;
    // the Win32 registry writes at once and has nothing to do.
    virtual bool commit(QString* error) = 0;

    // Where it reads and writes, for people: a file path or "the Windows registry".
    virtual QString describe() const = 0;
};

// The store name of this computer's own registry in plans and manifests.
inline QString nativeRegistryStore()
{
    return QString();
}

// Opens a store: nativeRegistryStore() is this computer's registry (Windows only),
// anything else the path of a .reg file (a missing file is an empty registry).
// A file that cannot be read completely is an error naming the file and line.
std::unique_ptr<Registry> openRegistryStore(const QString& store, QString* error);

} // namespace mailsetup
