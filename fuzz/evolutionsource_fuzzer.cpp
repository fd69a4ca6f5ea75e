// SPDX-License-Identifier: GPL-3.0-or-later
// One Evolution .source file (a GLib key file) and the servers read from it.
#include "fuzzinput.h"
#include "unix/evolutionsources.h"

using namespace mailsetup;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    EvolutionSource source;
    source.uid = QStringLiteral("fuzz");
    source.bytes = input;
    source.ini = IniFile::parse(input);
    for (const QString& type : {QStringLiteral("pop3"), QStringLiteral("imap"), QStringLiteral("smtp")})
        (void)evolutionServer(source, type);
    (void)evolutionIncomingType(source.get(QStringLiteral("Mail Account"), QStringLiteral("BackendName")));
    const QString text = QString::fromUtf8(input);
    // Escaping then unescaping gives the value back (GLib's g_key_file_set/get_string).
    FUZZ_CHECK(keyFileUnescape(keyFileEscape(text)) == text);
    (void)keyFileUnescape(text);
    return 0;
}
