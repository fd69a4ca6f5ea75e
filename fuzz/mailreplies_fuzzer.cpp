// SPDX-License-Identifier: GPL-3.0-or-later
// What a mail server answers (diagnostics/replyparsers.h): SMTP, POP3 and IMAP replies
// from a server that may be hostile. Each parser only reads the bytes given, caps line
// length, and never claims to have used more bytes than it had.
#include "fuzzinput.h"
#include "replyparsers.h"

using namespace mailsetup;

namespace {

void checkReply(const MailReply& reply, qsizetype size)
{
    FUZZ_CHECK(reply.consumed >= 0 && reply.consumed <= size);
    if (reply.status == ReplyStatus::Malformed)
        FUZZ_CHECK(!reply.error.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const MailReply smtp = parseSmtpReply(input, 512);
    checkReply(smtp, input.size());
    (void)smtpAuthMechanisms(smtpExtensions(smtp));
    for (bool multiLine : {false, true}) {
        const MailReply pop = parsePop3Reply(input, multiLine, 512);
        checkReply(pop, input.size());
        (void)pop3AuthMechanisms(pop3Capabilities(pop));
    }
    for (const char* tag : {"", "ms1"}) {
        const MailReply imap = parseImapReply(input, QByteArrayView(tag), 512);
        checkReply(imap, input.size());
        (void)imapAuthMechanisms(imapCapabilities(imap));
    }
    (void)printableBytes(input, 200);
    return 0;
}
