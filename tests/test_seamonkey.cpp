// SPDX-License-Identifier: GPL-3.0-or-later
// SeaMonkey 2.x and the Mozilla Suite 1.x / Netscape 6-7 / SeaMonkey 1.x: finding
// profiles on every OS layout, telling which generation of mail prefs a profile
// speaks, and planning changes in that dialect (or refusing what it cannot say).
#include "formats/prefsfile.h"
#include "mozilla/mailprefs.h"
#include "mozilla/mozillasuiteprofiles.h"
#include "mozilla/seamonkeyadapter.h"
#include "profileloader.h"
#include "support/testfiles.h"
#include "transaction.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using namespace mailsetup;

namespace {

const QString data = QStringLiteral(MAILSETUP_TEST_DATA) + QStringLiteral("/seamonkey");

using testfiles::readFile;

using testfiles::writeFile;

QByteArray fixture(const char* name)
{
    const QByteArray bytes = readFile(data + QLatin1Char('/') + QLatin1String(name));
    if (bytes.isEmpty())
        qFatal("missing fixture %s", name);
    return bytes;
}

// A SeaMonkey 2.x root with two profiles; the default one holds `prefs` and, if
// given, `compatibility` as its compatibility.ini. Returns the default profile.
QString makeSeaMonkeyRoot(const QString& root, const char* prefs, const char* compatibility)
{
    writeFile(root + QStringLiteral("/profiles.ini"), fixture("profiles.ini"));
    const QString profile = root + QStringLiteral("/r5bdw2ph.default");
    writeFile(profile + QStringLiteral("/prefs.js"), fixture(prefs));
    if (compatibility)
        writeFile(profile + QStringLiteral("/compatibility.ini"), fixture(compatibility));
    QDir().mkpath(root + QStringLiteral("/k2l9x0qa.old"));
    return profile;
}

AccountSettings pcug(const QString& email = QStringLiteral("alice@pcug.org.au"),
                     std::optional<int> outgoingPort = {},
                     std::optional<int> incomingPort = {})
{
    const ProfileLoadResult profile = ProfileLoader::loadBundled(QStringLiteral("pcug"));
    AccountRequest request;
    request.email = email;
    request.realName = QStringLiteral("Alice Ng");
    request.outgoingPort = outgoingPort;
    request.incomingPort = incomingPort;
    const ResolveResult r = resolveAccount(*profile.profile, request);
    if (!r.settings)
        qFatal("%s", qPrintable(r.error));
    return *r.settings;
}

ClientInstallation installationAt(const HostEnvironment& env, const QString& dir)
{
    for (const ClientInstallation& inst : SeaMonkeyAdapter().detect(env)) {
        if (inst.location == dir)
            return inst;
    }
    qFatal("no installation at %s", qPrintable(dir));
    return {};
}

PrefsFile after(const ChangePlan& plan)
{
    for (const FileChange& change : plan.files) {
        if (change.path.endsWith(QStringLiteral("/prefs.js")))
            return PrefsFile::parse(change.after);
    }
    return PrefsFile::parse({});
}

QString str(const PrefsFile& p, const QString& name)
{
    const auto v = p.value(name);
    return v && v->type() == PrefValue::Type::String ? v->toString() : QStringLiteral("<absent>");
}

int num(const PrefsFile& p, const QString& name)
{
    const auto v = p.value(name);
    return v && v->type() == PrefValue::Type::Int ? v->toInt() : -999;
}

int flag(const PrefsFile& p, const QString& name) // 1 true, 0 false, -1 absent
{
    const auto v = p.value(name);
    return v && v->type() == PrefValue::Type::Bool ? int(v->toBool()) : -1;
}

// Applies the plan into the real files and undoes it: every byte comes back.
void applyAndUndo(const ChangePlan& plan)
{
    QTemporaryDir backups;
    BackupStore store(backups.path());
    const RunningCheck notRunning = [](const QString&, const QString&) { return QString(); };
    QList<QByteArray> before;
    for (const FileChange& f : plan.files)
        before << f.before;
    const ApplyResult applied = applyPlans({plan}, store, notRunning, QStringLiteral("test"));
    QVERIFY2(applied.ok, qPrintable(applied.error));
    for (const FileChange& f : plan.files)
        QCOMPARE(readFile(f.path), f.after);
    const UndoResult undone = undoTransaction(store, applied.transactionId, notRunning, false);
    QVERIFY2(undone.ok, qPrintable(undone.error));
    for (int i = 0; i < plan.files.size(); ++i)
        QCOMPARE(readFile(plan.files[i].path), before[i]);
}

} // namespace

class TestSeaMonkey : public QObject
{
    Q_OBJECT

private slots:
    void fixturesRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : {"seamonkey-2.53-prefs.js", "seamonkey-2.0-prefs.js",
                                 "seamonkey-1.1-prefs.js", "mozilla-1.7-prefs.js"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void fixturesRoundTrip()
    {
        QFETCH(QString, name);
        const QByteArray bytes = fixture(qPrintable(name));
        const PrefsFile prefs = PrefsFile::parse(bytes);
        QVERIFY(prefs.errors().isEmpty());
        QCOMPARE(prefs.toBytes(), bytes);
    }

    void detectsSeaMonkey2OnEveryOs_data()
    {
        QTest::addColumn<int>("os");
        QTest::addColumn<QString>("root");
        QTest::newRow("linux") << int(HostEnvironment::Os::Linux) << QStringLiteral(".mozilla/seamonkey");
        QTest::newRow("windows") << int(HostEnvironment::Os::Windows)
                                 << QStringLiteral("AppData/Roaming/Mozilla/SeaMonkey");
        QTest::newRow("macos") << int(HostEnvironment::Os::MacOS)
                               << QStringLiteral("Library/Application Support/SeaMonkey");
    }

    void detectsSeaMonkey2OnEveryOs()
    {
        QFETCH(int, os);
        QFETCH(QString, root);
        QTemporaryDir home;
        const QString profile =
            makeSeaMonkeyRoot(home.filePath(root), "seamonkey-2.53-prefs.js", "compatibility-2.53.ini");
        const auto found =
            SeaMonkeyAdapter().detect(HostEnvironment::forHome(home.path(), HostEnvironment::Os(os)));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].location, profile);
        QVERIFY(found[0].isDefault);
        QVERIFY(!found[1].isDefault);
        QVERIFY2(found[0].label.startsWith(QStringLiteral("SeaMonkey profile \"default\"")),
                 qPrintable(found[0].label));
        QCOMPARE(found[0].accounts.size(), 1);
        const ExistingAccount& a = found[0].accounts.first();
        QCOMPARE(a.email, QStringLiteral("zoe.mueller@example.org"));
        QCOMPARE(a.incoming->hostname, QStringLiteral("imap.example.org"));
        QCOMPARE(a.incoming->port, 993);
        QCOMPARE(a.incoming->security, Security::Ssl);
        QCOMPARE(a.outgoing->port, 587);
        QCOMPARE(a.outgoing->security, Security::StartTls);
        QVERIFY(found[0].problems.isEmpty());
    }

    void detectsClassicProfilesOnEveryOs_data()
    {
        QTest::addColumn<int>("os");
        QTest::addColumn<QString>("base");
        QTest::newRow("linux") << int(HostEnvironment::Os::Linux) << QStringLiteral(".mozilla");
        QTest::newRow("windows") << int(HostEnvironment::Os::Windows)
                                 << QStringLiteral("AppData/Roaming/Mozilla/Profiles");
        QTest::newRow("macos") << int(HostEnvironment::Os::MacOS)
                               << QStringLiteral("Library/Mozilla/Profiles");
    }

    void detectsClassicProfilesOnEveryOs()
    {
        QFETCH(int, os);
        QFETCH(QString, base);
        QTemporaryDir home;
        const QString profile = home.filePath(base + QStringLiteral("/default/x1y2z3w4.slt"));
        writeFile(profile + QStringLiteral("/prefs.js"), fixture("mozilla-1.7-prefs.js"));
        // Not profiles: a folder without a <salt>.slt inside, and Firefox's root.
        QDir().mkpath(home.filePath(base + QStringLiteral("/plugins")));
        writeFile(home.filePath(base + QStringLiteral("/firefox/profiles.ini")), "[General]\n");
        const auto found =
            SeaMonkeyAdapter().detect(HostEnvironment::forHome(home.path(), HostEnvironment::Os(os)));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].location, profile);
        QVERIFY(found[0].isDefault);
        QVERIFY2(found[0].label.contains(QStringLiteral("Netscape 6-7")), qPrintable(found[0].label));
        QCOMPARE(found[0].accounts.size(), 1);
        const ExistingAccount& a = found[0].accounts.first();
        QCOMPARE(a.email, QStringLiteral("alice@pcug.org.au"));
        QCOMPARE(a.incoming->port, 110);
        QCOMPARE(a.incoming->security, Security::Plain);
        // The C++ SMTP code of that era defaults to port 25, not Thunderbird's 587.
        QCOMPARE(a.outgoing->hostname, QStringLiteral("mail.pcug.org.au"));
        QCOMPARE(a.outgoing->port, 25);
        QCOMPARE(a.outgoing->auth, AuthMethod::PasswordCleartext);
    }

    void tellsTheDialect()
    {
        QTemporaryDir dir;
        const auto dialectOf = [&](const char* prefs, const char* compatibility, const QString& sub) {
            const QString profile = dir.filePath(sub);
            writeFile(profile + QStringLiteral("/prefs.js"), fixture(prefs));
            if (compatibility)
                writeFile(profile + QStringLiteral("/compatibility.ini"), fixture(compatibility));
            return suiteDialect(profile, PrefsFile::parse(fixture(prefs)));
        };
        const MailPrefsDialect sm253 =
            dialectOf("seamonkey-2.53-prefs.js", "compatibility-2.53.ini", "a.default");
        QVERIFY(sm253.legacyPrefs && sm253.socketType && sm253.authMethod);
        QCOMPARE(sm253.smtpDefaultPort, 25);
        // compatibility.ini decides even when the prefs look modern.
        const MailPrefsDialect sm20 =
            dialectOf("seamonkey-2.53-prefs.js", "compatibility-2.0.ini", "b.default");
        QVERIFY(sm20.socketType && !sm20.authMethod);
        // Without it, authMethod prefs mean 2.1 or later; their absence means 2.0.
        QVERIFY(dialectOf("seamonkey-2.53-prefs.js", nullptr, "c.default").authMethod);
        QVERIFY(!dialectOf("seamonkey-2.0-prefs.js", nullptr, "d.default").authMethod);
        const MailPrefsDialect sm11 = dialectOf("seamonkey-1.1-prefs.js", nullptr, "default/e.slt");
        QVERIFY(sm11.socketType && !sm11.authMethod);
        const MailPrefsDialect moz17 = dialectOf("mozilla-1.7-prefs.js", nullptr, "default/f.slt");
        QVERIFY(!moz17.socketType && !moz17.authMethod && moz17.legacyPrefs);
    }

    void readsLegacyPrefsAsTheOldProgramDid()
    {
        const PrefsFile prefs = PrefsFile::parse(fixture("seamonkey-2.0-prefs.js"));
        MailPrefsDialect legacy;
        legacy.legacyPrefs = true;
        legacy.authMethod = false;
        legacy.smtpDefaultPort = 25;
        const MailPrefs mail(prefs, nullptr, legacy);
        const auto work = mail.incoming(QStringLiteral("server3"));
        QCOMPARE(work->security, Security::Ssl); // isSecure, no socketType
        QCOMPARE(work->port, 993);
        QCOMPARE(work->auth, AuthMethod::PasswordEncrypted); // useSecAuth
        const auto smtp2 = mail.outgoing(QStringLiteral("smtp2"));
        QCOMPARE(smtp2->auth, AuthMethod::None); // auth_method 0
        const auto smtp1 = mail.outgoing(QStringLiteral("smtp1"));
        QCOMPARE(smtp1->security, Security::TryStartTls);
        QCOMPARE(smtp1->port, 25);
        // Thunderbird's reading of the same file ignores the old names.
        const MailPrefs thunderbird(prefs, nullptr);
        QCOMPARE(thunderbird.incoming(QStringLiteral("server3"))->auth, AuthMethod::PasswordCleartext);
        QCOMPARE(thunderbird.outgoing(QStringLiteral("smtp1"))->port, 587);
    }

    void addsAccountInBothDialectsToModernSeaMonkey()
    {
        QTemporaryDir home;
        const QString profile = makeSeaMonkeyRoot(home.filePath(QStringLiteral(".mozilla/seamonkey")),
                                                  "seamonkey-2.53-prefs.js", "compatibility-2.53.ini");
        const HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        const ChangePlan plan = SeaMonkeyAdapter().plan(installationAt(env, profile), pcug());
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        QCOMPARE(plan.files.size(), 1);
        const PrefsFile p = after(plan);
        QCOMPARE(str(p, "mail.accountmanager.accounts"), QStringLiteral("account1,account2,account3"));
        QCOMPARE(str(p, "mail.account.account3.server"), QStringLiteral("server3"));
        QCOMPARE(str(p, "mail.server.server3.hostname"), QStringLiteral("mailhost.pcug.org.au"));
        QCOMPARE(num(p, "mail.server.server3.port"), 995);
        QCOMPARE(num(p, "mail.server.server3.socketType"), 3);
        QCOMPARE(flag(p, "mail.server.server3.isSecure"), 1);
        QCOMPARE(num(p, "mail.server.server3.authMethod"), 3);
        QCOMPARE(flag(p, "mail.server.server3.auth_login"), 1);
        QCOMPARE(flag(p, "mail.server.server3.useSecAuth"), 0);
        QCOMPARE(str(p, "mail.identity.id2.smtpServer"), QStringLiteral("smtp2"));
        QCOMPARE(str(p, "mail.smtpserver.smtp2.hostname"), QStringLiteral("smtps.tip.net.au"));
        QCOMPARE(num(p, "mail.smtpserver.smtp2.port"), 465);
        QCOMPARE(num(p, "mail.smtpserver.smtp2.try_ssl"), 3);
        QCOMPARE(num(p, "mail.smtpserver.smtp2.authMethod"), 3);
        QCOMPARE(num(p, "mail.smtpserver.smtp2.auth_method"), 1);
        QCOMPARE(flag(p, "mail.smtpserver.smtp2.trySecAuth"), 0);
        // Other accounts and settings are untouched.
        const PrefsFile before = PrefsFile::parse(plan.files.first().before);
        for (const QString& name : before.names()) {
            if (name != QLatin1String("mail.accountmanager.accounts") &&
                name != QLatin1String("mail.smtpservers") && name != QLatin1String("mail.account.lastKey"))
                QVERIFY2(p.value(name) == before.value(name), qPrintable(name));
        }
        // A current SeaMonkey needs no note about old names.
        QVERIFY(!plan.notes.join(' ').contains(QStringLiteral("older names")));
        applyAndUndo(plan);
    }

    void updatesSeaMonkey20AccountAndStaysIdempotent()
    {
        QTemporaryDir home;
        const QString profile = makeSeaMonkeyRoot(home.filePath(QStringLiteral(".mozilla/seamonkey")),
                                                  "seamonkey-2.0-prefs.js", "compatibility-2.0.ini");
        const HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        const AccountSettings settings = pcug();
        const ChangePlan plan = SeaMonkeyAdapter().plan(installationAt(env, profile), settings);
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        const PrefsFile p = after(plan);
        QCOMPARE(str(p, "mail.accountmanager.accounts"), QStringLiteral("account1,account3,account2"));
        QCOMPARE(str(p, "mail.server.server1.realhostname"), QStringLiteral("<absent>")); // same host
        QCOMPARE(num(p, "mail.server.server1.port"), 995);
        QCOMPARE(num(p, "mail.server.server1.socketType"), 3);
        QCOMPARE(flag(p, "mail.server.server1.isSecure"), 1);
        QCOMPARE(str(p, "mail.smtpserver.smtp1.hostname"), QStringLiteral("smtps.tip.net.au"));
        QCOMPARE(num(p, "mail.smtpserver.smtp1.try_ssl"), 3); // was 1, "STARTTLS if available"
        QCOMPARE(num(p, "mail.smtpserver.smtp1.auth_method"), 1);
        // The work account and its server are left alone.
        QCOMPARE(str(p, "mail.smtpserver.smtp2.hostname"), QStringLiteral("smtp.work.example"));
        QCOMPARE(flag(p, "mail.server.server3.useSecAuth"), 1);
        QVERIFY2(plan.notes.join(' ').contains(QStringLiteral("older names")), qPrintable(plan.toText()));

        // SeaMonkey 2.0 reads back exactly what was asked for.
        MailPrefsDialect legacy;
        legacy.legacyPrefs = true;
        legacy.authMethod = false;
        legacy.smtpDefaultPort = 25;
        const auto accounts = MailPrefs(p, nullptr, legacy).accounts();
        QVERIFY(accounts[0].incoming == settings.incoming);
        QVERIFY(accounts[0].outgoing == settings.outgoing);

        writeFile(profile + QStringLiteral("/prefs.js"), plan.files.first().after);
        const ChangePlan again = SeaMonkeyAdapter().plan(installationAt(env, profile), settings);
        QVERIFY2(again.isNoOp(), qPrintable(again.toText()));
    }

    void oldestSuiteCannotRequireIncomingStartTls()
    {
        QTemporaryDir home;
        const QString profile = home.filePath(QStringLiteral(".mozilla/default/x1y2z3w4.slt"));
        writeFile(profile + QStringLiteral("/prefs.js"), fixture("mozilla-1.7-prefs.js"));
        const HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        const ChangePlan refused = SeaMonkeyAdapter().plan(
            installationAt(env, profile), pcug(QStringLiteral("alice@pcug.org.au"), 587, 110));
        QVERIFY(!refused.canApply());
        QVERIFY(refused.files.isEmpty());
        QVERIFY2(refused.refusal.contains(QStringLiteral("cannot require STARTTLS for incoming mail")) &&
                     refused.refusal.contains(QStringLiteral("995")),
                 qPrintable(refused.refusal));

        // SSL/TLS (isSecure) it can say: both names are written.
        const ChangePlan plan = SeaMonkeyAdapter().plan(installationAt(env, profile),
                                                        pcug(QStringLiteral("alice@pcug.org.au"), 587));
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        const PrefsFile p = after(plan);
        QCOMPARE(flag(p, "mail.server.server1.isSecure"), 1);
        QCOMPARE(num(p, "mail.server.server1.socketType"), 3);
        QCOMPARE(num(p, "mail.server.server1.port"), 995);
        QCOMPARE(num(p, "mail.smtpserver.smtp1.try_ssl"), 2);
        QCOMPARE(num(p, "mail.smtpserver.smtp1.port"), 587);
        QVERIFY(plan.files.first().after.startsWith("# Mozilla User Preferences\n"));
        applyAndUndo(plan);
    }

    void suiteWithSocketTypeMayRequireIncomingStartTls()
    {
        QTemporaryDir home;
        const QString profile = home.filePath(QStringLiteral(".mozilla/default/a1b2c3d4.slt"));
        writeFile(profile + QStringLiteral("/prefs.js"), fixture("seamonkey-1.1-prefs.js"));
        const HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        const ChangePlan plan = SeaMonkeyAdapter().plan(installationAt(env, profile),
                                                        pcug(QStringLiteral("carol@pcug.org.au"), 587, 110));
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        const PrefsFile p = after(plan);
        QCOMPARE(str(p, "mail.server.server2.hostname"), QStringLiteral("mailhost.pcug.org.au"));
        QCOMPARE(num(p, "mail.server.server2.socketType"), 2);
        QCOMPARE(flag(p, "mail.server.server2.isSecure"), 0);
    }

    void oldLoginMethodsOnlyWhereTheyExist()
    {
        QTemporaryDir home;
        const QString profile = makeSeaMonkeyRoot(home.filePath(QStringLiteral(".mozilla/seamonkey")),
                                                  "seamonkey-2.0-prefs.js", "compatibility-2.0.ini");
        const HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        AccountSettings kerberos = pcug();
        kerberos.outgoing.auth = AuthMethod::Gssapi;
        const ChangePlan refused = SeaMonkeyAdapter().plan(installationAt(env, profile), kerberos);
        QVERIFY(!refused.canApply());
        QVERIFY2(refused.refusal.contains(QStringLiteral("only with a normal or an encrypted password")),
                 qPrintable(refused.refusal));

        // An encrypted password has an old name (useSecAuth).
        AccountSettings encrypted = pcug();
        encrypted.outgoing.auth = AuthMethod::PasswordEncrypted;
        const ChangePlan plan = SeaMonkeyAdapter().plan(installationAt(env, profile), encrypted);
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        const PrefsFile p = after(plan);
        QCOMPARE(flag(p, "mail.smtpserver.smtp1.useSecAuth"), 1);
        QCOMPARE(num(p, "mail.smtpserver.smtp1.authMethod"), 4);
    }

    void runningProgramIsRefused()
    {
        QTemporaryDir home;
        const QString profile = home.filePath(QStringLiteral(".mozilla/default/x1y2z3w4.slt"));
        writeFile(profile + QStringLiteral("/prefs.js"), fixture("mozilla-1.7-prefs.js"));
        // Mozilla 1.x on Unix: a `lock` symlink naming a live process.
        QVERIFY(
            QFile::link(QStringLiteral("127.0.0.1:+%1").arg(::getpid()), profile + QStringLiteral("/lock")));
        const HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        const SeaMonkeyAdapter adapter;
        QVERIFY(!adapter.runningReason(profile).isEmpty());
        const ChangePlan plan = adapter.plan(installationAt(env, profile), pcug());
        QVERIFY(!plan.canApply());
        QVERIFY2(plan.refusal.contains(QStringLiteral("Quit it")) && plan.refusal.contains(profile),
                 qPrintable(plan.refusal));
    }

    void corruptPrefsIsRefusedWithFileAndLine()
    {
        QTemporaryDir home;
        const QString profile = makeSeaMonkeyRoot(home.filePath(QStringLiteral(".mozilla/seamonkey")),
                                                  "seamonkey-2.53-prefs.js", "compatibility-2.53.ini");
        QByteArray prefs = fixture("seamonkey-2.53-prefs.js");
        prefs.append("user_pref(\"mail.broken\", tru);\n");
        writeFile(profile + QStringLiteral("/prefs.js"), prefs);
        const HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        const ChangePlan plan = SeaMonkeyAdapter().plan(installationAt(env, profile), pcug());
        QVERIFY(!plan.canApply());
        QVERIFY2(plan.refusal.contains(QStringLiteral("%1/prefs.js:%2:").arg(profile).arg(prefs.count('\n'))),
                 qPrintable(plan.refusal));
    }

    // SeaMonkey is not in Debian 12, but Thunderbird shares its prefs.js grammar and
    // account code. Starting Debian's Thunderbird (headless, offline) on a profile
    // planned in the SeaMonkey 2.0 dialect shows that the real program reads our
    // account with the host, port, socket type and login method we meant, keeps
    // the old names, and reads a lone isSecure as SSL, as our old-dialect writer
    // assumes. (Headless Thunderbird 153 does not run the useSecAuth -> authMethod
    // migration, which lives in the 3-pane window's start-up, so authMethod speaks.)
    void realThunderbirdReadsTheSuiteDialect()
    {
        const QString thunderbird = QStringLiteral("/usr/lib/thunderbird/thunderbird");
        if (!QFileInfo::exists(thunderbird))
            QSKIP("Thunderbird is not installed at /usr/lib/thunderbird/thunderbird");
        QTemporaryDir home;
        const QString profile = makeSeaMonkeyRoot(home.filePath(QStringLiteral(".mozilla/seamonkey")),
                                                  "seamonkey-2.0-prefs.js", "compatibility-2.0.ini");
        const HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        AccountSettings settings = pcug(QStringLiteral("dora@pcug.org.au"));
        settings.outgoing.auth = AuthMethod::PasswordEncrypted; // not the default, so it must be read
        const ChangePlan plan = SeaMonkeyAdapter().plan(installationAt(env, profile), settings);
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        const PrefsFile planned = after(plan);
        const QString tbProfile = home.filePath(QStringLiteral("tb-profile"));
        writeFile(tbProfile + QStringLiteral("/prefs.js"), planned.toBytes());

        QStringList arguments = {QStringLiteral("--headless"), QStringLiteral("--profile"), tbProfile};
        QString program = thunderbird;
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (::geteuid() == 0 && !unshare.isEmpty() &&
            QProcess::execute(unshare, {QStringLiteral("-n"), QStringLiteral("true")}) == 0) {
            arguments.prepend(thunderbird);
            arguments.prepend(QStringLiteral("-n")); // offline: no network namespace to reach out of
            program = unshare;
        }
        QProcessEnvironment penv = QProcessEnvironment::systemEnvironment();
        penv.insert(QStringLiteral("HOME"), home.path());
        penv.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
        penv.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
        penv.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
        penv.insert(QStringLiteral("MOZ_CRASHREPORTER_DISABLE"), QStringLiteral("1"));
        QProcess tb;
        tb.setProcessEnvironment(penv);
        tb.setProcessChannelMode(QProcess::MergedChannels);
        tb.start(program, arguments);
        QVERIFY2(tb.waitForStarted(10000), qPrintable(tb.errorString()));
        // Thunderbird rewrites prefs.js (its own header) shortly after start-up.
        QByteArray rewritten;
        const QDeadlineTimer deadline(45000);
        while (!deadline.hasExpired() && tb.state() == QProcess::Running) {
            tb.waitForReadyRead(500);
            tb.readAll();
            rewritten = readFile(tbProfile + QStringLiteral("/prefs.js"));
            if (rewritten.contains("DO NOT EDIT THIS FILE") &&
                rewritten.contains("mail.server.server3.socketType"))
                break;
        }
        tb.terminate();
        if (!tb.waitForFinished(30000)) {
            tb.kill();
            tb.waitForFinished(5000);
        }
        rewritten = readFile(tbProfile + QStringLiteral("/prefs.js"));
        QVERIFY2(rewritten.contains("DO NOT EDIT THIS FILE"), "Thunderbird did not rewrite prefs.js in time");
        const PrefsFile result = PrefsFile::parse(rewritten);
        QVERIFY(result.errors().isEmpty());
        // Thunderbird's own reading (no old names): what it migrated them to.
        const auto accounts = MailPrefs(result, nullptr).accounts();
        const ExistingAccount* dora = nullptr;
        for (const ExistingAccount& a : accounts) {
            if (a.email == QLatin1String("dora@pcug.org.au"))
                dora = &a;
        }
        QVERIFY2(dora, rewritten.constData());
        QVERIFY(dora->incoming == settings.incoming);
        QVERIFY(dora->outgoing == settings.outgoing);
        QCOMPARE(dora->outgoing->auth, AuthMethod::PasswordEncrypted);
        // The old names stay for an old program reading the same profile.
        QVERIFY(result.value(QStringLiteral("mail.smtpserver.smtp3.useSecAuth")) ==
                PrefValue::fromBool(true));
        QVERIFY(result.value(QStringLiteral("mail.server.server4.isSecure")) == PrefValue::fromBool(true));
        // The work account had only isSecure: Thunderbird took it as SSL (socketType 3).
        QCOMPARE(num(result, QStringLiteral("mail.server.server3.socketType")), 3);
    }
};

QTEST_GUILESS_MAIN(TestSeaMonkey)
#include "test_seamonkey.moc"
