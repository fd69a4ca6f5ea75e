// SPDX-License-Identifier: GPL-3.0-or-later
// Claws Mail's accountrc and clawsrc.
#include "fuzzinput.h"
#include "unix/clawsaccountrc.h"

using namespace mailsetup;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const ClawsAccountRc rc = ClawsAccountRc::parse(input);
    FUZZ_CHECK(rc.ini.toBytes() == input);
    const int clawsrcVersion = clawsrcConfigVersion(input);
    for (int version : {clawsrcVersion, -1, 0, 1, 4}) {
        (void)rc.existingAccounts(version);
        for (const ClawsAccount& account : rc.accounts) {
            (void)rc.incoming(account, version);
            (void)rc.protocolOf(account, version);
        }
    }
    for (const ClawsAccount& account : rc.accounts) {
        (void)rc.outgoing(account);
        (void)rc.number(account, QStringLiteral("smtp_port"), 25);
    }
    (void)rc.nextId();
    return 0;
}
