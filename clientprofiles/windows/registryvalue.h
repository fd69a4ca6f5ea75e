// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <optional>

namespace mailsetup {

// The registry value types Mail Setup reads and writes; the numbers are Windows' own
// (winnt.h REG_*), which is also how .reg files name them in hex(N).
enum class RegistryType : quint32
{
    None = 0,
    String = 1,       // REG_SZ
    ExpandString = 2, // REG_EXPAND_SZ
    Binary = 3,       // REG_BINARY
    Dword = 4,        // REG_DWORD (little-endian)
    MultiString = 7   // REG_MULTI_SZ
};

// One registry value as Windows stores it: a type and the raw bytes (strings are
// UTF-16LE with their terminating NUL, as RegQueryValueExW returns them).
struct RegistryValue
{
    quint32 type = quint32(RegistryType::String);
    QByteArray data;

    static RegistryValue string(const QString& text, RegistryType type = RegistryType::String);
    static RegistryValue dword(quint32 number);
    static RegistryValue binary(const QByteArray& bytes);
    static RegistryValue multiString(const QStringList& items);
    // A string kept as REG_BINARY UTF-16LE with its NUL, as Outlook 2002-2013 store them.
    static RegistryValue utf16Binary(const QString& text);

    bool isString() const; // REG_SZ or REG_EXPAND_SZ
    // The text of REG_SZ/REG_EXPAND_SZ, and of REG_BINARY holding UTF-16LE text.
    QString toText() const;
    std::optional<quint32> toDword() const;
    QStringList toStringList() const;

    QString typeName() const; // "REG_SZ", ...
    QString describe() const; // for people: REG_DWORD 465 (0x000001d1)

    bool operator==(const RegistryValue& other) const { return type == other.type && data == other.data; }
    bool operator!=(const RegistryValue& other) const { return !(*this == other); }
};

QString registryTypeName(quint32 type);

} // namespace mailsetup
