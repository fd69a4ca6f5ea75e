// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixturehome.h"

#include "../support/testfiles.h"

#include <QDir>
#include <QDirIterator>

namespace proof {
namespace {

using testfiles::readFile;
using testfiles::writeFile;

QByteArray fixture(const QString& testData, const QString& relative)
{
    const QByteArray bytes = readFile(testData + QLatin1Char('/') + relative);
    if (bytes.isEmpty())
        qFatal("missing fixture %s", qPrintable(relative));
    return bytes;
}

} // namespace

void writeEveryClient(const QString& home, const QString& testData, bool netscape4)
{
    const auto copy = [&](const QString& fixtureName, const QString& target) {
        writeFile(home + QLatin1Char('/') + target, fixture(testData, fixtureName));
    };
    // Thunderbird 153's own files (tests/data/ini, tests/data/prefs).
    copy(QStringLiteral("ini/thunderbird-153-profiles.ini"), QStringLiteral(".thunderbird/profiles.ini"));
    copy(QStringLiteral("ini/thunderbird-153-installs.ini"), QStringLiteral(".thunderbird/installs.ini"));
    copy(QStringLiteral("prefs/thunderbird-153-prefs.js"),
         QStringLiteral(".thunderbird/jmo9qumo.default-default/prefs.js"));
    QDir().mkpath(home + QStringLiteral("/.thunderbird/yrbv7afh.default"));
    // SeaMonkey 2.53 (tests/data/seamonkey).
    copy(QStringLiteral("seamonkey/profiles.ini"), QStringLiteral(".mozilla/seamonkey/profiles.ini"));
    copy(QStringLiteral("seamonkey/seamonkey-2.53-prefs.js"),
         QStringLiteral(".mozilla/seamonkey/r5bdw2ph.default/prefs.js"));
    copy(QStringLiteral("seamonkey/compatibility-2.53.ini"),
         QStringLiteral(".mozilla/seamonkey/r5bdw2ph.default/compatibility.ini"));
    QDir().mkpath(home + QStringLiteral("/.mozilla/seamonkey/k2l9x0qa.old"));
    if (netscape4)
        copy(QStringLiteral("netscape4/preferences.js"), QStringLiteral(".netscape/preferences.js"));
    // Evolution: the sources evolution-data-server wrote.
    const QDir sources(testData + QStringLiteral("/evolution/sources"));
    for (const QString& name : sources.entryList({QStringLiteral("*.source")}, QDir::Files))
        copy(QStringLiteral("evolution/sources/") + name,
             QStringLiteral(".config/evolution/sources/") + name);
    // KMail.
    copy(QStringLiteral("kmail/single-mailtransports"), QStringLiteral(".config/mailtransports"));
    copy(QStringLiteral("kmail/single-emailidentities"), QStringLiteral(".config/emailidentities"));
    // Claws Mail 4.1.1.
    copy(QStringLiteral("claws/claws-4.1.1-accountrc"), QStringLiteral(".claws-mail/accountrc"));
    copy(QStringLiteral("claws/claws-4.1.1-clawsrc"), QStringLiteral(".claws-mail/clawsrc"));
    copy(QStringLiteral("claws/claws-4.1.1-folderlist.xml"), QStringLiteral(".claws-mail/folderlist.xml"));
    // Alpine 2.26 and NeoMutt.
    copy(QStringLiteral("pine/alpine-2.26-first-start.pinerc"), QStringLiteral(".pinerc"));
    copy(QStringLiteral("mutt/sample.neomuttrc-tlr"), QStringLiteral(".neomuttrc"));
}

void addThunderbirdProfiles(const QString& home, const QString& testData, int count, qint64 prefsBytes)
{
    const QString root = home + QStringLiteral("/.thunderbird");
    QByteArray profilesIni = readFile(root + QStringLiteral("/profiles.ini"));
    if (profilesIni.isEmpty())
        profilesIni = "[General]\nStartWithLastProfile=1\nVersion=2\n";
    const QByteArray base = fixture(testData, QStringLiteral("prefs/thunderbird-153-prefs.js"));
    int next = 0;
    while (profilesIni.contains("[Profile" + QByteArray::number(next) + "]"))
        ++next;
    for (int i = 0; i < count; ++i, ++next) {
        const QByteArray name = "bench" + QByteArray::number(next) + ".default";
        QByteArray prefs = base;
        for (int n = 0; prefs.size() < prefsBytes; ++n) {
            const QByteArray k = QByteArray::number(n);
            prefs += "user_pref(\"mail.server.server" + k + ".hostname\", \"imap" + k +
                     ".example.org\");\n"
                     "user_pref(\"mail.server.server" +
                     k + ".port\", " + QByteArray::number(993 + n % 7) +
                     ");\n"
                     "user_pref(\"extensions.bench" +
                     k + ".lastUpdate\", \"2024-01-0" + QByteArray::number(1 + n % 9) +
                     "T00:00:00Z // not a comment\");\n"
                     "user_pref(\"browser.ui.state." +
                     k + "\", true);\n";
        }
        writeFile(root + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral("/prefs.js"), prefs);
        profilesIni += "\n[Profile" + QByteArray::number(next) + "]\nName=" + name +
                       "\nIsRelative=1\nPath=" + name + "\n";
    }
    writeFile(root + QStringLiteral("/profiles.ini"), profilesIni);
}

QMap<QString, QByteArray> readTree(const QString& dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    const QDir base(dir);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(base.relativeFilePath(path), readFile(path));
    }
    return files;
}

} // namespace proof
