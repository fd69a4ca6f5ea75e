// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickprefs.h"

#include <QSet>
#include <QtEndian>
#include <cstring>
#include <limits>
#include <string_view>

namespace mailsetup {
namespace {

constexpr size_t statementHeadSize = 11; // user_pref("

uint64_t load64(const char* p)
{
    uint64_t word;
    std::memcpy(&word, p, sizeof word);
    return word;
}

// Eight bytes at a time, then a multiply-xorshift finish: names are short ASCII,
// and only the table's speed depends on this, never a result.
size_t hashName(const char* name, size_t size)
{
    uint64_t h = size * 0x9e3779b97f4a7c15ull;
    size_t i = 0;
    for (; i + 8 <= size; i += 8)
        h = (h ^ load64(name + i)) * 0xff51afd7ed558ccdull;
    uint64_t tail = 0;
    std::memcpy(&tail, name + i, size - i);
    h = (h ^ tail) * 0xc4ceb9fe1a85ec53ull;
    return size_t(h ^ (h >> 29));
}

bool startsWithStatementHead(const char* p, const char* end)
{
    // `user_pref("` is 11 bytes: two overlapping 8-byte compares instead of a call.
    return end - p >= qsizetype(statementHeadSize) && load64(p) == load64("user_pref(\"") &&
           load64(p + 3) == load64("r_pref(\"");
}

const char* findByte(const char* from, const char* end, char c)
{
    return static_cast<const char*>(std::memchr(from, c, size_t(end - from)));
}

// The first '"' or '\\' in [p, end), or end: eight bytes at a time where the
// byte order allows (a zero-byte test on the XOR; its lowest hit is always exact).
const char* findQuoteOrBackslash(const char* p, const char* end)
{
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    constexpr uint64_t ones = 0x0101010101010101ull;
    constexpr uint64_t highs = 0x8080808080808080ull;
    const auto zeroBytes = [](uint64_t x) { return (x - ones) & ~x & highs; };
    for (; end - p >= 8; p += 8) {
        const uint64_t word = load64(p);
        if (const uint64_t hits = zeroBytes(word ^ (ones * '"')) | zeroBytes(word ^ (ones * '\\')))
            return p + (qCountTrailingZeroBits(hits) / 8);
    }
#endif
    for (; p < end; ++p) {
        if (*p == '"' || *p == '\\')
            return p;
    }
    return end;
}

// One past the closing quote of a string literal whose content starts at content,
// or nullptr.
const char* stringEnd(const char* content, const char* end)
{
    for (const char* p = content;;) {
        p = findQuoteOrBackslash(p, end);
        if (p == end)
            return nullptr;
        if (*p == '"')
            return p + 1;
        // Gecko's writer escapes only these; others (\\x, \\u, invalid ones) go to PrefsFile.
        if (end - p < 2 || !(p[1] == '"' || p[1] == '\\' || p[1] == 'n' || p[1] == 'r'))
            return nullptr;
        p += 2;
    }
}

// true, false, or a decimal integer in the 32-bit range, as Gecko writes them.
std::optional<PrefValue> plainLiteral(const char* begin, const char* end)
{
    const std::string_view text(begin, size_t(end - begin));
    if (text == "true")
        return PrefValue::fromBool(true);
    if (text == "false")
        return PrefValue::fromBool(false);
    const bool negative = !text.empty() && text.front() == '-';
    const std::string_view digits = text.substr(negative ? 1 : 0);
    if (digits.empty() || digits.size() > 10)
        return std::nullopt;
    qint64 value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    value = negative ? -value : value;
    if (value < std::numeric_limits<qint32>::min() || value > std::numeric_limits<qint32>::max())
        return std::nullopt;
    return PrefValue::fromInt(qint32(value));
}

bool isValidUtf8(const char* text, size_t size)
{
    uint64_t any = 0;
    size_t i = 0;
    for (; i + 8 <= size; i += 8)
        any |= load64(text + i);
    for (; i < size; ++i)
        any |= static_cast<unsigned char>(text[i]);
    if ((any & 0x8080808080808080ull) == 0)
        return true; // ASCII
    const QByteArray raw(text, qsizetype(size));
    return QString::fromUtf8(raw).toUtf8() == raw;
}

// Past the line end right at p (LF, CRLF or the end of the data), or nullptr.
const char* pastLineEnd(const char* p, const char* end)
{
    if (p == end)
        return end;
    if (*p == '\n')
        return p + 1;
    if (*p == '\r' && end - p >= 2 && p[1] == '\n')
        return p + 2;
    return nullptr;
}

} // namespace

std::optional<QuickPrefs> QuickPrefs::read(const QByteArray& bytes, const QByteArray& prefix)
{
    if (quint64(bytes.size()) >= std::numeric_limits<uint32_t>::max())
        return std::nullopt;
    const char* const begin = bytes.constData();
    const char* const end = begin + bytes.size();
    // Gecko stops at a NUL byte; PrefsFile knows where.
    if (findByte(begin, end, '\0'))
        return std::nullopt;

    QuickPrefs quick;
    quick.m_entries.reserve(size_t(bytes.size()) / 128);
    quick.m_bytes = bytes;
    quick.m_prefix = prefix;
    for (const char* p = begin; p < end;) {
        if (const char* next = pastLineEnd(p, end); next && next != p) {
            p = next; // an empty line
            continue;
        }
        if (*p == '/') {
            if (end - p < 2 || p[1] != '/')
                return std::nullopt;
            const char* newline = findByte(p, end, '\n');
            const char* lineEnd = newline ? newline : end;
            // A comment also ends at a lone CR in Gecko: leave such files to PrefsFile.
            const char* cr = findByte(p, lineEnd, '\r');
            if (cr && !(newline && cr == newline - 1))
                return std::nullopt;
            p = newline ? newline + 1 : end;
            continue;
        }
        if (!startsWithStatementHead(p, end))
            return std::nullopt;
        const char* statement = p;
        const char* name = p + statementHeadSize;
        const char* nameEnd = findQuoteOrBackslash(name, end);
        if (nameEnd == end || *nameEnd != '"')
            return std::nullopt;
        const char* value = nameEnd + 1;
        if (end - value < 2 || value[0] != ',' || value[1] != ' ')
            return std::nullopt;
        value += 2;
        const char* valueEnd = nullptr;
        if (value < end && *value == '"') {
            valueEnd = stringEnd(value + 1, end);
        } else {
            const char* close = findByte(value, std::min(end, value + 12), ')');
            if (close && plainLiteral(value, close))
                valueEnd = close;
        }
        if (!valueEnd || end - valueEnd < 2 || valueEnd[0] != ')' || valueEnd[1] != ';')
            return std::nullopt;
        p = pastLineEnd(valueEnd + 2, end);
        if (!p)
            return std::nullopt;
        const size_t nameSize = size_t(nameEnd - name);
        if (nameSize < size_t(prefix.size()) || (!prefix.isEmpty() && name[0] != prefix[0]) ||
            std::memcmp(name, prefix.constData(), size_t(prefix.size())) != 0)
            continue;
        // Names are looked up by their UTF-8 bytes; PrefsFile compares decoded text,
        // which differs only for bytes that are not UTF-8.
        if (!isValidUtf8(name, nameSize))
            return std::nullopt;
        quick.m_entries.push_back({uint32_t(statement - begin), uint32_t(valueEnd + 2 - begin),
                                   uint32_t(name - begin), uint32_t(nameSize)});
    }
    quick.buildIndex();
    return quick;
}

void QuickPrefs::buildIndex()
{
    size_t size = 8;
    while (size < 2 * m_entries.size())
        size *= 2;
    m_slots.assign(size, 0);
    const size_t mask = size - 1;
    for (uint32_t i = 0; i < m_entries.size(); ++i) {
        const Entry& e = m_entries[i];
        for (size_t slot = hashName(nameOf(e), e.nameSize) & mask;; slot = (slot + 1) & mask) {
            uint32_t& taken = m_slots[slot];
            if (taken == 0) {
                taken = i + 1;
                break;
            }
            const Entry& other = m_entries[taken - 1];
            if (other.nameSize == e.nameSize && std::memcmp(nameOf(other), nameOf(e), e.nameSize) == 0) {
                taken = i + 1; // the last assignment wins, as in Gecko
                break;
            }
        }
    }
}

const QuickPrefs::Entry* QuickPrefs::find(const char* name, size_t size) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hashName(name, size) & mask;; slot = (slot + 1) & mask) {
        const uint32_t taken = m_slots[slot];
        if (taken == 0)
            return nullptr;
        const Entry& e = m_entries[taken - 1];
        if (e.nameSize == size && std::memcmp(nameOf(e), name, size) == 0)
            return &e;
    }
}

std::optional<PrefValue> QuickPrefs::value(const QString& name) const
{
    const QByteArray utf8 = name.toUtf8();
    if (!utf8.startsWith(m_prefix))
        return std::nullopt;
    const Entry* e = find(utf8.constData(), size_t(utf8.size()));
    if (!e)
        return std::nullopt;
    const char* literal = nameOf(*e) + e->nameSize + 3; // past `", `
    const char* literalEnd = m_bytes.constData() + e->statementEnd - 2;
    if (*literal != '"')
        return plainLiteral(literal, literalEnd);
    if (!findByte(literal, literalEnd, '\\'))
        return PrefValue::fromString(QString::fromUtf8(literal + 1, literalEnd - literal - 2));
    // Escapes: decoded by the full parser, from this one statement.
    return PrefsFile::parse(m_bytes.mid(e->statementStart, e->statementEnd - e->statementStart)).value(name);
}

QStringList QuickPrefs::names() const
{
    return namesWithPrefix(QString());
}

QStringList QuickPrefs::namesWithPrefix(const QString& prefix) const
{
    QStringList result;
    QSet<QString> seen;
    for (const Entry& e : m_entries) {
        const QString name = QString::fromUtf8(nameOf(e), e.nameSize);
        if (name.startsWith(prefix) && !seen.contains(name)) {
            seen.insert(name);
            result.append(name);
        }
    }
    return result;
}

} // namespace mailsetup
