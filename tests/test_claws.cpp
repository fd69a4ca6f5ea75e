// SPDX-License-Identifier: GPL-3.0-or-later
// Claws Mail: reading the accountrc Claws Mail 4.1.1 wrote, the config_version trap in
// protocol numbers, planning new and updated accounts, refusals, apply/undo, and the
// real Claws Mail reading what we wrote and saving it back unchanged in meaning.
#include "clawsaccountrc.h"
#include "clawsadapter.h"
#include "profileloader.h"
#include "support/fakeprocess.h"
#include "support/testfiles.h"
#include "transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace mailsetup;

namespace {

using testsupport::FakeProcess;

const QString data = QStringLiteral(MAILSETUP_TEST_DATA "/claws");

using testfiles::readFile;

using testfiles::writeFile;

// ~/.claws-mail as Claws Mail 4.1.1 left it (tests/data/claws): accountrc with
// [Account: 1] zoe (POP3) and [Account: 3] kid (IMAP), clawsrc, folderlist.xml.
QString makeHome(const QString& home, const QByteArray& accountrc = readFile(data + "/claws-4.1.1-accountrc"))
{
    const QString dir = home + QStringLiteral("/.claws-mail");
    if (!accountrc.isNull())
        writeFile(dir + QStringLiteral("/accountrc"), accountrc);
    writeFile(dir + QStringLiteral("/clawsrc"), readFile(data + QStringLiteral("/claws-4.1.1-clawsrc")));
    QDir().mkpath(home + QStringLiteral("/Mail"));
    writeFile(dir + QStringLiteral("/folderlist.xml"),
              readFile(data + QStringLiteral("/claws-4.1.1-folderlist.xml"))
                  .replace("/tmp/clawsfix/Mail", (home + QStringLiteral("/Mail")).toUtf8()));
    return dir;
}

AccountSettings settingsFor(const QString& profileId,
                            const QString& email,
                            const QString& username = {},
                            const QString& incomingType = {})
{
    const ProfileLoadResult profile = ProfileLoader::loadBundled(profileId);
    AccountRequest request;
    request.email = email;
    request.realName = QStringLiteral("Alice Ng");
    request.username = username;
    request.incomingType = incomingType;
    return *resolveAccount(*profile.profile, request).settings;
}

// An IMAP provider, for what the bundled POP3-only profiles cannot show.
AccountSettings imapSettings()
{
    AccountSettings s;
    s.email = QStringLiteral("alice@example.test");
    s.realName = QStringLiteral("Alice");
    s.providerName = QStringLiteral("Example");
    s.incoming =
        ServerSettings{QStringLiteral("imap"), QStringLiteral("imap.example.test"), 993,
                       Security::Ssl,          AuthMethod::PasswordCleartext,       QStringLiteral("alice")};
    s.outgoing =
        ServerSettings{QStringLiteral("smtp"), QStringLiteral("smtp.example.test"), 587,
                       Security::StartTls,     AuthMethod::PasswordCleartext,       QStringLiteral("alice")};
    return s;
}

ClientInstallation installationAt(const QString& home)
{
    const auto found = ClawsAdapter().detect(HostEnvironment::forHome(home, HostEnvironment::Os::Linux));
    if (found.size() != 1)
        qFatal("expected one Claws Mail folder in %s", qPrintable(home));
    return found.first();
}

ClawsAccountRc afterOf(const ChangePlan& plan)
{
    return ClawsAccountRc::parse(plan.files.value(0).after);
}

const ClawsAccount* accountWithId(const ClawsAccountRc& rc, int id)
{
    for (const ClawsAccount& a : rc.accounts) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

// The lines of one "[Account: N]" block, header included.
QByteArray blockOf(const QByteArray& file, int id)
{
    const QByteArray header = "[Account: " + QByteArray::number(id) + "]";
    const qsizetype begin = file.indexOf(header);
    if (begin < 0)
        return {};
    qsizetype end = file.indexOf("\n[", begin + 1);
    return file.mid(begin, end < 0 ? -1 : end - begin + 1);
}

QString notRunning(const QString&, const QString&)
{
    return {};
}

// A private X server for Claws Mail's window; stopped (by its own process) on scope exit.
class VirtualDisplay
{
public:
    ~VirtualDisplay()
    {
        if (m_xvfb.state() != QProcess::NotRunning) {
            m_xvfb.terminate();
            if (!m_xvfb.waitForFinished(5000)) {
                m_xvfb.kill();
                m_xvfb.waitForFinished(5000);
            }
        }
    }
    QString start()
    {
        for (int n = 142; n < 200; ++n) {
            const QString socket = QStringLiteral("/tmp/.X11-unix/X%1").arg(n);
            if (QFile::exists(socket) || QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(n)))
                continue;
            m_xvfb.start(QStringLiteral("Xvfb"),
                         {QStringLiteral(":%1").arg(n), QStringLiteral("-screen"), QStringLiteral("0"),
                          QStringLiteral("1024x768x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
            if (!m_xvfb.waitForStarted(5000))
                return {};
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < 10000 && m_xvfb.state() == QProcess::Running && !QFile::exists(socket))
                m_xvfb.waitForFinished(100);
            if (m_xvfb.state() == QProcess::Running && QFile::exists(socket))
                return QStringLiteral(":%1").arg(n);
            m_xvfb.kill(); // the display was taken after all: try the next one
            m_xvfb.waitForFinished(5000);
        }
        return {};
    }

private:
    QProcess m_xvfb;
};

} // namespace

class TestClaws : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatClawsWrote()
    {
        const QByteArray bytes = readFile(data + QStringLiteral("/claws-4.1.1-accountrc"));
        const ClawsAccountRc rc = ClawsAccountRc::parse(bytes);
        QVERIFY(rc.ini.errors().isEmpty());
        QCOMPARE(rc.ini.toBytes(), bytes); // format-preserving round trip
        QCOMPARE(rc.accounts.size(), 2);
        QCOMPARE(rc.accounts[0].id, 1);
        QCOMPARE(rc.accounts[1].id, 3);
        QCOMPARE(rc.accounts[0].configVersion, 4);
        QCOMPARE(rc.nextId(), 4);
        QCOMPARE(clawsrcConfigVersion(readFile(data + QStringLiteral("/claws-4.1.1-clawsrc"))), 4);
        // Claws keeps the trailing space of "-- ": values are taken to the end of the line.
        QVERIFY(bytes.contains("\nsignature_separator=-- \n"));
    }

    void detectsAccounts()
    {
        QTemporaryDir home;
        const QString dir = makeHome(home.path());
        const ClientInstallation inst = installationAt(home.path());
        QCOMPARE(inst.location, dir);
        QCOMPARE(inst.label, QStringLiteral("~/.claws-mail"));
        QVERIFY(inst.problems.isEmpty());
        QCOMPARE(inst.accounts.size(), 2);
        const ExistingAccount& zoe = inst.accounts[0];
        QCOMPARE(zoe.key, QStringLiteral("Account: 1"));
        QCOMPARE(zoe.email, QStringLiteral("zoe.mueller@example.org"));
        QCOMPARE(zoe.name, QStringLiteral("Zoë Müller (O'Brien & Co.)"));
        QVERIFY(zoe.isDefault);
        QVERIFY(zoe.incoming ==
                (ServerSettings{QStringLiteral("pop3"), QStringLiteral("pop.example.org"), 995, Security::Ssl,
                                AuthMethod::PasswordCleartext, QStringLiteral("zoe.mueller")}));
        // smtp_user_id is empty: Claws logs in with user_id.
        QVERIFY(zoe.outgoing == (ServerSettings{QStringLiteral("smtp"), QStringLiteral("smtp.example.org"),
                                                587, Security::StartTls, AuthMethod::PasswordCleartext,
                                                QStringLiteral("zoe.mueller")}));
        const ExistingAccount& kid = inst.accounts[1];
        QVERIFY(!kid.isDefault);
        // set_imapport=0 with STARTTLS: the standard port 143; no set_smtpport with SSL: 465.
        QVERIFY(kid.incoming ==
                (ServerSettings{QStringLiteral("imap"), QStringLiteral("imap.family.example"), 143,
                                Security::StartTls, AuthMethod::PasswordCleartext, QStringLiteral("kid")}));
        QVERIFY(kid.outgoing == (ServerSettings{QStringLiteral("smtp"), QStringLiteral("smtp.family.example"),
                                                465, Security::Ssl, AuthMethod::PasswordCleartext,
                                                QStringLiteral("kid@family.example")}));
    }

    void detectsWindowsLayout()
    {
        QTemporaryDir home;
        QDir().mkpath(home.filePath(QStringLiteral("AppData/Roaming/Claws-mail")));
        const auto found =
            ClawsAdapter().detect(HostEnvironment::forHome(home.path(), HostEnvironment::Os::Windows));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].location, home.filePath(QStringLiteral("AppData/Roaming/Claws-mail")));
        QVERIFY(ClawsAdapter()
                    .detect(HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux))
                    .isEmpty());
    }

    void protocolNumbersFollowConfigVersion_data()
    {
        QTest::addColumn<QByteArray>("accountrc");
        QTest::addColumn<QByteArray>("clawsrc");
        QTest::addColumn<int>("existing");     // what the existing block's protocol means
        QTest::addColumn<QString>("protocol"); // what a new IMAP account gets
        QTest::addColumn<QString>("version");  // its config_version line, "" for none
        // Before config_version existed IMAP was 3; Claws reads a block without
        // config_version with clawsrc's version, and a missing clawsrc as 0.
        QTest::newRow("no version anywhere")
            << QByteArray("[Account: 1]\naddress=a@b.example\nprotocol=3\nreceive_server=imap.b.example\n")
            << QByteArray() << int(ClawsProtocol::Imap) << QStringLiteral("3") << QString();
        QTest::newRow("clawsrc says 4")
            << QByteArray("[Account: 1]\naddress=a@b.example\nprotocol=1\nreceive_server=imap.b.example\n")
            << QByteArray("[Common]\nconfig_version=4\n") << int(ClawsProtocol::Imap) << QStringLiteral("1")
            << QStringLiteral("4");
        QTest::newRow("old clawsrc, account already migrated")
            << QByteArray("[Account: 1]\naddress=a@b.example\nprotocol=1\nreceive_server=imap.b.example\n"
                          "config_version=3\n")
            << QByteArray("[Common]\nconfig_version=0\n") << int(ClawsProtocol::Imap) << QStringLiteral("1")
            << QStringLiteral("3");
        QTest::newRow("version 0: 1 was APOP")
            << QByteArray("[Account: 1]\naddress=a@b.example\nprotocol=1\nreceive_server=pop.b.example\n")
            << QByteArray("[Common]\nconfig_version=0\n") << int(ClawsProtocol::Pop3) << QStringLiteral("3")
            << QStringLiteral("0");
    }

    void protocolNumbersFollowConfigVersion()
    {
        QFETCH(QByteArray, accountrc);
        QFETCH(QByteArray, clawsrc);
        QFETCH(int, existing);
        QFETCH(QString, protocol);
        QFETCH(QString, version);
        QTemporaryDir home;
        const QString dir = makeHome(home.path(), accountrc);
        if (clawsrc.isEmpty())
            QFile::remove(dir + QStringLiteral("/clawsrc"));
        else
            writeFile(dir + QStringLiteral("/clawsrc"), clawsrc);
        const int clawsrcVersion = clawsrcConfigVersion(clawsrc);
        const ClawsAccountRc before = ClawsAccountRc::parse(accountrc);
        QCOMPARE(int(before.protocolOf(before.accounts.first(), clawsrcVersion)), existing);

        const ChangePlan plan = ClawsAdapter().plan(installationAt(home.path()), imapSettings());
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        const ClawsAccountRc after = afterOf(plan);
        const ClawsAccount* added = accountWithId(after, 2);
        QVERIFY(added);
        QCOMPARE(after.get(*added, QStringLiteral("protocol")), protocol);
        QCOMPARE(after.ini.value(added->section, QStringLiteral("config_version")).value_or(QString()),
                 version);
        // However Claws will read it, it reads as IMAP.
        QCOMPARE(after.protocolOf(*added, clawsrcVersion), ClawsProtocol::Imap);
        QVERIFY(after.incoming(*added, clawsrcVersion) == imapSettings().incoming);
        QVERIFY(after.outgoing(*added) == imapSettings().outgoing);
    }

    void addsAccountAndKeepsEverythingElse()
    {
        QTemporaryDir home;
        const QString dir = makeHome(home.path());
        const QByteArray before = readFile(dir + QStringLiteral("/accountrc"));
        const AccountSettings settings =
            settingsFor(QStringLiteral("pcug"), QStringLiteral("alice@pcug.org.au"));
        const ChangePlan plan = ClawsAdapter().plan(installationAt(home.path()), settings);
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        QCOMPARE(plan.files.size(), 1);
        const QByteArray after = plan.files.first().after;
        QVERIFY(after.startsWith(before)); // every byte that was there stays
        const QByteArray block = after.mid(before.size());
        QVERIFY2(
            block.startsWith("\n[Account: 4]\naccount_name=alice@pcug.org.au\nis_default=0\nname=Alice Ng\n"),
            block.constData());
        const ClawsAccountRc rc = ClawsAccountRc::parse(after);
        QVERIFY(rc.ini.errors().isEmpty());
        const ClawsAccount* alice = accountWithId(rc, 4);
        QVERIFY(alice);
        QCOMPARE(rc.get(*alice, QStringLiteral("protocol")), QStringLiteral("0"));
        QCOMPARE(rc.get(*alice, QStringLiteral("config_version")), QStringLiteral("4"));
        QCOMPARE(rc.get(*alice, QStringLiteral("remove_mail")), QStringLiteral("0"));
        QCOMPARE(rc.get(*alice, QStringLiteral("ssl_pop")), QStringLiteral("1"));
        QCOMPARE(rc.get(*alice, QStringLiteral("pop_port")), QStringLiteral("995"));
        QCOMPARE(rc.get(*alice, QStringLiteral("ssl_smtp")), QStringLiteral("1"));
        QCOMPARE(rc.get(*alice, QStringLiteral("smtp_port")), QStringLiteral("465"));
        QCOMPARE(rc.get(*alice, QStringLiteral("use_smtp_auth")), QStringLiteral("1"));
        QCOMPARE(rc.get(*alice, QStringLiteral("smtp_auth_method")), QStringLiteral("0"));
        QVERIFY(!block.contains("password"));
        const auto accounts = rc.existingAccounts(4);
        QCOMPARE(accounts.size(), 3);
        QVERIFY(accounts[2].incoming == settings.incoming);
        QVERIFY(accounts[2].outgoing == settings.outgoing);

        BackupStore store(home.filePath(QStringLiteral("backups")));
        const ApplyResult applied = applyPlans({plan}, store, notRunning, QStringLiteral("test"));
        QVERIFY2(applied.ok, qPrintable(applied.error));
        QCOMPARE(readFile(dir + QStringLiteral("/accountrc")), after);
        const ChangePlan again = ClawsAdapter().plan(installationAt(home.path()), settings);
        QVERIFY2(again.isNoOp(), qPrintable(again.toText()));
        const UndoResult undone = undoTransaction(store, applied.transactionId, notRunning, false);
        QVERIFY2(undone.ok, qPrintable(undone.error));
        QCOMPARE(readFile(dir + QStringLiteral("/accountrc")), before);
    }

    void updatesExistingAccountInPlace()
    {
        QTemporaryDir home;
        const QString dir = makeHome(home.path());
        const QByteArray before = readFile(dir + QStringLiteral("/accountrc"));
        const AccountSettings settings = settingsFor(
            QStringLiteral("pcug"), QStringLiteral("Zoe.Mueller@example.org"), QStringLiteral("zoe"));
        const ChangePlan plan = ClawsAdapter().plan(installationAt(home.path()), settings);
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        const QByteArray after = plan.files.first().after;
        QCOMPARE(blockOf(after, 3), blockOf(before, 3)); // the other account: not one byte
        // Only these lines change (smtp_auth_method=0 already means a normal password).
        QByteArray expected = blockOf(before, 1);
        expected.replace("receive_server=pop.example.org", "receive_server=mailhost.pcug.org.au")
            .replace("smtp_server=smtp.example.org", "smtp_server=smtps.tip.net.au")
            .replace("user_id=zoe.mueller\n", "user_id=zoe\n")
            .replace("smtp_user_id=\n", "smtp_user_id=zoe\n")
            .replace("ssl_smtp=2", "ssl_smtp=1")
            .replace("smtp_port=587", "smtp_port=465");
        QCOMPARE(blockOf(after, 1), expected);
        QVERIFY(plan.summary.join('\n').contains(QStringLiteral("Update the existing account")));

        writeFile(dir + QStringLiteral("/accountrc"), after);
        const ChangePlan again = ClawsAdapter().plan(installationAt(home.path()), settings);
        QVERIFY2(again.isNoOp(), qPrintable(again.toText()));
    }

    void imapAccountWithPop3ProviderKeepsIncoming()
    {
        QTemporaryDir home;
        makeHome(home.path());
        const ChangePlan plan =
            ClawsAdapter().plan(installationAt(home.path()),
                                settingsFor(QStringLiteral("pcug"), QStringLiteral("kid@family.example")));
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        const ClawsAccountRc rc = afterOf(plan);
        const ClawsAccount* kid = accountWithId(rc, 3);
        QCOMPARE(rc.get(*kid, QStringLiteral("receive_server")), QStringLiteral("imap.family.example"));
        QCOMPARE(rc.get(*kid, QStringLiteral("smtp_server")), QStringLiteral("smtps.tip.net.au"));
        QVERIFY(plan.notes.join('\n').contains(QStringLiteral("does not receive mail by POP3")));
    }

    void outgoingOnlyProfile()
    {
        QTemporaryDir home;
        makeHome(home.path());
        const ChangePlan refused = ClawsAdapter().plan(
            installationAt(home.path()), settingsFor(QStringLiteral("fnal"), QStringLiteral("x@fnal.gov")));
        QVERIFY(!refused.canApply());
        QVERIFY2(refused.refusal.contains(QStringLiteral("outgoing mail only")), qPrintable(refused.refusal));
        const ChangePlan plan = ClawsAdapter().plan(
            installationAt(home.path()),
            settingsFor(QStringLiteral("fnal"), QStringLiteral("zoe.mueller@example.org")));
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        const ClawsAccountRc rc = afterOf(plan);
        const ClawsAccount* zoe = accountWithId(rc, 1);
        QCOMPARE(rc.get(*zoe, QStringLiteral("smtp_server")), QStringLiteral("smtp.fnal.gov"));
        QCOMPARE(rc.get(*zoe, QStringLiteral("receive_server")), QStringLiteral("pop.example.org"));
    }

    void firstAccountInNewFile()
    {
        QTemporaryDir home;
        const QString dir = makeHome(home.path(), QByteArray());
        const ChangePlan plan =
            ClawsAdapter().plan(installationAt(home.path()),
                                settingsFor(QStringLiteral("pcug"), QStringLiteral("alice@pcug.org.au")));
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        QVERIFY(!plan.files.first().existed);
        QVERIFY(plan.files.first().after.startsWith(
            "[Account: 1]\naccount_name=alice@pcug.org.au\nis_default=1\n"));
        QCOMPARE(afterOf(plan).get(afterOf(plan).accounts.first(), QStringLiteral("config_version")),
                 QStringLiteral("4")); // from clawsrc
    }

    void crlfAndMissingFinalNewline()
    {
        QTemporaryDir home;
        const QByteArray accountrc =
            "[Account: 7]\r\naddress=kid@family.example\r\nprotocol=0\r\nconfig_version=4";
        makeHome(home.path(), accountrc);
        const ChangePlan plan =
            ClawsAdapter().plan(installationAt(home.path()),
                                settingsFor(QStringLiteral("pcug"), QStringLiteral("alice@pcug.org.au")));
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        const QByteArray after = plan.files.first().after;
        QVERIFY(after.startsWith(accountrc + "\r\n\r\n[Account: 8]\r\naccount_name=alice@pcug.org.au\r\n"));
        QVERIFY(!QByteArray(after).replace("\r\n", "").contains('\n'));
    }

    void valuesStayOnOneLine()
    {
        QTemporaryDir home;
        makeHome(home.path());
        AccountSettings settings = settingsFor(QStringLiteral("pcug"), QStringLiteral("alice@pcug.org.au"));
        settings.realName = QStringLiteral("Alice\nNg");
        const ChangePlan plan = ClawsAdapter().plan(installationAt(home.path()), settings);
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        QVERIFY(plan.files.first().after.contains("\nname=Alice Ng\n"));
    }

    void refusals()
    {
        QTemporaryDir home;
        const QString dir = makeHome(home.path());
        const AccountSettings settings =
            settingsFor(QStringLiteral("pcug"), QStringLiteral("alice@pcug.org.au"));

        // A line that is neither a block nor key=value: file and line.
        const QString path = dir + QStringLiteral("/accountrc");
        const QByteArray broken = readFile(path) + "this is not a setting\n";
        writeFile(path, broken);
        ChangePlan plan = ClawsAdapter().plan(installationAt(home.path()), settings);
        QVERIFY(!plan.canApply());
        QVERIFY2(plan.refusal.contains(QStringLiteral("%1:%2:").arg(path).arg(broken.count('\n'))),
                 qPrintable(plan.refusal));
        QVERIFY(!installationAt(home.path()).problems.isEmpty());
        writeFile(path, readFile(data + QStringLiteral("/claws-4.1.1-accountrc")));

        // Claws has not finished its first start: its wizard would run anyway.
        QFile::rename(dir + QStringLiteral("/folderlist.xml"), dir + QStringLiteral("/folderlist.xml.away"));
        plan = ClawsAdapter().plan(installationAt(home.path()), settings);
        QVERIFY(!plan.canApply());
        QVERIFY2(plan.refusal.contains(QStringLiteral("Start Claws Mail once")), qPrintable(plan.refusal));
        QFile::rename(dir + QStringLiteral("/folderlist.xml.away"), dir + QStringLiteral("/folderlist.xml"));

        // What Claws cannot do is said, not weakened.
        AccountSettings ntlm = settings;
        ntlm.outgoing.auth = AuthMethod::Ntlm;
        plan = ClawsAdapter().plan(installationAt(home.path()), ntlm);
        QVERIFY(!plan.canApply());
        QVERIFY2(plan.refusal.contains(QStringLiteral("cannot log in")), qPrintable(plan.refusal));

        {
            FakeProcess claws(QStringLiteral("claws-mail"));
            plan = ClawsAdapter().plan(installationAt(home.path()), settings);
            QVERIFY(!plan.canApply());
            QVERIFY2(plan.refusal.contains(QStringLiteral("Quit Claws Mail")), qPrintable(plan.refusal));
            QVERIFY(plan.files.isEmpty());
        }
        QVERIFY(ClawsAdapter().plan(installationAt(home.path()), settings).canApply());
    }

    // The real Claws Mail starts on what we wrote (a new account and an updated one),
    // shows it, and on --exit saves accountrc from memory: our accounts come back with
    // every value we set, now among the ~140 keys Claws writes per block, and the
    // account we did not touch means what it meant before.
    void clawsReadsAndKeepsWhatWeWrote()
    {
        const QString claws = QStandardPaths::findExecutable(QStringLiteral("claws-mail"));
        if (claws.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("Xvfb")).isEmpty())
            QSKIP("needs claws-mail and xvfb (scripts/install-deps.sh)");
        QTemporaryDir home;
        const QString dir = makeHome(home.path());
        BackupStore store(home.filePath(QStringLiteral("backups")));
        const AccountSettings alice =
            settingsFor(QStringLiteral("pcug"), QStringLiteral("alice@pcug.org.au"));
        ChangePlan plan = ClawsAdapter().plan(installationAt(home.path()), alice);
        QVERIFY2(applyPlans({plan}, store, notRunning, QStringLiteral("test")).ok, "apply alice");
        const AccountSettings zoe = settingsFor(
            QStringLiteral("pcug"), QStringLiteral("zoe.mueller@example.org"), QStringLiteral("zoe"));
        plan = ClawsAdapter().plan(installationAt(home.path()), zoe);
        QVERIFY2(applyPlans({plan}, store, notRunning, QStringLiteral("test")).ok, "apply zoe");
        const QByteArray written = readFile(dir + QStringLiteral("/accountrc"));
        const QList<ExistingAccount> expected = installationAt(home.path()).accounts;
        QCOMPARE(expected.size(), 3);

        VirtualDisplay display;
        const QString displayName = display.start();
        QVERIFY2(!displayName.isEmpty(), "Xvfb did not start");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("DISPLAY"), displayName);
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        const QStringList configDir = {QStringLiteral("--alternate-config-dir"), dir};
        const auto remote = [&](const QString& command) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(claws, configDir + QStringList{command});
            if (!p.waitForFinished(30000)) {
                p.kill();
                p.waitForFinished(5000);
            }
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        QProcess main;
        main.setProcessEnvironment(env);
        main.setProcessChannelMode(QProcess::MergedChannels);
        main.start(claws, configDir);
        QVERIFY(main.waitForStarted(10000));
        // Ready once its control socket exists ($HOME/.cache/claws-mail/<hash>); --status
        // is answered from the main loop, so it returns once Claws is up.
        QElapsedTimer timer;
        timer.start();
        const QDir sockets(home.filePath(QStringLiteral(".cache/claws-mail")));
        while (timer.elapsed() < 30000 && main.state() == QProcess::Running &&
               sockets.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot).isEmpty())
            main.waitForFinished(100);
        const QString status = remote(QStringLiteral("--status"));
        remote(QStringLiteral("--exit"));
        const bool exited = main.waitForFinished(30000);
        if (!exited) {
            main.kill();
            main.waitForFinished(5000);
        }
        QVERIFY2(!status.contains(QStringLiteral("not running")), qPrintable(status));
        QVERIFY2(exited && main.exitCode() == 0, main.readAll().constData());

        const QByteArray saved = readFile(dir + QStringLiteral("/accountrc"));
        QVERIFY2(saved != written, "Claws Mail did not save accountrc");
        const ClawsAccountRc rc = ClawsAccountRc::parse(saved);
        const ClawsAccount* added = accountWithId(rc, 4);
        QVERIFY(added);
        QVERIFY(rc.ini.value(added->section, QStringLiteral("use_tls_sni"))); // a key only Claws writes
        QCOMPARE(rc.get(*added, QStringLiteral("config_version")), QStringLiteral("4")); // not migrated
        QCOMPARE(rc.get(*added, QStringLiteral("remove_mail")), QStringLiteral("0"));
        const QList<ExistingAccount> actual =
            rc.existingAccounts(clawsrcConfigVersion(readFile(dir + "/clawsrc")));
        QCOMPARE(actual.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(actual[i].email, expected[i].email);
            QCOMPARE(actual[i].name, expected[i].name);
            QCOMPARE(actual[i].isDefault, expected[i].isDefault);
            QVERIFY2(actual[i].incoming == expected[i].incoming, qPrintable(actual[i].describe()));
            QVERIFY2(actual[i].outgoing == expected[i].outgoing, qPrintable(actual[i].describe()));
        }
        QVERIFY(actual[0].incoming == zoe.incoming);
        QVERIFY(actual[2].incoming == alice.incoming);
        QVERIFY(actual[2].outgoing == alice.outgoing);
    }
};

QTEST_GUILESS_MAIN(TestClaws)
#include "test_claws.moc"
