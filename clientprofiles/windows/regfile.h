// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registryvalue.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace mailsetup {

// A .reg file as regedit exports and imports it ("Windows Registry Editor Version
// 5.00": UTF-16LE with BOM, CRLF; or the older ANSI "REGEDIT4"): [key] and [-key]
// sections, "name"=... and @=... values as "text", dword:, hex:, hex(N): with "\"
// continuation lines, and "name"=- deletions. Lines that are not touched are kept
// byte for byte; changed and new values are written exactly as regedit (and wine's
// reg.exe, programs/reg/export.c) formats them, so an unchanged file round-trips and
// a value set back to what it was gives back the same bytes.
class RegFile
{
public:
    // An empty Version 5.00 file, as `reg export` starts one.
    RegFile();

    struct ParseResult;
    static ParseResult parse(const QByteArray& bytes);
    QByteArray toBytes() const;

    // What importing the file would leave in the registry, in file order.
    std::optional<RegistryValue> value(const QString& key, const QString& name) const;
    bool keyExists(const QString& key) const; // also a parent of a key in the file
    QStringList subkeys(const QString& key) const;
    QStringList valueNames(const QString& key) const;
    QStringList keys() const; // every key with a section, in file order

    void setValue(const QString& key, const QString& name, const RegistryValue& value);
    void removeValue(const QString& key, const QString& name);
    // Removes the sections of a key that has no values left (undo of a key we created).
    void removeEmptyKey(const QString& key);

    // The lines regedit writes for one value, without line ends.
    static QStringList formatValue(const QString& name, const RegistryValue& value);
    // "HKCU\..." and "HKLM\..." in their long form, without a trailing backslash.
    static QString normalizeKey(const QString& key);

private:
    struct Entry
    {
        QString name;                       // empty: the default value (@)
        std::optional<RegistryValue> value; // empty: "name"=- (deletes the value)
        int firstLine = 0;
        int lineCount = 1;
    };
    struct Section
    {
        QString key;
        bool removesKey = false; // [-key]
        int headerLine = 0;
        QList<Entry> entries;
    };
    struct KeyState
    {
        QString key;
        QMap<QString, QPair<QString, RegistryValue>> values; // lower-case name -> (name, value)
    };

    QString reindex(int* errorLine); // empty on success
    QMap<QString, KeyState> model() const;
    int targetSection(const QString& key) const;
    QString eol() const { return m_crlf ? QStringLiteral("\r") : QString(); }

    QStringList m_lines; // split at '\n'; a line keeps its '\r'
    bool m_utf16 = true;
    bool m_bom = true;
    bool m_crlf = true;
    QList<Section> m_sections;
};

struct RegFile::ParseResult
{
    std::optional<RegFile> file;
    int line = 0; // the line of the error, 1-based
    QString error;
};

} // namespace mailsetup
