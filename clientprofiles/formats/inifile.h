// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mailsetup {

struct IniParseError
{
    int line = 0; // 1-based
    QString message;
};

// An INI file (profiles.ini, installs.ini, Eudora.ini, Claws accountrc, ...) kept
// exactly as written: comments, blank lines, key order, spacing and line endings
// survive, and an unchanged file serialises to identical bytes. Edits touch only
// the lines of the keys they change.
class IniFile
{
public:
    enum class KeyCase
    {
        Sensitive,  // Mozilla's nsINIParser
        Insensitive // Windows GetPrivateProfileString (Eudora)
    };

    static IniFile parse(const QByteArray& bytes, KeyCase keyCase = KeyCase::Sensitive);

    // Lines that are neither a section, a key=value, a comment nor blank.
    const QList<IniParseError>& errors() const { return m_errors; }

    QStringList sections() const; // in file order
    bool hasSection(const QString& section) const;
    QStringList keys(const QString& section) const;
    // The first value of key in the first section of that name.
    std::optional<QString> value(const QString& section, const QString& key) const;
    int lineOf(const QString& section, const QString& key) const; // 1-based, 0 if absent

    // Changes the value in place, or adds key=value after the section's last key,
    // or adds the section at the end of the file.
    void setValue(const QString& section, const QString& key, const QString& value);
    void removeKey(const QString& section, const QString& key);

    QByteArray toBytes() const;

private:
    struct Line
    {
        enum class Kind
        {
            Blank,
            Comment,
            Section,
            KeyValue,
            Invalid
        } kind = Kind::Blank;
        QByteArray raw;    // the line without its ending
        QByteArray ending; // "\n", "\r\n", "\r" or "" for the last line
        QString section;   // Section: its name; KeyValue: the section it is in
        QString key;
        QString value;
        bool orphan = false; // a key after a malformed [section line: in no section
    };
    struct Range
    {
        int begin = 0; // first line of the section's body
        int end = 0;   // one past its last line
    };

    bool sameKey(const QString& a, const QString& b) const;
    QByteArray newline() const;
    std::optional<Range> firstSection(const QString& section) const;
    bool isKeyOf(const Line& line, const QString& section, const QString& key) const;

    QList<Line> m_lines;
    QList<IniParseError> m_errors;
    KeyCase m_keyCase = KeyCase::Sensitive;
    bool m_bom = false; // kept out of the lines so edits of line 1 cannot lose it
};

} // namespace mailsetup
