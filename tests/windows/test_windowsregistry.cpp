// SPDX-License-Identifier: GPL-3.0-or-later
// Outlook Express and Outlook on fixture homes (--os windows): detection from real
// reg.exe exports, planned registry changes, apply through the .reg store, undo back to
// the same bytes, refusals (running program, new Outlook account, STARTTLS, broken file).
#include "../support/testfiles.h"
#include "profileloader.h"
#include "transaction.h"
#include "windows/outlookadapter.h"
#include "windows/outlookexpressadapter.h"
#include "windows/regfile.h"
#include "windows/windowsregistryhome.h"

#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace mailsetup;

namespace {

const QString data = QStringLiteral(MAILSETUP_TEST_DATA "/windows");
const RunningCheck notRunning = [](const QString&, const QString&) { return QString(); };

QByteArray fixture(const QString& name)
{
    const QByteArray bytes = testfiles::readFile(data + QLatin1Char('/') + name);
    if (bytes.isEmpty())
        qFatal("missing fixture %s", qPrintable(name));
    return bytes;
}

AccountSettings pcug(std::optional<int> outgoingPort = {})
{
    AccountRequest request;
    request.email = QStringLiteral("alice@pcug.org.au");
    request.realName = QStringLiteral("Alice Ng");
    request.username = QStringLiteral("alice");
    request.outgoingPort = outgoingPort;
    const ProfileLoadResult loaded = ProfileLoader::loadBundled(QStringLiteral("pcug"));
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.errorText()));
    const ResolveResult r = resolveAccount(*loaded.profile, request);
    if (!r.settings)
        qFatal("%s", qPrintable(r.error));
    return *r.settings;
}

struct Home
{
    QTemporaryDir dir;
    HostEnvironment env;
    QString userFile;

    explicit Home(const QString& userFixture)
    {
        env = HostEnvironment::forHome(dir.path(), HostEnvironment::Os::Windows);
        userFile = userRegistryFile(env);
        testfiles::writeFile(userFile, fixture(userFixture));
        testfiles::writeFile(machineRegistryFile(env), fixture(QStringLiteral("hklm.reg")));
    }
};

std::optional<RegistryValue> valueIn(const QString& file, const QString& key, const QString& name)
{
    const RegFile::ParseResult parsed = RegFile::parse(testfiles::readFile(file));
    if (!parsed.file)
        qFatal("%s line %d: %s", qPrintable(file), parsed.line, qPrintable(parsed.error));
    return parsed.file->value(key, name);
}

const QString mainAccounts =
    QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Internet Account Manager\\Accounts");

} // namespace

class TestWindowsRegistry : public QObject
{
    Q_OBJECT

private slots:
    void outlookExpressDetectsIdentitiesAndAccounts()
    {
        Home home(QStringLiteral("oe6-hkcu.reg"));
        const QList<ClientInstallation> found = OutlookExpressAdapter().detect(home.env);
        QCOMPARE(found.size(), 2);
        QVERIFY2(found[0].label.contains(QStringLiteral("Main Identity")), qPrintable(found[0].label));
        QVERIFY(found[1].label.contains(QStringLiteral("Bob")));
        QVERIFY(found[0].isDefault);           // HKLM\Software\Clients\Mail = Outlook Express
        QCOMPARE(found[0].accounts.size(), 2); // the news account is not a mail account
        const ExistingAccount& alice = found[0].accounts[0];
        QCOMPARE(alice.key, QStringLiteral("00000002"));
        QCOMPARE(alice.email, QStringLiteral("alice@pcug.org.au"));
        QVERIFY(alice.isDefault);
        QCOMPARE(alice.incoming->hostname, QStringLiteral("mailhost.pcug.org.au"));
        QCOMPARE(alice.incoming->port, 110);
        QCOMPARE(alice.outgoing->port, 25);
        QCOMPARE(alice.outgoing->auth, AuthMethod::None);
        const ExistingAccount& work = found[0].accounts[1];
        QCOMPARE(work.incoming->type, QStringLiteral("imap"));
        QCOMPARE(work.incoming->security, Security::Ssl);
        QCOMPARE(work.outgoing->port, 587);
        QCOMPARE(work.outgoing->username, QStringLiteral("alice.ng")); // Use Sicily 2: the incoming login
        QCOMPARE(found[1].accounts.first().email, QStringLiteral("bob@example.com"));
    }

    void outlookExpressPlanApplyUndo()
    {
        Home home(QStringLiteral("oe6-hkcu.reg"));
        const QByteArray original = testfiles::readFile(home.userFile);
        OutlookExpressAdapter adapter;
        const ClientInstallation installation = adapter.detect(home.env).first();
        const ChangePlan plan = adapter.plan(installation, pcug());
        QVERIFY2(plan.canApply(), qPrintable(plan.refusal));
        QCOMPARE(plan.registryStore, home.userFile);
        QVERIFY(plan.files.isEmpty());
        const QString key = mainAccounts + QStringLiteral("\\00000002");
        QStringList names;
        for (const RegistryChange& change : plan.registry) {
            QCOMPARE(change.key, key);
            names << change.name;
        }
        // The seeds' setup: 465, "requires a secure connection", log on with the PCUG user name;
        // incoming POP3 on 995 with SSL.
        QCOMPARE(names,
                 QStringList({"POP3 Port", "POP3 Secure Connection", "POP3 Use Sicily", "SMTP Server",
                              "SMTP Port", "SMTP Secure Connection", "SMTP Use Sicily", "SMTP User Name"}));
        const QString text = plan.toText();
        QVERIFY2(text.contains(QStringLiteral("\"SMTP Port\": (not set) \u2192 REG_DWORD 465 (0x000001d1)")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral(
            "\"SMTP Server\": REG_SZ \"mailhost.pcug.org.au\" \u2192 REG_SZ \"smtps.tip.net.au\"")));

        QTemporaryDir backups;
        BackupStore store(backups.path());
        const ApplyResult applied = applyPlans({plan}, store, notRunning, QStringLiteral("test"));
        QVERIFY2(applied.ok, qPrintable(applied.error));
        QCOMPARE(valueIn(home.userFile, key, QStringLiteral("SMTP Port"))->toDword(),
                 std::optional<quint32>(465));
        QCOMPARE(valueIn(home.userFile, key, QStringLiteral("SMTP Use Sicily"))->toDword(),
                 std::optional<quint32>(3));
        QCOMPARE(valueIn(home.userFile, key, QStringLiteral("SMTP User Name"))->toText(),
                 QStringLiteral("alice"));
        QCOMPARE(valueIn(home.userFile, key, QStringLiteral("SMTP Secure Connection"))->toDword(),
                 std::optional<quint32>(1));
        QCOMPARE(
            valueIn(home.userFile, mainAccounts + QStringLiteral("\\00000003"), QStringLiteral("SMTP Server"))
                ->toText(),
            QStringLiteral("smtp.example.org")); // the other account is untouched

        // The manifest keeps each value's before, "did not exist" included.
        const auto record = store.find(applied.transactionId);
        QVERIFY(record);
        QCOMPARE(record->registry.size(), plan.registry.size());
        QVERIFY(!record->registry[0].before); // POP3 Port did not exist
        QCOMPARE(record->registry[3].before->toText(), QStringLiteral("mailhost.pcug.org.au"));

        // Planning again: nothing left to do.
        QVERIFY(adapter.plan(adapter.detect(home.env).first(), pcug()).isNoOp());

        const UndoResult undone = undoTransaction(store, applied.transactionId, notRunning, false);
        QVERIFY2(undone.ok, qPrintable(undone.error));
        QCOMPARE(testfiles::readFile(home.userFile), original);
    }

    void outlookExpressNewAccountInAnotherIdentity()
    {
        Home home(QStringLiteral("oe6-hkcu.reg"));
        const QByteArray original = testfiles::readFile(home.userFile);
        OutlookExpressAdapter adapter;
        const ClientInstallation bob = adapter.detect(home.env).at(1);
        const ChangePlan plan = adapter.plan(bob, pcug());
        QVERIFY2(plan.canApply(), qPrintable(plan.refusal));
        QVERIFY(plan.summary.first().contains(QStringLiteral("00000002")));
        QTemporaryDir backups;
        BackupStore store(backups.path());
        const ApplyResult applied = applyPlans({plan}, store, notRunning, QStringLiteral("test"));
        QVERIFY2(applied.ok, qPrintable(applied.error));
        const QList<ClientInstallation> again = adapter.detect(home.env);
        QCOMPARE(again.at(1).accounts.size(), 2);
        QCOMPARE(again.at(1).accounts.at(1).email, QStringLiteral("alice@pcug.org.au"));
        QCOMPARE(again.at(1).accounts.at(1).outgoing->port, 465);
        QVERIFY(!again.at(1).accounts.at(1).isDefault); // Bob's default account stays
        const UndoResult undone = undoTransaction(store, applied.transactionId, notRunning, false);
        QVERIFY2(undone.ok, qPrintable(undone.error));
        QCOMPARE(testfiles::readFile(home.userFile), original); // the new key is gone again
    }

    void outlookExpressRefusesStartTls()
    {
        Home home(QStringLiteral("oe6-hkcu.reg"));
        OutlookExpressAdapter adapter;
        const ChangePlan plan = adapter.plan(adapter.detect(home.env).first(), pcug(587));
        QVERIFY(!plan.canApply());
        QVERIFY2(plan.refusal.contains(QStringLiteral("465")), qPrintable(plan.refusal));
    }

    void refusesWhileRunning()
    {
        // A real process named msimn.exe (a copy of sleep): what findRunning sees.
        Home home(QStringLiteral("oe6-hkcu.reg"));
        QTemporaryDir bin;
        const QString exe = bin.filePath(QStringLiteral("msimn.exe"));
        QVERIFY(QFile::copy(QStandardPaths::findExecutable(QStringLiteral("sleep")), exe));
        QProcess process;
        process.start(exe, {QStringLiteral("30")});
        QVERIFY(process.waitForStarted());
        OutlookExpressAdapter adapter;
        const ClientInstallation installation = adapter.detect(home.env).first();
        const ChangePlan plan = adapter.plan(installation, pcug());
        QVERIFY2(plan.refusal.contains(QStringLiteral("Outlook Express is running")),
                 qPrintable(plan.refusal));
        process.kill();
        process.waitForFinished();
        const ChangePlan ok = adapter.plan(installation, pcug());
        QVERIFY2(ok.canApply(), qPrintable(ok.refusal));
    }

    void applyRefusesWhenTheRegistryMoved()
    {
        Home home(QStringLiteral("oe6-hkcu.reg"));
        OutlookExpressAdapter adapter;
        const ChangePlan plan = adapter.plan(adapter.detect(home.env).first(), pcug());
        RegFile file = *RegFile::parse(testfiles::readFile(home.userFile)).file;
        file.setValue(mainAccounts + QStringLiteral("\\00000002"), QStringLiteral("SMTP Server"),
                      RegistryValue::string(QStringLiteral("changed.example")));
        testfiles::writeFile(home.userFile, file.toBytes());
        QTemporaryDir backups;
        BackupStore store(backups.path());
        const ApplyResult applied = applyPlans({plan}, store, notRunning, QStringLiteral("test"));
        QVERIFY(!applied.ok);
        QVERIFY2(applied.error.contains(QStringLiteral("changed after the plan")), qPrintable(applied.error));
        QVERIFY(store.transactions().isEmpty());
    }

    void undoStopsOnLaterChangesUnlessForced()
    {
        Home home(QStringLiteral("oe6-hkcu.reg"));
        const QByteArray original = testfiles::readFile(home.userFile);
        OutlookExpressAdapter adapter;
        const ChangePlan plan = adapter.plan(adapter.detect(home.env).first(), pcug());
        QTemporaryDir backups;
        BackupStore store(backups.path());
        const ApplyResult applied = applyPlans({plan}, store, notRunning, QStringLiteral("test"));
        QVERIFY(applied.ok);
        RegFile file = *RegFile::parse(testfiles::readFile(home.userFile)).file;
        const QString key = mainAccounts + QStringLiteral("\\00000002");
        file.setValue(key, QStringLiteral("SMTP Port"), RegistryValue::dword(2525));
        testfiles::writeFile(home.userFile, file.toBytes());
        const UndoResult refused = undoTransaction(store, applied.transactionId, notRunning, false);
        QVERIFY(!refused.ok);
        QCOMPARE(refused.conflicts.size(), 1);
        QVERIFY(refused.conflicts.first().contains(QStringLiteral("SMTP Port")));
        const UndoResult forced = undoTransaction(store, applied.transactionId, notRunning, true);
        QVERIFY2(forced.ok, qPrintable(forced.error));
        QCOMPARE(testfiles::readFile(home.userFile), original);
        // The value the undo overwrote is kept as a .reg file in the transaction folder.
        const QStringList kept = QDir(store.find(applied.transactionId)->directory + QStringLiteral("/files"))
                                     .entryList({QStringLiteral("before-undo-*-registry.reg")});
        QCOMPARE(kept.size(), 1);
    }

    void outlook2016UpdatesTheAccountInPlace()
    {
        Home home(QStringLiteral("outlook2016-hkcu.reg"));
        const QByteArray original = testfiles::readFile(home.userFile);
        OutlookAdapter adapter;
        const QList<ClientInstallation> found = adapter.detect(home.env);
        QCOMPARE(found.size(), 1);
        QVERIFY(found[0].label.contains(QStringLiteral("Outlook 2016")));
        QCOMPARE(found[0].accounts.size(), 2);
        const ChangePlan plan = adapter.plan(found[0], pcug());
        QVERIFY2(plan.canApply(), qPrintable(plan.refusal));
        const QString key = found[0].location.section(QLatin1Char('|'), 1) + QStringLiteral("\\00000002");
        QTemporaryDir backups;
        BackupStore store(backups.path());
        const ApplyResult applied = applyPlans({plan}, store, notRunning, QStringLiteral("test"));
        QVERIFY2(applied.ok, qPrintable(applied.error));
        QCOMPARE(*valueIn(home.userFile, key, QStringLiteral("SMTP Server")),
                 RegistryValue::string(QStringLiteral("smtps.tip.net.au"))); // REG_SZ as the account has
        QCOMPARE(valueIn(home.userFile, key, QStringLiteral("SMTP Secure Connection"))->toDword(),
                 std::optional<quint32>(1));
        QCOMPARE(valueIn(home.userFile, key, QStringLiteral("SMTP Use Auth"))->toDword(),
                 std::optional<quint32>(1));
        QCOMPARE(valueIn(home.userFile, key, QStringLiteral("SMTP Auth Method"))->toDword(),
                 std::optional<quint32>(1));
        QCOMPARE(valueIn(home.userFile, key, QStringLiteral("POP3 Port"))->toDword(),
                 std::optional<quint32>(995));
        QCOMPARE(valueIn(home.userFile, key, QStringLiteral("POP3 Use SSL"))->toDword(),
                 std::optional<quint32>(1));
        QVERIFY(undoTransaction(store, applied.transactionId, notRunning, false).ok);
        QCOMPARE(testfiles::readFile(home.userFile), original);
    }

    void outlook2003WritesUtf16Binary()
    {
        Home home(QStringLiteral("outlook2003-hkcu.reg"));
        OutlookAdapter adapter;
        const QList<ClientInstallation> found = adapter.detect(home.env);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].accounts.size(), 1); // the address book entry is not an account
        QCOMPARE(found[0].accounts[0].email, QStringLiteral("alice@pcug.org.au"));
        const ChangePlan plan = adapter.plan(found[0], pcug());
        QVERIFY2(plan.canApply(), qPrintable(plan.refusal));
        for (const RegistryChange& change : plan.registry)
            QVERIFY(change.name !=
                    QLatin1String("SMTP Secure Connection")); // 2002/2003 have only the SSL box
        QTemporaryDir backups;
        BackupStore store(backups.path());
        QVERIFY(applyPlans({plan}, store, notRunning, QStringLiteral("test")).ok);
        const QString key = found[0].location.section(QLatin1Char('|'), 1) + QStringLiteral("\\00000002");
        QCOMPARE(*valueIn(home.userFile, key, QStringLiteral("SMTP User")),
                 RegistryValue::utf16Binary(QStringLiteral("alice")));
        QCOMPARE(*valueIn(home.userFile, key, QStringLiteral("SMTP Server")),
                 RegistryValue::utf16Binary(QStringLiteral("smtps.tip.net.au")));
    }

    void outlookNewAccountPointsToThePrf()
    {
        Home home(QStringLiteral("outlook2016-hkcu.reg"));
        OutlookAdapter adapter;
        AccountSettings other = pcug();
        other.email = QStringLiteral("carol@pcug.org.au");
        const ChangePlan plan = adapter.plan(adapter.detect(home.env).first(), other);
        QVERIFY(!plan.canApply());
        QVERIFY2(plan.refusal.contains(QStringLiteral("/importprf")), qPrintable(plan.refusal));
    }

    void outlook2000InternetMailOnly()
    {
        Home home(QStringLiteral("outlook2000-omi-hkcu.reg"));
        const QByteArray original = testfiles::readFile(home.userFile);
        OutlookAdapter adapter;
        const QList<ClientInstallation> found = adapter.detect(home.env);
        QCOMPARE(found.size(), 1);
        QVERIFY(found[0].label.contains(QStringLiteral("Internet Mail Only")));
        const ChangePlan plan = adapter.plan(found[0], pcug());
        QVERIFY2(plan.canApply(), qPrintable(plan.refusal));
        QTemporaryDir backups;
        BackupStore store(backups.path());
        const ApplyResult applied = applyPlans({plan}, store, notRunning, QStringLiteral("test"));
        QVERIFY(applied.ok);
        QVERIFY(undoTransaction(store, applied.transactionId, notRunning, false).ok);
        QCOMPARE(testfiles::readFile(home.userFile), original);
    }

    void brokenRegistryFileIsReported()
    {
        QTemporaryDir dir;
        const HostEnvironment env = HostEnvironment::forHome(dir.path(), HostEnvironment::Os::Windows);
        QByteArray bytes = fixture(QStringLiteral("oe6-hkcu.reg"));
        const int brokenLine = QString::fromUtf16(reinterpret_cast<const char16_t*>(bytes.constData() + 2),
                                                  (bytes.size() - 2) / 2)
                                   .count(QLatin1Char('\n')) +
                               1;
        bytes += QByteArray("\"\0b\0r\0o\0k\0e\0n\0\r\0\n\0", 18);
        testfiles::writeFile(userRegistryFile(env), bytes);
        const WindowsRegistryView view = openWindowsRegistry(env);
        QVERIFY(!view.user);
        QVERIFY2(view.problem.contains(userRegistryFile(env)) &&
                     view.problem.contains(QStringLiteral("line %1").arg(brokenLine)),
                 qPrintable(view.problem));
    }

    void otherSystemsHaveNoRegistry()
    {
        Home home(QStringLiteral("oe6-hkcu.reg"));
        HostEnvironment elsewhere = home.env;
        elsewhere.os = HostEnvironment::Os::Linux;
        QVERIFY(OutlookExpressAdapter().detect(elsewhere).isEmpty());
        QVERIFY(OutlookAdapter().detect(elsewhere).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWindowsRegistry)
#include "test_windowsregistry.moc"
