// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinercfile.h"

#include <QCoreApplication>

namespace mailsetup {
namespace {

const QByteArray kBom("\xEF\xBB\xBF");

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isBlankLine(const QByteArray& raw)
{
    for (char c : raw) {
        if (!isBlank(c))
            return false;
    }
    return true;
}

// `$$` and `\$` are a literal `$` (expand_variables); other text is read as written.
QString unescapeValue(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if ((c == QLatin1Char('$') || c == QLatin1Char('\\')) && i + 1 < text.size() &&
            text.at(i + 1) == QLatin1Char('$')) {
            out += QLatin1Char('$');
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

QString trimBlanks(const QString& text)
{
    qsizetype begin = 0, end = text.size();
    while (begin < end && (text.at(begin) == QLatin1Char(' ') || text.at(begin) == QLatin1Char('\t')))
        ++begin;
    while (end > begin && (text.at(end - 1) == QLatin1Char(' ') || text.at(end - 1) == QLatin1Char('\t')))
        --end;
    return text.mid(begin, end - begin);
}

bool isQuoted(const QString& text)
{
    return text.size() >= 2 && text.front() == QLatin1Char('"') && text.back() == QLatin1Char('"');
}

} // namespace

PinercFile PinercFile::parse(const QByteArray& bytes)
{
    PinercFile file;
    qsizetype pos = 0;
    if (bytes.startsWith(kBom)) {
        file.m_bom = true;
        pos = kBom.size();
    }
    const qsizetype size = bytes.size();
    while (pos < size) {
        const qsizetype newline = bytes.indexOf('\n', pos);
        const qsizetype end = newline < 0 ? size : newline;
        Line line;
        line.raw = bytes.mid(pos, end - pos);
        if (newline >= 0) {
            line.ending = "\n";
            if (line.raw.endsWith('\r')) {
                line.raw.chop(1);
                line.ending = "\r\n";
            }
        }
        pos = newline < 0 ? size : newline + 1;

        const Line::Kind previous = file.m_lines.isEmpty() ? Line::Kind::Blank : file.m_lines.last().kind;
        const bool afterSetting = previous == Line::Kind::Setting || previous == Line::Kind::Continuation;
        if (line.raw.startsWith('#')) {
            line.kind = Line::Kind::Comment;
        } else if (line.raw.isEmpty()) {
            line.kind = Line::Kind::Blank;
        } else if (isBlank(line.raw.front())) {
            // Alpine's list reader takes every following line that starts with a blank.
            if (afterSetting)
                line.kind = Line::Kind::Continuation;
            else if (isBlankLine(line.raw))
                line.kind = Line::Kind::Blank;
            else
                line.kind = Line::Kind::Invalid;
        } else {
            qsizetype i = 0;
            while (i < line.raw.size() && !isBlank(line.raw.at(i)) && line.raw.at(i) != '=')
                ++i;
            qsizetype eq = i;
            while (eq < line.raw.size() && isBlank(line.raw.at(eq)))
                ++eq;
            if (i > 0 && eq < line.raw.size() && line.raw.at(eq) == '=') {
                line.kind = Line::Kind::Setting;
                line.name = QString::fromUtf8(line.raw.left(i));
                qsizetype v = eq + 1;
                while (v < line.raw.size() && isBlank(line.raw.at(v)))
                    ++v;
                line.valueStart = v;
                line.value = QString::fromUtf8(line.raw.mid(v));
            } else {
                line.kind = Line::Kind::Invalid;
            }
        }
        if (line.kind == Line::Kind::Invalid) {
            const int number = int(file.m_lines.size()) + 1;
            const QString text = QString::fromUtf8(line.raw.left(60)).trimmed();
            file.m_errors << PinercParseError{
                number, isBlank(line.raw.front())
                            ? QCoreApplication::translate("mailsetup",
                                                          "\"%1\" starts with a space, which continues a "
                                                          "setting, but no setting comes before it")
                                  .arg(text)
                            : QCoreApplication::translate("mailsetup",
                                                          "\"%1\" is neither a setting (name=value) nor a "
                                                          "comment (a line starting with #)")
                                  .arg(text)};
        }
        file.m_lines << line;
    }
    return file;
}

int PinercFile::lastSetting(const QString& name) const
{
    for (int i = int(m_lines.size()) - 1; i >= 0; --i) {
        const Line& line = m_lines.at(i);
        if (line.kind == Line::Kind::Setting && line.name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

int PinercFile::endOfSetting(int index) const
{
    int end = index + 1;
    while (end < m_lines.size() && m_lines.at(end).kind == Line::Kind::Continuation)
        ++end;
    return end;
}

bool PinercFile::contains(const QString& name) const
{
    return lastSetting(name) >= 0;
}

QStringList PinercFile::names() const
{
    QStringList result;
    for (const Line& line : m_lines) {
        if (line.kind != Line::Kind::Setting)
            continue;
        bool seen = false;
        for (const QString& name : result)
            seen = seen || name.compare(line.name, Qt::CaseInsensitive) == 0;
        if (!seen)
            result << line.name;
    }
    return result;
}

int PinercFile::lineOf(const QString& name) const
{
    return lastSetting(name) + 1;
}

int PinercFile::continuationLines(const QString& name) const
{
    const int index = lastSetting(name);
    if (index < 0)
        return 0;
    int count = 0;
    for (int i = index + 1; i < endOfSetting(index); ++i) {
        if (!isBlankLine(m_lines.at(i).raw))
            ++count;
    }
    return count;
}

QString PinercFile::stringValue(const QString& name) const
{
    const int index = lastSetting(name);
    if (index < 0)
        return {};
    QString value = m_lines.at(index).value;
    // read_pinerc: a value starting with `"` ends at the next `"`.
    if (value.startsWith(QLatin1Char('"'))) {
        const qsizetype close = value.indexOf(QLatin1Char('"'), 1);
        value = close < 0 ? value.mid(1) : value.mid(1, close - 1);
    }
    return unescapeValue(trimBlanks(value));
}

QStringList PinercFile::listValue(const QString& name, bool removeQuotes) const
{
    const int index = lastSetting(name);
    if (index < 0)
        return {};
    // A line break before a continuation line is read as a comma.
    QString joined = m_lines.at(index).value;
    for (int i = index + 1; i < endOfSetting(index); ++i)
        joined += QLatin1Char(',') + QString::fromUtf8(m_lines.at(i).raw);

    QStringList elements;
    QString current;
    bool quoted = false;
    const auto finish = [&] {
        QString element = trimBlanks(current);
        current.clear();
        if (element.isEmpty())
            return;
        if (removeQuotes && isQuoted(element))
            element = element.mid(1, element.size() - 2);
        elements << unescapeValue(element);
    };
    for (const QChar c : joined) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == QLatin1Char(',') && !quoted)
            finish();
        else
            current += c;
    }
    finish();
    return elements;
}

QString PinercFile::escapeValue(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('$'))
            out += QLatin1String("$$");
        else if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
            out += QLatin1Char(' '); // a line break would start another setting
        else
            out += c;
    }
    return out;
}

QByteArray PinercFile::newline() const
{
    // The first line's ending: Alpine itself decides CRLF from the first line.
    for (const Line& line : m_lines) {
        if (!line.ending.isEmpty())
            return line.ending;
    }
    return QByteArrayLiteral("\n");
}

void PinercFile::setRaw(const QString& name, const QList<QByteArray>& lines)
{
    const QByteArray nl = newline();
    int index = lastSetting(name);
    QList<Line> replacement;
    for (int i = 0; i < lines.size(); ++i) {
        Line line;
        line.kind = i == 0 ? Line::Kind::Setting : Line::Kind::Continuation;
        line.ending = nl;
        if (i == 0) {
            const QString written = index >= 0 ? m_lines.at(index).name : name;
            line.name = written;
            line.value = QString::fromUtf8(lines.at(0));
            // Keep the spelling and spacing before the value ("name = value").
            const QByteArray prefix = index >= 0 ? m_lines.at(index).raw.left(m_lines.at(index).valueStart)
                                                 : written.toUtf8() + '=';
            line.valueStart = prefix.size();
            line.raw = prefix + lines.at(0);
        } else {
            line.raw = lines.at(i);
        }
        replacement << line;
    }

    if (index < 0) {
        if (!m_lines.isEmpty() && m_lines.last().ending.isEmpty())
            m_lines.last().ending = nl;
        m_lines << replacement;
        return;
    }
    // The last line of the file may have had no ending; keep it that way.
    const int end = endOfSetting(index);
    if (end == m_lines.size())
        replacement.last().ending = m_lines.last().ending;
    m_lines.erase(m_lines.begin() + index, m_lines.begin() + end);
    for (int i = 0; i < replacement.size(); ++i)
        m_lines.insert(index + i, replacement.at(i));
    // Earlier duplicates: Alpine ignores them and drops them when it saves.
    for (int i = index - 1; i >= 0; --i) {
        if (m_lines.at(i).kind == Line::Kind::Setting &&
            m_lines.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            m_lines.erase(m_lines.begin() + i, m_lines.begin() + endOfSetting(i));
    }
}

void PinercFile::setString(const QString& name, const QString& value)
{
    setRaw(name, {escapeValue(value).toUtf8()});
}

void PinercFile::setList(const QString& name, const QStringList& values)
{
    QList<QByteArray> lines;
    for (int i = 0; i < values.size(); ++i) {
        QByteArray text = escapeValue(values.at(i)).toUtf8();
        if (i + 1 < values.size())
            text += ',';
        lines << (i == 0 ? text : '\t' + text);
    }
    if (lines.isEmpty())
        lines << QByteArray();
    setRaw(name, lines);
}

QByteArray PinercFile::toBytes() const
{
    QByteArray out;
    if (m_bom)
        out += kBom;
    for (const Line& line : m_lines)
        out += line.raw + line.ending;
    return out;
}

} // namespace mailsetup
