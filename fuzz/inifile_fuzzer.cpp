// SPDX-License-Identifier: GPL-3.0-or-later
// INI files (profiles.ini, installs.ini, compatibility.ini, Eudora.ini): both key modes.
#include "formats/inifile.h"
#include "fuzzinput.h"

using mailsetup::IniFile;

namespace {

void exercise(const QByteArray& input, IniFile::KeyCase keyCase)
{
    IniFile ini = IniFile::parse(input, keyCase);
    FUZZ_CHECK(ini.toBytes() == input); // kept exactly as written (inifile.h)
    const QStringList sections = ini.sections();
    // Lookups scan the file; a bounded number keeps the run fast on long seeds (clawsrc).
    int lookups = 0;
    for (const QString& section : sections) {
        for (const QString& key : ini.keys(section)) {
            if (++lookups > 64)
                break;
            (void)ini.value(section, key);
            (void)ini.lineOf(section, key);
        }
    }
    if (!ini.errors().isEmpty())
        return;
    const QString section = sections.isEmpty() ? QStringLiteral("Fuzz") : sections.last();
    ini.setValue(section, QStringLiteral("FuzzKey"), QStringLiteral("value with = and ;"));
    const IniFile reread = IniFile::parse(ini.toBytes(), keyCase);
    // Only a plain section name must read back: one with ']' or a line break cannot be written.
    if (!section.contains(QLatin1Char(']')) && !section.contains(QLatin1Char('\n')) &&
        !section.contains(QLatin1Char('\r')) && section.trimmed() == section)
        FUZZ_CHECK(reread.value(section, QStringLiteral("FuzzKey")).has_value());
    ini.removeKey(section, QStringLiteral("FuzzKey"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    exercise(input, IniFile::KeyCase::Sensitive);
    exercise(input, IniFile::KeyCase::Insensitive);
    return 0;
}
