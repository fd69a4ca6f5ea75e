// SPDX-License-Identifier: GPL-3.0-or-later
// muttrc / neomuttrc, what its top level sets, and the server URLs in it.
#include "fuzzinput.h"
#include "unix/muttconfig.h"
#include "unix/muttrcfile.h"
#include "unix/mutturl.h"

using namespace mailsetup;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const MuttrcFile file = MuttrcFile::parse(input);
    FUZZ_CHECK(file.toBytes() == input);
    for (const MuttrcCommand& command : file.commands()) {
        FUZZ_CHECK(command.start <= command.end && command.end <= input.size());
        (void)file.lineOf(command.start);
    }
    (void)file.lineStart(3);
    const MuttConfig config(file);
    for (const QByteArray& name : MuttConfig::variables()) {
        const MuttConfig::Value value = config.value(name);
        if (value.kind == MuttConfig::Value::Kind::Known) {
            if (const auto url = MuttUrl::parse(QString::fromUtf8(value.text))) {
                (void)url->toString();
                (void)url->effectivePort();
            }
        }
        (void)config.isYes(name);
    }
    (void)config.account();
    (void)MuttConfig::addressOf(input);
    (void)MuttUrl::parse(QString::fromUtf8(input));
    // A quoted value reads back as itself; an edit keeps the rest of the file.
    for (char style : {'"', '\'', char(0)}) {
        const QByteArray quoted = MuttrcFile::quote(input.left(64), style);
        const QByteArray line = "set from = " + quoted + "\n";
        const MuttrcFile reread = MuttrcFile::parse(line);
        if (!input.left(64).contains('\0') && !input.left(64).contains('\n') &&
            !input.left(64).contains('\r') && reread.errors().isEmpty() && !reread.commands().isEmpty() &&
            !reread.commands().first().variables.isEmpty() &&
            reread.commands().first().variables.first().value &&
            !reread.commands().first().variables.first().value->dynamic)
            FUZZ_CHECK(reread.commands().first().variables.first().value->text == input.left(64));
    }
    (void)file.withEdits({{0, 0, "set realname = \"Fuzz\"\n"}});
    return 0;
}
