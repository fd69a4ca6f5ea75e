// SPDX-License-Identifier: GPL-3.0-or-later
#include "plistdocument.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <cstdlib>
#include <plist/plist.h>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

// libplist 2.2 says only "no result" for a broken file; Qt's XML reader finds
// the line and column first, so the message can point at them.
QString xmlProblem(const QByteArray& bytes)
{
    // XML allows no NUL anywhere, and libplist copies one from a <string> into the file
    // it writes, which then cannot be read (fuzz_plist).
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return tr("a NUL byte at offset %1").arg(nul);
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd())
        xml.readNext();
    if (!xml.hasError())
        return {};
    return tr("line %1, column %2: %3").arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString());
}

bool looksLikeOpenStepText(const QByteArray& bytes)
{
    const QByteArray start = bytes.trimmed();
    return start.startsWith('{') || start.startsWith('(');
}

} // namespace

PlistNode::Type PlistNode::type() const
{
    if (!m_node)
        return Type::None;
    switch (plist_get_node_type(m_node)) {
    case PLIST_BOOLEAN:
        return Type::Bool;
    case PLIST_UINT:
        return Type::Integer;
    case PLIST_REAL:
        return Type::Real;
    case PLIST_STRING:
        return Type::String;
    case PLIST_DATE:
        return Type::Date;
    case PLIST_DATA:
        return Type::Data;
    case PLIST_ARRAY:
        return Type::Array;
    case PLIST_DICT:
        return Type::Dict;
    default:
        return Type::Other;
    }
}

QString PlistNode::typeName(Type type)
{
    switch (type) {
    case Type::None:
        return QStringLiteral("nothing");
    case Type::Bool:
        return QStringLiteral("boolean");
    case Type::Integer:
        return QStringLiteral("integer");
    case Type::Real:
        return QStringLiteral("real");
    case Type::String:
        return QStringLiteral("string");
    case Type::Date:
        return QStringLiteral("date");
    case Type::Data:
        return QStringLiteral("data");
    case Type::Array:
        return QStringLiteral("array");
    case Type::Dict:
        return QStringLiteral("dictionary");
    case Type::Other:
        break;
    }
    return QStringLiteral("other");
}

QString PlistNode::toString() const
{
    if (type() != Type::String)
        return {};
    char* text = nullptr;
    plist_get_string_val(m_node, &text);
    const QString result = QString::fromUtf8(text);
    std::free(text);
    return result;
}

qint64 PlistNode::toInteger() const
{
    if (type() != Type::Integer)
        return 0;
    uint64_t value = 0;
    plist_get_uint_val(m_node, &value);
    return static_cast<qint64>(value); // libplist keeps negative integers as two's complement
}

bool PlistNode::toBool() const
{
    if (type() != Type::Bool)
        return false;
    uint8_t value = 0;
    plist_get_bool_val(m_node, &value);
    return value != 0;
}

QByteArray PlistNode::toData() const
{
    if (type() != Type::Data)
        return {};
    char* bytes = nullptr;
    uint64_t length = 0;
    plist_get_data_val(m_node, &bytes, &length);
    const QByteArray result(bytes, static_cast<qsizetype>(length));
    std::free(bytes);
    return result;
}

QStringList PlistNode::keys() const
{
    QStringList result;
    if (!isDict())
        return result;
    plist_dict_iter it = nullptr;
    plist_dict_new_iter(m_node, &it);
    for (;;) {
        char* key = nullptr;
        plist_t item = nullptr;
        plist_dict_next_item(m_node, it, &key, &item);
        if (!item)
            break;
        result << QString::fromUtf8(key);
        std::free(key);
    }
    std::free(it);
    return result;
}

PlistNode PlistNode::value(const QString& key) const
{
    if (!isDict())
        return {};
    return PlistNode(plist_dict_get_item(m_node, key.toUtf8().constData()));
}

void PlistNode::setItem(const QString& key, void* item)
{
    // plist_dict_set_item replaces in place, so the key keeps its position.
    plist_dict_set_item(m_node, key.toUtf8().constData(), item);
}

void PlistNode::setString(const QString& key, const QString& value)
{
    if (isDict())
        setItem(key, plist_new_string(value.toUtf8().constData()));
}

void PlistNode::setInteger(const QString& key, qint64 value)
{
    if (isDict())
        setItem(key, plist_new_uint(static_cast<uint64_t>(value)));
}

void PlistNode::setBool(const QString& key, bool value)
{
    if (isDict())
        setItem(key, plist_new_bool(value ? 1 : 0));
}

void PlistNode::setData(const QString& key, const QByteArray& value)
{
    if (isDict())
        setItem(key, plist_new_data(value.constData(), static_cast<uint64_t>(value.size())));
}

PlistNode PlistNode::setDict(const QString& key)
{
    if (!isDict())
        return {};
    setItem(key, plist_new_dict());
    return value(key);
}

PlistNode PlistNode::setArray(const QString& key)
{
    if (!isDict())
        return {};
    setItem(key, plist_new_array());
    return value(key);
}

void PlistNode::remove(const QString& key)
{
    if (contains(key))
        plist_dict_remove_item(m_node, key.toUtf8().constData());
}

int PlistNode::size() const
{
    return isArray() ? static_cast<int>(plist_array_get_size(m_node)) : 0;
}

PlistNode PlistNode::at(int index) const
{
    if (index < 0 || index >= size())
        return {};
    return PlistNode(plist_array_get_item(m_node, static_cast<uint32_t>(index)));
}

PlistNode PlistNode::appendDict()
{
    if (!isArray())
        return {};
    plist_array_append_item(m_node, plist_new_dict());
    return at(size() - 1);
}

PlistNode PlistNode::appendCopyOf(const PlistNode& other)
{
    if (!isArray() || other.isNull())
        return {};
    plist_array_append_item(m_node, plist_copy(other.m_node));
    return at(size() - 1);
}

PlistDocument::PlistDocument() : m_root(plist_new_dict()) {}

PlistDocument::~PlistDocument()
{
    if (m_root)
        plist_free(m_root);
}

PlistDocument::PlistDocument(PlistDocument&& other) noexcept : m_root(other.m_root), m_format(other.m_format)
{
    other.m_root = nullptr;
}

PlistDocument& PlistDocument::operator=(PlistDocument&& other) noexcept
{
    if (this != &other) {
        if (m_root)
            plist_free(m_root);
        m_root = other.m_root;
        m_format = other.m_format;
        other.m_root = nullptr;
    }
    return *this;
}

namespace {

// Whether the tree, written in its own form, reads back (what apply relies on).
bool writesBackReadably(plist_t root, bool binary)
{
    char* out = nullptr;
    uint32_t size = 0;
    if (binary)
        plist_to_bin(root, &out, &size);
    else
        plist_to_xml(root, &out, &size);
    if (!out)
        return false;
    plist_t again = nullptr;
    if (binary)
        plist_from_bin(out, size, &again);
    else
        plist_from_xml(out, size, &again);
    // Readable by libplist, and for XML also by our own well-formedness check.
    const bool readable =
        again != nullptr && (binary || xmlProblem(QByteArray(out, qsizetype(size))).isEmpty());
    if (again)
        plist_free(again);
    if (binary)
        plist_to_bin_free(out);
    else
        plist_to_xml_free(out);
    return readable;
}

} // namespace

PlistDocument::ReadResult PlistDocument::read(const QByteArray& bytes, const QString& fileName)
{
    ReadResult result;
    if (bytes.trimmed().isEmpty()) {
        result.error = tr("%1 is empty: it holds no settings (a property list file starts with "
                          "\"bplist00\" or \"<?xml\").")
                           .arg(fileName);
        return result;
    }
    const auto length = static_cast<uint32_t>(bytes.size());
    const bool binary = plist_is_binary(bytes.constData(), length) != 0;
    if (!binary && looksLikeOpenStepText(bytes)) {
        result.error = tr("%1 is in the old text form of NeXTSTEP and early Mac OS X, which Mail Setup "
                          "does not read. Open it once in Property List Editor and save it, then try again.")
                           .arg(fileName);
        return result;
    }
    if (!binary) {
        if (const QString problem = xmlProblem(bytes); !problem.isEmpty()) {
            result.error = tr("%1 is not a readable property list: %2").arg(fileName, problem);
            return result;
        }
    }
    plist_t root = nullptr;
    if (binary)
        plist_from_bin(bytes.constData(), length, &root);
    else
        plist_from_xml(bytes.constData(), length, &root);
    if (root && !writesBackReadably(root, binary)) {
        // libplist accepted something it cannot write back in a readable form (found
        // by fuzz_plist): refuse it as damaged rather than write a file Mail cannot read.
        plist_free(root);
        root = nullptr;
    }
    if (!root) {
        result.error = binary ? tr("%1 is a damaged binary property list (it starts like one, but its "
                                   "contents cannot be read).")
                                    .arg(fileName)
                              : tr("%1 is XML but not a property list Mail Setup can read (an element "
                                   "other than plist, dict, array, key, string, integer, real, true, false, "
                                   "date or data, or a value that does not fit its element).")
                                    .arg(fileName);
        return result;
    }
    result.document = std::make_unique<PlistDocument>();
    plist_free(result.document->m_root);
    result.document->m_root = root;
    result.document->m_format = binary ? PlistFormat::Binary : PlistFormat::Xml;
    return result;
}

QByteArray PlistDocument::toBytes(PlistFormat format) const
{
    if (!m_root)
        return {};
    char* out = nullptr;
    uint32_t length = 0;
    QByteArray bytes;
    if (format == PlistFormat::Binary) {
        plist_to_bin(m_root, &out, &length);
        bytes = QByteArray(out, static_cast<qsizetype>(length));
        plist_to_bin_free(out);
    } else {
        plist_to_xml(m_root, &out, &length);
        bytes = QByteArray(out, static_cast<qsizetype>(length));
        plist_to_xml_free(out);
    }
    return bytes;
}

} // namespace mailsetup
