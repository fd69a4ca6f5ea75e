// SPDX-License-Identifier: GPL-3.0-or-later
// Provider profiles: Mozilla autoconfig XML with Mail Setup's additions.
#include "fuzzinput.h"
#include "profileloader.h"

#include <QTemporaryDir>

using mailsetup::ProfileLoader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // An empty folder: a certificate named by the input is looked up there only
    // (an absolute path may still point anywhere, which reading allows).
    static const QTemporaryDir emptyDir;
    const auto result =
        ProfileLoader::loadData(fuzz::bytes(data, size), QStringLiteral("fuzz.xml"), emptyDir.path());
    // A refused profile always says why (profileloader.h).
    if (!result.ok())
        FUZZ_CHECK(!result.errors.isEmpty() && !result.errorText().isEmpty());
    return 0;
}
