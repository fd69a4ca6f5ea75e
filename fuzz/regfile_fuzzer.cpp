// SPDX-License-Identifier: GPL-3.0-or-later
// .reg files (clientprofiles/windows/regfile.h) from a helpdesk's copy of a registry:
// a file that parses writes back byte for byte; an error names a line in the file.
#include "fuzzinput.h"
#include "windows/regfile.h"

using namespace mailsetup;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const RegFile::ParseResult parsed = RegFile::parse(input);
    if (!parsed.file) {
        FUZZ_CHECK(!parsed.error.isEmpty());
        return 0;
    }
    FUZZ_CHECK(parsed.file->toBytes() == input);
    for (const QString& key : parsed.file->keys()) {
        for (const QString& name : parsed.file->valueNames(key))
            (void)parsed.file->value(key, name);
        (void)parsed.file->subkeys(key);
    }
    return 0;
}
