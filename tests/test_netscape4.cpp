// SPDX-License-Identifier: GPL-3.0-or-later
// Netscape Communicator 4.x: its single global account in preferences.js/prefs.js,
// what can be set (STARTTLS "Always" on port 25) and what must be said instead
// (no other port, no protection for POP3).
#include "formats/prefsfile.h"
#include "mozilla/netscape4adapter.h"
#include "profileloader.h"
#include "support/testfiles.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using namespace mailsetup;

namespace {

const QString data = QStringLiteral(MAILSETUP_TEST_DATA) + QStringLiteral("/netscape4");

using testfiles::readFile;

using testfiles::writeFile;

QByteArray fixture(const char* name)
{
    const QByteArray bytes = readFile(data + QLatin1Char('/') + QLatin1String(name));
    if (bytes.isEmpty())
        qFatal("missing fixture %s", name);
    return bytes;
}

// ~/.netscape/preferences.js holding `prefs`; returns the folder.
QString makeUnixHome(const QString& home, const QByteArray& prefs)
{
    const QString folder = home + QStringLiteral("/.netscape");
    writeFile(folder + QStringLiteral("/preferences.js"), prefs);
    return folder;
}

AccountSettings settingsFor(const char* provider, const QString& email, std::optional<int> outgoingPort = {})
{
    const ProfileLoadResult profile = ProfileLoader::loadBundled(QString::fromLatin1(provider));
    AccountRequest request;
    request.email = email;
    request.realName = QStringLiteral("Alice Ng");
    request.outgoingPort = outgoingPort;
    const ResolveResult r = resolveAccount(*profile.profile, request);
    if (!r.settings)
        qFatal("%s", qPrintable(r.error));
    return *r.settings;
}

ClientInstallation installationAt(const HostEnvironment& env, const QString& folder)
{
    for (const ClientInstallation& inst : Netscape4Adapter().detect(env)) {
        if (inst.location == folder)
            return inst;
    }
    qFatal("no installation at %s", qPrintable(folder));
    return {};
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

} // namespace

class TestNetscape4 : public QObject
{
    Q_OBJECT

private slots:
    void fixturesRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("unix") << QStringLiteral("preferences.js");
        QTest::newRow("windows crlf") << QStringLiteral("prefs-windows.js");
    }

    void fixturesRoundTrip()
    {
        QFETCH(QString, name);
        const QByteArray bytes = fixture(qPrintable(name));
        const PrefsFile prefs = PrefsFile::parse(bytes);
        QVERIFY(prefs.errors().isEmpty());
        QCOMPARE(prefs.toBytes(), bytes);
    }

    void detectsUnixAccount()
    {
        QTemporaryDir home;
        const QString folder = makeUnixHome(home.path(), fixture("preferences.js"));
        const auto found =
            Netscape4Adapter().detect(HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].location, folder);
        QVERIFY(found[0].isDefault);
        QVERIFY2(found[0].label.contains(QStringLiteral("~/.netscape/preferences.js")),
                 qPrintable(found[0].label));
        QCOMPARE(found[0].accounts.size(), 1);
        const ExistingAccount& a = found[0].accounts.first();
        QCOMPARE(a.email, QStringLiteral("alice@pcug.org.au"));
        QCOMPARE(a.name, QStringLiteral("Alice Ng"));
        QCOMPARE(a.incoming->type, QStringLiteral("pop3"));
        QCOMPARE(a.incoming->hostname, QStringLiteral("mailhost.pcug.org.au"));
        QCOMPARE(a.incoming->port, 110);
        QCOMPARE(a.incoming->security, Security::Plain);
        QCOMPARE(a.outgoing->hostname, QStringLiteral("mail.pcug.org.au"));
        QCOMPARE(a.outgoing->port, 25);
        QCOMPARE(a.outgoing->security, Security::Plain);
        QCOMPARE(a.outgoing->username, QStringLiteral("alice"));
    }

    void profileHomeMovesTheFolder()
    {
        QTemporaryDir home, elsewhere;
        makeUnixHome(elsewhere.path(), fixture("preferences.js"));
        HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        QVERIFY(Netscape4Adapter().detect(env).isEmpty());
        env.variables.insert(QStringLiteral("PROFILE_HOME"), elsewhere.path());
        QCOMPARE(Netscape4Adapter().detect(env).size(), 1);
    }

    void detectsWindowsProfiles()
    {
        QTemporaryDir root;
        const QString users = root.filePath(QStringLiteral("Program Files/Netscape/Users"));
        writeFile(users + QStringLiteral("/someone/prefs.js"), fixture("prefs-windows.js"));
        QDir().mkpath(users + QStringLiteral("/empty")); // never started: no prefs.js
        HostEnvironment env =
            HostEnvironment::forHome(root.filePath(QStringLiteral("home")), HostEnvironment::Os::Windows);
        env.variables.insert(QStringLiteral("ProgramFiles"), root.filePath(QStringLiteral("Program Files")));
        const auto found = Netscape4Adapter().detect(env);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].location, users + QStringLiteral("/someone"));
        const ExistingAccount& a = found[0].accounts.first();
        QCOMPARE(a.email, QStringLiteral("someone@fnal.gov"));
        QCOMPARE(a.incoming->type, QStringLiteral("imap"));
        QCOMPARE(a.incoming->security, Security::Ssl);
        QCOMPARE(a.incoming->port, 993);
        QCOMPARE(a.incoming->username, QStringLiteral("someone"));
        QCOMPARE(a.outgoing->security, Security::TryStartTls); // mail.smtp.ssl 1
        QCOMPARE(a.outgoing->auth, AuthMethod::None);          // mail.auth_login false
    }

    void onlyPort25WithStartTlsCanBeSet()
    {
        QTemporaryDir home;
        const QString folder = makeUnixHome(home.path(), fixture("preferences.js"));
        const HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        for (int port : {465, 587}) {
            const ChangePlan plan = Netscape4Adapter().plan(
                installationAt(env, folder), settingsFor("pcug", QStringLiteral("alice@pcug.org.au"), port));
            QVERIFY(!plan.canApply());
            QVERIFY(plan.files.isEmpty());
            QVERIFY2(plan.refusal.contains(QStringLiteral("only to port 25 with STARTTLS")) &&
                         plan.refusal.contains(QStringLiteral("port %1").arg(port)),
                     qPrintable(plan.refusal));
        }
    }

    void pcugOnPort25SendsSecurelyAndSaysWhatItCannot()
    {
        QTemporaryDir home;
        const QString folder = makeUnixHome(home.path(), fixture("preferences.js"));
        const HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        const ChangePlan plan = Netscape4Adapter().plan(
            installationAt(env, folder), settingsFor("pcug", QStringLiteral("alice@pcug.org.au"), 25));
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        QCOMPARE(plan.files.size(), 1);
        const FileChange& change = plan.files.first();
        QCOMPARE(change.path, folder + QStringLiteral("/preferences.js"));
        const PrefsFile before = PrefsFile::parse(change.before);
        const PrefsFile p = PrefsFile::parse(change.after);
        QCOMPARE(str(p, "network.hosts.smtp_server"), QStringLiteral("smtps.tip.net.au"));
        QCOMPARE(num(p, "mail.smtp.ssl"), 2);
        QCOMPARE(str(p, "mail.smtp_name"), QStringLiteral("alice"));
        // Receiving stays as it was: Netscape 4 has no way to protect POP3.
        QCOMPARE(str(p, "network.hosts.pop_server"), QStringLiteral("mailhost.pcug.org.au"));
        QCOMPARE(str(p, "mail.identity.useremail"), QStringLiteral("alice@pcug.org.au"));
        for (const QString& name : before.names()) {
            if (name != QLatin1String("network.hosts.smtp_server"))
                QVERIFY2(p.value(name) == before.value(name), qPrintable(name));
        }
        const QString notes = plan.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("cannot protect incoming mail from mailhost.pcug.org.au")) &&
                     notes.contains(QStringLiteral("without encryption")) &&
                     notes.contains(QStringLiteral("port 25")),
                 qPrintable(notes));
        QVERIFY(plan.summary.join(' ').contains(QStringLiteral("Use SSL or TLS: Always")));
        // No password, ever.
        QVERIFY(!change.after.contains("mail.pop_password\", \"x"));

        // Apply and undo: every byte comes back.
        QTemporaryDir backups;
        BackupStore store(backups.path());
        const RunningCheck notRunning = [](const QString&, const QString&) { return QString(); };
        const ApplyResult applied = applyPlans({plan}, store, notRunning, QStringLiteral("test"));
        QVERIFY2(applied.ok, qPrintable(applied.error));
        QCOMPARE(readFile(change.path), change.after);
        const ChangePlan again = Netscape4Adapter().plan(
            installationAt(env, folder), settingsFor("pcug", QStringLiteral("alice@pcug.org.au"), 25));
        QVERIFY2(again.isNoOp(), qPrintable(again.toText()));
        const UndoResult undone = undoTransaction(store, applied.transactionId, notRunning, false);
        QVERIFY2(undone.ok, qPrintable(undone.error));
        QCOMPARE(readFile(change.path), change.before);
    }

    void anotherAddressIsNotMixedIn()
    {
        QTemporaryDir home;
        const QString folder = makeUnixHome(home.path(), fixture("preferences.js"));
        const HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        const ChangePlan plan = Netscape4Adapter().plan(
            installationAt(env, folder), settingsFor("pcug", QStringLiteral("bob@pcug.org.au"), 25));
        QVERIFY(!plan.canApply());
        QVERIFY2(plan.refusal.contains(QStringLiteral("single mail account")) &&
                     plan.refusal.contains(QStringLiteral("alice@pcug.org.au")),
                 qPrintable(plan.refusal));
        // The same address in other letter case is the same account.
        const ChangePlan same = Netscape4Adapter().plan(
            installationAt(env, folder), settingsFor("pcug", QStringLiteral("Alice@PCUG.org.au"), 25));
        QVERIFY2(same.canApply(), qPrintable(same.toText()));
        QCOMPARE(str(PrefsFile::parse(same.files.first().after), "mail.identity.useremail"),
                 QStringLiteral("alice@pcug.org.au"));
    }

    void freshNetscapeGetsSendingAndTheIdentity()
    {
        QTemporaryDir home;
        const QByteArray fresh =
            "// Netscape User Preferences\n// This is a generated file!  Do not edit.\n\n"
            "user_pref(\"browser.startup.license_accepted\", true);\n";
        const QString folder = makeUnixHome(home.path(), fresh);
        const HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        const ChangePlan plan = Netscape4Adapter().plan(
            installationAt(env, folder), settingsFor("pcug", QStringLiteral("alice@pcug.org.au"), 25));
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        const PrefsFile p = PrefsFile::parse(plan.files.first().after);
        QCOMPARE(str(p, "mail.identity.useremail"), QStringLiteral("alice@pcug.org.au"));
        QCOMPARE(str(p, "mail.identity.username"), QStringLiteral("Alice Ng"));
        QCOMPARE(str(p, "network.hosts.pop_server"), QStringLiteral("<absent>"));
        QVERIFY(plan.files.first().after.startsWith(fresh));

        // An outgoing-only provider needs an account to attach to.
        const ChangePlan fnal = Netscape4Adapter().plan(
            installationAt(env, folder), settingsFor("fnal", QStringLiteral("someone@fnal.gov"), 25));
        QVERIFY(!fnal.canApply());
        QVERIFY2(fnal.refusal.contains(QStringLiteral("outgoing mail only")), qPrintable(fnal.refusal));
    }

    void fnalOnWindowsKeepsCrlfAndTurnsLoginOn()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("Program Files/Netscape/Users/someone"));
        writeFile(folder + QStringLiteral("/prefs.js"), fixture("prefs-windows.js"));
        HostEnvironment env =
            HostEnvironment::forHome(root.filePath(QStringLiteral("home")), HostEnvironment::Os::Windows);
        env.variables.insert(QStringLiteral("ProgramFiles"), root.filePath(QStringLiteral("Program Files")));
        const ChangePlan plan = Netscape4Adapter().plan(
            installationAt(env, folder), settingsFor("fnal", QStringLiteral("someone@fnal.gov"), 25));
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        const QByteArray after = plan.files.first().after;
        const PrefsFile p = PrefsFile::parse(after);
        QCOMPARE(num(p, "mail.smtp.ssl"), 2); // was 1, "If possible"
        QCOMPARE(str(p, "mail.smtp_name"), QStringLiteral("someone"));
        QVERIFY(p.value(QStringLiteral("mail.auth_login")) == PrefValue::fromBool(true));
        QCOMPARE(after.count("\r\n"), after.count('\n')); // every line ending stays CRLF
        QVERIFY2(plan.notes.join(' ').contains(QStringLiteral("outgoing mail only")),
                 qPrintable(plan.toText()));
        QVERIFY(!after.contains("imap_servers\", \"imapserver.fnal.gov:"));
    }

    void runningNetscapeIsRefused()
    {
        QTemporaryDir home;
        const QString folder = makeUnixHome(home.path(), fixture("preferences.js"));
        // Netscape 4's lock: a symlink "IP:PID" naming a live process.
        QVERIFY(
            QFile::link(QStringLiteral("127.0.0.1:%1").arg(::getpid()), folder + QStringLiteral("/lock")));
        const HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        const ChangePlan plan = Netscape4Adapter().plan(
            installationAt(env, folder), settingsFor("pcug", QStringLiteral("alice@pcug.org.au"), 25));
        QVERIFY(!plan.canApply());
        QVERIFY2(plan.refusal.contains(QStringLiteral("Quit Netscape")), qPrintable(plan.refusal));
        // A stale lock (dead process) does not block.
        QFile::remove(folder + QStringLiteral("/lock"));
        QProcess finished;
        finished.start(QStringLiteral("true"), {});
        QVERIFY(finished.waitForStarted(10000));
        const qint64 deadPid = finished.processId();
        QVERIFY(finished.waitForFinished(10000)); // reaped: the pid names no process now
        QVERIFY(QFile::link(QStringLiteral("127.0.0.1:%1").arg(deadPid), folder + QStringLiteral("/lock")));
        QVERIFY(Netscape4Adapter().runningReason(folder).isEmpty());
    }

    void syntaxErrorIsRefusedWithFileAndLine()
    {
        QTemporaryDir home;
        QByteArray prefs = fixture("preferences.js");
        prefs.append("user_pref(\"mail.broken\", tru);\n");
        const QString folder = makeUnixHome(home.path(), prefs);
        const HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        const ClientInstallation inst = installationAt(env, folder);
        QVERIFY(!inst.problems.isEmpty());
        const ChangePlan plan =
            Netscape4Adapter().plan(inst, settingsFor("pcug", QStringLiteral("alice@pcug.org.au"), 25));
        QVERIFY(!plan.canApply());
        QVERIFY2(
            plan.refusal.contains(QStringLiteral("%1/preferences.js:%2:").arg(folder).arg(prefs.count('\n'))),
            qPrintable(plan.refusal));
    }
};

QTEST_GUILESS_MAIN(TestNetscape4)
#include "test_netscape4.moc"
