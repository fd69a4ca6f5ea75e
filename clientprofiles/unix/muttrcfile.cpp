// SPDX-License-Identifier: GPL-3.0-or-later
// The reading rules follow muttmua/mutt (muttlib.c mutt_read_line, init.c
// mutt_extract_token, mutt_parse_rc_line, parse_set) and NeoMutt (main.c, parse/
// extract.c, parse/set.c), which agree on everything here.
#include "muttrcfile.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <cctype>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Commands whose words Mutt splits with the ordinary rules and which end at ';' or
// '#'. Any other command (alias, my_hdr, score, ...) may read the rest of its line
// by other rules, so the rest of its line is taken as a whole and not looked into.
const QSet<QByteArray>& ordinaryCommands()
{
    static const QSet<QByteArray> names = {"source",
                                           "mailboxes",
                                           "named-mailboxes",
                                           "unmailboxes",
                                           "color",
                                           "uncolor",
                                           "mono",
                                           "unmono",
                                           "bind",
                                           "unbind",
                                           "macro",
                                           "unmacro",
                                           "ignore",
                                           "unignore",
                                           "hdr_order",
                                           "unhdr_order",
                                           "lists",
                                           "unlists",
                                           "subscribe",
                                           "unsubscribe",
                                           "alternates",
                                           "unalternates",
                                           "auto_view",
                                           "unauto_view",
                                           "alternative_order",
                                           "unalternative_order",
                                           "mime_lookup",
                                           "unmime_lookup",
                                           "echo",
                                           "cd",
                                           "finish",
                                           "push",
                                           "exec",
                                           "setenv",
                                           "unsetenv",
                                           "unmy_hdr",
                                           "account-hook",
                                           "folder-hook",
                                           "send-hook",
                                           "send2-hook",
                                           "reply-hook",
                                           "message-hook",
                                           "save-hook",
                                           "fcc-hook",
                                           "fcc-save-hook",
                                           "mbox-hook",
                                           "crypt-hook",
                                           "pgp-hook",
                                           "charset-hook",
                                           "iconv-hook",
                                           "open-hook",
                                           "close-hook",
                                           "append-hook",
                                           "startup-hook",
                                           "shutdown-hook",
                                           "timeout-hook",
                                           "index-format-hook",
                                           "unhook"};
    return names;
}

// One logical line: physical lines joined where one ends in '\', as Mutt reads them.
struct LogicalLine
{
    QByteArray text;
    QList<int> offsets; // file offset of each byte of text, plus one past the last
};

enum TokenFlag
{
    StopAtEqual = 1,     // '=' ends a word (variable names in set)
    StopAtPlusMinus = 2, // "+=" and "-=" end a word (NeoMutt)
    KeepSpaces = 4       // blanks do not end a word (ifdef's command)
};

class Lexer
{
public:
    explicit Lexer(const LogicalLine& line) : m_line(line), m_t(line.text) {}

    int pos = 0;
    QString error;

    void skipBlanks()
    {
        while (pos < m_t.size() && isSpace(m_t[pos]))
            ++pos;
    }
    bool atEnd() const { return pos >= m_t.size(); }
    char peek(int ahead = 0) const { return pos + ahead < m_t.size() ? m_t[pos + ahead] : '\0'; }
    // MoreArgs in Mutt: the command goes on until ';', '#' or the end of the line.
    bool moreArguments() const { return !atEnd() && peek() != ';' && peek() != '#'; }
    int fileOffset(int logical) const { return m_line.offsets.value(logical, m_line.offsets.last()); }

    MuttrcToken word(int flags)
    {
        MuttrcToken token;
        const int begin = pos;
        char inQuote = 0;
        while (pos < m_t.size()) {
            const char ch = m_t[pos];
            if (!inQuote) {
                if ((isSpace(ch) && !(flags & KeepSpaces)) || ch == '#' || ch == ';' ||
                    (ch == '=' && (flags & StopAtEqual)) ||
                    ((flags & StopAtPlusMinus) && (ch == '+' || ch == '-') && peek(1) == '='))
                    break;
            }
            ++pos;
            if (ch == inQuote) {
                inQuote = 0;
            } else if (!inQuote && (ch == '\'' || ch == '"')) {
                inQuote = ch;
                if (pos - 1 == begin)
                    token.quote = ch;
            } else if (ch == '\\' && inQuote != '\'') {
                if (atEnd()) {
                    fail(tr("the line ends with a single '\\'"));
                    break;
                }
                token.text += unescape();
            } else if (ch == '`' && (!inQuote || inQuote == '"')) {
                const int close = closingBacktick();
                if (close < 0) {
                    fail(tr("a ` is not closed"));
                    pos = m_t.size();
                    break;
                }
                token.text += m_t.mid(pos - 1, close - pos + 2);
                token.dynamic = true;
                pos = close + 1;
            } else if (ch == '$' && (!inQuote || inQuote == '"') && (peek() == '{' || isAlpha(peek()))) {
                token.dynamic = true;
                token.text += '$';
            } else {
                token.text += ch;
            }
        }
        if (inQuote)
            fail(tr("a %1 quote is not closed").arg(QLatin1Char(inQuote)));
        token.start = fileOffset(begin);
        token.end = pos > begin ? fileOffset(pos - 1) + 1 : token.start;
        skipBlanks();
        return token;
    }

    // The rest of the line up to a comment, unread (commands with their own rules).
    MuttrcToken rest()
    {
        MuttrcToken token;
        const int begin = pos;
        pos = m_t.size();
        token.text = m_t.mid(begin);
        token.start = fileOffset(begin);
        token.end = pos > begin ? fileOffset(pos - 1) + 1 : token.start;
        return token;
    }

private:
    void fail(const QString& message)
    {
        if (error.isEmpty())
            error = message;
    }

    QByteArray unescape()
    {
        const char c = m_t[pos++];
        switch (c) {
        case 'c':
        case 'C':
            if (atEnd())
                return {};
            return QByteArray(1, char((std::toupper(uchar(m_t[pos++])) - '@') & 0x7f));
        case 'e':
            return "\033";
        case 'f':
            return "\f";
        case 'n':
            return "\n";
        case 'r':
            return "\r";
        case 't':
            return "\t";
        default:
            if (isDigit(c) && isDigit(peek()) && isDigit(peek(1))) {
                const char value = char((c - '0') * 64 + (m_t[pos] - '0') * 8 + (m_t[pos + 1] - '0'));
                pos += 2;
                return QByteArray(1, value);
            }
            return QByteArray(1, c);
        }
    }

    int closingBacktick() const
    {
        for (int i = pos; i < m_t.size(); ++i) {
            if (m_t[i] == '\\')
                ++i;
            else if (m_t[i] == '`')
                return i;
        }
        return -1;
    }

    const LogicalLine& m_line;
    const QByteArray& m_t;
};

void parseVariables(Lexer& lex, MuttrcCommand& command)
{
    const bool isSet = command.name == "set";
    while (lex.moreArguments() && lex.error.isEmpty()) {
        const int iterationStart = lex.pos;
        MuttrcVariable v;
        v.op = command.name == "unset"    ? MuttrcVariable::Op::Unset
               : command.name == "reset"  ? MuttrcVariable::Op::Reset
               : command.name == "toggle" ? MuttrcVariable::Op::Toggle
                                          : MuttrcVariable::Op::Set;
        // Prefixes are read from the raw text before the name, as parse_set does.
        if (lex.peek() == '?') {
            v.op = MuttrcVariable::Op::Query;
            ++lex.pos;
        } else if (lex.peek() == 'n' && lex.peek(1) == 'o') {
            v.op = v.op == MuttrcVariable::Op::Unset ? MuttrcVariable::Op::Set : MuttrcVariable::Op::Unset;
            lex.pos += 2;
        } else if (lex.peek() == 'i' && lex.peek(1) == 'n' && lex.peek(2) == 'v') {
            v.op = MuttrcVariable::Op::Toggle;
            lex.pos += 3;
        } else if (lex.peek() == '&') {
            v.op = MuttrcVariable::Op::Reset;
            ++lex.pos;
        }
        v.nameToken = lex.word(StopAtEqual | StopAtPlusMinus);
        v.name = v.nameToken.text;
        if (v.name.endsWith('?')) {
            v.name.chop(1);
            v.op = MuttrcVariable::Op::Query;
        }
        if (isSet && lex.peek() == '=') {
            v.op = MuttrcVariable::Op::Assign;
            lex.pos += 1;
        } else if (isSet && (lex.peek() == '+' || lex.peek() == '-') && lex.peek(1) == '=') {
            v.op = lex.peek() == '+' ? MuttrcVariable::Op::Append : MuttrcVariable::Op::Remove;
            lex.pos += 2;
        }
        if (v.op == MuttrcVariable::Op::Assign || v.op == MuttrcVariable::Op::Append ||
            v.op == MuttrcVariable::Op::Remove) {
            lex.skipBlanks();
            v.value = lex.word(0);
        }
        if (lex.pos == iterationStart) {
            // "unset =a": no name, and nothing read, so the loop would never end (found by
            // fuzz_muttrc). Mutt reports an unknown variable and skips the line (parse_set).
            lex.error = tr("a variable name is missing before '%1'").arg(QLatin1Char(lex.peek()));
            break;
        }
        command.arguments << v.nameToken;
        if (v.value)
            command.arguments << *v.value;
        command.variables << v;
    }
}

} // namespace

MuttrcFile MuttrcFile::parse(const QByteArray& bytes)
{
    MuttrcFile file;
    file.m_bytes = bytes;
    file.m_lineStarts << 0;
    for (int i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n' && i + 1 < bytes.size())
            file.m_lineStarts << i + 1;
    }

    int pos = 0;
    while (pos < bytes.size()) {
        LogicalLine line;
        const int firstLine = file.lineOf(pos);
        bool continuedPastEnd = false;
        for (;;) {
            const int newline = bytes.indexOf('\n', pos);
            const int next = newline < 0 ? bytes.size() : newline + 1;
            int end = newline < 0 ? bytes.size() : newline;
            if (newline >= 0 && end > pos && bytes[end - 1] == '\r')
                --end; // mutt_read_line drops the \r of a \r\n
            const bool continued = end > pos && bytes[end - 1] == '\\';
            const int contentEnd = continued ? end - 1 : end;
            for (int i = pos; i < contentEnd; ++i) {
                line.text += bytes[i];
                line.offsets << i;
            }
            pos = next;
            if (!continued) {
                line.offsets << contentEnd;
                break;
            }
            if (pos >= bytes.size()) {
                line.offsets << contentEnd;
                continuedPastEnd = true;
                break;
            }
        }
        if (continuedPastEnd) {
            file.m_errors << MuttrcError{
                firstLine, tr("the last line ends with '\\', which joins it to a line that does not exist")};
        }

        Lexer lex(line);
        for (;;) {
            lex.skipBlanks();
            if (lex.atEnd() || lex.peek() == '#' || !lex.error.isEmpty())
                break;
            if (lex.peek() == ';') {
                ++lex.pos;
                continue;
            }
            MuttrcCommand command;
            const int startLogical = lex.pos;
            command.start = lex.fileOffset(startLogical);
            command.line = file.lineOf(command.start);
            command.name = lex.word(0).text;
            if (command.name == "set" || command.name == "unset" || command.name == "reset" ||
                command.name == "toggle") {
                parseVariables(lex, command);
            } else if (command.name == "ifdef" || command.name == "ifndef") {
                // ifdef symbol 'command': the command is one word that keeps its blanks.
                if (lex.moreArguments())
                    command.arguments << lex.word(0);
                if (lex.moreArguments())
                    command.arguments << lex.word(KeepSpaces);
            } else if (ordinaryCommands().contains(command.name)) {
                while (lex.moreArguments() && lex.error.isEmpty())
                    command.arguments << lex.word(0);
            } else if (!lex.atEnd()) {
                command.arguments << lex.rest();
            }
            command.end = lex.pos > startLogical ? lex.fileOffset(lex.pos - 1) + 1 : command.start;
            file.m_commands << command;
        }
        if (!lex.error.isEmpty())
            file.m_errors << MuttrcError{firstLine, lex.error};
    }
    return file;
}

QByteArray MuttrcFile::lineEnding() const
{
    const int newline = m_bytes.indexOf('\n');
    return newline > 0 && m_bytes[newline - 1] == '\r' ? QByteArray("\r\n") : QByteArray("\n");
}

int MuttrcFile::lineOf(int offset) const
{
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    return int(it - m_lineStarts.begin());
}

int MuttrcFile::lineStart(int line) const
{
    return line >= 1 && line <= m_lineStarts.size() ? m_lineStarts[line - 1] : int(m_bytes.size());
}

QByteArray MuttrcFile::quote(const QByteArray& value, char style)
{
    const bool bare = !value.isEmpty() && std::all_of(value.begin(), value.end(), [](char c) {
        return isAlpha(c) || isDigit(c) || QByteArray("@:/._%+-,=").contains(c);
    });
    if (style == 0 && bare)
        return value;
    if (style == '\'' && !value.contains('\''))
        return '\'' + value + '\'';
    // Inside double quotes Mutt still expands \, ` and $VARIABLES.
    QByteArray out = "\"";
    for (const char c : value) {
        if (c == '"' || c == '\\' || c == '`' || c == '$')
            out += '\\';
        if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if (c == '\t')
            out += "\\t";
        else
            out += c;
    }
    return out + '"';
}

QByteArray MuttrcFile::withEdits(const QList<Edit>& edits) const
{
    // Apply from the end so earlier offsets stay valid. Insertions at one offset end up
    // in the order given, so the later of them is applied first.
    QList<int> order;
    for (int i = 0; i < edits.size(); ++i)
        order << i;
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return edits[a].start != edits[b].start ? edits[a].start > edits[b].start : a > b;
    });
    QByteArray out = m_bytes;
    int limit = int(out.size());
    for (const int i : order) {
        const Edit& e = edits[i];
        if (e.start < 0 || e.end < e.start || e.end > limit)
            continue; // overlapping edits are a bug in the caller; never corrupt the file
        out.replace(e.start, e.end - e.start, e.text);
        limit = e.start;
    }
    return out;
}

} // namespace mailsetup
