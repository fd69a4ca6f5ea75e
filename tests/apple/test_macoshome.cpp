// SPDX-License-Identifier: GPL-3.0-or-later
// One Mac home with Thunderbird (~/Library/Thunderbird), Mac OS X Mail
// (~/Library/Preferences/com.apple.mail.plist) and Entourage (~/Documents/Microsoft User
// Data/Identities): ClientRegistry::detectAll finds all three together, each at its own
// place with its accounts, and `mailsetup clients --home DIR --os macos` lists them; the
// same home read as Linux or Windows finds none of them.
#include "clientadapter.h"
#include "commandline.h"
#include "support/testfiles.h"

#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

using namespace mailsetup;
using testfiles::readFile;
using testfiles::writeFile;

namespace {

const QString data = QStringLiteral(MAILSETUP_TEST_DATA);

QByteArray fixture(const QString& name)
{
    const QByteArray bytes = readFile(data + QLatin1Char('/') + name);
    if (bytes.isEmpty())
        qFatal("missing fixture %s", qPrintable(name));
    return bytes;
}

// The home, from the fixtures the per-client tests use (tests/data/ini, prefs, apple).
void makeMacHome(const QString& home)
{
    const QString tb = home + QStringLiteral("/Library/Thunderbird");
    writeFile(tb + QStringLiteral("/profiles.ini"),
              fixture(QStringLiteral("ini/thunderbird-153-profiles.ini")));
    writeFile(tb + QStringLiteral("/installs.ini"),
              fixture(QStringLiteral("ini/thunderbird-153-installs.ini")));
    writeFile(tb + QStringLiteral("/jmo9qumo.default-default/prefs.js"),
              fixture(QStringLiteral("prefs/thunderbird-153-prefs.js")));
    writeFile(tb + QStringLiteral("/yrbv7afh.default/times.json"), "{}");
    writeFile(home + QStringLiteral("/Library/Preferences/com.apple.mail.plist"),
              fixture(QStringLiteral("apple/tiger/com.apple.mail.plist")));
    QDir().mkpath(home + QStringLiteral("/Library/Mail/POP-alice@mailhost.pcug.org.au"));
    // Entourage's database format is unpublished; detection needs only the identity's
    // Database file (see EntourageAdapter), so it holds placeholder bytes.
    writeFile(home + QStringLiteral("/Documents/Microsoft User Data/Identities/Main Identity/Database"),
              "placeholder");
}

QList<ClientInstallation> ofClient(const QList<ClientInstallation>& all, const QString& id)
{
    QList<ClientInstallation> out;
    for (const ClientInstallation& inst : all) {
        if (inst.clientId == id)
            out << inst;
    }
    return out;
}

} // namespace

class TestMacosHome : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        makeMacHome(m_dir.path());
    }

    void detectAllFindsThunderbirdAppleMailAndEntourageTogether()
    {
        const HostEnvironment env = HostEnvironment::forHome(m_dir.path(), HostEnvironment::Os::MacOS);
        const QList<ClientInstallation> all = ClientRegistry().detectAll(env);
        QStringList ids;
        for (const ClientInstallation& inst : all)
            ids << inst.clientId;
        ids.removeDuplicates();
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("applemail"), QStringLiteral("entourage"),
                                   QStringLiteral("thunderbird")}));

        const QList<ClientInstallation> tb = ofClient(all, QStringLiteral("thunderbird"));
        QCOMPARE(tb.size(), 2); // both profiles of profiles.ini
        for (const ClientInstallation& inst : tb) {
            QVERIFY2(inst.location.startsWith(m_dir.path() + QStringLiteral("/Library/Thunderbird/")),
                     qPrintable(inst.location));
            QVERIFY2(inst.problems.isEmpty(), qPrintable(inst.problems.join(QLatin1Char('\n'))));
        }
        int tbAccounts = 0;
        for (const ClientInstallation& inst : tb)
            tbAccounts += int(inst.accounts.size());
        QVERIFY(tbAccounts > 0); // the prefs.js fixture's accounts are read

        const QList<ClientInstallation> mail = ofClient(all, QStringLiteral("applemail"));
        QCOMPARE(mail.size(), 1);
        QCOMPARE(mail[0].location,
                 m_dir.path() + QStringLiteral("/Library/Preferences/com.apple.mail.plist"));
        QCOMPARE(mail[0].accounts.size(), 2);
        QCOMPARE(mail[0].accounts[0].email, QStringLiteral("alice@pcug.org.au"));

        const QList<ClientInstallation> entourage = ofClient(all, QStringLiteral("entourage"));
        QCOMPARE(entourage.size(), 1);
        QVERIFY(entourage[0].label.contains(QStringLiteral("Main Identity")));
    }

    void otherSystemsFindNoneOfThem()
    {
        for (const HostEnvironment::Os os : {HostEnvironment::Os::Linux, HostEnvironment::Os::Windows}) {
            const QList<ClientInstallation> all =
                ClientRegistry().detectAll(HostEnvironment::forHome(m_dir.path(), os));
            QVERIFY2(all.isEmpty(), qPrintable(HostEnvironment::osName(os)));
        }
    }

    void clientsCommandListsAllThree()
    {
        QString text, errors;
        QTextStream out(&text), err(&errors);
        const int code =
            runCommandLine({QStringLiteral("mailsetup"), QStringLiteral("clients"), QStringLiteral("--home"),
                            m_dir.path(), QStringLiteral("--os"), QStringLiteral("macos")},
                           out, err);
        out.flush();
        err.flush();
        QVERIFY2(code == 0, qPrintable(errors));
        QVERIFY2(text.contains(QStringLiteral("~/Library/Thunderbird/jmo9qumo.default-default")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Mac OS X Mail (~/Library/Preferences/com.apple.mail.plist)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("identity \"Main Identity\"")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("alice@pcug.org.au")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestMacosHome)
#include "test_macoshome.moc"
