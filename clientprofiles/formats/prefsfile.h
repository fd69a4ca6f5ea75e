// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prefslookup.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mailsetup {

// One value of a Mozilla preference: a string, a boolean or a 32-bit integer.
// Syntax source: mozilla/gecko-dev modules/libpref/parser/src/lib.rs (see
// ../shared/research/unix-mozilla-apple-clients.md, section 1.4).
class PrefValue
{
public:
    enum class Type
    {
        String,
        Bool,
        Int
    };

    static PrefValue fromString(const QString& text);
    static PrefValue fromBool(bool value);
    static PrefValue fromInt(qint32 value);

    Type type() const { return m_type; }
    QString toString() const { return m_string; } // String only
    bool toBool() const { return m_bool; }        // Bool only
    qint32 toInt() const { return m_int; }        // Int only

    // The literal as Gecko's writer emits it: strings in double quotes with only
    // \\ \" \n \r escaped (everything else raw UTF-8), true/false, decimal integers.
    QByteArray toLiteral() const;
    // For people: "text" in quotes, true/false, numbers.
    QString toDisplayString() const;

    bool operator==(const PrefValue& other) const;
    bool operator!=(const PrefValue& other) const { return !(*this == other); }

private:
    Type m_type = Type::String;
    QString m_string;
    bool m_bool = false;
    qint32 m_int = 0;
};

struct PrefsParseError
{
    int line = 0;   // 1-based
    int column = 0; // 1-based, in bytes
    QString message;
};

// A prefs.js or user.js file, kept exactly as written. Reading follows Gecko's
// parser (comments, both quote styles, escapes, error recovery by skipping to the
// next ';'); editing touches only the statements of the preferences it changes, so
// an unchanged file serialises to identical bytes and every unrelated line,
// comment and unknown preference is kept.
class PrefsFile : public PrefsLookup
{
public:
    static PrefsFile parse(const QByteArray& bytes);

    // Statements Gecko would skip. A caller that must not lose anything refuses to
    // rewrite a file with errors.
    const QList<PrefsParseError>& errors() const { return m_errors; }

    std::optional<PrefValue> value(const QString& name) const override;
    bool contains(const QString& name) const { return value(name).has_value(); }
    QStringList names() const override;
    QStringList namesWithPrefix(const QString& prefix) const override;
    // 1-based line of the last assignment of name, 0 if absent.
    int lineOf(const QString& name) const;

    // Replaces the value of the last assignment in place (earlier duplicates are
    // removed, so the file says one thing); a new name is appended as a new
    // user_pref line at the end, using the file's line ending.
    void set(const QString& name, const PrefValue& value);
    // Removes every assignment of name, with its line when the line holds nothing else.
    void remove(const QString& name);

    QByteArray toBytes() const;

private:
    struct Statement
    {
        QString name;
        PrefValue value;
        qsizetype start = 0;      // first byte of `user_pref`
        qsizetype end = 0;        // one past the closing ';'
        qsizetype valueStart = 0; // the value literal
        qsizetype valueEnd = 0;
        int line = 0;
    };

    struct IndexEntry
    {
        qsizetype last = -1; // index in m_statements of the last assignment
        int count = 0;       // assignments of the name
    };

    // Every edit goes through replaceRange, which keeps offsets and line numbers
    // current without parsing the file again.
    void replaceRange(qsizetype at, qsizetype removed, const QByteArray& inserted);
    void reindexAfterEdit(qsizetype at, qsizetype removed, qsizetype inserted, int lineDelta);
    void removeStatementAt(qsizetype index);
    void append(const QString& name, const QByteArray& literal, const PrefValue& stored);
    void ensureIndex() const;

    QByteArray m_bytes;
    QList<Statement> m_statements; // in file order
    QList<PrefsParseError> m_errors;
    qsizetype m_end = 0;                            // where Gecko stops reading: the size, or a NUL byte
    int m_lineAtEnd = 1;                            // the line m_end is on
    QByteArray m_newline = QByteArrayLiteral("\n"); // the file's dominant line ending
    // Name -> last assignment, built on first use and kept current by edits.
    mutable QHash<QString, IndexEntry> m_index;
    mutable bool m_indexValid = false;
};

} // namespace mailsetup
