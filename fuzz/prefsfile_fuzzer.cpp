// SPDX-License-Identifier: GPL-3.0-or-later
// prefs.js / user.js (Thunderbird, SeaMonkey, Netscape): parse, keep every byte, edit.
#include "formats/prefsfile.h"
#include "formats/quickprefs.h"
#include "fuzzinput.h"

using mailsetup::PrefsFile;
using mailsetup::PrefValue;
using mailsetup::QuickPrefs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    PrefsFile prefs = PrefsFile::parse(input);
    // An unchanged file serialises to identical bytes (prefsfile.h).
    FUZZ_CHECK(prefs.toBytes() == input);
    const QStringList names = prefs.names();
    for (const QString& name : names) {
        (void)prefs.value(name);
        (void)prefs.lineOf(name);
    }
    (void)prefs.namesWithPrefix(QStringLiteral("mail."));
    // The quick index detection uses reads what the full parser reads, or declines.
    if (const auto quick = QuickPrefs::read(input, QByteArray())) {
        FUZZ_CHECK(prefs.errors().isEmpty());
        FUZZ_CHECK(quick->names() == names);
        for (const QString& name : names)
            FUZZ_CHECK(quick->value(name) == prefs.value(name));
    }
    if (const auto quick = QuickPrefs::read(input, QByteArrayLiteral("mail.")))
        FUZZ_CHECK(quick->names() == prefs.namesWithPrefix(QStringLiteral("mail.")));
    // Callers edit only files without errors; the edit must read back as written.
    if (!prefs.errors().isEmpty())
        return 0;
    const QString name = names.isEmpty() ? QStringLiteral("mail.fuzz") : names.first();
    const PrefValue value = PrefValue::fromString(QStringLiteral("a \"quoted\"\\ value\nwith a line"));
    prefs.set(name, value);
    prefs.set(QStringLiteral("mail.fuzz.new"), PrefValue::fromInt(-7));
    const PrefsFile reread = PrefsFile::parse(prefs.toBytes());
    FUZZ_CHECK(reread.value(name) == value);
    FUZZ_CHECK(reread.value(QStringLiteral("mail.fuzz.new")) == PrefValue::fromInt(-7));
    if (names.size() > 1) {
        prefs.remove(names.last());
        (void)PrefsFile::parse(prefs.toBytes());
    }
    return 0;
}
