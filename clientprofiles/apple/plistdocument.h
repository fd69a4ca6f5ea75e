// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

namespace mailsetup {

// How a property list file is stored. Mac OS X writes preferences in either form
// (binary since 10.4), and a file we change is written back in the form it had.
enum class PlistFormat
{
    Xml,
    Binary
};

// One value inside a PlistDocument, viewed without owning it: valid while the
// document lives. Reading a missing key or a value of another type gives an empty
// node or a default, never a crash, so readers of other programs' files stay short.
// Dictionaries keep their key order, so an edited file differs only where we edit.
class PlistNode
{
public:
    enum class Type
    {
        None, // no such value
        Bool,
        Integer,
        Real,
        String,
        Date,
        Data,
        Array,
        Dict,
        Other // keyed-archiver UIDs and the like: kept, not interpreted
    };

    PlistNode() = default;

    Type type() const;
    bool isNull() const { return type() == Type::None; }
    bool isDict() const { return type() == Type::Dict; }
    bool isArray() const { return type() == Type::Array; }
    static QString typeName(Type type); // the XML element name: "string", "integer", "dict", ...

    QString toString() const; // a string's text; empty for other types
    qint64 toInteger() const; // an integer; 0 for other types
    bool toBool() const;      // a boolean; false for other types
    QByteArray toData() const;

    // Dictionaries.
    QStringList keys() const; // in file order
    bool contains(const QString& key) const { return !value(key).isNull(); }
    PlistNode value(const QString& key) const;
    // Adds or replaces, keeping the key's place when it exists.
    void setString(const QString& key, const QString& value);
    void setInteger(const QString& key, qint64 value);
    void setBool(const QString& key, bool value);
    void setData(const QString& key, const QByteArray& value);
    PlistNode setDict(const QString& key);  // a new empty dictionary
    PlistNode setArray(const QString& key); // a new empty array
    void remove(const QString& key);

    // Arrays.
    int size() const;
    PlistNode at(int index) const;
    PlistNode appendDict();
    PlistNode appendCopyOf(const PlistNode& other); // a deep copy of other, which may be in another array

private:
    friend class PlistDocument;
    explicit PlistNode(void* node) : m_node(node) {}
    void setItem(const QString& key, void* item);
    void* m_node = nullptr;
};

// A whole property list file, read and written with Debian's libplist (XML and
// binary "bplist00"), which is what Apple's own tools accept; we only wrap it.
class PlistDocument
{
public:
    PlistDocument(); // an empty dictionary, XML
    ~PlistDocument();
    PlistDocument(PlistDocument&& other) noexcept;
    PlistDocument& operator=(PlistDocument&& other) noexcept;
    PlistDocument(const PlistDocument&) = delete;
    PlistDocument& operator=(const PlistDocument&) = delete;

    struct ReadResult;
    // bytes as read from fileName (which only names the file in the error).
    static ReadResult read(const QByteArray& bytes, const QString& fileName);

    PlistNode root() const { return PlistNode(m_root); }
    PlistFormat format() const { return m_format; }
    QByteArray toBytes(PlistFormat format) const;
    QByteArray toBytes() const { return toBytes(m_format); } // in the form it was read

private:
    void* m_root = nullptr;
    PlistFormat m_format = PlistFormat::Xml;
};

struct PlistDocument::ReadResult
{
    std::unique_ptr<PlistDocument> document; // empty when the file cannot be read
    QString error;                           // for people: names the file, and the line where XML is broken
};

} // namespace mailsetup
