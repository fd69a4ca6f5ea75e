// SPDX-License-Identifier: GPL-3.0-or-later
#include "inifile.h"

#include <QDebug>
#include <algorithm>
#include <array>

namespace mailsetup {

namespace {

const QByteArray kBom("\xEF\xBB\xBF");

// The same set QByteArray::trimmed() removes, so offsets found here agree with it.
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// A malformed "[..." line still ends the section before it, as in nsINIParser: keys
// after it belong to no section rather than silently to the previous one.
bool startsSection(const QByteArray& raw)
{
    return raw.trimmed().startsWith('[');
}

bool isSpace(QChar c)
{
    return c.unicode() < 0x80 && isSpace(char(c.unicode()));
}

// Padded the way the parser trims (ASCII only), so a name read from a file is
// always writable back.
bool isPadded(const QString& name)
{
    return !name.isEmpty() && (isSpace(name.front()) || isSpace(name.back()));
}

// Text we would write must read back as the same section and key.
bool isWritableSection(const QString& name)
{
    return !isPadded(name) && !name.contains(QLatin1Char(']')) && !name.contains(QLatin1Char('\n')) &&
           !name.contains(QLatin1Char('\r'));
}

bool isWritableKey(const QString& key)
{
    if (key.isEmpty() || isPadded(key) || key.contains(QLatin1Char('=')) || key.contains(QLatin1Char('\n')) ||
        key.contains(QLatin1Char('\r'))) {
        return false;
    }
    const QChar first = key.front();
    return first != QLatin1Char('[') && first != QLatin1Char(';') && first != QLatin1Char('#');
}

} // namespace

IniFile IniFile::parse(const QByteArray& bytes, KeyCase keyCase)
{
    IniFile ini;
    ini.m_keyCase = keyCase;

    qsizetype pos = 0;
    if (bytes.startsWith(kBom)) {
        ini.m_bom = true;
        pos = kBom.size();
    }

    QString section; // "" until the first header
    bool orphan = false;
    const qsizetype size = bytes.size();
    while (pos < size) {
        qsizetype end = pos;
        while (end < size && bytes.at(end) != '\n' && bytes.at(end) != '\r') {
            ++end;
        }
        Line line;
        line.raw = bytes.mid(pos, end - pos);
        if (end < size) {
            const bool crlf = bytes.at(end) == '\r' && end + 1 < size && bytes.at(end + 1) == '\n';
            line.ending = bytes.mid(end, crlf ? 2 : 1);
        }
        pos = end + line.ending.size();

        const int number = int(ini.m_lines.size()) + 1;
        const QByteArray text = line.raw.trimmed();
        if (text.isEmpty()) {
            line.kind = Line::Kind::Blank;
        } else if (text.front() == ';' || text.front() == '#') {
            line.kind = Line::Kind::Comment;
        } else if (text.front() == '[') {
            const QByteArray name = text.size() >= 2 ? text.mid(1, text.size() - 2).trimmed() : QByteArray();
            if (text.endsWith(']') && !name.isEmpty() && !name.contains(']')) {
                line.kind = Line::Kind::Section;
                section = QString::fromUtf8(name);
                line.section = section;
                orphan = false;
            } else {
                line.kind = Line::Kind::Invalid;
                orphan = true;
                ini.m_errors.append(
                    {number,
                     QStringLiteral("line %1: malformed section header, expected [name]").arg(number)});
            }
        } else if (const qsizetype eq = text.indexOf('='); eq < 0) {
            line.kind = Line::Kind::Invalid;
            ini.m_errors.append(
                {number, QStringLiteral("line %1: expected [section] or key=value").arg(number)});
        } else if (const QByteArray key = text.left(eq).trimmed(); key.isEmpty()) {
            line.kind = Line::Kind::Invalid;
            ini.m_errors.append({number, QStringLiteral("line %1: key missing before '='").arg(number)});
        } else {
            line.kind = Line::Kind::KeyValue;
            line.section = section;
            line.key = QString::fromUtf8(key);
            // Only the first '=' separates, so "a=b=c" is a = "b=c" as in both readers.
            line.value = QString::fromUtf8(text.mid(eq + 1).trimmed());
            line.orphan = orphan;
        }
        ini.m_lines.append(line);
    }
    return ini;
}

bool IniFile::sameKey(const QString& a, const QString& b) const
{
    return a.compare(b, m_keyCase == KeyCase::Sensitive ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0;
}

bool IniFile::isKeyOf(const Line& line, const QString& section, const QString& key) const
{
    return line.kind == Line::Kind::KeyValue && !line.orphan && sameKey(line.section, section) &&
           sameKey(line.key, key);
}

std::optional<IniFile::Range> IniFile::firstSection(const QString& section) const
{
    const int count = int(m_lines.size());
    int begin = -1;
    if (section.isEmpty()) {
        begin = 0; // the lines before the first header
    } else {
        for (int i = 0; i < count; ++i) {
            if (m_lines.at(i).kind == Line::Kind::Section && sameKey(m_lines.at(i).section, section)) {
                begin = i + 1;
                break;
            }
        }
    }
    if (begin < 0) {
        return std::nullopt;
    }
    int end = begin;
    while (end < count && m_lines.at(end).kind != Line::Kind::Section &&
           !(m_lines.at(end).kind == Line::Kind::Invalid && startsSection(m_lines.at(end).raw))) {
        ++end;
    }
    return Range{begin, end};
}

// Lines with no header before them are listed under "" only when they hold keys;
// a file that merely opens with comments has no such section.
QStringList IniFile::sections() const
{
    QStringList names;
    if (hasSection(QString())) {
        names.append(QString());
    }
    for (const Line& line : m_lines) {
        if (line.kind != Line::Kind::Section) {
            continue;
        }
        const bool seen = std::any_of(names.cbegin(), names.cend(),
                                      [&](const QString& name) { return sameKey(name, line.section); });
        if (!seen) {
            names.append(line.section);
        }
    }
    return names;
}

bool IniFile::hasSection(const QString& section) const
{
    const auto range = firstSection(section);
    if (!range) {
        return false;
    }
    if (!section.isEmpty()) {
        return true;
    }
    for (int i = range->begin; i < range->end; ++i) {
        if (m_lines.at(i).kind == Line::Kind::KeyValue) {
            return true;
        }
    }
    return false;
}

QStringList IniFile::keys(const QString& section) const
{
    QStringList result;
    const auto range = firstSection(section);
    if (!range) {
        return result;
    }
    for (int i = range->begin; i < range->end; ++i) {
        const Line& line = m_lines.at(i);
        if (line.kind != Line::Kind::KeyValue) {
            continue;
        }
        const bool seen = std::any_of(result.cbegin(), result.cend(),
                                      [&](const QString& key) { return sameKey(key, line.key); });
        if (!seen) {
            result.append(line.key);
        }
    }
    return result;
}

std::optional<QString> IniFile::value(const QString& section, const QString& key) const
{
    const int line = lineOf(section, key);
    if (line == 0) {
        return std::nullopt;
    }
    return m_lines.at(line - 1).value;
}

int IniFile::lineOf(const QString& section, const QString& key) const
{
    const auto range = firstSection(section);
    if (!range) {
        return 0;
    }
    for (int i = range->begin; i < range->end; ++i) {
        if (isKeyOf(m_lines.at(i), section, key)) {
            return i + 1;
        }
    }
    return 0;
}

void IniFile::setValue(const QString& section, const QString& key, const QString& value)
{
    if (!isWritableSection(section) || !isWritableKey(key)) {
        qWarning() << "IniFile::setValue: cannot write section" << section << "key" << key;
        return;
    }
    // INI has no escape for a line break; writing one would split the line.
    QString flat = value;
    flat.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QByteArray bytes = flat.toUtf8();

    // Every occurrence, not just the first: Windows reads the first, nsINIParser lets the
    // last duplicate win, and both must see the new value.
    bool changed = false;
    for (Line& line : m_lines) {
        if (!isKeyOf(line, section, key)) {
            continue;
        }
        const qsizetype eq = line.raw.indexOf('=');
        qsizetype begin = eq + 1;
        while (begin < line.raw.size() && isSpace(line.raw.at(begin))) {
            ++begin;
        }
        qsizetype end = line.raw.size();
        while (end > begin && isSpace(line.raw.at(end - 1))) {
            --end;
        }
        line.raw = line.raw.left(begin) + bytes + line.raw.mid(end);
        line.value = QString::fromUtf8(line.raw.mid(eq + 1).trimmed());
        changed = true;
    }
    if (changed) {
        return;
    }

    const QByteArray ending = newline();
    Line keyLine;
    keyLine.kind = Line::Kind::KeyValue;
    keyLine.raw = key.toUtf8() + '=' + bytes;
    keyLine.ending = ending;
    keyLine.key = key;
    keyLine.value = QString::fromUtf8(bytes.trimmed());

    if (const auto range = firstSection(section)) {
        // After the last key keeps comments and blank lines that close the section in place.
        int at = section.isEmpty() ? range->end : range->begin;
        for (int i = range->begin; i < range->end; ++i) {
            if (m_lines.at(i).kind == Line::Kind::KeyValue) {
                at = i + 1;
            }
        }
        keyLine.section = section.isEmpty() ? QString() : m_lines.at(range->begin - 1).section;
        if (at > 0 && m_lines.at(at - 1).ending.isEmpty()) {
            m_lines[at - 1].ending = ending;
        }
        m_lines.insert(at, keyLine);
        return;
    }

    if (!m_lines.isEmpty() && m_lines.last().ending.isEmpty()) {
        m_lines.last().ending = ending;
    }
    Line header;
    header.kind = Line::Kind::Section;
    header.raw = '[' + section.toUtf8() + ']';
    header.ending = ending;
    header.section = section;
    keyLine.section = section;
    m_lines.append(header);
    m_lines.append(keyLine);
}

void IniFile::removeKey(const QString& section, const QString& key)
{
    // All occurrences, for the same reason as in setValue.
    m_lines.removeIf([&](const Line& line) { return isKeyOf(line, section, key); });
}

QByteArray IniFile::newline() const
{
    static const std::array<QByteArray, 3> kinds = {QByteArray("\n"), QByteArray("\r\n"), QByteArray("\r")};
    std::array<int, 3> count{};
    std::array<int, 3> first{-1, -1, -1};
    for (int i = 0; i < int(m_lines.size()); ++i) {
        for (size_t k = 0; k < kinds.size(); ++k) {
            if (m_lines.at(i).ending == kinds[k]) {
                ++count[k];
                if (first[k] < 0) {
                    first[k] = i;
                }
            }
        }
    }
    size_t best = 0; // "\n" when the file has no line ending at all
    for (size_t k = 1; k < kinds.size(); ++k) {
        if (count[k] > count[best] || (count[k] == count[best] && count[k] > 0 && first[k] < first[best])) {
            best = k;
        }
    }
    return kinds[best];
}

QByteArray IniFile::toBytes() const
{
    QByteArray out;
    if (m_bom) {
        out += kBom;
    }
    for (const Line& line : m_lines) {
        out += line.raw;
        out += line.ending;
    }
    return out;
}

} // namespace mailsetup
