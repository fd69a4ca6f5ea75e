// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mailsetup {

struct PinercParseError
{
    int line = 0; // 1-based
    QString message;
};

// A Pine/Alpine configuration file (.pinerc) kept exactly as written: comments,
// blank lines, unknown settings, spacing and line endings survive, and an unchanged
// file serialises to identical bytes. Edits touch only the lines of the settings
// they change.
//
// Syntax as Alpine 2.26 reads it (alpinemail/alpine pith/conf.c read_pinerc and
// expand_variables; ../shared/research/unix-mozilla-apple-clients.md section 5):
// `name=value` with optional blanks around `=`, names without regard to case; `#` in
// column 1 starts a comment; a line starting with a space or tab continues the list
// value before it (Alpine writes lists as `a,` newline TAB `b`); list elements are
// separated by commas outside double quotes; of duplicate settings the last one
// counts; `$$` and `\$` stand for `$` (a lone `$` names an environment variable).
class PinercFile
{
public:
    static PinercFile parse(const QByteArray& bytes);

    // Lines Alpine would not understand: neither a setting, a comment, a blank line
    // nor a continuation of a setting. Alpine skips them silently, which usually
    // means a setting the person meant has no effect.
    const QList<PinercParseError>& errors() const { return m_errors; }

    bool contains(const QString& name) const;
    QStringList names() const;                        // as written, in file order, each once
    int lineOf(const QString& name) const;            // 1-based line of the setting that counts, 0 if absent
    int continuationLines(const QString& name) const; // lines continuing it
    // A single value: the text after `=`, surrounding double quotes removed (as for
    // the variables Alpine marks "remove quotes"), `$$` read as `$`. Empty when unset.
    QString stringValue(const QString& name) const;
    // A list value, continuation lines joined, elements trimmed, empty ones dropped;
    // surrounding quotes are removed from each element when removeQuotes is set. `""`,
    // Alpine's "set to nothing" (overriding a system default), gives one empty element.
    QStringList listValue(const QString& name, bool removeQuotes = true) const;

    // Replaces the value of the setting that counts in place (earlier duplicates,
    // which Alpine ignores and drops when it saves, are removed so the file says one
    // thing); a new setting is appended at the end. `$` is written as `$$`.
    void setString(const QString& name, const QString& value);
    // Written the way Alpine writes lists: one element per line.
    void setList(const QString& name, const QStringList& values);

    QByteArray toBytes() const;

    // The text Alpine reads back as `value` (it expands `$`); control characters, which
    // could end the line and start another setting, become spaces.
    static QString escapeValue(const QString& value);

private:
    struct Line
    {
        enum class Kind
        {
            Blank,
            Comment,
            Setting,
            Continuation,
            Invalid
        } kind = Kind::Blank;
        QByteArray raw;           // without the line ending
        QByteArray ending;        // "\n", "\r\n" or "" for a last line without one
        QString name;             // Setting: as written
        QString value;            // Setting: after `=` and the blanks following it
        qsizetype valueStart = 0; // Setting: where the value starts in raw
    };

    int lastSetting(const QString& name) const; // index in m_lines, -1 if absent
    int endOfSetting(int index) const;          // one past its last continuation line
    void setRaw(const QString& name, const QList<QByteArray>& lines);
    QByteArray newline() const;

    QList<Line> m_lines;
    QList<PinercParseError> m_errors;
    bool m_bom = false; // Alpine skips a UTF-8 BOM; it is kept out of the lines
};

} // namespace mailsetup
