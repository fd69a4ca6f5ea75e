// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace mailsetup {

class PrefValue;

// Reading preferences by name: what a whole parsed file (PrefsFile) and the quick
// read-only index used for detection (QuickPrefs) have in common.
class PrefsLookup
{
public:
    virtual ~PrefsLookup() = default;

    // The effective value: the last user_pref() for the name, as in Gecko.
    virtual std::optional<PrefValue> value(const QString& name) const = 0;
    // Names in order of first appearance, each once.
    virtual QStringList names() const = 0;
    virtual QStringList namesWithPrefix(const QString& prefix) const = 0;

protected:
    PrefsLookup() = default;
    PrefsLookup(const PrefsLookup&) = default;
    PrefsLookup& operator=(const PrefsLookup&) = default;
};

} // namespace mailsetup
