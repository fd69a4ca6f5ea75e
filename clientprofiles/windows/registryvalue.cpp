// SPDX-License-Identifier: GPL-3.0-or-later
#include "registryvalue.h"

#include <QtEndian>

namespace mailsetup {
namespace {

QByteArray utf16le(const QString& text)
{
    QByteArray bytes;
    bytes.reserve((text.size() + 1) * 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xff));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

QString fromUtf16le(const QByteArray& bytes, int from, int* end)
{
    QString text;
    int i = from;
    for (; i + 1 < bytes.size(); i += 2) {
        const char16_t unit = char16_t(quint8(bytes[i]) | (quint8(bytes[i + 1]) << 8));
        if (unit == 0)
            break;
        text.append(QChar(unit));
    }
    if (end)
        *end = i;
    return text;
}

} // namespace

RegistryValue RegistryValue::string(const QString& text, RegistryType type)
{
    return {quint32(type), utf16le(text) + QByteArray(2, '\0')};
}

RegistryValue RegistryValue::dword(quint32 number)
{
    QByteArray bytes(4, '\0');
    qToLittleEndian(number, bytes.data());
    return {quint32(RegistryType::Dword), bytes};
}

RegistryValue RegistryValue::binary(const QByteArray& bytes)
{
    return {quint32(RegistryType::Binary), bytes};
}

RegistryValue RegistryValue::multiString(const QStringList& items)
{
    QByteArray bytes;
    for (const QString& item : items)
        bytes += utf16le(item) + QByteArray(2, '\0');
    bytes += QByteArray(2, '\0');
    return {quint32(RegistryType::MultiString), bytes};
}

RegistryValue RegistryValue::utf16Binary(const QString& text)
{
    return {quint32(RegistryType::Binary), utf16le(text) + QByteArray(2, '\0')};
}

bool RegistryValue::isString() const
{
    return type == quint32(RegistryType::String) || type == quint32(RegistryType::ExpandString);
}

QString RegistryValue::toText() const
{
    return fromUtf16le(data, 0, nullptr);
}

std::optional<quint32> RegistryValue::toDword() const
{
    if (type != quint32(RegistryType::Dword) || data.size() != 4)
        return std::nullopt;
    return qFromLittleEndian<quint32>(data.constData());
}

QStringList RegistryValue::toStringList() const
{
    QStringList items;
    int pos = 0;
    while (pos + 1 < data.size()) {
        int end = pos;
        const QString item = fromUtf16le(data, pos, &end);
        if (item.isEmpty())
            break;
        items << item;
        pos = end + 2;
    }
    return items;
}

QString registryTypeName(quint32 type)
{
    switch (RegistryType(type)) {
    case RegistryType::None:
        return QStringLiteral("REG_NONE");
    case RegistryType::String:
        return QStringLiteral("REG_SZ");
    case RegistryType::ExpandString:
        return QStringLiteral("REG_EXPAND_SZ");
    case RegistryType::Binary:
        return QStringLiteral("REG_BINARY");
    case RegistryType::Dword:
        return QStringLiteral("REG_DWORD");
    case RegistryType::MultiString:
        return QStringLiteral("REG_MULTI_SZ");
    }
    return QStringLiteral("hex(%1)").arg(type, 0, 16);
}

QString RegistryValue::typeName() const
{
    return registryTypeName(type);
}

QString RegistryValue::describe() const
{
    if (isString())
        return QStringLiteral("%1 \"%2\"").arg(typeName(), toText());
    if (const auto number = toDword())
        return QStringLiteral("REG_DWORD %1 (0x%2)").arg(*number).arg(*number, 8, 16, QLatin1Char('0'));
    if (type == quint32(RegistryType::MultiString))
        return QStringLiteral("REG_MULTI_SZ \"%1\"").arg(toStringList().join(QStringLiteral("\", \"")));
    // Outlook's strings are REG_BINARY UTF-16LE text: show them as text when they are.
    if (type == quint32(RegistryType::Binary) && data.size() >= 2 && data.size() % 2 == 0 &&
        data.endsWith(QByteArray(2, '\0'))) {
        const QString text = toText();
        if (!text.isEmpty() && text.size() * 2 + 2 == data.size()) {
            bool printable = true;
            for (const QChar c : text)
                printable = printable && c.isPrint();
            if (printable)
                return QStringLiteral("REG_BINARY (UTF-16 text) \"%1\"").arg(text);
        }
    }
    return QStringLiteral("%1 %2").arg(typeName(), QString::fromLatin1(data.toHex(',')));
}

} // namespace mailsetup
