// SPDX-License-Identifier: GPL-3.0-or-later
// Property lists (clientprofiles/apple/plistdocument.h: XML or binary, through libplist)
// as found in a Mac home folder: read or refused with an error naming the file, and a
// document that was read can be written again in its own form.
#include "apple/plistdocument.h"
#include "fuzzinput.h"

using namespace mailsetup;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QString fileName = QStringLiteral("com.apple.mail.plist");
    const PlistDocument::ReadResult read = PlistDocument::read(input, fileName);
    if (!read.document) {
        FUZZ_CHECK(read.error.contains(fileName));
        return 0;
    }
    const QByteArray again = read.document->toBytes();
    FUZZ_CHECK(PlistDocument::read(again, fileName).document != nullptr);
    return 0;
}
