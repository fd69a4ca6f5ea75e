// SPDX-License-Identifier: GPL-3.0-or-later
// Pine/Alpine .pinerc and the c-client server names inside it.
#include "fuzzinput.h"
#include "unix/cclientserver.h"
#include "unix/pineidentity.h"
#include "unix/pinercfile.h"

using namespace mailsetup;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    PinercFile pinerc = PinercFile::parse(input);
    FUZZ_CHECK(pinerc.toBytes() == input);
    for (const QString& name : pinerc.names()) {
        (void)pinerc.stringValue(name);
        (void)pinerc.listValue(name);
        (void)pinerc.continuationLines(name);
    }
    const PineIdentity identity = readPineIdentity(pinerc);
    (void)identity.account(QStringLiteral("alice"));
    for (const QString& server : identity.smtpServers) {
        if (const auto parsed = parseCClientServer(server))
            (void)serverSettingsOf(*parsed, QStringLiteral("smtp"));
    }
    if (const auto inbox = parseCClientFolder(identity.inboxPath))
        (void)serverSettingsOf(*inbox, QStringLiteral("imap"));
    (void)parseCClientServer(QString::fromUtf8(input));
    if (!pinerc.errors().isEmpty())
        return 0;
    // An edited setting reads back as set (escapeValue turns control characters into spaces).
    const QString value = QStringLiteral("Fuzz $HOME \"quoted\", list");
    pinerc.setString(QStringLiteral("personal-name"), value);
    pinerc.setList(QStringLiteral("smtp-server"), {QStringLiteral("a.example:465/ssl"), QStringLiteral("b")});
    const PinercFile reread = PinercFile::parse(pinerc.toBytes());
    FUZZ_CHECK(reread.listValue(QStringLiteral("smtp-server")).size() == 2);
    return 0;
}
