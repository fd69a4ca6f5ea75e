// SPDX-License-Identifier: GPL-3.0-or-later
// Apple Mail's own files: detection on a macOS fixture home (Mac OS X 10.4-era
// preferences, 10.7+ Accounts.plist, Entourage / Outlook Express 5 identities), plans
// that change only the account with the address and keep the file's binary or XML
// form, apply and byte-identical undo, and refusals in plain words for a later Mail,
// a missing account, a shared outgoing server and a broken file.
#include "apple/applemailadapter.h"
#include "apple/entourageadapter.h"
#include "apple/plistdocument.h"
#include "profileloader.h"
#include "support/testfiles.h"
#include "transaction.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace mailsetup;
using testfiles::readFile;
using testfiles::writeFile;

namespace {

const QString data = QStringLiteral(MAILSETUP_TEST_DATA "/apple");
const QString legacyPath = QStringLiteral("Library/Preferences/com.apple.mail.plist");
const RunningCheck notRunning = [](const QString&, const QString&) { return QString(); };

QByteArray fixture(const QString& name)
{
    const QByteArray bytes = readFile(data + QLatin1Char('/') + name);
    if (bytes.isEmpty())
        qFatal("missing fixture %s", qPrintable(name));
    return bytes;
}

AccountSettings pcug(const QString& email = QStringLiteral("alice@pcug.org.au"), const QString& type = {})
{
    const ProfileLoadResult loaded = ProfileLoader::loadBundled(QStringLiteral("pcug"));
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.errorText()));
    AccountRequest request;
    request.email = email;
    request.realName = QStringLiteral("Alice Ng");
    request.incomingType = type;
    const ResolveResult r = resolveAccount(*loaded.profile, request);
    if (!r.settings)
        qFatal("%s", qPrintable(r.error));
    return *r.settings;
}

HostEnvironment mac(const QString& home)
{
    return HostEnvironment::forHome(home, HostEnvironment::Os::MacOS);
}

ClientInstallation onlyInstallation(const QString& home)
{
    const QList<ClientInstallation> found = AppleMailAdapter().detect(mac(home));
    if (found.size() != 1)
        qFatal("expected one Apple Mail installation in %s, found %lld", qPrintable(home),
               qlonglong(found.size()));
    return found.first();
}

std::unique_ptr<PlistDocument> parse(const QByteArray& bytes)
{
    PlistDocument::ReadResult r = PlistDocument::read(bytes, QStringLiteral("test"));
    if (!r.document)
        qFatal("%s", qPrintable(r.error));
    return std::move(r.document);
}

// An account or delivery entry as XML, to compare what must stay untouched.
QByteArray entryXml(const QByteArray& file, const QString& list, int index)
{
    auto doc = parse(file);
    PlistDocument copy;
    copy.root().setArray(QStringLiteral("x")).appendCopyOf(doc->root().value(list).at(index));
    return copy.toBytes(PlistFormat::Xml);
}

} // namespace

class TestAppleMail : public QObject
{
    Q_OBJECT

private slots:
    void detectsTigerMailAndItsAccounts();
    void detectsNothingOnOtherSystems();
    void laterMailIsReadButThePlanPointsToTheProfile();
    void detectsEntourageAndOffersInstructions();
    void plansOnlyTheAccountWithTheAddressKeepingBinaryForm();
    void xmlFileStaysXml();
    void applyThenUndoRestoresEveryByte();
    void sharedOutgoingServerGetsANewEntry();
    void refusesMissingAccountWrongKindAndNewerKeys();
    void refusesABrokenFileNamingIt();

private:
    QTemporaryDir m_dir;
    QString tigerHome(const QByteArray& prefs = {})
    {
        static int n = 0;
        const QString home = m_dir.filePath(QStringLiteral("tiger%1").arg(++n));
        writeFile(home + QLatin1Char('/') + legacyPath,
                  prefs.isEmpty() ? fixture(QStringLiteral("tiger/com.apple.mail.plist")) : prefs);
        QDir().mkpath(home + QStringLiteral("/Library/Mail/POP-alice@mailhost.pcug.org.au"));
        return home;
    }
};

void TestAppleMail::detectsTigerMailAndItsAccounts()
{
    const QString home = tigerHome();
    const ClientInstallation inst = onlyInstallation(home);
    QCOMPARE(inst.clientId, QStringLiteral("applemail"));
    QCOMPARE(inst.location, home + QLatin1Char('/') + legacyPath);
    QVERIFY2(inst.label.startsWith(QStringLiteral("Mac OS X Mail (~/Library/Preferences")),
             qPrintable(inst.label));
    QVERIFY(inst.problems.isEmpty());
    QCOMPARE(inst.accounts.size(), 2); // "On My Mac" has no server
    const ExistingAccount& alice = inst.accounts[0];
    QCOMPARE(alice.email, QStringLiteral("alice@pcug.org.au"));
    QCOMPARE(alice.name, QStringLiteral("Alice Ng"));
    QCOMPARE(alice.incoming->type, QStringLiteral("pop3"));
    QCOMPARE(alice.incoming->port, 110);
    QCOMPARE(alice.incoming->security, Security::Plain);
    QCOMPARE(alice.outgoing->hostname, QStringLiteral("mail.tip.net.au"));
    QCOMPARE(alice.outgoing->auth, AuthMethod::None);
    const ExistingAccount& carol = inst.accounts[1];
    QCOMPARE(carol.incoming->type, QStringLiteral("imap"));
    QCOMPARE(carol.incoming->security, Security::Ssl);
    QCOMPARE(carol.outgoing->port, 587);
}

void TestAppleMail::detectsNothingOnOtherSystems()
{
    const QString home = tigerHome();
    QVERIFY(AppleMailAdapter().detect(HostEnvironment::forHome(home, HostEnvironment::Os::Linux)).isEmpty());
    QVERIFY(AppleMailAdapter().detect(mac(m_dir.filePath(QStringLiteral("empty")))).isEmpty());
}

void TestAppleMail::laterMailIsReadButThePlanPointsToTheProfile()
{
    // A Lion home: Accounts.plist in V2, and the old preferences still lying there.
    const QString home = tigerHome();
    const QString accounts = home + QStringLiteral("/Library/Mail/V2/MailData/Accounts.plist");
    writeFile(accounts, fixture(QStringLiteral("lion/Accounts.plist")));
    const ClientInstallation inst = onlyInstallation(home);
    QCOMPARE(inst.location, accounts);
    QVERIFY(inst.label.contains(QStringLiteral("configuration profile")));
    QCOMPARE(inst.accounts.size(), 1);
    QCOMPARE(inst.accounts[0].incoming->security, Security::Ssl); // SecurityLayerType 3
    QCOMPARE(inst.accounts[0].outgoing->port, 465);

    const ChangePlan plan = AppleMailAdapter().plan(inst, pcug());
    QVERIFY(!plan.canApply());
    QVERIFY(plan.files.isEmpty());
    QVERIFY2(plan.refusal.contains(QStringLiteral("10.7")) &&
                 plan.refusal.contains(QStringLiteral("mobileconfig")) &&
                 plan.refusal.contains(QStringLiteral("Profiles")),
             qPrintable(plan.refusal));

    // The old file is refused too, even when named directly: Mail no longer reads it.
    ClientInstallation old = inst;
    old.location = home + QLatin1Char('/') + legacyPath;
    QVERIFY(!AppleMailAdapter().plan(old, pcug()).refusal.isEmpty());
}

void TestAppleMail::detectsEntourageAndOffersInstructions()
{
    const QString home = m_dir.filePath(QStringLiteral("entourage"));
    writeFile(home + QStringLiteral("/Documents/Microsoft User Data/Identities/Main Identity/Database"), "x");
    QDir().mkpath(home + QStringLiteral("/Documents/Microsoft User Data/Identities/Empty"));
    const QList<ClientInstallation> found = EntourageAdapter().detect(mac(home));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].clientId, QStringLiteral("entourage"));
    QVERIFY(found[0].label.contains(QStringLiteral("Main Identity")));
    QVERIFY(EntourageAdapter().detect(HostEnvironment::forHome(home, HostEnvironment::Os::Linux)).isEmpty());
    const ChangePlan plan = EntourageAdapter().plan(found[0], pcug());
    QVERIFY(!plan.canApply());
    QVERIFY2(plan.refusal.contains(QStringLiteral("step-by-step instructions")), qPrintable(plan.refusal));
}

void TestAppleMail::plansOnlyTheAccountWithTheAddressKeepingBinaryForm()
{
    const QString home = tigerHome();
    const ChangePlan plan = AppleMailAdapter().plan(onlyInstallation(home), pcug());
    QVERIFY2(plan.canApply(), qPrintable(plan.refusal));
    QCOMPARE(plan.files.size(), 1);
    const FileChange& change = plan.files[0];
    QVERIFY(change.after.startsWith("bplist00"));
    const QString details = change.details.join(QLatin1Char('\n'));
    QVERIFY2(details.contains(QStringLiteral("PortNumber: \"110\" → 995")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("SSLEnabled: (not set) → YES")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("ShouldUseAuthentication: \"NO\" → YES")), qPrintable(details));

    auto after = parse(change.after);
    const PlistNode alice = after->root().value(QStringLiteral("MailAccounts")).at(1);
    QCOMPARE(alice.value(QStringLiteral("PortNumber")).toString(),
             QStringLiteral("995")); // a string, as Mail wrote it
    QCOMPARE(alice.value(QStringLiteral("SSLEnabled")).toString(), QStringLiteral("YES"));
    QCOMPARE(alice.value(QStringLiteral("SMTPIdentifier")).toString(),
             QStringLiteral("smtps.tip.net.au:alice"));
    const PlistNode smtp =
        after->root().value(QStringLiteral("DeliveryAccounts")).at(0); // alice's alone: in place
    QCOMPARE(after->root().value(QStringLiteral("DeliveryAccounts")).size(), 2);
    QCOMPARE(smtp.value(QStringLiteral("Hostname")).toString(), QStringLiteral("smtps.tip.net.au"));
    QCOMPARE(smtp.value(QStringLiteral("PortNumber")).toString(), QStringLiteral("465"));
    QCOMPARE(smtp.value(QStringLiteral("ShouldUseAuthentication")).toString(), QStringLiteral("YES"));
    // Carol's account and server, the local account and other settings: unchanged.
    for (int i : {0, 2})
        QCOMPARE(entryXml(change.after, QStringLiteral("MailAccounts"), i),
                 entryXml(change.before, QStringLiteral("MailAccounts"), i));
    QCOMPARE(entryXml(change.after, QStringLiteral("DeliveryAccounts"), 1),
             entryXml(change.before, QStringLiteral("DeliveryAccounts"), 1));
    QCOMPARE(after->root().value(QStringLiteral("PollTime")).toString(), QStringLiteral("5"));
    QVERIFY(!change.after.contains("Password"));

    // Planning again on the written file changes nothing.
    writeFile(change.path, change.after);
    QVERIFY(AppleMailAdapter().plan(onlyInstallation(home), pcug()).isNoOp());
}

void TestAppleMail::xmlFileStaysXml()
{
    const QString home = tigerHome(fixture(QStringLiteral("tiger/com.apple.mail.plist.xml")));
    const ChangePlan plan = AppleMailAdapter().plan(onlyInstallation(home), pcug());
    QVERIFY2(plan.canApply(), qPrintable(plan.refusal));
    QVERIFY(plan.files[0].after.startsWith("<?xml"));
    QVERIFY(plan.files[0].after.contains("<string>smtps.tip.net.au:alice</string>"));
}

void TestAppleMail::applyThenUndoRestoresEveryByte()
{
    const QString home = tigerHome();
    const QString path = home + QLatin1Char('/') + legacyPath;
    const QByteArray original = readFile(path);
    const ChangePlan plan = AppleMailAdapter().plan(onlyInstallation(home), pcug());
    QVERIFY2(plan.canApply(), qPrintable(plan.refusal));
    BackupStore store(m_dir.filePath(QStringLiteral("backups")));
    const ApplyResult applied = applyPlans({plan}, store, notRunning, QStringLiteral("Apple Mail test"));
    QVERIFY2(applied.ok, qPrintable(applied.error));
    QCOMPARE(readFile(path), plan.files[0].after);

    // The real plistutil and Python's plistlib both read what was written.
    QProcess plistutil;
    plistutil.start(QStringLiteral("plistutil"),
                    {QStringLiteral("-i"), path, QStringLiteral("-f"), QStringLiteral("xml")});
    QVERIFY(plistutil.waitForFinished(30000));
    QCOMPARE(plistutil.exitCode(), 0);
    QVERIFY(plistutil.readAllStandardOutput().contains("<string>smtps.tip.net.au</string>"));
    QProcess python;
    python.start(
        QStringLiteral("python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import plistlib,sys; d=plistlib.load(open(sys.argv[1],'rb')); "
                        "print(d['MailAccounts'][1]['PortNumber'], d['DeliveryAccounts'][0]['Hostname'])"),
         path});
    QVERIFY(python.waitForFinished(30000));
    QCOMPARE(python.readAllStandardOutput().trimmed(), QByteArray("995 smtps.tip.net.au"));

    const UndoResult undone = undoTransaction(store, applied.transactionId, notRunning, false);
    QVERIFY2(undone.ok, qPrintable(undone.error));
    QCOMPARE(readFile(path), original);
}

void TestAppleMail::sharedOutgoingServerGetsANewEntry()
{
    // Carol's account sends through alice's old server too.
    auto doc = parse(fixture(QStringLiteral("tiger/com.apple.mail.plist")));
    doc->root()
        .value(QStringLiteral("MailAccounts"))
        .at(2)
        .setString(QStringLiteral("SMTPIdentifier"), QStringLiteral("mail.tip.net.au:alice"));
    const QString home = tigerHome(doc->toBytes());
    const ChangePlan plan = AppleMailAdapter().plan(onlyInstallation(home), pcug());
    QVERIFY2(plan.canApply(), qPrintable(plan.refusal));
    const QByteArray after = plan.files[0].after;
    auto written = parse(after);
    const PlistNode deliveries = written->root().value(QStringLiteral("DeliveryAccounts"));
    QCOMPARE(deliveries.size(), 3);
    QCOMPARE(entryXml(after, QStringLiteral("DeliveryAccounts"), 0),
             entryXml(plan.files[0].before, QStringLiteral("DeliveryAccounts"), 0));
    QCOMPARE(deliveries.at(2).value(QStringLiteral("Hostname")).toString(),
             QStringLiteral("smtps.tip.net.au"));
    QCOMPARE(written->root()
                 .value(QStringLiteral("MailAccounts"))
                 .at(2)
                 .value(QStringLiteral("SMTPIdentifier"))
                 .toString(),
             QStringLiteral("mail.tip.net.au:alice"));
    QVERIFY(plan.files[0]
                .details.join(QLatin1Char('\n'))
                .contains(QStringLiteral("shared with another account")));
}

void TestAppleMail::refusesMissingAccountWrongKindAndNewerKeys()
{
    const QString home = tigerHome();
    const ClientInstallation inst = onlyInstallation(home);
    ChangePlan plan = AppleMailAdapter().plan(inst, pcug(QStringLiteral("bob@pcug.org.au")));
    QVERIFY2(plan.refusal.contains(QStringLiteral("File > Add Account")), qPrintable(plan.refusal));
    QVERIFY(plan.files.isEmpty());

    auto imap = pcug();
    imap.incoming->type = QStringLiteral("imap");
    plan = AppleMailAdapter().plan(inst, imap);
    QVERIFY2(plan.refusal.contains(QStringLiteral("POPAccount")), qPrintable(plan.refusal));

    auto doc = parse(fixture(QStringLiteral("tiger/com.apple.mail.plist")));
    doc->root()
        .value(QStringLiteral("MailAccounts"))
        .at(1)
        .setInteger(QStringLiteral("SecurityLayerType"), 3);
    const QString newer = tigerHome(doc->toBytes());
    plan = AppleMailAdapter().plan(onlyInstallation(newer), pcug());
    QVERIFY2(plan.refusal.contains(QStringLiteral("10.7")) &&
                 plan.refusal.contains(QStringLiteral("mobileconfig")),
             qPrintable(plan.refusal));
}

void TestAppleMail::refusesABrokenFileNamingIt()
{
    QByteArray broken = fixture(QStringLiteral("tiger/com.apple.mail.plist.xml"));
    broken.replace("<string>PCUG</string>", "<string>PCUG</strin>");
    const QString home = tigerHome(broken);
    const ClientInstallation inst = onlyInstallation(home);
    QCOMPARE(inst.problems.size(), 1);
    QVERIFY2(inst.problems[0].contains(legacyPath) && inst.problems[0].contains(QStringLiteral("line 40")),
             qPrintable(inst.problems[0]));
    const ChangePlan plan = AppleMailAdapter().plan(inst, pcug());
    QVERIFY(plan.files.isEmpty());
    QVERIFY2(plan.refusal.contains(legacyPath) &&
                 plan.refusal.contains(QStringLiteral("cannot read completely")),
             qPrintable(plan.refusal));

    // A NUL byte in a string: not XML, and libplist would copy it into the file it
    // writes, which Mail could then not read (found by fuzz_plist).
    QByteArray nul = fixture(QStringLiteral("tiger/com.apple.mail.plist.xml"));
    nul.replace("<string>PCUG</string>",
                QByteArray("<string>PC\0UG</string>", sizeof("<string>PC\0UG</string>") - 1));
    const PlistDocument::ReadResult read = PlistDocument::read(nul, legacyPath);
    QVERIFY(!read.document);
    QVERIFY2(read.error.contains(legacyPath) && read.error.contains(QStringLiteral("NUL byte at offset")),
             qPrintable(read.error));
}

QTEST_GUILESS_MAIN(TestAppleMail)
#include "test_applemail.moc"
