// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace mailsetup {

// One word of a muttrc command as Mutt reads it (mutt_extract_token in muttmua/mutt
// init.c, parse_extract_token in NeoMutt): quotes removed, backslash escapes applied.
struct MuttrcToken
{
    int start = 0; // bytes in the file, [start, end)
    int end = 0;
    QByteArray text;      // the word as Mutt sees it; `commands` and $VARIABLES kept as written
    char quote = 0;       // the quote the word starts with: '"', '\'' or 0
    bool dynamic = false; // has a `command` or $VARIABLE that Mutt expands when it reads the line
};

// One variable named by set/unset/reset/toggle: "set a = b", "set noa", "unset a", ...
struct MuttrcVariable
{
    enum class Op
    {
        Assign, // set a = value
        Append, // set a += value (NeoMutt)
        Remove, // set a -= value (NeoMutt)
        Set,    // set a  (booleans and quad-options: yes; other variables: only shows the value)
        Unset,  // set noa, unset a
        Toggle, // set inva, toggle a
        Reset,  // set &a, reset a
        Query   // set ?a, set a?
    };
    Op op = Op::Set;
    QByteArray name; // without no/inv/&/? prefixes
    MuttrcToken nameToken;
    std::optional<MuttrcToken> value; // Assign, Append, Remove
};

struct MuttrcCommand
{
    int line = 0;  // 1-based physical line where the command starts
    int start = 0; // bytes in the file
    int end = 0;
    QByteArray name;                 // "set", "source", "folder-hook", ...
    QList<MuttrcToken> arguments;    // everything after the name, word by word
    QList<MuttrcVariable> variables; // set, unset, reset, toggle
};

struct MuttrcError
{
    int line = 0; // 1-based
    QString message;
};

// A muttrc kept byte for byte: it is never re-serialised, only edited in place
// (replace a word, insert lines), so comments, spacing, quoting, line endings and
// every command we do not understand stay exactly as written. Reading follows
// Mutt's rules: '\' at the end of a line continues it, '#' starts a comment, ';'
// separates commands, words are split at blanks unless quoted.
class MuttrcFile
{
public:
    static MuttrcFile parse(const QByteArray& bytes);

    QByteArray toBytes() const { return m_bytes; }
    const QList<MuttrcCommand>& commands() const { return m_commands; }
    // Lines Mutt would stop at or silently misread (an unclosed quote or `, a last line
    // continued with '\').
    const QList<MuttrcError>& errors() const { return m_errors; }

    QByteArray lineEnding() const; // "\r\n" when the file uses it, else "\n"
    int lineOf(int offset) const;  // 1-based physical line of a byte offset
    int lineStart(int line) const; // byte offset where a 1-based line starts; size() past the end

    // A value written so Mutt reads it back as exactly value: in the quote style asked
    // for where possible ('\'' cannot hold a '\''; 0 means bare when nothing needs quoting).
    static QByteArray quote(const QByteArray& value, char style);

    // Edits by byte offsets of this file; applying them returns the new file. Offsets
    // refer to the original bytes, so edits never shift each other.
    struct Edit
    {
        int start = 0;
        int end = 0; // == start: an insertion
        QByteArray text;
    };
    QByteArray withEdits(const QList<Edit>& edits) const;

private:
    QByteArray m_bytes;
    QList<int> m_lineStarts;
    QList<MuttrcCommand> m_commands;
    QList<MuttrcError> m_errors;
};

} // namespace mailsetup
