// SPDX-License-Identifier: GPL-3.0-or-later
#include "regfile.h"

#include <QCoreApplication>

namespace mailsetup {
namespace {

const QString header5 = QStringLiteral("Windows Registry Editor Version 5.00");
const QString header4 = QStringLiteral("REGEDIT4");

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

const QStringList& rootNames()
{
    static const QStringList roots{QStringLiteral("HKEY_CURRENT_USER"), QStringLiteral("HKEY_LOCAL_MACHINE"),
                                   QStringLiteral("HKEY_CLASSES_ROOT"), QStringLiteral("HKEY_USERS"),
                                   QStringLiteral("HKEY_CURRENT_CONFIG")};
    return roots;
}

QString lowerKey(const QString& key)
{
    return RegFile::normalizeKey(key).toLower();
}

bool isSameOrAncestor(const QString& ancestorLower, const QString& keyLower)
{
    return keyLower == ancestorLower || keyLower.startsWith(ancestorLower + QLatin1Char('\\'));
}

QString stripCr(const QString& line)
{
    return line.endsWith(QLatin1Char('\r')) ? line.chopped(1) : line;
}

// regedit escapes backslash and double quote in names and strings (wine also \r, \n).
QString escape(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            out += QLatin1Char('\\');
        if (c == QLatin1Char('\r')) {
            out += QStringLiteral("\\r");
            continue;
        }
        if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
            continue;
        }
        out += c;
    }
    return out;
}

// Reads a "quoted" string starting at text[pos] == '"'; pos ends after the closing quote.
bool readQuoted(const QString& text, int* pos, QString* out)
{
    int i = *pos + 1;
    out->clear();
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == QLatin1Char('"')) {
            *pos = i + 1;
            return true;
        }
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar next = text[i + 1];
            *out += next == QLatin1Char('n')   ? QChar(QLatin1Char('\n'))
                    : next == QLatin1Char('r') ? QChar(QLatin1Char('\r'))
                                               : next;
            i += 2;
            continue;
        }
        *out += c;
        ++i;
    }
    return false;
}

bool parseHexBytes(const QString& text, QByteArray* out)
{
    out->clear();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return true;
    for (const QString& part : trimmed.split(QLatin1Char(','))) {
        const QString byte = part.trimmed();
        bool ok = false;
        const uint value = byte.toUInt(&ok, 16);
        if (!ok || byte.size() > 2 || value > 0xff)
            return false;
        out->append(char(value));
    }
    return true;
}

// The data after '=': "text", dword:, hex:, hex(N):, or - (delete).
QString parseData(const QString& text, bool* isDelete, RegistryValue* value)
{
    *isDelete = false;
    const QString data = text.trimmed();
    if (data == QLatin1String("-")) {
        *isDelete = true;
        return {};
    }
    if (data.startsWith(QLatin1Char('"'))) {
        int pos = 0;
        QString str;
        if (!readQuoted(data, &pos, &str))
            return tr("the text value has no closing quote");
        if (!data.mid(pos).trimmed().isEmpty())
            return tr("unexpected characters after the closing quote");
        *value = RegistryValue::string(str);
        return {};
    }
    if (data.startsWith(QLatin1String("dword:"), Qt::CaseInsensitive)) {
        const QString digits = data.mid(6).trimmed();
        bool ok = false;
        const uint number = digits.toUInt(&ok, 16);
        if (!ok || digits.isEmpty() || digits.size() > 8)
            return tr("dword: needs up to 8 hexadecimal digits, found \"%1\"").arg(digits);
        *value = RegistryValue::dword(number);
        return {};
    }
    quint32 type = quint32(RegistryType::Binary);
    QString bytesText;
    if (data.startsWith(QLatin1String("hex:"), Qt::CaseInsensitive)) {
        bytesText = data.mid(4);
    } else if (data.startsWith(QLatin1String("hex("), Qt::CaseInsensitive)) {
        const int close = data.indexOf(QLatin1String("):"));
        bool ok = false;
        type = close > 4 ? data.mid(4, close - 4).toUInt(&ok, 16) : 0;
        if (!ok)
            return tr("hex(N): needs a hexadecimal type number");
        bytesText = data.mid(close + 2);
    } else {
        return tr("unknown value type in \"%1\" (expected \"text\", dword:, hex: or hex(N):)")
            .arg(data.left(20));
    }
    QByteArray bytes;
    if (!parseHexBytes(bytesText, &bytes))
        return tr("hexadecimal bytes must be pairs of digits separated by commas");
    *value = RegistryValue{type, bytes};
    return {};
}

// Windows' hex continuation layout (wine programs/reg/export.c: MAX_HEX_CHARS 77).
QStringList formatHex(const QString& prefix, const RegistryValue& value)
{
    QStringList lines;
    const QString typePart = value.type == quint32(RegistryType::Binary)
                                 ? QStringLiteral("hex:")
                                 : QStringLiteral("hex(%1):").arg(value.type, 0, 16);
    QString line = prefix + typePart;
    int lineLength = line.size();
    const QByteArray& data = value.data;
    for (int i = 0; i < data.size(); ++i) {
        line += QStringLiteral("%1").arg(quint8(data[i]), 2, 16, QLatin1Char('0'));
        if (i == data.size() - 1)
            break;
        line += QLatin1Char(',');
        lineLength += 3;
        if (lineLength >= 77) {
            lines << line + QLatin1Char('\\');
            line = QStringLiteral("  ");
            lineLength = 2;
        }
    }
    lines << line;
    return lines;
}

} // namespace

RegFile::RegFile()
{
    m_lines = QStringList{header5 + QLatin1Char('\r'), QStringLiteral("\r"), QString()};
}

QString RegFile::normalizeKey(const QString& key)
{
    QString k = key.trimmed();
    while (k.endsWith(QLatin1Char('\\')))
        k.chop(1);
    static const QList<QPair<QString, QString>> shortRoots{
        {QStringLiteral("HKCU"), QStringLiteral("HKEY_CURRENT_USER")},
        {QStringLiteral("HKLM"), QStringLiteral("HKEY_LOCAL_MACHINE")},
        {QStringLiteral("HKCR"), QStringLiteral("HKEY_CLASSES_ROOT")},
        {QStringLiteral("HKU"), QStringLiteral("HKEY_USERS")}};
    for (const auto& [shortName, longName] : shortRoots) {
        if (k.compare(shortName, Qt::CaseInsensitive) == 0 ||
            k.startsWith(shortName + QLatin1Char('\\'), Qt::CaseInsensitive))
            return longName + k.mid(shortName.size());
    }
    return k;
}

RegFile::ParseResult RegFile::parse(const QByteArray& bytes)
{
    ParseResult result;
    RegFile file;
    file.m_lines.clear();
    QString text;
    if (bytes.startsWith("\xff\xfe")) {
        file.m_utf16 = true;
        file.m_bom = true;
        const QByteArray body = bytes.mid(2);
        if (body.size() % 2 != 0) {
            result.line = 1;
            result.error = tr("the file ends in the middle of a UTF-16 character");
            return result;
        }
        text.reserve(body.size() / 2);
        for (int i = 0; i + 1 < body.size(); i += 2)
            text.append(QChar(char16_t(quint8(body[i]) | (quint8(body[i + 1]) << 8))));
    } else {
        // REGEDIT4 files are in the ANSI code page; Latin-1 keeps every byte as it was.
        file.m_utf16 = false;
        file.m_bom = false;
        text = QString::fromLatin1(bytes);
    }
    file.m_lines = text.split(QLatin1Char('\n'));
    file.m_crlf = file.m_lines.first().endsWith(QLatin1Char('\r'));
    const QString first = stripCr(file.m_lines.first()).trimmed();
    if (first != header5 && first != header4) {
        result.line = 1;
        result.error =
            tr("this is not a registry file: the first line must be \"%1\" or \"%2\"").arg(header5, header4);
        return result;
    }
    if (first == header5 && !file.m_utf16) {
        // regedit also reads Version 5.00 files without a BOM; keep them as they are.
        file.m_bom = false;
    }
    int errorLine = 0;
    result.error = file.reindex(&errorLine);
    if (!result.error.isEmpty()) {
        result.line = errorLine;
        return result;
    }
    result.file = file;
    return result;
}

QString RegFile::reindex(int* errorLine)
{
    m_sections.clear();
    for (int i = 1; i < m_lines.size(); ++i) {
        const QString line = stripCr(m_lines[i]).trimmed();
        *errorLine = i + 1;
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']')))
                return tr("the key line has no closing ]");
            Section section;
            section.removesKey = line.startsWith(QLatin1String("[-"));
            section.key = line.mid(section.removesKey ? 2 : 1).chopped(1);
            section.headerLine = i;
            const QString root = section.key.section(QLatin1Char('\\'), 0, 0);
            if (!rootNames().contains(root, Qt::CaseInsensitive))
                return tr("the key \"%1\" does not start with a registry root such as HKEY_CURRENT_USER")
                    .arg(section.key);
            m_sections << section;
            continue;
        }
        if (!line.startsWith(QLatin1Char('"')) && !line.startsWith(QLatin1Char('@')))
            return tr("expected a [key] line, a \"name\"=value line or a ; comment");
        if (m_sections.isEmpty() || m_sections.last().removesKey)
            return tr("a value line must follow a [key] line");
        Entry entry;
        entry.firstLine = i;
        // Hex data may go on over lines ending in a backslash.
        QString logical = line;
        while (logical.endsWith(QLatin1Char('\\')) && i + 1 < m_lines.size()) {
            logical.chop(1);
            ++i;
            logical += stripCr(m_lines[i]).trimmed();
        }
        entry.lineCount = i - entry.firstLine + 1;
        int pos = 0;
        if (logical.startsWith(QLatin1Char('@'))) {
            pos = 1;
        } else if (!readQuoted(logical, &pos, &entry.name)) {
            return tr("the value name has no closing quote");
        }
        while (pos < logical.size() && logical[pos].isSpace())
            ++pos;
        if (pos >= logical.size() || logical[pos] != QLatin1Char('='))
            return tr("expected = after the value name");
        bool isDelete = false;
        RegistryValue value;
        const QString error = parseData(logical.mid(pos + 1), &isDelete, &value);
        if (!error.isEmpty()) {
            *errorLine = entry.firstLine + 1;
            return error;
        }
        if (!isDelete)
            entry.value = value;
        m_sections.last().entries << entry;
    }
    *errorLine = 0;
    return {};
}

QByteArray RegFile::toBytes() const
{
    const QString text = m_lines.join(QLatin1Char('\n'));
    if (!m_utf16)
        return text.toLatin1();
    QByteArray bytes;
    bytes.reserve(text.size() * 2 + 2);
    if (m_bom)
        bytes.append("\xff\xfe", 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xff));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

QMap<QString, RegFile::KeyState> RegFile::model() const
{
    QMap<QString, KeyState> keys;
    for (const Section& section : m_sections) {
        const QString lower = section.key.toLower();
        if (section.removesKey) {
            for (auto it = keys.begin(); it != keys.end();) {
                it = isSameOrAncestor(lower, it.key()) ? keys.erase(it) : std::next(it);
            }
            continue;
        }
        KeyState& state = keys[lower];
        if (state.key.isEmpty())
            state.key = section.key;
        for (const Entry& entry : section.entries) {
            if (entry.value)
                state.values.insert(entry.name.toLower(), qMakePair(entry.name, *entry.value));
            else
                state.values.remove(entry.name.toLower());
        }
    }
    return keys;
}

std::optional<RegistryValue> RegFile::value(const QString& key, const QString& name) const
{
    const auto keys = model();
    const auto it = keys.constFind(lowerKey(key));
    if (it == keys.constEnd())
        return std::nullopt;
    const auto found = it->values.constFind(name.toLower());
    if (found == it->values.constEnd())
        return std::nullopt;
    return found->second;
}

bool RegFile::keyExists(const QString& key) const
{
    const QString lower = lowerKey(key);
    const auto keys = model();
    for (auto it = keys.constBegin(); it != keys.constEnd(); ++it) {
        if (isSameOrAncestor(lower, it.key()))
            return true;
    }
    return false;
}

QStringList RegFile::subkeys(const QString& key) const
{
    const QString full = normalizeKey(key);
    const QString prefix = full.toLower() + QLatin1Char('\\');
    QStringList names;
    QStringList lowerNames;
    const auto keys = model();
    for (auto it = keys.constBegin(); it != keys.constEnd(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const QString child = it->key.mid(prefix.size()).section(QLatin1Char('\\'), 0, 0);
        if (!lowerNames.contains(child.toLower())) {
            lowerNames << child.toLower();
            names << child;
        }
    }
    return names;
}

QStringList RegFile::valueNames(const QString& key) const
{
    const auto keys = model();
    const auto it = keys.constFind(lowerKey(key));
    QStringList names;
    if (it != keys.constEnd()) {
        for (const auto& pair : it->values)
            names << pair.first;
    }
    return names;
}

QStringList RegFile::keys() const
{
    QStringList out;
    for (const Section& section : m_sections) {
        if (!section.removesKey && !out.contains(section.key, Qt::CaseInsensitive))
            out << section.key;
    }
    return out;
}

QStringList RegFile::formatValue(const QString& name, const RegistryValue& value)
{
    const QString prefix =
        name.isEmpty() ? QStringLiteral("@=") : QStringLiteral("\"%1\"=").arg(escape(name));
    if (value.type == quint32(RegistryType::String)) {
        // Only a string that ends at its one NUL can be written as "text" exactly.
        const QString text = value.toText();
        if (RegistryValue::string(text).data == value.data)
            return {prefix + QLatin1Char('"') + escape(text) + QLatin1Char('"')};
    }
    if (const auto number = value.toDword())
        return {prefix + QStringLiteral("dword:%1").arg(*number, 8, 16, QLatin1Char('0'))};
    return formatHex(prefix, value);
}

int RegFile::targetSection(const QString& key) const
{
    const QString lower = lowerKey(key);
    for (int i = m_sections.size() - 1; i >= 0; --i) {
        const Section& section = m_sections[i];
        const QString sectionLower = section.key.toLower();
        if (section.removesKey && isSameOrAncestor(sectionLower, lower))
            return -1; // deleted later in the file: a new section must follow
        if (!section.removesKey && sectionLower == lower)
            return i;
    }
    return -1;
}

void RegFile::setValue(const QString& key, const QString& name, const RegistryValue& value)
{
    QStringList lines = formatValue(name, value);
    for (QString& line : lines)
        line += eol();
    int errorLine = 0;
    const int index = targetSection(key);
    if (index >= 0) {
        const Section& section = m_sections[index];
        for (int e = section.entries.size() - 1; e >= 0; --e) {
            const Entry& entry = section.entries[e];
            if (entry.name.compare(name, Qt::CaseInsensitive) == 0) {
                for (int n = 0; n < entry.lineCount; ++n)
                    m_lines.removeAt(entry.firstLine);
                for (int n = 0; n < lines.size(); ++n)
                    m_lines.insert(entry.firstLine + n, lines[n]);
                reindex(&errorLine);
                return;
            }
        }
        int at = section.headerLine + 1;
        if (!section.entries.isEmpty())
            at = section.entries.last().firstLine + section.entries.last().lineCount;
        for (int n = 0; n < lines.size(); ++n)
            m_lines.insert(at + n, lines[n]);
        reindex(&errorLine);
        return;
    }
    // A new section at the end, as regedit exports: a blank line before each [key].
    int at = m_lines.size();
    if (m_lines.last().isEmpty())
        at = m_lines.size() - 1; // before the piece after the last line end
    QStringList block;
    if (at > 0 && !stripCr(m_lines[at - 1]).trimmed().isEmpty())
        block << eol();
    block << QLatin1Char('[') + normalizeKey(key) + QLatin1Char(']') + eol();
    block << lines;
    block << eol();
    for (int n = 0; n < block.size(); ++n)
        m_lines.insert(at + n, block[n]);
    if (!m_lines.last().isEmpty())
        m_lines << QString();
    reindex(&errorLine);
}

void RegFile::removeValue(const QString& key, const QString& name)
{
    const QString lower = lowerKey(key);
    int errorLine = 0;
    for (int s = m_sections.size() - 1; s >= 0; --s) {
        const Section& section = m_sections[s];
        if (section.removesKey || section.key.toLower() != lower)
            continue;
        for (int e = section.entries.size() - 1; e >= 0; --e) {
            const Entry& entry = section.entries[e];
            if (entry.name.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            for (int n = 0; n < entry.lineCount; ++n)
                m_lines.removeAt(entry.firstLine);
        }
        reindex(&errorLine);
    }
}

void RegFile::removeEmptyKey(const QString& key)
{
    const QString lower = lowerKey(key);
    int errorLine = 0;
    for (int s = m_sections.size() - 1; s >= 0; --s) {
        const Section& section = m_sections[s];
        if (section.removesKey || section.key.toLower() != lower || !section.entries.isEmpty())
            continue;
        // The section and the blank line regedit puts after it.
        const int header = section.headerLine;
        const bool blankAfter =
            header + 1 < m_lines.size() - 1 && stripCr(m_lines[header + 1]).trimmed().isEmpty();
        m_lines.removeAt(header);
        if (blankAfter)
            m_lines.removeAt(header);
        reindex(&errorLine);
    }
}

} // namespace mailsetup
