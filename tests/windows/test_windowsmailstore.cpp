// SPDX-License-Identifier: GPL-3.0-or-later
// Windows Live Mail / Windows Mail find their store folder as the programs do: the
// registry's "Store Root" (REG_EXPAND_SZ, variables expanded) read through the Registry
// interface from a fixture home's registry/HKEY_CURRENT_USER.reg (tests/data/windows/
// wlm-hkcu.reg, real reg.exe output); the default folder only when the value is absent
// or names no folder (said as a problem); "Default Mail Account" marks the default
// account; plans write into the folder the registry names.
#include "../support/testfiles.h"
#include "oeaccountadapter.h"
#include "oeaccountfile.h"
#include "profileloader.h"
#include "transaction.h"
#include "windows/windowsmailstore.h"
#include "windows/windowsregistryhome.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace mailsetup;
using testfiles::readFile;
using testfiles::writeFile;

namespace {

const QString data = QStringLiteral(MAILSETUP_TEST_DATA "/windows");
const QString first = QStringLiteral("7E2B5C11-0000-4000-8000-000000000001");
const QString second = QStringLiteral("7E2B5C11-0000-4000-8000-000000000002");

AccountSettings pcug(const QString& email)
{
    const ProfileLoadResult profile = ProfileLoader::loadBundled(QStringLiteral("pcug"));
    AccountRequest request;
    request.email = email;
    request.realName = QStringLiteral("Zoe Mueller");
    return *resolveAccount(*profile.profile, request).settings;
}

// Puts account{id}.oeaccount into root/{id}/, as Windows Mail files its accounts.
QString addAccount(const QString& root, const QString& id, const QByteArray& bytes)
{
    const QString path = QStringLiteral("%1/{%2}/account{%2}.oeaccount").arg(root, id);
    writeFile(path, bytes);
    return path;
}

struct Home
{
    QTemporaryDir dir;
    HostEnvironment env;
    QString movedLive;    // where the registry's Store Root points for Windows Live Mail
    QString defaultLive;  // the default folder, which must then be ignored
    QString defaultVista; // Windows Mail's default folder (its Store Root names D:\Old Mail)

    explicit Home(bool withRegistry = true)
    {
        env = HostEnvironment::forHome(dir.path(), HostEnvironment::Os::Windows);
        if (withRegistry)
            writeFile(userRegistryFile(env), readFile(data + QStringLiteral("/wlm-hkcu.reg")));
        movedLive = dir.path() + QStringLiteral("/Documents/Mail Store");
        defaultLive = dir.path() + QStringLiteral("/AppData/Local/Microsoft/Windows Live Mail");
        defaultVista = dir.path() + QStringLiteral("/AppData/Local/Microsoft/Windows Mail");
        const QByteArray pop3 = readFile(data + QStringLiteral("/files/wlm-pop3.oeaccount"));
        addAccount(movedLive, first, pop3);
        addAccount(
            movedLive, second,
            OeAccountFile::create(OeAccountFile::propertiesFor(pcug(QStringLiteral("bob@pcug.org.au")))));
        addAccount(defaultLive, first, pop3);
        addAccount(defaultVista, first, pop3);
    }
};

} // namespace

class TestWindowsMailStore : public QObject
{
    Q_OBJECT

private slots:
    void storeRootComesFromTheRegistry()
    {
        Home home;
        const QList<WindowsMailStore> stores = findWindowsMailStores(home.env);
        QCOMPARE(stores.size(), 2);
        QCOMPARE(stores[0].program, QStringLiteral("Windows Live Mail"));
        QCOMPARE(stores[0].registryKey,
                 QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows Live Mail"));
        QVERIFY(stores[0].fromRegistry);
        QCOMPARE(stores[0].root, home.movedLive); // %USERPROFILE%\Documents\Mail Store
        QCOMPARE(stores[0].defaultMailAccount, QStringLiteral("account{%1}.oeaccount").arg(second));
        QVERIFY(stores[0].problem.isEmpty());
        // Windows Mail's Store Root names a drive this copy does not have: the default
        // folder, and the reason.
        QCOMPARE(stores[1].program, QStringLiteral("Windows Mail"));
        QVERIFY(!stores[1].fromRegistry);
        QCOMPARE(stores[1].root, home.defaultVista);
        QVERIFY2(stores[1].problem.contains(QStringLiteral("Store Root")) &&
                     stores[1].problem.contains(QStringLiteral("D:\\Old Mail")),
                 qPrintable(stores[1].problem));
    }

    void detectionReadsTheRegistryStoreAndItsDefaultAccount()
    {
        Home home;
        const QList<ClientInstallation> found = OeAccountAdapter().detect(home.env);
        QCOMPARE(found.size(), 2);
        const ClientInstallation& live = found[0];
        QCOMPARE(live.clientName, QStringLiteral("Windows Live Mail"));
        QCOMPARE(live.location, home.movedLive); // not the default folder
        QVERIFY(live.isDefault);
        QCOMPARE(live.accounts.size(), 2);
        QCOMPARE(live.accounts[0].key, QStringLiteral("{%1}/account{%1}.oeaccount").arg(first));
        QVERIFY(!live.accounts[0].isDefault);
        QCOMPARE(live.accounts[1].email, QStringLiteral("bob@pcug.org.au"));
        QVERIFY(live.accounts[1].isDefault); // Default Mail Account names its file
        QVERIFY(live.problems.isEmpty());

        const ClientInstallation& vista = found[1];
        QCOMPARE(vista.clientName, QStringLiteral("Windows Mail"));
        QCOMPARE(vista.location, home.defaultVista);
        QVERIFY(vista.accounts[0].isDefault); // its own Default Mail Account
        QCOMPARE(vista.problems.size(), 1);
        QVERIFY(vista.problems[0].contains(QStringLiteral("D:\\Old Mail")));
    }

    void withoutRegistryTheDefaultFoldersAreRead()
    {
        Home home(false);
        const QList<ClientInstallation> found = OeAccountAdapter().detect(home.env);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].location, home.defaultLive);
        QCOMPARE(found[1].location, home.defaultVista);
        for (const ClientInstallation& inst : found) {
            QVERIFY(inst.problems.isEmpty());
            for (const ExistingAccount& account : inst.accounts)
                QVERIFY(!account.isDefault); // nothing names a default
        }
    }

    void planWritesIntoTheRegistryStore()
    {
        Home home;
        OeAccountAdapter adapter;
        const ClientInstallation live = adapter.detect(home.env).first();
        const ChangePlan plan = adapter.plan(live, pcug(QStringLiteral("carol@pcug.org.au")));
        QVERIFY2(plan.canApply(), qPrintable(plan.refusal));
        QCOMPARE(plan.files.size(), 1);
        QCOMPARE(plan.files[0].path, home.movedLive + QLatin1Char('/') +
                                         OeAccountAdapter::newFileName(QStringLiteral("carol@pcug.org.au")));
        QTemporaryDir backups;
        BackupStore store(backups.path());
        const RunningCheck notRunning = [](const QString&, const QString&) { return QString(); };
        const ApplyResult applied = applyPlans({plan}, store, notRunning, QStringLiteral("test"));
        QVERIFY2(applied.ok, qPrintable(applied.error));
        QCOMPARE(adapter.detect(home.env).first().accounts.size(), 3);
        QVERIFY(!QFileInfo::exists(home.defaultLive + QLatin1Char('/') +
                                   OeAccountAdapter::newFileName(QStringLiteral("carol@pcug.org.au"))));
    }

    // A store the registry moved has no program name in its path: both programs are
    // asked. A real process named WinMail.exe (a copy of sleep) is what findRunning sees.
    void runningProgramIsFoundForAMovedStore()
    {
        Home home;
        QTemporaryDir bin;
        const QString exe = bin.filePath(QStringLiteral("WinMail.exe"));
        QVERIFY(QFile::copy(QStandardPaths::findExecutable(QStringLiteral("sleep")), exe));
        QProcess process;
        process.start(exe, {QStringLiteral("30")});
        QVERIFY(process.waitForStarted());
        OeAccountAdapter adapter;
        const QString moved = adapter.runningReason(home.movedLive);
        const QString defaultLive = adapter.runningReason(home.defaultLive);
        const ChangePlan plan =
            adapter.plan(adapter.detect(home.env).first(), pcug(QStringLiteral("carol@pcug.org.au")));
        process.kill();
        process.waitForFinished();
        QVERIFY2(moved.startsWith(QStringLiteral("Windows Mail is running")), qPrintable(moved));
        QVERIFY2(defaultLive.isEmpty(), qPrintable(defaultLive)); // Live Mail's own folder: only wlmail.exe
        QVERIFY2(plan.refusal.contains(QStringLiteral("Windows Mail is running")), qPrintable(plan.refusal));
        QVERIFY(adapter.runningReason(home.movedLive).isEmpty());
    }

    void variablesExpandAsWindowsDoes()
    {
        HostEnvironment env =
            HostEnvironment::forHome(QStringLiteral("/homes/zoe"), HostEnvironment::Os::Windows);
        QCOMPARE(expandWindowsVariables(QStringLiteral("%UserProfile%\\Mail"), env),
                 QStringLiteral("/homes/zoe/Mail"));
        QCOMPARE(expandWindowsVariables(QStringLiteral("%LOCALAPPDATA%\\Microsoft\\Windows Mail"), env),
                 QStringLiteral("/homes/zoe/AppData/Local/Microsoft/Windows Mail"));
        QCOMPARE(expandWindowsVariables(QStringLiteral("%NO_SUCH%\\x"), env), QStringLiteral("%NO_SUCH%/x"));
        QCOMPARE(expandWindowsVariables(QStringLiteral("100%"), env), QStringLiteral("100%"));
        env.variables.insert(QStringLiteral("USERPROFILE"), QStringLiteral("C:\\Users\\Zoe"));
        QCOMPARE(expandWindowsVariables(QStringLiteral("%userprofile%\\Mail"), env),
                 QStringLiteral("C:/Users/Zoe/Mail"));
        // Not Windows: no stores at all.
        env.os = HostEnvironment::Os::Linux;
        QVERIFY(findWindowsMailStores(env).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWindowsMailStore)
#include "test_windowsmailstore.moc"
