// SPDX-License-Identifier: GPL-3.0-or-later
#include "kconfigfile.h"

#include <QCoreApplication>
#include <QDebug>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

const QString kDefaultGroup = QStringLiteral("<default>"); // KConfig's name for keys before any group

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// The section name IniFile::parse gives a "[...]" line, or "" when it sees none.
QString iniSectionName(const QByteArray& text)
{
    if (!text.endsWith(']') || text.size() < 2)
        return {};
    const QByteArray name = text.mid(1, text.size() - 2).trimmed();
    if (name.isEmpty() || name.contains(']'))
        return {};
    return QString::fromUtf8(name);
}

bool isWritableName(const QString& name)
{
    return !name.isEmpty() && name.trimmed() == name && !name.contains(QLatin1Char('[')) &&
           !name.contains(QLatin1Char(']')) && !name.contains(QLatin1Char('\\')) &&
           !name.contains(QLatin1Char('=')) && !name.contains(QLatin1Char('\n')) &&
           !name.contains(QLatin1Char('\r')) && !name.startsWith(QLatin1Char('#')) &&
           !name.contains(QChar(0x1d));
}

} // namespace

KConfigFile KConfigFile::parse(const QByteArray& bytes)
{
    KConfigFile file;
    file.m_ini = IniFile::parse(bytes);
    file.scan(bytes);
    return file;
}

// Follows KConfigIniBackend::parseConfig line by line; where it warns and skips, we
// record an error, and where IniFile would split or read a line differently, too.
void KConfigFile::scan(const QByteArray& bytes)
{
    m_headers.clear();
    m_entries.clear();
    m_errors.clear();
    m_fileImmutableLine = 0;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        m_errors.append({1, tr("the file starts with a byte-order mark, which KDE programs do not expect")});

    QString group = kDefaultGroup;
    int number = 0;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        QByteArray line = bytes.mid(pos, end - pos);
        pos = end + 1;
        ++number;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains('\r')) {
            m_errors.append({number, tr("a carriage return in the middle of the line")});
            continue;
        }
        const QByteArray text = line.trimmed();
        if (text.isEmpty() || text.front() == '#')
            continue;

        if (text.front() == '[') {
            Header header;
            header.line = number;
            header.iniName = iniSectionName(text);
            QStringList parts;
            bool ok = true;
            qsizetype start = 1;
            for (;;) {
                const qsizetype close = text.indexOf(']', start);
                if (close < 0) {
                    m_errors.append({number, tr("the group name has no closing ']'")});
                    ok = false;
                    break;
                }
                const QByteArray part = text.mid(start, close - start);
                if (part == "$i" && close + 1 == text.size()) {
                    if (parts.isEmpty())
                        m_fileImmutableLine = number;
                    else
                        header.immutable = true;
                } else {
                    QByteArray decoded;
                    if (part.isEmpty() || !unescape(part, &decoded)) {
                        m_errors.append(
                            {number, tr("the group name is empty or has an invalid escape sequence")});
                        ok = false;
                        break;
                    }
                    parts << QString::fromUtf8(decoded);
                }
                if (close + 1 == text.size())
                    break;
                if (text.at(close + 1) != '[') {
                    m_errors.append({number, tr("text after the group name")});
                    ok = false;
                    break;
                }
                start = close + 2;
            }
            if (!ok)
                continue;
            header.name = parts.join(QChar(0x1d));
            header.plain = parts.size() == 1 && !header.immutable && header.iniName == header.name &&
                           !text.contains('\\');
            group = header.name;
            m_headers.append(header);
            continue;
        }

        Entry entry;
        entry.line = number;
        entry.group = group;
        const qsizetype eq = text.indexOf('=');
        QByteArray key = eq < 0 ? text : text.left(eq).trimmed();
        if (key.isEmpty()) {
            m_errors.append({number, tr("a value without a key")});
            continue;
        }
        if (eq >= 0 && text.front() != ';')
            entry.iniKey = QString::fromUtf8(key);
        bool ok = true;
        bool hasLocale = false;
        for (qsizetype open = key.lastIndexOf('['); open >= 0; open = key.lastIndexOf('[')) {
            const qsizetype close = key.indexOf(']', open);
            if (close < 0 || close + 1 != key.size()) {
                m_errors.append({number, tr("a key with an unclosed or misplaced '['")});
                ok = false;
                break;
            }
            if (close > open + 1 && key.at(open + 1) == '$') {
                entry.options += QString::fromLatin1(key.mid(open + 2, close - open - 2));
                entry.deleted = entry.deleted || entry.options.contains(QLatin1Char('d'));
            } else if (hasLocale) {
                m_errors.append({number, tr("a key with two languages")});
                ok = false;
                break;
            } else {
                entry.locale = QString::fromUtf8(key.mid(open + 1, close - open - 1));
                hasLocale = true;
            }
            key.truncate(open);
        }
        if (!ok)
            continue;
        if (eq < 0 && !entry.deleted) {
            m_errors.append({number, tr("expected [group] or key=value")});
            continue;
        }
        QByteArray decodedKey, decodedValue;
        if (!unescape(key, &decodedKey) ||
            (eq >= 0 && !unescape(text.mid(eq + 1).trimmed(), &decodedValue))) {
            m_errors.append(
                {number, tr("an invalid escape sequence (a backslash KDE programs do not read)")});
            continue;
        }
        entry.key = QString::fromUtf8(decodedKey);
        entry.value = QString::fromUtf8(decodedValue);
        m_entries.append(entry);
    }
}

QStringList KConfigFile::groups() const
{
    QStringList names;
    for (const Header& header : m_headers) {
        if (!header.name.isEmpty() && !names.contains(header.name))
            names << header.name;
    }
    return names;
}

bool KConfigFile::hasGroup(const QString& group) const
{
    return groupLine(group) > 0;
}

int KConfigFile::groupLine(const QString& group) const
{
    for (const Header& header : m_headers) {
        if (header.name == group)
            return header.line;
    }
    return 0;
}

QStringList KConfigFile::keys(const QString& group) const
{
    QStringList result;
    for (const Entry& entry : m_entries) {
        if (entry.group == group && entry.locale.isEmpty() && !result.contains(entry.key) &&
            value(group, entry.key))
            result << entry.key;
    }
    return result;
}

std::optional<QString> KConfigFile::value(const QString& group, const QString& key) const
{
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->group == group && it->key == key && it->locale.isEmpty())
            return it->deleted ? std::nullopt : std::optional<QString>(it->value);
    }
    return std::nullopt;
}

int KConfigFile::lineOf(const QString& group, const QString& key) const
{
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->group == group && it->key == key && it->locale.isEmpty())
            return it->deleted ? 0 : it->line;
    }
    return 0;
}

QString KConfigFile::whyNotWritable(const QString& group, const QString& key) const
{
    if (m_fileImmutableLine > 0)
        return tr("line %1 locks the whole file against changes ([$i])").arg(m_fileImmutableLine);
    if (!isWritableName(group) || !isWritableName(key))
        return tr("the name [%1] %2 cannot be written safely").arg(group, key);
    for (const Header& header : m_headers) {
        if (header.name != group && header.iniName != group)
            continue;
        if (header.immutable)
            return tr("line %1 locks the group [%2] against changes ([$i])").arg(header.line).arg(group);
        if (!header.plain)
            return tr("the group header on line %1 is written in a way Mail Setup cannot edit safely")
                .arg(header.line);
    }
    for (const Entry& entry : m_entries) {
        if (entry.group != group || (entry.key != key && entry.iniKey != key))
            continue;
        if (entry.options.contains(QLatin1Char('i')))
            return tr("line %1 locks %2 against changes ([$i])").arg(entry.line).arg(key);
        if (entry.deleted)
            return tr("line %1 marks %2 as deleted ([$d])").arg(entry.line).arg(key);
        if (entry.options.contains(QLatin1Char('e')))
            return tr("line %1 takes %2 from a shell expression ([$e])").arg(entry.line).arg(key);
        if (!entry.locale.isEmpty())
            return tr("line %1 has a translated %2 ([%3]), which KDE programs prefer in that language")
                .arg(entry.line)
                .arg(key, entry.locale);
        if (entry.iniKey != key || entry.key != key)
            return tr("line %1 spells the key %2 in a way Mail Setup cannot edit safely")
                .arg(entry.line)
                .arg(key);
    }
    return {};
}

void KConfigFile::setValue(const QString& group, const QString& key, const QString& value)
{
    if (!whyNotWritable(group, key).isEmpty() || !hasGroup(group)) {
        qWarning() << "KConfigFile::setValue: cannot write" << group << key;
        return;
    }
    m_ini.setValue(group, key, QString::fromUtf8(escapeValue(value)));
    scan(m_ini.toBytes());
}

void KConfigFile::appendGroup(const QString& group, const QList<QPair<QString, QString>>& entries)
{
    if (!isWritableName(group) || hasGroup(group) || m_fileImmutableLine > 0) {
        qWarning() << "KConfigFile::appendGroup: cannot add" << group;
        return;
    }
    const QByteArray nl = newline();
    QByteArray bytes = m_ini.toBytes();
    if (!bytes.isEmpty() && !bytes.endsWith('\n'))
        bytes += nl;
    if (!bytes.isEmpty() && !bytes.endsWith(nl + nl) && bytes != nl)
        bytes += nl;
    bytes += '[' + group.toUtf8() + ']' + nl;
    for (const auto& [key, value] : entries) {
        if (!isWritableName(key)) {
            qWarning() << "KConfigFile::appendGroup: cannot write key" << key;
            continue;
        }
        bytes += key.toUtf8() + '=' + escapeValue(value) + nl;
    }
    m_ini = IniFile::parse(bytes);
    scan(bytes);
}

QByteArray KConfigFile::newline() const
{
    const QByteArray bytes = m_ini.toBytes();
    const qsizetype crlf = bytes.count("\r\n");
    return crlf > 0 && crlf * 2 >= bytes.count('\n') ? QByteArray("\r\n") : QByteArray("\n");
}

// KConfigIniBackend::stringToPrintable(..., ValueString): a leading and a trailing
// space become \s, line breaks, tabs, backslashes and other control bytes are escaped.
QByteArray KConfigFile::escapeValue(const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        const auto u = static_cast<unsigned char>(c);
        if (i == 0 && c == ' ')
            out += "\\s";
        else if (c == '\n')
            out += "\\n";
        else if (c == '\t')
            out += "\\t";
        else if (c == '\r')
            out += "\\r";
        else if (c == '\\')
            out += "\\\\";
        else if (u < 32 || u == 0x7f)
            out += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
        else
            out += c;
    }
    if (out.endsWith(' '))
        out.replace(out.size() - 1, 1, "\\s");
    return out;
}

// KConfigIniBackend::printableToString; false where it warns about the escape.
bool KConfigFile::unescape(const QByteArray& raw, QByteArray* out)
{
    out->clear();
    if (!raw.contains('\\')) {
        *out = raw;
        return true;
    }
    const QByteArray s = raw.trimmed();
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) != '\\') {
            *out += s.at(i);
            continue;
        }
        if (++i >= s.size()) { // a backslash at the end stays
            *out += '\\';
            break;
        }
        switch (s.at(i)) {
        case 's':
            *out += ' ';
            break;
        case 't':
            *out += '\t';
            break;
        case 'n':
            *out += '\n';
            break;
        case 'r':
            *out += '\r';
            break;
        case '\\':
            *out += '\\';
            break;
        case ';':
        case ',': // kept with the backslash, for .desktop files
            *out += '\\';
            *out += s.at(i);
            break;
        case 'x':
            if (i + 2 >= s.size() || !isHex(s.at(i + 1)) || !isHex(s.at(i + 2)))
                return false;
            *out += char(s.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
            break;
        default:
            return false;
        }
    }
    return true;
}

} // namespace mailsetup
