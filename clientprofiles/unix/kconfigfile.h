// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/inifile.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace mailsetup {

struct KConfigProblem
{
    int line = 0; // 1-based
    QString message;
};

// A KDE KConfig file (mailtransports, emailidentities, akonadi_*rc) read the way
// KConfig reads it (KDE/kconfig src/core/kconfigini.cpp, KConfigIniBackend::parseConfig)
// and edited through the format-preserving IniFile, so every other byte stays.
//
// KConfig specifics handled here: only '#' starts a comment; nested groups
// "[Group][Sub]"; "[$i]" after a group (or alone: the whole file) makes it immutable;
// key suffixes "[$i]", "[$e]", "[$d]" (immutable, shell expansion, deleted) and
// "[de]" (a translation); escapes \s \t \n \r \\ \xNN in keys, groups and values;
// a repeated group merges with the earlier one and a repeated key wins over it.
// Edits refuse (whyNotWritable) whatever KConfig would read differently from
// what we write: immutable file, group or entry, expansion, translations, and
// group headers or keys spelled in a way IniFile sees differently.
class KConfigFile
{
public:
    static KConfigFile parse(const QByteArray& bytes);

    // Lines KConfig rejects or skips with a warning; KDE programs drop them when they
    // next save, so a file with any is not edited.
    const QList<KConfigProblem>& errors() const { return m_errors; }

    // Group names as KConfig has them (nested parts joined by '\x1d'), file order, once each.
    QStringList groups() const;
    bool hasGroup(const QString& group) const;
    QStringList keys(const QString& group) const; // untranslated, not deleted; file order
    // The untranslated value (escapes decoded) as KConfig reads it: the last one wins;
    // empty when absent or deleted with [$d].
    std::optional<QString> value(const QString& group, const QString& key) const;
    int lineOf(const QString& group, const QString& key) const; // of the value read; 0 if absent
    int groupLine(const QString& group) const;                  // of its first header; 0 if absent

    // Empty when setValue(group, key) is read back by KConfig as written; else why
    // not, naming the line.
    QString whyNotWritable(const QString& group, const QString& key) const;
    // Changes every occurrence, or adds the key to the group's first block. The group
    // must exist; use appendGroup for a new one.
    void setValue(const QString& group, const QString& key, const QString& value);
    // Adds "[group]" and its entries at the end, after a blank line, as KConfig writes.
    void appendGroup(const QString& group, const QList<QPair<QString, QString>>& entries);

    QByteArray toBytes() const { return m_ini.toBytes(); }

    // KConfigIniBackend::stringToPrintable / printableToString for values.
    static QByteArray escapeValue(const QString& value);
    static bool unescape(const QByteArray& raw, QByteArray* out);

private:
    struct Header
    {
        int line = 0;
        QString name;    // KConfig's name
        QString iniName; // the section IniFile sees ("" when it sees none)
        bool plain = false;
        bool immutable = false;
    };
    struct Entry
    {
        int line = 0;
        QString group;
        QString key;    // decoded, without [..] suffixes
        QString iniKey; // the key IniFile sees
        QString locale;
        QString options; // the letters of [$...]
        bool deleted = false;
        QString value;
    };

    void scan(const QByteArray& bytes);
    QByteArray newline() const;

    IniFile m_ini;
    QList<Header> m_headers;
    QList<Entry> m_entries;
    QList<KConfigProblem> m_errors;
    int m_fileImmutableLine = 0; // a "[$i]" line outside any group
};

} // namespace mailsetup
