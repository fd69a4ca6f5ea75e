// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prefsfile.h"

#include <QByteArray>
#include <cstdint>
#include <optional>
#include <vector>

namespace mailsetup {

// A read-only index of the preferences whose names start with one prefix ("mail."),
// built in a single pass over a prefs.js without decoding anything else. Detection
// reads every profile's prefs.js, and those are often megabytes of add-on and
// browser state, so it uses this instead of PrefsFile.
//
// It only accepts the shape Gecko's own writer gives a prefs.js (Preferences.cpp
// pref_savePrefs: `// ...` comment lines, empty lines, and one
// `user_pref("name", value);` per line, with LF or CRLF). Anything else (other
// comments or statements, whitespace, escapes in a name, a NUL byte) makes read()
// return nothing, and the caller parses the file with PrefsFile, which follows
// Gecko's parser in full and reports errors with their line. So both read the same
// values from every file this accepts.
class QuickPrefs : public PrefsLookup
{
public:
    static std::optional<QuickPrefs> read(const QByteArray& bytes, const QByteArray& prefix);

    // Only names that start with the prefix are known; value() of any other is empty.
    std::optional<PrefValue> value(const QString& name) const override;
    QStringList names() const override;
    QStringList namesWithPrefix(const QString& prefix) const override;

private:
    struct Entry
    {
        uint32_t statementStart; // `user_pref`
        uint32_t statementEnd;   // one past ';'
        uint32_t nameStart;
        uint32_t nameSize;
    };

    QuickPrefs() = default;
    const char* nameOf(const Entry& e) const { return m_bytes.constData() + e.nameStart; }
    void buildIndex();
    const Entry* find(const char* name, size_t size) const;

    QByteArray m_bytes;
    QByteArray m_prefix;
    std::vector<Entry> m_entries;  // file order
    std::vector<uint32_t> m_slots; // open addressing: entry index + 1, 0 when empty
};

} // namespace mailsetup
