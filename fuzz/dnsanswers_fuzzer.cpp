// SPDX-License-Identifier: GPL-3.0-or-later
// DNS answer messages (discovery/dnsresolver.h) as a name server, or anyone on the path,
// may send them: any bytes give records, no records, or an error naming the query.
#include "dnsresolver.h"
#include "fuzzinput.h"

using namespace mailsetup;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QString name = QStringLiteral("_submissions._tcp.example.net");
    for (const DnsAnswer& answer : {parseSrvAnswer(input, name), parseMxAnswer(input, name)}) {
        if (answer.status == DnsAnswer::Status::Ok)
            FUZZ_CHECK(!answer.srv.isEmpty() || !answer.mx.isEmpty());
        if (answer.status == DnsAnswer::Status::Failed)
            FUZZ_CHECK(answer.error.contains(name));
    }
    return 0;
}
