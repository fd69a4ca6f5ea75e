// SPDX-License-Identifier: GPL-3.0-or-later
#include "prefsfile.h"

#include <QSet>
#include <algorithm>
#include <limits>
#include <vector>

namespace mailsetup {

namespace {

// Gecko reports every error, but for a garbage file with a ';' every few bytes
// that list would be as long as the file.
constexpr int kMaxErrors = 1000;

enum class CharKind
{
    Single,
    Space,
    CR,
    Keyword,
    Quote,
    Slash,
    Digit,
    Hash,
    Other
};

// The classes of lib.rs's CHAR_KINDS table; NUL is a single-char token (EOF).
CharKind charKind(uchar c)
{
    switch (c) {
    case 0:
    case '(':
    case ')':
    case '+':
    case ',':
    case '-':
    case ';':
        return CharKind::Single;
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case ' ':
        return CharKind::Space;
    case '\r':
        return CharKind::CR;
    case '"':
    case '\'':
        return CharKind::Quote;
    case '/':
        return CharKind::Slash;
    case '#':
        return CharKind::Hash;
    default:
        break;
    }
    if (c >= '0' && c <= '9')
        return CharKind::Digit;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')
        return CharKind::Keyword;
    return CharKind::Other;
}

bool isSpecialInString(uchar c)
{
    return c == 0 || c == '\n' || c == '\r' || c == '"' || c == '\'' || c == '\\';
}

bool isHorizontalSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\v' || c == '\f';
}

bool isEol(char c)
{
    return c == '\n' || c == '\r';
}

void appendUtf8(QByteArray& out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

// Line breaks in [from, to) of bytes, each counted once at its last byte so that
// a "\r\n" split by an edit boundary is still counted correctly.
int countLineBreaks(const QByteArray& bytes, qsizetype from, qsizetype to)
{
    const char* data = bytes.constData();
    const qsizetype size = bytes.size();
    int count = 0;
    for (qsizetype i = std::max<qsizetype>(from, 0); i < to; ++i) {
        if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= size || data[i + 1] != '\n')))
            ++count;
    }
    return count;
}

struct Token
{
    enum class Kind
    {
        End,
        Char,
        UserPref,
        Pref,
        StickyPref,
        True,
        False,
        Sticky,
        Locked,
        String,
        Int,
        Error
    };
    Kind kind = Kind::End;
    char ch = 0;         // Char
    qsizetype start = 0; // first byte
    qsizetype end = 0;   // one past the last byte
    quint32 number = 0;  // Int (unsigned; a sign is a token of its own, as in Gecko)
    QByteArray text;     // String, decoded
    QString error;       // Error
    qsizetype errorAt = 0;
};

// A port of lib.rs's tokenizer, including how far it reads in odd cases (a NUL
// inside a string or comment is consumed and reading goes on past it), so that
// this parser accepts and rejects exactly the statements Gecko does.
class Lexer
{
public:
    explicit Lexer(const QByteArray& bytes) : m_data(bytes.constData()), m_size(bytes.size()) {}

    Token next();

    // Gecko's buffer has a NUL appended; reading it counts as one step past the end.
    bool atRealEnd() const { return m_i > m_size; }

private:
    uchar get()
    {
        if (m_i < m_size)
            return uchar(m_data[m_i++]);
        if (m_i == m_size)
            ++m_i;
        return 0;
    }
    void unget() { --m_i; }
    uchar peek() const { return m_i < m_size ? uchar(m_data[m_i]) : 0; }
    bool match(uchar c)
    {
        if (peek() != c)
            return false;
        ++m_i;
        return true;
    }
    int hexDigits(int count);
    void skipLineComment();
    bool skipBlockComment();
    Token stringToken(uchar quote, qsizetype start);
    Token errorToken(qsizetype start, qsizetype at, const QString& message) const
    {
        Token t;
        t.kind = Token::Kind::Error;
        t.start = start;
        t.end = std::min(m_i, m_size);
        t.error = message;
        t.errorAt = at;
        return t;
    }

    const char* m_data;
    qsizetype m_size;
    qsizetype m_i = 0;
};

int Lexer::hexDigits(int count)
{
    int value = 0;
    for (int n = 0; n < count; ++n) {
        const uchar c = get();
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else {
            unget();
            return -1;
        }
        value = value * 16 + digit;
    }
    return value;
}

void Lexer::skipLineComment()
{
    for (;;) {
        const uchar c = get();
        if (c == '\n' || c == 0)
            return;
        if (c == '\r') {
            match('\n');
            return;
        }
    }
}

bool Lexer::skipBlockComment()
{
    for (;;) {
        const uchar c = get();
        if (c == '*' && match('/'))
            return true;
        if (c == 0)
            return false;
    }
}

Token Lexer::stringToken(uchar quote, qsizetype start)
{
    Token t;
    t.kind = Token::Kind::String;
    t.start = start;
    QString error; // the first problem only, as Gecko reports
    qsizetype errorAt = 0;
    auto fail = [&](qsizetype at, const QString& message) {
        if (error.isEmpty()) {
            error = message;
            errorAt = at;
        }
    };

    for (;;) {
        const qsizetype runStart = m_i;
        while (m_i < m_size && !isSpecialInString(uchar(m_data[m_i])))
            ++m_i;
        t.text.append(m_data + runStart, m_i - runStart);

        const qsizetype at = m_i;
        const uchar c = get();
        if (c == quote)
            break;
        if (c == 0) {
            if (atRealEnd()) {
                // Whatever went wrong before, this is what the user must fix.
                error = QStringLiteral("unterminated string");
                errorAt = start;
            } else {
                fail(at, QStringLiteral("NUL byte inside a string"));
            }
            break;
        }
        if (c != '\\') {
            t.text.append(char(c)); // line breaks and the other quote are literal
            continue;
        }

        const uchar e = get();
        switch (e) {
        case '"':
        case '\'':
        case '\\':
            t.text.append(char(e));
            break;
        case 'n':
            t.text.append('\n');
            break;
        case 'r':
            t.text.append('\r');
            break;
        case 'x': {
            const int value = hexDigits(2);
            if (value < 0)
                fail(at, QStringLiteral("malformed \\x escape (two hex digits expected)"));
            else if (value == 0)
                fail(at, QStringLiteral("\\x00 is not allowed"));
            else
                t.text.append(char(value));
            break;
        }
        case 'u': {
            const int value = hexDigits(4);
            if (value < 0) {
                fail(at, QStringLiteral("malformed \\u escape (four hex digits expected)"));
            } else if ((value & 0xFC00) == 0xD800) {
                // As in lib.rs, a '\\' not followed by 'u' is consumed here.
                int low = -1;
                if (match('\\') && match('u'))
                    low = hexDigits(4);
                if (low >= 0 && (low & 0xFC00) != 0xDC00)
                    fail(at, QStringLiteral("invalid low surrogate after a high surrogate"));
                else if (low < 0)
                    fail(at,
                         QStringLiteral("expected a low surrogate \\uDC00-\\uDFFF after a high surrogate"));
                else
                    appendUtf8(t.text,
                               0x10000 + ((char32_t(value) - 0xD800) << 10) + (char32_t(low) - 0xDC00));
            } else if ((value & 0xFC00) == 0xDC00) {
                fail(at, QStringLiteral("low surrogate without a high surrogate before it"));
            } else if (value == 0) {
                fail(at, QStringLiteral("\\u0000 is not allowed"));
            } else {
                appendUtf8(t.text, char32_t(value));
            }
            break;
        }
        default:
            if (e == '\n' || e == '\r')
                unget();
            fail(at, e >= 0x21 && e < 0x7F ? QStringLiteral("unknown escape sequence \\%1").arg(QChar(e))
                                           : QStringLiteral("unknown escape sequence after '\\'"));
            break;
        }
    }

    t.end = std::min(m_i, m_size);
    if (!error.isEmpty()) {
        t.kind = Token::Kind::Error;
        t.error = error;
        t.errorAt = errorAt;
        t.text.clear();
    }
    return t;
}

Token Lexer::next()
{
    for (;;) {
        const qsizetype start = m_i;
        const uchar c = get();
        switch (charKind(c)) {
        case CharKind::Single: {
            Token t;
            t.kind = c == 0 ? Token::Kind::End : Token::Kind::Char;
            t.ch = char(c);
            t.start = std::min(start, m_size);
            t.end = std::min(m_i, m_size);
            return t;
        }
        case CharKind::Space:
        case CharKind::CR:
            continue;
        case CharKind::Keyword: {
            while (charKind(peek()) == CharKind::Keyword)
                ++m_i;
            const QByteArray word = QByteArray::fromRawData(m_data + start, m_i - start);
            Token t;
            t.start = start;
            t.end = m_i;
            if (word == "user_pref")
                t.kind = Token::Kind::UserPref;
            else if (word == "true")
                t.kind = Token::Kind::True;
            else if (word == "false")
                t.kind = Token::Kind::False;
            else if (word == "pref")
                t.kind = Token::Kind::Pref;
            else if (word == "sticky_pref")
                t.kind = Token::Kind::StickyPref;
            else if (word == "sticky")
                t.kind = Token::Kind::Sticky;
            else if (word == "locked")
                t.kind = Token::Kind::Locked;
            else
                return errorToken(
                    start, start,
                    QStringLiteral("unknown word '%1'").arg(QString::fromLatin1(word.left(40))));
            return t;
        }
        case CharKind::Quote:
            return stringToken(c, start);
        case CharKind::Slash: {
            const uchar c2 = get();
            if (c2 == '/') {
                skipLineComment();
                continue;
            }
            if (c2 == '*') {
                if (!skipBlockComment())
                    return errorToken(start, start, QStringLiteral("unterminated /* comment"));
                continue;
            }
            if (c2 == '\n' || c2 == '\r')
                unget();
            return errorToken(start, start, QStringLiteral("expected '/' or '*' after '/'"));
        }
        case CharKind::Digit: {
            quint64 value = c - '0';
            for (;;) {
                const uchar d = peek();
                const CharKind kind = charKind(d);
                if (kind == CharKind::Digit) {
                    ++m_i;
                    // Saturate: anything above 32 bits is out of range anyway.
                    if (value <= std::numeric_limits<quint32>::max())
                        value = value * 10 + (d - '0');
                } else if (kind == CharKind::Keyword) {
                    return errorToken(start, m_i, QStringLiteral("unexpected character in integer literal"));
                } else {
                    break;
                }
            }
            if (value > std::numeric_limits<quint32>::max())
                return errorToken(start, start, QStringLiteral("integer out of range"));
            Token t;
            t.kind = Token::Kind::Int;
            t.start = start;
            t.end = m_i;
            t.number = quint32(value);
            return t;
        }
        case CharKind::Hash:
            skipLineComment();
            continue;
        case CharKind::Other:
            return errorToken(
                start, start,
                c >= 0x21 && c < 0x7F
                    ? QStringLiteral("unexpected character '%1'").arg(QChar(c))
                    : QStringLiteral("unexpected byte 0x%1").arg(uint(c), 2, 16, QLatin1Char('0')));
        }
    }
}

} // namespace

// ---------------------------------------------------------------------------
// PrefValue

PrefValue PrefValue::fromString(const QString& text)
{
    PrefValue v;
    v.m_type = Type::String;
    v.m_string = text;
    return v;
}

PrefValue PrefValue::fromBool(bool value)
{
    PrefValue v;
    v.m_type = Type::Bool;
    v.m_bool = value;
    return v;
}

PrefValue PrefValue::fromInt(qint32 value)
{
    PrefValue v;
    v.m_type = Type::Int;
    v.m_int = value;
    return v;
}

QByteArray PrefValue::toLiteral() const
{
    switch (m_type) {
    case Type::Bool:
        return m_bool ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case Type::Int:
        return QByteArray::number(m_int);
    case Type::String:
        break;
    }
    const QByteArray utf8 = m_string.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (const char c : utf8) {
        switch (c) {
        case '\0':
            break; // Gecko keeps strings as C strings; a NUL would end the file
        case '\\':
            out.append("\\\\");
            break;
        case '"':
            out.append("\\\"");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        default:
            out.append(c);
        }
    }
    out.append('"');
    return out;
}

QString PrefValue::toDisplayString() const
{
    switch (m_type) {
    case Type::Bool:
        return m_bool ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Int:
        return QString::number(m_int);
    case Type::String:
        break;
    }
    return QLatin1Char('"') + m_string + QLatin1Char('"');
}

bool PrefValue::operator==(const PrefValue& other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::String:
        return m_string == other.m_string;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::Int:
        return m_int == other.m_int;
    }
    return false;
}

// ---------------------------------------------------------------------------
// PrefsFile: parsing

PrefsFile PrefsFile::parse(const QByteArray& bytes)
{
    PrefsFile file;
    file.m_bytes = bytes;
    Lexer lexer(bytes);

    struct PendingError
    {
        qsizetype at;
        QString message;
    };
    std::vector<PendingError> errors;
    bool tooMany = false;
    auto addError = [&](qsizetype at, const QString& message) {
        if (errors.size() < size_t(kMaxErrors))
            errors.push_back({at, message});
        else if (!tooMany) {
            errors.push_back({at, QStringLiteral("too many errors; later ones are not listed")});
            tooMany = true;
        }
    };

    bool nulReported = false;
    auto describe = [&](const Token& t, const QString& expected) -> QString {
        if (t.kind != Token::Kind::End)
            return expected;
        if (t.start >= bytes.size())
            return expected + QStringLiteral(", found the end of the file");
        nulReported = true;
        return expected + QStringLiteral(", found a NUL byte (Gecko ignores the rest of the file)");
    };
    // Gecko's panic mode: drop tokens up to and including the next ';'.
    auto skipStatement = [&](Token t) {
        for (;;) {
            if (t.kind == Token::Kind::End)
                return t;
            if (t.kind == Token::Kind::Char && t.ch == ';')
                return lexer.next();
            t = lexer.next();
        }
    };
    auto recover = [&](const Token& t, const QString& expected) {
        if (t.kind == Token::Kind::Error)
            addError(t.errorAt, t.error);
        else
            addError(t.start, describe(t, expected));
        return skipStatement(t);
    };
    auto isChar = [](const Token& t, char c) { return t.kind == Token::Kind::Char && t.ch == c; };

    Token tok = lexer.next();
    for (;;) {
        if (tok.kind == Token::Kind::End) {
            if (tok.start < bytes.size() && !nulReported)
                addError(tok.start, QStringLiteral("NUL byte: Gecko ignores the rest of the file"));
            file.m_end = tok.start;
            break;
        }
        if (tok.kind != Token::Kind::UserPref) {
            const bool defaultsOnly = tok.kind == Token::Kind::Pref || tok.kind == Token::Kind::StickyPref;
            tok = recover(tok, defaultsOnly
                                   ? QStringLiteral("only user_pref() is allowed in a user preference file")
                                   : QStringLiteral("expected user_pref at the start of a statement"));
            continue;
        }

        Statement st;
        st.start = tok.start;

        tok = lexer.next();
        if (!isChar(tok, '(')) {
            tok = recover(tok, QStringLiteral("expected '(' after user_pref"));
            continue;
        }
        tok = lexer.next();
        if (tok.kind != Token::Kind::String) {
            tok = recover(tok, QStringLiteral("expected the preference name (a string) after '('"));
            continue;
        }
        st.name = QString::fromUtf8(tok.text);
        tok = lexer.next();
        if (!isChar(tok, ',')) {
            tok = recover(tok, QStringLiteral("expected ',' after the preference name"));
            continue;
        }

        tok = lexer.next();
        st.valueStart = tok.start;
        if (tok.kind == Token::Kind::True || tok.kind == Token::Kind::False) {
            st.value = PrefValue::fromBool(tok.kind == Token::Kind::True);
        } else if (tok.kind == Token::Kind::String) {
            st.value = PrefValue::fromString(QString::fromUtf8(tok.text));
        } else if (tok.kind == Token::Kind::Int) {
            if (tok.number > quint32(std::numeric_limits<qint32>::max())) {
                addError(tok.start, QStringLiteral("integer out of range"));
                tok = skipStatement(lexer.next());
                continue;
            }
            st.value = PrefValue::fromInt(qint32(tok.number));
        } else if (isChar(tok, '-') || isChar(tok, '+')) {
            const bool negative = tok.ch == '-';
            const qsizetype signAt = tok.start;
            tok = lexer.next();
            if (tok.kind != Token::Kind::Int) {
                tok = recover(tok, negative ? QStringLiteral("expected an integer after '-'")
                                            : QStringLiteral("expected an integer after '+'"));
                continue;
            }
            const qint64 value = negative ? -qint64(tok.number) : qint64(tok.number);
            if (value < std::numeric_limits<qint32>::min() || value > std::numeric_limits<qint32>::max()) {
                addError(signAt, QStringLiteral("integer out of range"));
                tok = skipStatement(lexer.next());
                continue;
            }
            st.value = PrefValue::fromInt(qint32(value));
        } else {
            tok = recover(tok, QStringLiteral("expected a value (string, true, false or integer) after ','"));
            continue;
        }
        st.valueEnd = tok.end;

        tok = lexer.next();
        if (!isChar(tok, ')')) {
            tok = recover(tok, QStringLiteral("expected ')' after the value"));
            continue;
        }
        tok = lexer.next();
        if (!isChar(tok, ';')) {
            tok = recover(tok, QStringLiteral("expected ';' after ')'"));
            continue;
        }
        st.end = tok.end;
        file.m_statements.append(std::move(st));
        tok = lexer.next();
    }

    // Line numbers in one pass: statements and errors are both in file order,
    // but interleaved, so look them up in a table of line starts.
    std::vector<qsizetype> lineStarts{0};
    int crlf = 0, lf = 0, cr = 0;
    const char* data = bytes.constData();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (data[i] == '\n') {
            ++lf;
            lineStarts.push_back(i + 1);
        } else if (data[i] == '\r') {
            if (i + 1 < bytes.size() && data[i + 1] == '\n') {
                ++crlf;
                ++i;
            } else {
                ++cr;
            }
            lineStarts.push_back(i + 1);
        }
    }
    auto lineIndex = [&](qsizetype at) {
        return std::upper_bound(lineStarts.begin(), lineStarts.end(), at) - lineStarts.begin() - 1;
    };
    for (Statement& st : file.m_statements)
        st.line = int(lineIndex(st.start)) + 1;
    for (const PendingError& e : errors) {
        const auto index = lineIndex(e.at);
        file.m_errors.append({int(index) + 1, int(e.at - lineStarts[size_t(index)]) + 1, e.message});
    }
    file.m_lineAtEnd = int(lineIndex(file.m_end)) + 1;

    if (crlf > lf && crlf >= cr)
        file.m_newline = QByteArrayLiteral("\r\n");
    else if (cr > lf && cr > crlf)
        file.m_newline = QByteArrayLiteral("\r");
    return file;
}

// ---------------------------------------------------------------------------
// PrefsFile: queries

void PrefsFile::ensureIndex() const
{
    if (m_indexValid)
        return;
    m_index.clear();
    m_index.reserve(m_statements.size());
    for (qsizetype i = 0; i < m_statements.size(); ++i) {
        IndexEntry& entry = m_index[m_statements[i].name];
        entry.last = i;
        ++entry.count;
    }
    m_indexValid = true;
}

std::optional<PrefValue> PrefsFile::value(const QString& name) const
{
    ensureIndex();
    const auto it = m_index.constFind(name);
    if (it == m_index.cend())
        return std::nullopt;
    return m_statements[it->last].value;
}

QStringList PrefsFile::names() const
{
    QStringList result;
    QSet<QString> seen;
    for (const Statement& st : m_statements) {
        if (!seen.contains(st.name)) {
            seen.insert(st.name);
            result.append(st.name);
        }
    }
    return result;
}

QStringList PrefsFile::namesWithPrefix(const QString& prefix) const
{
    QStringList result;
    QSet<QString> seen;
    for (const Statement& st : m_statements) {
        if (st.name.startsWith(prefix) && !seen.contains(st.name)) {
            seen.insert(st.name);
            result.append(st.name);
        }
    }
    return result;
}

int PrefsFile::lineOf(const QString& name) const
{
    ensureIndex();
    const auto it = m_index.constFind(name);
    return it == m_index.cend() ? 0 : m_statements[it->last].line;
}

QByteArray PrefsFile::toBytes() const
{
    return m_bytes;
}

// ---------------------------------------------------------------------------
// PrefsFile: editing

void PrefsFile::replaceRange(qsizetype at, qsizetype removed, const QByteArray& inserted)
{
    // Count breaks from one byte before the edit so that a "\r" + "\n" pair
    // formed or split by the edit is accounted for.
    const int before = countLineBreaks(m_bytes, at - 1, at + removed);
    m_bytes.replace(at, removed, inserted);
    const int after = countLineBreaks(m_bytes, at - 1, at + inserted.size());
    reindexAfterEdit(at, removed, inserted.size(), after - before);
}

void PrefsFile::reindexAfterEdit(qsizetype at, qsizetype removed, qsizetype inserted, int lineDelta)
{
    const qsizetype editEnd = at + removed;
    const qsizetype delta = inserted - removed;
    if (delta == 0 && lineDelta == 0)
        return; // e.g. one port number replaced by another
    auto shift = [&](qsizetype& offset) {
        if (offset >= editEnd)
            offset += delta;
    };
    // Statements are in file order. Those ending at or before `at` are untouched,
    // including one that ends exactly where text is appended after it.
    const auto first = std::partition_point(m_statements.begin(), m_statements.end(),
                                            [at](const Statement& st) { return st.end <= at; });
    for (auto it = first; it != m_statements.end(); ++it) {
        Statement& st = *it;
        if (st.start >= editEnd)
            st.line += lineDelta;
        shift(st.start);
        shift(st.valueStart);
        shift(st.valueEnd);
        shift(st.end);
    }
    if (m_end >= editEnd)
        m_lineAtEnd += lineDelta;
    shift(m_end);
}

void PrefsFile::removeStatementAt(qsizetype index)
{
    const Statement st = m_statements.at(index);
    const char* data = m_bytes.constData();
    const qsizetype size = m_bytes.size();

    qsizetype from = st.start;
    while (from > 0 && isHorizontalSpace(data[from - 1]))
        --from;
    const bool blankBefore = from == 0 || isEol(data[from - 1]);
    qsizetype to = st.end;
    while (to < size && isHorizontalSpace(data[to]))
        ++to;
    const bool blankAfter = to == size || isEol(data[to]);

    if (blankBefore && blankAfter) {
        // Nothing else on the line: it goes, with its ending.
        if (to < size && data[to] == '\r') {
            ++to;
            if (to < size && data[to] == '\n')
                ++to;
        } else if (to < size && data[to] == '\n') {
            ++to;
        }
    } else if (!blankAfter) {
        // Something follows (a comment, another statement): it moves up to where
        // the statement began.
        from = st.start;
    }
    // else: text before it stays, without the whitespace left dangling at the end.

    m_statements.removeAt(index);
    if (m_indexValid) {
        // Cheaper than a rebuild: no hashing, and remove() loops call this often.
        for (IndexEntry& entry : m_index) {
            if (entry.last > index)
                --entry.last;
        }
        const auto it = m_index.find(st.name);
        if (--it->count == 0) {
            m_index.erase(it);
        } else if (it->last == index) {
            for (qsizetype i = index - 1; i >= 0; --i) {
                if (m_statements.at(i).name == st.name) {
                    it->last = i;
                    break;
                }
            }
        }
    }
    replaceRange(from, to - from, QByteArray());
}

namespace {

// What Gecko reads back from what toLiteral() writes.
QString normalised(const QString& text)
{
    QString s = text;
    s.remove(QChar(0));
    return QString::fromUtf8(s.toUtf8());
}

} // namespace

void PrefsFile::set(const QString& name, const PrefValue& value)
{
    const QString key = normalised(name);
    const PrefValue stored =
        value.type() == PrefValue::Type::String ? PrefValue::fromString(normalised(value.toString())) : value;
    const QByteArray literal = value.toLiteral();

    ensureIndex();
    const auto it = m_index.constFind(key);
    if (it == m_index.cend()) {
        append(key, literal, stored);
        return;
    }
    const qsizetype last = it->last;
    const bool hasDuplicates = it->count > 1;

    const Statement& st = m_statements.at(last);
    replaceRange(st.valueStart, st.valueEnd - st.valueStart, literal);
    m_statements[last].value = stored;
    if (hasDuplicates) {
        // Backwards, so that removing one does not move the ones still to visit.
        for (qsizetype i = last - 1; i >= 0; --i) {
            if (m_statements.at(i).name == key)
                removeStatementAt(i);
        }
    }
}

void PrefsFile::append(const QString& name, const QByteArray& literal, const PrefValue& stored)
{
    // Before a NUL that ends the file for Gecko, or Gecko would never see it.
    const qsizetype at = m_end;
    const bool needsBreak = at > 0 && !isEol(m_bytes.at(at - 1));

    Statement st;
    st.name = name;
    st.value = stored;
    QByteArray text;
    if (needsBreak)
        text += m_newline;
    st.start = at + text.size();
    text += "user_pref(" + PrefValue::fromString(name).toLiteral() + ", ";
    st.valueStart = at + text.size();
    text += literal;
    st.valueEnd = at + text.size();
    text += ");";
    st.end = at + text.size();
    text += m_newline;
    st.line = m_lineAtEnd + (needsBreak ? 1 : 0);

    replaceRange(at, 0, text);
    m_statements.append(st);
    if (m_indexValid) {
        IndexEntry& entry = m_index[name];
        entry.last = m_statements.size() - 1;
        ++entry.count;
    }
}

void PrefsFile::remove(const QString& name)
{
    ensureIndex();
    if (!m_index.contains(name))
        return;
    for (qsizetype i = m_statements.size() - 1; i >= 0; --i) {
        if (m_statements.at(i).name == name)
            removeStatementAt(i);
    }
}

} // namespace mailsetup
