// SPDX-License-Identifier: GPL-3.0-or-later
// Evolution: GLib key-file escapes, reading the .source files evolution-data-server
// wrote, planning new and updated accounts, refusals, apply/undo, and the real
// evolution-source-registry reading what we wrote while it runs.
#include "evolutionadapter.h"
#include "evolutionsources.h"
#include "profileloader.h"
#include "support/fakeprocess.h"
#include "support/testfiles.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace mailsetup;

namespace {

using testsupport::FakeProcess;

const QString data = QStringLiteral(MAILSETUP_TEST_DATA "/evolution");
const QString zoeAccount = QStringLiteral("ee2a15179ba0190b6728b829b830ef477a5b4403");
const QString zoeIdentity = QStringLiteral("def7417bbab39f334054277724c7a1447f1fe28e");
const QString zoeTransport = QStringLiteral("db2be7fe2ddac65a0b77988fc80207b0c99afcf2");
const QString kidAccount = QStringLiteral("2065215067da233eb6b0241525373a96e38cc5e6");
const QString kidIdentity = QStringLiteral("6d85e96b48c46de9ab81e0e9b80861ee4eb7d694");

using testfiles::readFile;

using testfiles::writeFile;

// A home whose sources folder holds what evolution-source-registry 3.46 wrote
// (tests/data/evolution/sources).
QString makeHome(const QString& home)
{
    const QString dir = home + QStringLiteral("/.config/evolution/sources");
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    for (const QString& name : QDir(data + QStringLiteral("/sources")).entryList(QDir::Files))
        writeFile(dir + QLatin1Char('/') + name, readFile(data + QStringLiteral("/sources/") + name));
    return dir;
}

QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> files;
    for (const QString& name : QDir(dir).entryList(QDir::Files))
        files.insert(name, readFile(dir + QLatin1Char('/') + name));
    return files;
}

AccountSettings settingsFor(const QString& profileId,
                            const QString& email,
                            const QString& username = {},
                            std::optional<int> port = {})
{
    const ProfileLoadResult profile = ProfileLoader::loadBundled(profileId);
    AccountRequest request;
    request.email = email;
    request.realName = QStringLiteral("Alice Ng");
    request.username = username;
    request.outgoingPort = port;
    return *resolveAccount(*profile.profile, request).settings;
}

ClientInstallation installationAt(const QString& home, const QString& dir)
{
    for (const ClientInstallation& inst :
         EvolutionAdapter().detect(HostEnvironment::forHome(home, HostEnvironment::Os::Linux))) {
        if (inst.location == dir)
            return inst;
    }
    qFatal("no Evolution installation at %s", qPrintable(dir));
    return {};
}

const FileChange* changeOf(const ChangePlan& plan, const QString& uid)
{
    for (const FileChange& change : plan.files) {
        if (change.path.endsWith(QLatin1Char('/') + uid + QStringLiteral(".source")))
            return &change;
    }
    return nullptr;
}

EvolutionSource sourceFrom(const FileChange& change)
{
    EvolutionSource s;
    s.path = change.path;
    s.uid = QFileInfo(change.path).completeBaseName();
    s.bytes = change.after;
    s.ini = IniFile::parse(change.after);
    return s;
}

// The new files of a plan, by what they hold.
struct NewAccount
{
    EvolutionSource account, identity, transport;
};

NewAccount newAccountOf(const ChangePlan& plan)
{
    NewAccount n;
    for (const FileChange& change : plan.files) {
        if (change.existed)
            continue;
        const EvolutionSource s = sourceFrom(change);
        if (s.has(QStringLiteral("Mail Account")))
            n.account = s;
        else if (s.has(QStringLiteral("Mail Identity")))
            n.identity = s;
        else if (s.has(QStringLiteral("Mail Transport")))
            n.transport = s;
    }
    return n;
}

const ExistingAccount* accountWith(const QList<ExistingAccount>& accounts, const QString& email)
{
    for (const ExistingAccount& a : accounts) {
        if (a.email.compare(email, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

QString notRunning(const QString&, const QString&)
{
    return {};
}

} // namespace

class TestEvolution : public QObject
{
    Q_OBJECT

private slots:
    void keyFileEscapes_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << QStringLiteral("Zoë Müller") << QStringLiteral("Zoë Müller");
        QTest::newRow("leading spaces") << QStringLiteral("  two") << QStringLiteral("\\s\\stwo");
        QTest::newRow("inner space kept") << QStringLiteral("a b") << QStringLiteral("a b");
        QTest::newRow("leading tab") << QStringLiteral("\tx\ty") << QStringLiteral("\\tx\ty");
        QTest::newRow("backslash") << QStringLiteral("Müller\\Co") << QStringLiteral("Müller\\\\Co");
        QTest::newRow("line breaks") << QStringLiteral("a\nb\rc") << QStringLiteral("a\\nb\\rc");
        QTest::newRow("semicolon is no list here")
            << QStringLiteral("Family; kids") << QStringLiteral("Family; kids");
    }

    void keyFileEscapes()
    {
        QFETCH(QString, value);
        QFETCH(QString, escaped);
        QCOMPARE(keyFileEscape(value), escaped);
        QCOMPARE(keyFileUnescape(escaped), value);
    }

    void readsWhatTheRegistryWrote()
    {
        // The registry wrote "Müller\\Co" for the organisation (GKeyFile escaping).
        const QByteArray identity = readFile(data + QStringLiteral("/sources/") + zoeIdentity + ".source");
        QVERIFY(identity.contains("Organization=Müller\\\\Co\n"));
        for (const QString& name : QDir(data + QStringLiteral("/sources")).entryList(QDir::Files)) {
            const QByteArray bytes = readFile(data + QStringLiteral("/sources/") + name);
            const IniFile ini = IniFile::parse(bytes);
            QVERIFY2(ini.errors().isEmpty(), qPrintable(name));
            QCOMPARE(ini.toBytes(), bytes); // format-preserving round trip
        }
        QTemporaryDir home;
        const QString dir = makeHome(home.path());
        const EvolutionSources sources = EvolutionSources::read(dir);
        QCOMPARE(
            sources.find(zoeIdentity)->get(QStringLiteral("Mail Identity"), QStringLiteral("Organization")),
            QStringLiteral("Müller\\Co"));
    }

    void detectsAccounts()
    {
        QTemporaryDir home;
        const QString dir = makeHome(home.path());
        const auto found =
            EvolutionAdapter().detect(HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux));
        QCOMPARE(found.size(), 1);
        const ClientInstallation& inst = found.first();
        QCOMPARE(inst.location, dir);
        QCOMPARE(inst.label, QStringLiteral("~/.config/evolution/sources"));
        QVERIFY(inst.problems.isEmpty());
        QCOMPARE(inst.accounts.size(), 2);

        const ExistingAccount* zoe = accountWith(inst.accounts, QStringLiteral("zoe.mueller@example.org"));
        QVERIFY(zoe);
        QCOMPARE(zoe->key, zoeAccount);
        QCOMPARE(zoe->name, QStringLiteral("Zoë Müller (O'Brien & Co.)"));
        QCOMPARE(zoe->incoming->type, QStringLiteral("pop3"));
        QCOMPARE(zoe->incoming->hostname, QStringLiteral("pop.example.org"));
        QCOMPARE(zoe->incoming->port, 995);
        QCOMPARE(zoe->incoming->security, Security::Ssl);
        QCOMPARE(zoe->incoming->auth, AuthMethod::PasswordCleartext); // Method=none: USER/PASS
        QCOMPARE(zoe->incoming->username, QStringLiteral("zoe.mueller"));
        QCOMPARE(zoe->outgoing->hostname, QStringLiteral("smtp.example.org"));
        QCOMPARE(zoe->outgoing->port, 587);
        QCOMPARE(zoe->outgoing->security, Security::StartTls);
        QCOMPARE(zoe->outgoing->auth, AuthMethod::PasswordCleartext); // PLAIN

        const ExistingAccount* kid = accountWith(inst.accounts, QStringLiteral("kid@family.example"));
        QVERIFY(kid);
        QCOMPARE(kid->incoming->type, QStringLiteral("imap"));
        QCOMPARE(kid->incoming->port, 143);
        QCOMPARE(kid->incoming->security, Security::StartTls);
        QVERIFY(!kid->outgoing); // the built-in Sendmail transport
    }

    void detectsFlatpakAndXdgConfigHome()
    {
        QTemporaryDir home;
        const QString flatpak =
            home.filePath(QStringLiteral(".var/app/org.gnome.Evolution/config/evolution/sources"));
        const QString xdg = home.filePath(QStringLiteral("elsewhere/evolution/sources"));
        QDir().mkpath(flatpak);
        QDir().mkpath(xdg);
        HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        env.variables.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("elsewhere")));
        const auto found = EvolutionAdapter().detect(env);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].location, xdg);
        QVERIFY(found[0].isDefault);
        QCOMPARE(found[1].location, flatpak);
        QVERIFY(found[1].label.startsWith(QStringLiteral("Flatpak")));
        // Evolution keeps no settings on the other systems' layouts.
        QVERIFY(EvolutionAdapter()
                    .detect(HostEnvironment::forHome(home.path(), HostEnvironment::Os::Windows))
                    .isEmpty());
    }

    void addsAccountAsThreeNewSources()
    {
        QTemporaryDir home;
        const QString dir = makeHome(home.path());
        const auto before = snapshot(dir);
        const AccountSettings settings =
            settingsFor(QStringLiteral("pcug"), QStringLiteral("alice@pcug.org.au"));
        const ChangePlan plan = EvolutionAdapter().plan(installationAt(home.path(), dir), settings);
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        QCOMPARE(plan.files.size(), 3);
        for (const FileChange& change : plan.files) {
            QVERIFY(!change.existed); // nothing that exists is touched
            QVERIFY(
                QRegularExpression(QStringLiteral("/[0-9a-f]{40}\\.source$")).match(change.path).hasMatch());
        }
        const NewAccount n = newAccountOf(plan);
        const QString mailAccount = QStringLiteral("Mail Account");
        QCOMPARE(n.account.get(mailAccount, QStringLiteral("BackendName")), QStringLiteral("pop"));
        QCOMPARE(n.account.get(mailAccount, QStringLiteral("IdentityUid")), n.identity.uid);
        QCOMPARE(n.account.get(QStringLiteral("Data Source"), QStringLiteral("Parent")), QString());
        QCOMPARE(n.account.get(QStringLiteral("Authentication"), QStringLiteral("Host")),
                 QStringLiteral("mailhost.pcug.org.au"));
        QCOMPARE(n.account.get(QStringLiteral("Authentication"), QStringLiteral("Port")),
                 QStringLiteral("995"));
        QCOMPARE(n.account.get(QStringLiteral("Authentication"), QStringLiteral("User")),
                 QStringLiteral("alice"));
        QCOMPARE(n.account.get(QStringLiteral("Authentication"), QStringLiteral("Method")),
                 QStringLiteral("none"));
        QCOMPARE(n.account.get(QStringLiteral("Security"), QStringLiteral("Method")),
                 QStringLiteral("ssl-on-alternate-port"));
        QCOMPARE(n.account.get(QStringLiteral("Pop Backend"), QStringLiteral("KeepOnServer")),
                 QStringLiteral("true"));
        QCOMPARE(n.identity.get(QStringLiteral("Data Source"), QStringLiteral("Parent")), n.account.uid);
        QCOMPARE(n.identity.get(QStringLiteral("Mail Identity"), QStringLiteral("Address")),
                 QStringLiteral("alice@pcug.org.au"));
        QCOMPARE(n.identity.get(QStringLiteral("Mail Identity"), QStringLiteral("Name")),
                 QStringLiteral("Alice Ng"));
        QCOMPARE(n.identity.get(QStringLiteral("Mail Submission"), QStringLiteral("TransportUid")),
                 n.transport.uid);
        QCOMPARE(n.transport.get(QStringLiteral("Data Source"), QStringLiteral("Parent")), n.account.uid);
        QCOMPARE(n.transport.get(QStringLiteral("Mail Transport"), QStringLiteral("BackendName")),
                 QStringLiteral("smtp"));
        QCOMPARE(n.transport.get(QStringLiteral("Authentication"), QStringLiteral("Host")),
                 QStringLiteral("smtps.tip.net.au"));
        QCOMPARE(n.transport.get(QStringLiteral("Authentication"), QStringLiteral("Port")),
                 QStringLiteral("465"));
        QCOMPARE(n.transport.get(QStringLiteral("Authentication"), QStringLiteral("Method")),
                 QStringLiteral("LOGIN"));
        QVERIFY(!plan.toText().contains(QStringLiteral("wonderland")));

        // Applied for real, the files read back as the account we asked for; undo
        // removes them and leaves the folder as it was, byte for byte.
        BackupStore store(home.filePath(QStringLiteral("backups")));
        const ApplyResult applied = applyPlans({plan}, store, notRunning, QStringLiteral("test"));
        QVERIFY2(applied.ok, qPrintable(applied.error));
        const QList<ExistingAccount> accounts = installationAt(home.path(), dir).accounts;
        QCOMPARE(accounts.size(), 3);
        const ExistingAccount* alice = accountWith(accounts, settings.email);
        QVERIFY(alice);
        QVERIFY(alice->incoming == settings.incoming);
        QVERIFY(alice->outgoing == settings.outgoing);
        QCOMPARE(QFile::permissions(changeOf(plan, n.account.uid)->path) & 0x0077,
                 QFileDevice::Permissions());
        const ChangePlan again = EvolutionAdapter().plan(installationAt(home.path(), dir), settings);
        QVERIFY2(again.isNoOp(), qPrintable(again.toText()));
        const UndoResult undone = undoTransaction(store, applied.transactionId, notRunning, false);
        QVERIFY2(undone.ok, qPrintable(undone.error));
        QCOMPARE(snapshot(dir), before);
    }

    void updatesExistingAccountInPlace()
    {
        QTemporaryDir home;
        const QString dir = makeHome(home.path());
        const AccountSettings settings = settingsFor(
            QStringLiteral("pcug"), QStringLiteral("Zoe.Mueller@example.org"), QStringLiteral("zoe"));
        const ChangePlan plan = EvolutionAdapter().plan(installationAt(home.path(), dir), settings);
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        QCOMPARE(plan.files.size(), 2); // the account and its own transport, nothing else
        const FileChange* account = changeOf(plan, zoeAccount);
        const FileChange* transport = changeOf(plan, zoeTransport);
        QVERIFY(account && transport);
        QVERIFY(account->existed && transport->existed);

        // Only the changed lines differ; the [Pop Backend] group and everything else stay.
        const QByteArray expectedAccount = QByteArray(account->before)
                                               .replace("Host=pop.example.org", "Host=mailhost.pcug.org.au")
                                               .replace("User=zoe.mueller", "User=zoe");
        QCOMPARE(account->after, expectedAccount);
        // PLAIN already is a normal password: the mechanism the user chose stays.
        const QByteArray expectedTransport =
            QByteArray(transport->before)
                .replace("Host=smtp.example.org", "Host=smtps.tip.net.au")
                .replace("Port=587", "Port=465")
                .replace("User=zoe.mueller", "User=zoe")
                .replace("starttls-on-standard-port", "ssl-on-alternate-port");
        QCOMPARE(transport->after, expectedTransport);
        QVERIFY(plan.summary.join('\n').contains(QStringLiteral("Update the existing account")));

        for (const FileChange& change : plan.files)
            writeFile(change.path, change.after);
        const ChangePlan again = EvolutionAdapter().plan(installationAt(home.path(), dir), settings);
        QVERIFY2(again.isNoOp(), qPrintable(again.toText()));
    }

    void sendmailAccountGetsItsOwnTransport()
    {
        // An IMAP account sending through the built-in Sendmail transport, with a POP3-only
        // provider: the incoming side is left alone and said so; a new SMTP transport is
        // added and the identity points at it.
        QTemporaryDir home;
        const QString dir = makeHome(home.path());
        const AccountSettings settings =
            settingsFor(QStringLiteral("pcug"), QStringLiteral("kid@family.example"));
        const ChangePlan plan = EvolutionAdapter().plan(installationAt(home.path(), dir), settings);
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        QVERIFY(!changeOf(plan, kidAccount));
        const FileChange* identity = changeOf(plan, kidIdentity);
        QVERIFY(identity);
        const NewAccount n = newAccountOf(plan);
        QVERIFY(!n.transport.uid.isEmpty());
        QCOMPARE(n.transport.get(QStringLiteral("Data Source"), QStringLiteral("Parent")), kidAccount);
        QCOMPARE(QByteArray(identity->before)
                     .replace("TransportUid=sendmail", "TransportUid=" + n.transport.uid.toUtf8()),
                 identity->after);
        const QString notes = plan.notes.join('\n');
        QVERIFY2(notes.contains(QStringLiteral("receives mail by IMAP")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("sendmail")), qPrintable(notes));
    }

    void sharedTransportIsNotChanged()
    {
        QTemporaryDir home;
        const QString dir = makeHome(home.path());
        // kid's identity now sends through zoe's transport too.
        const QString kidPath = dir + QLatin1Char('/') + kidIdentity + QStringLiteral(".source");
        writeFile(kidPath, readFile(kidPath).replace("TransportUid=sendmail",
                                                     "TransportUid=" + zoeTransport.toUtf8()));
        const AccountSettings settings = settingsFor(
            QStringLiteral("pcug"), QStringLiteral("zoe.mueller@example.org"), QStringLiteral("zoe"));
        const ChangePlan plan = EvolutionAdapter().plan(installationAt(home.path(), dir), settings);
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        QVERIFY(!changeOf(plan, zoeTransport));
        QVERIFY(changeOf(plan, zoeIdentity));
        QVERIFY(!newAccountOf(plan).transport.uid.isEmpty());
        QVERIFY(plan.notes.join('\n').contains(QStringLiteral("shared with other accounts")));
    }

    void outgoingOnlyProfile()
    {
        QTemporaryDir home;
        const QString dir = makeHome(home.path());
        const ChangePlan refused =
            EvolutionAdapter().plan(installationAt(home.path(), dir),
                                    settingsFor(QStringLiteral("fnal"), QStringLiteral("someone@fnal.gov")));
        QVERIFY(!refused.canApply());
        QVERIFY2(refused.refusal.contains(QStringLiteral("outgoing mail only")), qPrintable(refused.refusal));

        const ChangePlan plan = EvolutionAdapter().plan(
            installationAt(home.path(), dir),
            settingsFor(QStringLiteral("fnal"), QStringLiteral("zoe.mueller@example.org")));
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        QCOMPARE(plan.files.size(), 1);
        QVERIFY(changeOf(plan, zoeTransport));
        QVERIFY(
            sourceFrom(plan.files.first()).get(QStringLiteral("Authentication"), QStringLiteral("Host")) ==
            QStringLiteral("smtp.fnal.gov"));
    }

    void valuesAreEscapedWhenWritten()
    {
        QTemporaryDir home;
        const QString dir = makeHome(home.path());
        AccountSettings settings = settingsFor(QStringLiteral("pcug"), QStringLiteral("alice@pcug.org.au"));
        settings.realName = QStringLiteral(" Ng\\Alice\nJr");
        const ChangePlan plan = EvolutionAdapter().plan(installationAt(home.path(), dir), settings);
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        const NewAccount n = newAccountOf(plan);
        QVERIFY(n.identity.bytes.contains("Name=\\sNg\\\\Alice\\nJr\n"));
        QCOMPARE(n.identity.get(QStringLiteral("Mail Identity"), QStringLiteral("Name")), settings.realName);
    }

    void onlineAccountIsRefused()
    {
        QTemporaryDir home;
        const QString dir = makeHome(home.path());
        writeFile(
            dir + QStringLiteral("/goa-collection.source"),
            "[Data Source]\nDisplayName=Work\nEnabled=true\nParent=\n\n[Collection]\nBackendName=google\n");
        const QString path = dir + QLatin1Char('/') + zoeAccount + QStringLiteral(".source");
        writeFile(path, readFile(path).replace("Parent=\n", "Parent=goa-collection\n"));
        const ChangePlan plan = EvolutionAdapter().plan(
            installationAt(home.path(), dir),
            settingsFor(QStringLiteral("pcug"), QStringLiteral("zoe.mueller@example.org")));
        QVERIFY(!plan.canApply());
        QVERIFY2(plan.refusal.contains(QStringLiteral("\"Work\"")), qPrintable(plan.refusal));
    }

    void brokenSourceIsRefusedWithFileAndLine()
    {
        QTemporaryDir home;
        const QString dir = makeHome(home.path());
        const QString path = dir + QLatin1Char('/') + kidIdentity + QStringLiteral(".source");
        writeFile(path, readFile(path) + "this line is no key\n");
        const int line = int(readFile(path).count('\n'));
        const ClientInstallation inst = installationAt(home.path(), dir);
        QVERIFY(!inst.problems.isEmpty());
        const ChangePlan plan = EvolutionAdapter().plan(
            inst, settingsFor(QStringLiteral("pcug"), QStringLiteral("alice@pcug.org.au")));
        QVERIFY(!plan.canApply());
        QVERIFY2(plan.refusal.contains(QStringLiteral("%1:%2:").arg(path).arg(line)),
                 qPrintable(plan.refusal));
    }

    void refusesWhileEvolutionRuns()
    {
        QTemporaryDir home;
        const QString dir = makeHome(home.path());
        const ClientInstallation inst = installationAt(home.path(), dir);
        const AccountSettings settings =
            settingsFor(QStringLiteral("pcug"), QStringLiteral("alice@pcug.org.au"));
        {
            FakeProcess evolution(QStringLiteral("evolution"));
            const ChangePlan plan = EvolutionAdapter().plan(inst, settings);
            QVERIFY(!plan.canApply());
            QVERIFY2(plan.refusal.contains(QStringLiteral("Quit Evolution")), qPrintable(plan.refusal));
            QVERIFY(plan.files.isEmpty());
        }
        // The registry alone is no reason to wait: it reloads the files itself.
        FakeProcess registry(QStringLiteral("evolution-source-registry"));
        QVERIFY(EvolutionAdapter().runningReason(dir).isEmpty());
        QVERIFY(EvolutionAdapter().plan(inst, settings).canApply());
    }

    // The real evolution-source-registry, running in a private session bus on the test
    // home, picks up the files we add, change and take back while it runs, and
    // evolution-data-server's client library and Camel see the settings we meant.
    void registryReadsWhatWeWrite()
    {
        const QString python = QStringLiteral("/usr/bin/python3");
        const QString dbusRunSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        QProcess check;
        check.start(python, {QStringLiteral("-c"),
                             QStringLiteral("import gi; gi.require_version('EDataServer', '1.2'); "
                                            "gi.require_version('Camel', '1.2')")});
        if (dbusRunSession.isEmpty() || !check.waitForFinished(20000) || check.exitCode() != 0 ||
            !QFile::exists(QStringLiteral("/usr/libexec/evolution-source-registry")))
            QSKIP("needs evolution-data-server, gir1.2-edataserver-1.2 and dbus (scripts/install-deps.sh)");

        QTemporaryDir home;
        const QString dir = makeHome(home.path());
        const QString runtime = home.filePath(QStringLiteral("run"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        env.insert(QStringLiteral("GSETTINGS_BACKEND"), QStringLiteral("memory"));
        QProcess probe;
        probe.setProcessEnvironment(env);
        probe.setProcessChannelMode(QProcess::SeparateChannels);
        probe.start(dbusRunSession,
                    {QStringLiteral("--"), python, data + QStringLiteral("/registry_probe.py")});
        // On every way out: end of input lets the probe exit, and dbus-run-session then
        // stops its bus, which ends the registry it started. Killing it would orphan both.
        struct Stopper
        {
            QProcess& process;
            ~Stopper()
            {
                process.closeWriteChannel();
                if (!process.waitForFinished(20000)) {
                    process.kill();
                    process.waitForFinished(5000);
                }
            }
        } stopper{probe};
        const auto readLine = [&probe]() -> QByteArray {
            QElapsedTimer timer;
            timer.start();
            while (!probe.canReadLine() && timer.elapsed() < 30000)
                probe.waitForReadyRead(1000);
            return probe.readLine().trimmed();
        };
        const auto ask = [&](const QString& command) -> QJsonObject {
            probe.write(command.toUtf8() + '\n');
            return QJsonDocument::fromJson(readLine()).object();
        };
        const auto find = [](const QJsonObject& answer, const QString& uid) -> QJsonObject {
            for (const QJsonValue& v : answer.value(QStringLiteral("accounts")).toArray()) {
                if (v.toObject().value(QStringLiteral("uid")).toString() == uid)
                    return v.toObject();
            }
            return {};
        };
        QCOMPARE(readLine(), QByteArray("ready"));

        // 1. A new account, written while the registry runs.
        const AccountSettings alice =
            settingsFor(QStringLiteral("pcug"), QStringLiteral("alice@pcug.org.au"));
        const ChangePlan add = EvolutionAdapter().plan(installationAt(home.path(), dir), alice);
        QVERIFY2(add.canApply(), qPrintable(add.toText()));
        const NewAccount n = newAccountOf(add);
        BackupStore store(home.filePath(QStringLiteral("backups")));
        const ApplyResult added = applyPlans({add}, store, notRunning, QStringLiteral("test"));
        QVERIFY2(added.ok, qPrintable(added.error));
        QJsonObject answer = ask(QStringLiteral("wait-present ") + n.account.uid);
        QVERIFY2(answer.value(QStringLiteral("ok")).toBool(), "the registry did not load the new account");
        // It took the files as they are: nothing to fill in, so it did not rewrite them.
        for (const FileChange& change : add.files)
            QCOMPARE(readFile(change.path), change.after);
        const QJsonObject account = find(answer, n.account.uid);
        QCOMPARE(account.value(QStringLiteral("backend")).toString(), QStringLiteral("pop"));
        QVERIFY(account.value(QStringLiteral("enabled")).toBool());
        const QJsonObject camelIn = account.value(QStringLiteral("incoming_camel")).toObject();
        QCOMPARE(camelIn.value(QStringLiteral("host")).toString(), QStringLiteral("mailhost.pcug.org.au"));
        QCOMPARE(camelIn.value(QStringLiteral("port")).toInt(), 995);
        QCOMPARE(camelIn.value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
        QVERIFY(camelIn.value(QStringLiteral("auth_mechanism")).isNull()); // POP3 USER/PASS
        QCOMPARE(camelIn.value(QStringLiteral("security_method")).toString(),
                 QStringLiteral("ssl-on-alternate-port"));
        QVERIFY(camelIn.value(QStringLiteral("keep_on_server")).toBool());
        const QJsonObject identity = account.value(QStringLiteral("identity")).toObject();
        QCOMPARE(identity.value(QStringLiteral("address")).toString(), QStringLiteral("alice@pcug.org.au"));
        QCOMPARE(identity.value(QStringLiteral("name")).toString(), QStringLiteral("Alice Ng"));
        QCOMPARE(identity.value(QStringLiteral("parent")).toString(), n.account.uid);
        const QJsonObject transport = account.value(QStringLiteral("transport")).toObject();
        QCOMPARE(transport.value(QStringLiteral("uid")).toString(), n.transport.uid);
        QCOMPARE(transport.value(QStringLiteral("backend")).toString(), QStringLiteral("smtp"));
        const QJsonObject camelOut = transport.value(QStringLiteral("camel")).toObject();
        QCOMPARE(camelOut.value(QStringLiteral("host")).toString(), QStringLiteral("smtps.tip.net.au"));
        QCOMPARE(camelOut.value(QStringLiteral("port")).toInt(), 465);
        QCOMPARE(camelOut.value(QStringLiteral("auth_mechanism")).toString(), QStringLiteral("LOGIN"));
        QCOMPARE(camelOut.value(QStringLiteral("security_method")).toString(),
                 QStringLiteral("ssl-on-alternate-port"));
        // The accounts that were there are still there, as they were.
        QCOMPARE(find(answer, zoeAccount)
                     .value(QStringLiteral("incoming"))
                     .toObject()
                     .value(QStringLiteral("host"))
                     .toString(),
                 QStringLiteral("pop.example.org"));
        QVERIFY(!find(answer, kidAccount).isEmpty());

        // 2. An existing account changed in place (files replaced atomically) is reloaded.
        const AccountSettings zoe = settingsFor(
            QStringLiteral("pcug"), QStringLiteral("zoe.mueller@example.org"), QStringLiteral("zoe"), 587);
        const ChangePlan update = EvolutionAdapter().plan(installationAt(home.path(), dir), zoe);
        QVERIFY2(update.canApply(), qPrintable(update.toText()));
        const ApplyResult updated = applyPlans({update}, store, notRunning, QStringLiteral("test"));
        QVERIFY2(updated.ok, qPrintable(updated.error));
        answer = ask(QStringLiteral("wait-host %1 mailhost.pcug.org.au").arg(zoeAccount));
        QVERIFY2(answer.value(QStringLiteral("ok")).toBool(),
                 "the registry did not reload the changed account");
        const QJsonObject zoeOut = find(answer, zoeAccount).value(QStringLiteral("transport")).toObject();
        QCOMPARE(zoeOut.value(QStringLiteral("camel")).toObject().value(QStringLiteral("port")).toInt(), 587);
        QCOMPARE(zoeOut.value(QStringLiteral("camel"))
                     .toObject()
                     .value(QStringLiteral("security_method"))
                     .toString(),
                 QStringLiteral("starttls-on-standard-port"));

        // 3. Undo takes the new account away again, also while the registry runs.
        const UndoResult undoUpdate = undoTransaction(store, updated.transactionId, notRunning, false);
        QVERIFY2(undoUpdate.ok, qPrintable(undoUpdate.error));
        const UndoResult undoAdd = undoTransaction(store, added.transactionId, notRunning, false);
        QVERIFY2(undoAdd.ok, qPrintable(undoAdd.error + QLatin1Char(' ') + undoAdd.conflicts.join(' ')));
        answer = ask(QStringLiteral("wait-absent ") + n.account.uid);
        QVERIFY2(answer.value(QStringLiteral("ok")).toBool(), "the registry kept the removed account");
        answer = ask(QStringLiteral("wait-host %1 pop.example.org").arg(zoeAccount));
        QVERIFY2(answer.value(QStringLiteral("ok")).toBool(),
                 "the registry did not reload the restored account");
    }
};

QTEST_GUILESS_MAIN(TestEvolution)
#include "test_evolution.moc"
