// SPDX-License-Identifier: GPL-3.0-or-later
// Thunderbird: finding profiles on every OS layout, reading accounts, and planning
// changes that touch nothing but the account asked for.
#include "formats/prefsfile.h"
#include "mozilla/mailprefs.h"
#include "mozilla/thunderbirdadapter.h"
#include "profileloader.h"
#include "support/testfiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace mailsetup;

namespace {

const QString data = QStringLiteral(MAILSETUP_TEST_DATA);

using testfiles::readFile;

using testfiles::writeFile;

// A home with Thunderbird 153's own profiles.ini/installs.ini and prefs.js
// (tests/data/ini, tests/data/prefs: written by the real program).
QString makeLinuxHome(const QString& home, const QString& root = QStringLiteral(".thunderbird"))
{
    const QString dir = home + QLatin1Char('/') + root;
    writeFile(dir + QStringLiteral("/profiles.ini"),
              readFile(data + QStringLiteral("/ini/thunderbird-153-profiles.ini")));
    writeFile(dir + QStringLiteral("/installs.ini"),
              readFile(data + QStringLiteral("/ini/thunderbird-153-installs.ini")));
    writeFile(dir + QStringLiteral("/jmo9qumo.default-default/prefs.js"),
              readFile(data + QStringLiteral("/prefs/thunderbird-153-prefs.js")));
    writeFile(dir + QStringLiteral("/yrbv7afh.default/times.json"), "{}");
    return dir + QStringLiteral("/jmo9qumo.default-default");
}

AccountSettings pcugSettings(const QString& email = QStringLiteral("alice@pcug.org.au"),
                             std::optional<int> port = {})
{
    const ProfileLoadResult profile = ProfileLoader::loadBundled(QStringLiteral("pcug"));
    AccountRequest request;
    request.email = email;
    request.realName = QStringLiteral("Alice Ng");
    request.outgoingPort = port;
    return *resolveAccount(*profile.profile, request).settings;
}

ClientInstallation
installationAt(const ThunderbirdAdapter& tb, const HostEnvironment& env, const QString& dir)
{
    for (const ClientInstallation& inst : tb.detect(env)) {
        if (inst.location == dir)
            return inst;
    }
    qFatal("no installation at %s", qPrintable(dir));
    return {};
}

PrefsFile applied(const ChangePlan& plan, const QString& file = QStringLiteral("prefs.js"))
{
    for (const FileChange& change : plan.files) {
        if (change.path.endsWith(QLatin1Char('/') + file))
            return PrefsFile::parse(change.after);
    }
    return PrefsFile::parse({});
}

QString str(const PrefsFile& p, const QString& name)
{
    const auto v = p.value(name);
    return v ? v->toString() : QString();
}

int num(const PrefsFile& p, const QString& name)
{
    const auto v = p.value(name);
    return v && v->type() == PrefValue::Type::Int ? v->toInt() : -999;
}

} // namespace

class TestThunderbird : public QObject
{
    Q_OBJECT

private slots:
    void detectsRealLinuxLayout()
    {
        QTemporaryDir home;
        const QString profile = makeLinuxHome(home.path());
        const auto found =
            ThunderbirdAdapter().detect(HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux));
        QCOMPARE(found.size(), 2);
        // The [Install...] section names the profile in use, not the Default=1 one.
        const ClientInstallation& used = found[0].location == profile ? found[0] : found[1];
        QCOMPARE(used.location, profile);
        QVERIFY(used.isDefault);
        QVERIFY(!(found[0].location == profile ? found[1] : found[0]).isDefault);
        QCOMPARE(used.accounts.size(), 1);
        const ExistingAccount& a = used.accounts.first();
        QCOMPARE(a.email, QStringLiteral("zoe.mueller@example.org"));
        QCOMPARE(a.name, QStringLiteral("Zoë Müller (O'Brien & Co.)"));
        QCOMPARE(a.incoming->hostname, QStringLiteral("pop.example.org"));
        QCOMPARE(a.incoming->port, 995);
        QCOMPARE(a.incoming->security, Security::Ssl);
        QCOMPARE(a.outgoing->hostname, QStringLiteral("smtp.example.org"));
        QVERIFY(a.isDefault);
        QVERIFY(used.problems.isEmpty());
    }

    void detectsEveryOsLayout_data()
    {
        QTest::addColumn<int>("os");
        QTest::addColumn<QString>("root");
        QTest::newRow("windows") << int(HostEnvironment::Os::Windows)
                                 << QStringLiteral("AppData/Roaming/Thunderbird");
        QTest::newRow("macos") << int(HostEnvironment::Os::MacOS) << QStringLiteral("Library/Thunderbird");
        QTest::newRow("snap") << int(HostEnvironment::Os::Linux)
                              << QStringLiteral("snap/thunderbird/common/.thunderbird");
        QTest::newRow("flatpak") << int(HostEnvironment::Os::Linux)
                                 << QStringLiteral(".var/app/org.mozilla.Thunderbird/.thunderbird");
        QTest::newRow("betterbird flatpak")
            << int(HostEnvironment::Os::Linux)
            << QStringLiteral(".var/app/eu.betterbird.Betterbird/.thunderbird");
    }

    void detectsEveryOsLayout()
    {
        QFETCH(int, os);
        QFETCH(QString, root);
        QTemporaryDir home;
        const QString dir = home.filePath(root);
        // Windows and macOS keep profiles under Profiles/ (the CRLF fixture says so).
        writeFile(dir + QStringLiteral("/profiles.ini"),
                  readFile(data + QStringLiteral("/ini/windows-crlf-profiles.ini")));
        writeFile(dir + QStringLiteral("/Profiles/p3v6n0ha.default-release/prefs.js"),
                  readFile(data + QStringLiteral("/prefs/thunderbird-153-prefs.js")));
        QDir().mkpath(dir + QStringLiteral("/Profiles/a1b2c3d4.default"));
        const auto found =
            ThunderbirdAdapter().detect(HostEnvironment::forHome(home.path(), HostEnvironment::Os(os)));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].location, dir + QStringLiteral("/Profiles/p3v6n0ha.default-release"));
        QVERIFY(found[0].isDefault);
        QCOMPARE(found[0].accounts.size(), 1);
        QVERIFY(!found[1].isDefault);
    }

    void addsAccountAndKeepsEverythingElse()
    {
        QTemporaryDir home;
        const QString profile = makeLinuxHome(home.path());
        const ThunderbirdAdapter tb;
        const HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        const ChangePlan plan = tb.plan(installationAt(tb, env, profile), pcugSettings());
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        QCOMPARE(plan.files.size(), 1);

        const QByteArray beforeBytes = readFile(profile + QStringLiteral("/prefs.js"));
        const PrefsFile before = PrefsFile::parse(beforeBytes);
        const PrefsFile after = applied(plan);
        QVERIFY(after.errors().isEmpty());

        // New keys follow Thunderbird's numbering: account3, server3, id2, smtp2.
        QCOMPARE(str(after, "mail.accountmanager.accounts"), QStringLiteral("account1,account2,account3"));
        QCOMPARE(num(after, "mail.account.lastKey"), 3);
        QCOMPARE(str(after, "mail.account.account3.server"), QStringLiteral("server3"));
        QCOMPARE(str(after, "mail.account.account3.identities"), QStringLiteral("id2"));
        QCOMPARE(str(after, "mail.server.server3.type"), QStringLiteral("pop3"));
        QCOMPARE(str(after, "mail.server.server3.hostname"), QStringLiteral("mailhost.pcug.org.au"));
        QCOMPARE(num(after, "mail.server.server3.port"), 995);
        QCOMPARE(num(after, "mail.server.server3.socketType"), 3);
        QCOMPARE(num(after, "mail.server.server3.authMethod"), 3);
        QCOMPARE(str(after, "mail.server.server3.userName"), QStringLiteral("alice"));
        QCOMPARE(str(after, "mail.identity.id2.useremail"), QStringLiteral("alice@pcug.org.au"));
        QCOMPARE(str(after, "mail.identity.id2.smtpServer"), QStringLiteral("smtp2"));
        QCOMPARE(str(after, "mail.smtpservers"), QStringLiteral("smtp1,smtp2"));
        QCOMPARE(str(after, "mail.smtpserver.smtp2.hostname"), QStringLiteral("smtps.tip.net.au"));
        QCOMPARE(num(after, "mail.smtpserver.smtp2.port"), 465);
        QCOMPARE(num(after, "mail.smtpserver.smtp2.try_ssl"), 3);
        QCOMPARE(num(after, "mail.smtpserver.smtp2.authMethod"), 3);
        QCOMPARE(str(after, "mail.smtpserver.smtp2.username"), QStringLiteral("alice"));
        // The user's default account and default outgoing server keep their role.
        QCOMPARE(str(after, "mail.accountmanager.defaultaccount"), QStringLiteral("account1"));
        QCOMPARE(str(after, "mail.smtp.defaultserver"), QStringLiteral("smtp1"));

        // Every pref that existed keeps its value except the two lists we extend.
        const QStringList extended = {QStringLiteral("mail.accountmanager.accounts"),
                                      QStringLiteral("mail.smtpservers"),
                                      QStringLiteral("mail.account.lastKey")};
        for (const QString& name : before.names()) {
            if (!extended.contains(name))
                QVERIFY2(after.value(name) == before.value(name), qPrintable(name));
        }
        // And the bytes of the original survive as a prefix-preserving edit: every
        // original line that we did not change is still there, in order.
        QVERIFY(plan.files.first().before == beforeBytes);
        QVERIFY(plan.files.first().after.startsWith(beforeBytes.left(beforeBytes.indexOf("user_pref("))));
        QVERIFY(plan.toText().contains(
            QStringLiteral("+user_pref(\"mail.smtpserver.smtp2.hostname\", \"smtps.tip.net.au\");")));
    }

    void updatesExistingAccountThroughRealHostname()
    {
        // An account for the address exists: its incoming server is renamed the way
        // Thunderbird's own settings do it, and its unshared SMTP server is updated.
        QTemporaryDir home;
        const QString profile = makeLinuxHome(home.path());
        const ThunderbirdAdapter tb;
        const HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        const ProfileLoadResult pcug = ProfileLoader::loadBundled(QStringLiteral("pcug"));
        AccountRequest req;
        req.email = QStringLiteral("Zoe.Mueller@example.org"); // case differs: still the same account
        req.username = QStringLiteral("zoe");
        ProviderProfile p = *pcug.profile;
        const AccountSettings settings = *resolveAccount(p, req).settings;
        const ChangePlan plan = tb.plan(installationAt(tb, env, profile), settings);
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        const PrefsFile after = applied(plan);
        QCOMPARE(str(after, "mail.accountmanager.accounts"), QStringLiteral("account1,account2"));
        QCOMPARE(str(after, "mail.server.server1.hostname"),
                 QStringLiteral("pop.example.org")); // folder key kept
        QCOMPARE(str(after, "mail.server.server1.realhostname"), QStringLiteral("mailhost.pcug.org.au"));
        QCOMPARE(str(after, "mail.server.server1.userName"), QStringLiteral("zoe.mueller"));
        QCOMPARE(str(after, "mail.server.server1.realuserName"), QStringLiteral("zoe"));
        QCOMPARE(str(after, "mail.smtpserver.smtp1.hostname"), QStringLiteral("smtps.tip.net.au"));
        QCOMPARE(str(after, "mail.identity.id1.smtpServer"), QStringLiteral("smtp1"));
        QCOMPARE(str(after, "mail.smtpservers"), QStringLiteral("smtp1"));
        QVERIFY(plan.summary.join('\n').contains(QStringLiteral("Update the existing account")));

        // Reading back what we planned gives the settings we asked for.
        const auto accounts = MailPrefs(after, nullptr).accounts();
        QCOMPARE(accounts.size(), 1);
        QVERIFY(accounts[0].incoming == settings.incoming);
        QVERIFY(accounts[0].outgoing == settings.outgoing);

        // Planning again on the result changes nothing.
        writeFile(profile + QStringLiteral("/prefs.js"), plan.files.first().after);
        const ChangePlan again = tb.plan(installationAt(tb, env, profile), settings);
        QVERIFY2(again.isNoOp(), qPrintable(again.toText()));
    }

    void sharedOutgoingServerIsNotTouched()
    {
        QTemporaryDir home;
        const QString profile = home.filePath(QStringLiteral(".thunderbird/x.default"));
        writeFile(home.filePath(QStringLiteral(".thunderbird/profiles.ini")),
                  "[Profile0]\nName=default\nIsRelative=1\nPath=x.default\nDefault=1\n");
        // Two accounts send through the default server smtp1 (neither names it).
        writeFile(profile + QStringLiteral("/prefs.js"),
                  "user_pref(\"mail.accountmanager.accounts\", \"account1,account2\");\n"
                  "user_pref(\"mail.account.account1.server\", \"server1\");\n"
                  "user_pref(\"mail.account.account1.identities\", \"id1\");\n"
                  "user_pref(\"mail.account.account2.server\", \"server2\");\n"
                  "user_pref(\"mail.account.account2.identities\", \"id2\");\n"
                  "user_pref(\"mail.server.server1.type\", \"imap\");\n"
                  "user_pref(\"mail.server.server1.hostname\", \"imap.pcug.org.au\");\n"
                  "user_pref(\"mail.server.server2.type\", \"pop3\");\n"
                  "user_pref(\"mail.server.server2.hostname\", \"pop.family.example\");\n"
                  "user_pref(\"mail.identity.id1.useremail\", \"alice@pcug.org.au\");\n"
                  "user_pref(\"mail.identity.id2.useremail\", \"kid@family.example\");\n"
                  "user_pref(\"mail.smtpservers\", \"smtp1\");\n"
                  "user_pref(\"mail.smtp.defaultserver\", \"smtp1\");\n"
                  "user_pref(\"mail.smtpserver.smtp1.hostname\", \"smtp.family.example\");\n");
        const ThunderbirdAdapter tb;
        const HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        const ChangePlan plan = tb.plan(installationAt(tb, env, profile), pcugSettings());
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        const PrefsFile after = applied(plan);
        QCOMPARE(str(after, "mail.smtpserver.smtp1.hostname"), QStringLiteral("smtp.family.example"));
        QCOMPARE(str(after, "mail.smtpserver.smtp2.hostname"), QStringLiteral("smtps.tip.net.au"));
        QCOMPARE(str(after, "mail.identity.id1.smtpServer"), QStringLiteral("smtp2"));
        QVERIFY(!after.contains(QStringLiteral("mail.identity.id2.smtpServer")));
        // IMAP account, POP3-only provider: the incoming side is left alone and said so.
        QVERIFY(!after.contains(QStringLiteral("mail.server.server1.realhostname")));
        QVERIFY(plan.notes.join('\n').contains(QStringLiteral("receives mail by IMAP")));
        QVERIFY(plan.notes.join('\n').contains(QStringLiteral("shared with other accounts")));
    }

    void userJsIsUpdatedWhereItWouldOverride()
    {
        QTemporaryDir home;
        const QString profile = makeLinuxHome(home.path());
        const QByteArray userJs =
            "// managed by hand\nuser_pref(\"mail.smtpserver.smtp1.hostname\", \"smtp.example.org\");\n"
            "user_pref(\"general.useragent.locale\", \"de\");\n";
        writeFile(profile + QStringLiteral("/user.js"), userJs);
        const ThunderbirdAdapter tb;
        const HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        AccountRequest req{QStringLiteral("zoe.mueller@example.org"), {}, {}, {}, {}, {}};
        const AccountSettings settings =
            *resolveAccount(*ProfileLoader::loadBundled(QStringLiteral("pcug")).profile, req).settings;
        const ChangePlan plan = tb.plan(installationAt(tb, env, profile), settings);
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        QCOMPARE(plan.files.size(), 2);
        const PrefsFile user = applied(plan, QStringLiteral("user.js"));
        QCOMPARE(str(user, "mail.smtpserver.smtp1.hostname"), QStringLiteral("smtps.tip.net.au"));
        QCOMPARE(str(user, "general.useragent.locale"), QStringLiteral("de"));
        QVERIFY(plan.files[1].after.startsWith("// managed by hand\n"));
        QVERIFY(!user.contains(QStringLiteral("mail.smtpserver.smtp1.port"))); // only overrides are mirrored
    }

    void newProfileWithoutPrefsJs()
    {
        QTemporaryDir home;
        writeFile(home.filePath(QStringLiteral(".thunderbird/profiles.ini")),
                  "[Profile0]\nName=default\nIsRelative=1\nPath=new.default\nDefault=1\n");
        const QString profile = home.filePath(QStringLiteral(".thunderbird/new.default"));
        QDir().mkpath(profile);
        const ThunderbirdAdapter tb;
        const HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        const ChangePlan plan = tb.plan(installationAt(tb, env, profile), pcugSettings());
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        QVERIFY(!plan.files.first().existed);
        const PrefsFile after = applied(plan);
        QCOMPARE(str(after, "mail.accountmanager.accounts"), QStringLiteral("account1"));
        QCOMPARE(str(after, "mail.accountmanager.defaultaccount"), QStringLiteral("account1"));
        QCOMPARE(str(after, "mail.smtp.defaultserver"), QStringLiteral("smtp1"));
        QVERIFY(plan.files.first().after.startsWith("// Mozilla User Preferences"));
    }

    void outgoingOnlyProfileNeedsAnAccount()
    {
        QTemporaryDir home;
        const QString profile = makeLinuxHome(home.path());
        const ThunderbirdAdapter tb;
        const HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        const ProviderProfile fnal = *ProfileLoader::loadBundled(QStringLiteral("fnal")).profile;
        const AccountSettings stranger =
            *resolveAccount(fnal, {QStringLiteral("someone@fnal.gov"), {}, {}, {}, {}, {}}).settings;
        const ChangePlan refused = tb.plan(installationAt(tb, env, profile), stranger);
        QVERIFY(!refused.canApply());
        QVERIFY2(refused.refusal.contains(QStringLiteral("outgoing mail only")), qPrintable(refused.refusal));

        const AccountSettings zoe =
            *resolveAccount(fnal, {QStringLiteral("zoe.mueller@example.org"), {}, {}, {}, {}, {}}).settings;
        const ChangePlan plan = tb.plan(installationAt(tb, env, profile), zoe);
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        const PrefsFile after = applied(plan);
        QCOMPARE(str(after, "mail.smtpserver.smtp1.hostname"), QStringLiteral("smtp.fnal.gov"));
        QCOMPARE(str(after, "mail.server.server1.hostname"), QStringLiteral("pop.example.org"));
        QVERIFY(!after.contains(QStringLiteral("mail.server.server1.realhostname")));
    }

    void corruptPrefsJsIsRefusedWithFileAndLine()
    {
        QTemporaryDir home;
        const QString profile = makeLinuxHome(home.path());
        QByteArray prefs = readFile(profile + QStringLiteral("/prefs.js"));
        prefs.append("user_pref(\"mail.broken\", tru);\n");
        writeFile(profile + QStringLiteral("/prefs.js"), prefs);
        const int badLine = int(prefs.count('\n'));
        const ThunderbirdAdapter tb;
        const HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        const ClientInstallation inst = installationAt(tb, env, profile);
        QVERIFY(!inst.problems.isEmpty());
        const ChangePlan plan = tb.plan(inst, pcugSettings());
        QVERIFY(!plan.canApply());
        QVERIFY2(plan.refusal.contains(QStringLiteral("%1/prefs.js:%2:").arg(profile).arg(badLine)),
                 qPrintable(plan.refusal));
    }

    void suggestsProgramsAlreadySetUp()
    {
        QTemporaryDir home;
        const QString profile = makeLinuxHome(home.path());
        ClientInstallation existing;
        existing.location = profile;
        existing.isDefault = true;
        ClientInstallation notCreated; // e.g. a ~/.pinerc Alpine has not written yet
        notCreated.location = home.filePath(QStringLiteral(".pinerc"));
        notCreated.isDefault = true;
        ClientInstallation other;
        other.location = home.path();
        QCOMPARE(suggestedInstallations({notCreated, existing, other}, QStringLiteral("a@pcug.org.au")),
                 QList<int>{1});
        QCOMPARE(suggestedInstallations({notCreated, other}, QStringLiteral("a@pcug.org.au")), QList<int>{0});
        QCOMPARE(suggestedInstallations({other}, QStringLiteral("a@pcug.org.au")), QList<int>{0});
        ExistingAccount mine;
        mine.email = QStringLiteral("A@PCUG.org.au");
        other.accounts << mine;
        QCOMPARE(suggestedInstallations({notCreated, existing, other}, QStringLiteral("a@pcug.org.au")),
                 QList<int>{2});
        QVERIFY(suggestedInstallations({}, QStringLiteral("a@pcug.org.au")).isEmpty());
    }

    void lockedProfileIsRefused()
    {
        QTemporaryDir home;
        const QString profile = makeLinuxHome(home.path());
        QProcess holder;
        holder.start(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import fcntl,sys,time; f=open(sys.argv[1],'a'); fcntl.lockf(f, fcntl.LOCK_EX); "
                            "print('locked', flush=True); time.sleep(60)"),
             profile + QStringLiteral("/.parentlock")});
        QVERIFY(holder.waitForReadyRead(10000));
        const ThunderbirdAdapter tb;
        const HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        const ChangePlan plan = tb.plan(installationAt(tb, env, profile), pcugSettings());
        holder.kill();
        holder.waitForFinished();
        QVERIFY(!plan.canApply());
        QVERIFY2(plan.refusal.contains(profile), qPrintable(plan.refusal));
        QVERIFY2(plan.refusal.contains(QStringLiteral("Quit Thunderbird")), qPrintable(plan.refusal));
        QVERIFY(plan.files.isEmpty());
        QVERIFY(tb.runningReason(profile).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestThunderbird)
#include "test_thunderbird.moc"
