// SPDX-License-Identifier: GPL-3.0-or-later
// KDE KConfig files (mailtransports, emailidentities, akonadi_*rc).
#include "fuzzinput.h"
#include "unix/kconfigfile.h"

using mailsetup::KConfigFile;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    KConfigFile config = KConfigFile::parse(input);
    FUZZ_CHECK(config.toBytes() == input);
    const QStringList groups = config.groups();
    QString writableGroup, writableKey;
    for (const QString& group : groups) {
        (void)config.groupLine(group);
        for (const QString& key : config.keys(group)) {
            (void)config.value(group, key);
            (void)config.lineOf(group, key);
            if (writableGroup.isEmpty() && config.whyNotWritable(group, key).isEmpty()) {
                writableGroup = group;
                writableKey = key;
            }
        }
    }
    QByteArray unescaped;
    (void)KConfigFile::unescape(input, &unescaped);
    if (!config.errors().isEmpty() || writableGroup.isEmpty())
        return 0;
    // What whyNotWritable allows, KConfig reads back as written (kconfigfile.h).
    const QString value = QStringLiteral(" lead\\ing\tand \xe9 trailing ");
    config.setValue(writableGroup, writableKey, value);
    const KConfigFile reread = KConfigFile::parse(config.toBytes());
    FUZZ_CHECK(reread.value(writableGroup, writableKey) == value);
    config.appendGroup(QStringLiteral("Fuzz"), {{QStringLiteral("key"), QStringLiteral("v")}});
    (void)KConfigFile::parse(config.toBytes());
    return 0;
}
