// SPDX-License-Identifier: GPL-3.0-or-later
// KMail: the KConfig reader/writer, reading transports and identities, planning
// changes that touch only the identity asked for, refusing what KMail would read
// differently, and KDE's own kreadconfig5 reading back what was written.
#include "profileloader.h"
#include "support/fakeprocess.h"
#include "support/testfiles.h"
#include "transaction.h"
#include "unix/kconfigfile.h"
#include "unix/kmailadapter.h"
#include "unix/kmailsettings.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace mailsetup;

namespace {

const QString data = QStringLiteral(MAILSETUP_TEST_DATA) + QStringLiteral("/kmail");

using testfiles::readFile;
using testsupport::FakeProcess;

using testfiles::writeFile;

// ~/.config with the fixture pair <scenario>-mailtransports / <scenario>-emailidentities.
QString makeHome(const QString& home, const QString& scenario)
{
    const QString config = home + QStringLiteral("/.config");
    for (const char* name : {"mailtransports", "emailidentities"}) {
        const QString fixture = data + QLatin1Char('/') + scenario + QLatin1Char('-') + QLatin1String(name);
        if (QFileInfo::exists(fixture))
            writeFile(config + QLatin1Char('/') + QLatin1String(name), readFile(fixture));
    }
    return config;
}

AccountSettings settingsFor(const QString& profile, const QString& email, const QString& realName = {})
{
    const ProfileLoadResult loaded = ProfileLoader::loadBundled(profile);
    AccountRequest request;
    request.email = email;
    request.realName = realName;
    const ResolveResult resolved = resolveAccount(*loaded.profile, request);
    if (!resolved.settings)
        qFatal("cannot resolve %s", qPrintable(resolved.error));
    return *resolved.settings;
}

ClientInstallation installationAt(const HostEnvironment& env, const QString& location)
{
    for (const ClientInstallation& inst : KMailAdapter().detect(env)) {
        if (inst.location == location)
            return inst;
    }
    qFatal("no KMail settings at %s", qPrintable(location));
    return {};
}

ChangePlan planFor(const QString& home, const QString& config, const AccountSettings& settings)
{
    const HostEnvironment env = HostEnvironment::forHome(home, HostEnvironment::Os::Linux);
    return KMailAdapter().plan(installationAt(env, config), settings);
}

const FileChange* fileNamed(const ChangePlan& plan, const QString& name)
{
    for (const FileChange& change : plan.files) {
        if (change.path.endsWith(QLatin1Char('/') + name))
            return &change;
    }
    return nullptr;
}

KConfigFile after(const ChangePlan& plan, const QString& name)
{
    const FileChange* change = fileNamed(plan, name);
    return KConfigFile::parse(change ? change->after : QByteArray());
}

QString val(const KConfigFile& file, const QString& group, const QString& key)
{
    return file.value(group, key).value_or(QStringLiteral("<absent>"));
}

// Lines of `before` that are not in `after`, ignoring order: what an edit removed or changed.
QStringList lostLines(const QByteArray& before, const QByteArray& after)
{
    QStringList afterLines = QString::fromUtf8(after).split(QLatin1Char('\n'));
    QStringList lost;
    for (const QString& line : QString::fromUtf8(before).split(QLatin1Char('\n'))) {
        if (!afterLines.removeOne(line))
            lost << line;
    }
    return lost;
}

QString kreadconfig(const QString& config, const QString& file, const QString& group, const QString& key)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("kreadconfig5"),
            {QStringLiteral("--file"), file, QStringLiteral("--group"), group, QStringLiteral("--key"), key});
    p.waitForFinished(20000);
    QString out = QString::fromUtf8(p.readAllStandardOutput());
    if (out.endsWith(QLatin1Char('\n')))
        out.chop(1);
    return out;
}

} // namespace

class TestKMail : public QObject
{
    Q_OBJECT

private slots:
    void fixturesRoundTrip()
    {
        const QStringList files = QDir(data).entryList(QDir::Files);
        QVERIFY(files.size() >= 10);
        for (const QString& name : files) {
            if (name.endsWith(QLatin1String(".md")))
                continue;
            const QByteArray bytes = readFile(data + QLatin1Char('/') + name);
            const KConfigFile file = KConfigFile::parse(bytes);
            QVERIFY2(file.toBytes() == bytes, qPrintable(name));
            QVERIFY2(file.errors().isEmpty(),
                     qPrintable(file.errors().isEmpty()
                                    ? name
                                    : name + QLatin1Char(' ') + file.errors().first().message));
        }
    }

    void readsKConfigSyntax()
    {
        const KConfigFile f = KConfigFile::parse(readFile(data + QStringLiteral("/kconfig-syntax")));
        QVERIFY(f.errors().isEmpty());
        QCOMPARE(f.groups(),
                 (QStringList{QStringLiteral("General"), QStringLiteral("Transport 42"),
                              QStringLiteral("Transport 42\x1dSub"), QStringLiteral("Immutable")}));
        QCOMPARE(val(f, QStringLiteral("<default>"), QStringLiteral("top")),
                 QStringLiteral("before any group"));
        // The untranslated entry, escapes decoded; spaces around '=' and the value trimmed.
        QCOMPARE(val(f, QStringLiteral("General"), QStringLiteral("name")),
                 QStringLiteral("Transport\tmit Leer "));
        QCOMPARE(val(f, QStringLiteral("Transport 42"), QStringLiteral("host")),
                 QStringLiteral("smtp.example.org"));
        QCOMPARE(val(f, QStringLiteral("Transport 42"), QStringLiteral("user")), QStringLiteral(" spaced "));
        QCOMPARE(val(f, QStringLiteral("Transport 42"), QStringLiteral("note")),
                 QStringLiteral("a\\b\ncA\\;"));
        // A repeated group merges; [$d] deletes; nested groups are their own.
        QCOMPARE(val(f, QStringLiteral("Transport 42"), QStringLiteral("port")), QStringLiteral("587"));
        QVERIFY(!f.value(QStringLiteral("Transport 42"), QStringLiteral("gone")));
        QVERIFY(!f.value(QStringLiteral("Transport 42"), QStringLiteral("nested")));
        QCOMPARE(val(f, QStringLiteral("Transport 42\x1dSub"), QStringLiteral("nested")),
                 QStringLiteral("1"));

        QVERIFY(f.whyNotWritable(QStringLiteral("General"), QStringLiteral("name"))
                    .contains(QStringLiteral("translated")));
        QVERIFY(f.whyNotWritable(QStringLiteral("General"), QStringLiteral("path"))
                    .contains(QStringLiteral("[$e]")));
        QVERIFY(f.whyNotWritable(QStringLiteral("General"), QStringLiteral("locked"))
                    .contains(QStringLiteral("line 9")));
        QVERIFY(f.whyNotWritable(QStringLiteral("Immutable"), QStringLiteral("key"))
                    .contains(QStringLiteral("line 20")));
        QVERIFY(f.whyNotWritable(QStringLiteral("Transport 42"), QStringLiteral("gone"))
                    .contains(QStringLiteral("[$d]")));
        QVERIFY(f.whyNotWritable(QStringLiteral("Transport 42"), QStringLiteral("port")).isEmpty());

        // Edits change only their line; a new key goes into the group's first block.
        KConfigFile edited = f;
        edited.setValue(QStringLiteral("Transport 42"), QStringLiteral("port"), QStringLiteral("465"));
        edited.setValue(QStringLiteral("Transport 42"), QStringLiteral("nested"), QStringLiteral(" two "));
        QCOMPARE(val(edited, QStringLiteral("Transport 42"), QStringLiteral("port")), QStringLiteral("465"));
        QCOMPARE(val(edited, QStringLiteral("Transport 42"), QStringLiteral("nested")),
                 QStringLiteral(" two "));
        QCOMPARE(val(edited, QStringLiteral("Transport 42\x1dSub"), QStringLiteral("nested")),
                 QStringLiteral("1"));
        QCOMPARE(lostLines(f.toBytes(), edited.toBytes()), QStringList{QStringLiteral("port=587")});
        QVERIFY(edited.toBytes().contains("note=a\\\\b\\nc\\x41\\;\nnested=\\stwo\\s\n"));

        // The whole file locked by a bare [$i].
        const KConfigFile locked = KConfigFile::parse("[$i]\n[General]\na=1\n");
        QVERIFY(locked.whyNotWritable(QStringLiteral("General"), QStringLiteral("a"))
                    .contains(QStringLiteral("whole file")));
    }

    void reportsSyntaxErrorsWithTheirLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::newRow("unclosed group") << QByteArray("[General]\na=1\n[Transport 1\nb=2\n") << 3;
        QTest::newRow("no '='") << QByteArray("[General]\njust words\n") << 2;
        QTest::newRow("bad escape") << QByteArray("[General]\n\na=c:\\dir\n") << 3;
        QTest::newRow("text after group") << QByteArray("[General] x\n") << 1;
        QTest::newRow("semicolon comment") << QByteArray("[General]\n; not a comment in KConfig\n") << 2;
        QTest::newRow("lone CR") << QByteArray("[General]\na=1\rb=2\n") << 2;
    }

    void reportsSyntaxErrorsWithTheirLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        const KConfigFile f = KConfigFile::parse(bytes);
        QCOMPARE(f.errors().size(), 1);
        QCOMPARE(f.errors().first().line, line);
        QCOMPARE(f.toBytes(), bytes);
    }

    void escapesValuesAsKConfigWrites_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("escaped");
        QTest::newRow("spaces at both ends") << QStringLiteral(" a b ") << QByteArray("\\sa b\\s");
        QTest::newRow("backslash") << QStringLiteral("c:\\x") << QByteArray("c:\\\\x");
        QTest::newRow("controls") << QStringLiteral("1\n2\t3\r4\x01") << QByteArray("1\\n2\\t3\\r4\\x01");
        QTest::newRow("utf-8 and brackets") << QStringLiteral("Zoë [a=b]") << QByteArray("Zoë [a=b]");
        QTest::newRow("one space") << QStringLiteral(" ") << QByteArray("\\s");
        QTest::newRow("backslash before trailing space") << QStringLiteral("a\\ ") << QByteArray("a\\\\\\s");
    }

    void escapesValuesAsKConfigWrites()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, escaped);
        QCOMPARE(KConfigFile::escapeValue(value), escaped);
        QByteArray back;
        QVERIFY(KConfigFile::unescape(escaped, &back));
        QCOMPARE(QString::fromUtf8(back), value);
    }

    void detectsAccounts()
    {
        QTemporaryDir home;
        const QString config = makeHome(home.path(), QStringLiteral("single"));
        const auto found =
            KMailAdapter().detect(HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].location, config);
        QCOMPARE(found[0].label, QStringLiteral("settings in ~/.config"));
        QVERIFY(found[0].problems.isEmpty());
        QCOMPARE(found[0].accounts.size(), 1);
        const ExistingAccount& a = found[0].accounts[0];
        QCOMPARE(a.email, QStringLiteral("alice@pcug.org.au"));
        QCOMPARE(a.name, QStringLiteral("zeus"));
        QVERIFY(a.isDefault);
        QCOMPARE(a.outgoing->hostname, QStringLiteral("smtp.office365.com"));
        QCOMPARE(a.outgoing->security, Security::StartTls);
        QCOMPARE(a.outgoing->auth, AuthMethod::None); // no "auth" key: KMail does not log in
        QCOMPARE(a.outgoing->port, 25);               // absent: the older, weaker default is assumed

        // Windows and macOS layouts: KMail has no release there to look for.
        QVERIFY(KMailAdapter()
                    .detect(HostEnvironment::forHome(home.path(), HostEnvironment::Os::Windows))
                    .isEmpty());
    }

    void transportIdComesFromItsKeyNotItsGroup()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("mailtransports")),
                  readFile(data + QStringLiteral("/mismatched-id-mailtransports")));
        writeFile(dir.filePath(QStringLiteral("akonadi_imap_resource_0rc")),
                  readFile(data + QStringLiteral("/akonadi_imap_resource_0rc")));
        writeFile(
            dir.filePath(QStringLiteral("emailidentities")),
            "[Identity #0]\nEmail Address=dave@posteo.example\nTransport=1200639715\nuoid=1961629133\n");
        const KMailSettings kmail = KMailSettings::read(dir.path());
        QCOMPARE(kmail.transports.size(), 1);
        QCOMPARE(kmail.transports[0].group, QStringLiteral("Transport -754532191"));
        QCOMPARE(kmail.defaultTransportId(), 1200639715);
        QCOMPARE(kmail.transportOf(kmail.identities[0]), &kmail.transports[0]);
        const auto accounts = kmail.accounts();
        QCOMPARE(accounts.size(), 1);
        QVERIFY(accounts[0].incoming); // the IMAP resource names this identity
        QCOMPARE(accounts[0].incoming->hostname, QStringLiteral("posteo.de"));
        QCOMPARE(accounts[0].incoming->port, 143);
        QCOMPARE(accounts[0].incoming->security, Security::StartTls);
    }

    void updatesTheIdentitysOwnTransport()
    {
        QTemporaryDir home;
        const QString config = makeHome(home.path(), QStringLiteral("single"));
        const AccountSettings settings =
            settingsFor(QStringLiteral("pcug"), QStringLiteral("alice@pcug.org.au"));
        const ChangePlan plan = planFor(home.path(), config, settings);
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        QCOMPARE(plan.files.size(), 1); // the identity already points at it
        const KConfigFile t = after(plan, QStringLiteral("mailtransports"));
        const QString g = QStringLiteral("Transport 174192120");
        QCOMPARE(val(t, g, QStringLiteral("host")), QStringLiteral("smtps.tip.net.au"));
        QCOMPARE(val(t, g, QStringLiteral("port")), QStringLiteral("465"));
        QCOMPARE(val(t, g, QStringLiteral("encryption")), QStringLiteral("SSL"));
        QCOMPARE(val(t, g, QStringLiteral("auth")), QStringLiteral("true"));
        QCOMPARE(val(t, g, QStringLiteral("authtype")), QStringLiteral("PLAIN"));
        QCOMPARE(val(t, g, QStringLiteral("user")), QStringLiteral("alice"));
        QCOMPARE(val(t, g, QStringLiteral("id")), QStringLiteral("174192120"));
        QCOMPARE(val(t, g, QStringLiteral("storepass")), QStringLiteral("true"));
        // Only the changed keys' lines differ.
        QCOMPARE(lostLines(plan.files[0].before, plan.files[0].after),
                 (QStringList{QStringLiteral("encryption=TLS"), QStringLiteral("host=smtp.office365.com"),
                              QStringLiteral("user=alice@pcug.org.au")}));
        QVERIFY(plan.files[0].details.contains(QStringLiteral("[Transport 174192120] port = \"465\" (new)")));
        // Receiving is left to the person, step by step, with the values to type.
        const QString notes = plan.notes.join(QLatin1Char('\n'));
        QVERIFY(notes.contains(QStringLiteral("Configure KMail")));
        QVERIFY(notes.contains(QStringLiteral("Click Add... and choose the POP3 entry")));
        QVERIFY(notes.contains(QStringLiteral("Incoming mail server mailhost.pcug.org.au, Username alice")));
        QVERIFY(notes.contains(QStringLiteral("Encryption SSL/TLS, Port 995")));
        QVERIFY(plan.summary.join(QLatin1Char('\n')).contains(QStringLiteral("set up in KMail itself")));

        // Planning again on the result changes nothing.
        writeFile(config + QStringLiteral("/mailtransports"), plan.files[0].after);
        const ChangePlan again = planFor(home.path(), config, settings);
        QVERIFY2(again.isNoOp(), qPrintable(again.toText()));

        // STARTTLS on 587 when asked: KMail's "TLS".
        AccountRequest request{QStringLiteral("alice@pcug.org.au"), {}, {}, 587, {}, {}};
        const ChangePlan starttls = planFor(
            home.path(), config,
            *resolveAccount(*ProfileLoader::loadBundled(QStringLiteral("pcug")).profile, request).settings);
        const KConfigFile s = after(starttls, QStringLiteral("mailtransports"));
        QCOMPARE(val(s, g, QStringLiteral("encryption")), QStringLiteral("TLS"));
        QCOMPARE(val(s, g, QStringLiteral("port")), QStringLiteral("587"));
    }

    void sharedDefaultTransportStaysAndANewOneIsAdded()
    {
        QTemporaryDir home;
        const QString config = makeHome(home.path(), QStringLiteral("shared"));
        const ChangePlan plan = planFor(
            home.path(), config, settingsFor(QStringLiteral("pcug"), QStringLiteral("alice@pcug.org.au")));
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        QCOMPARE(plan.files.size(), 2);
        const KConfigFile t = after(plan, QStringLiteral("mailtransports"));
        const KConfigFile i = after(plan, QStringLiteral("emailidentities"));
        // Identity #0 used the default transport (Transport=-1), which #1 uses too.
        const QString id = val(i, QStringLiteral("Identity #0"), QStringLiteral("Transport"));
        QVERIFY(id.toInt() > 0);
        QVERIFY(!QStringList(
                     {QStringLiteral("1106401277"), QStringLiteral("202552245"), QStringLiteral("935860070")})
                     .contains(id));
        const QString g = QStringLiteral("Transport ") + id;
        QStringList expectedKeys{QStringLiteral("auth"),       QStringLiteral("authtype"),
                                 QStringLiteral("encryption"), QStringLiteral("host"),
                                 QStringLiteral("id"),         QStringLiteral("name"),
                                 QStringLiteral("port"),       QStringLiteral("user")};
        QCOMPARE(t.keys(g), expectedKeys);
        QCOMPARE(val(t, g, QStringLiteral("id")), id);
        QCOMPARE(val(t, g, QStringLiteral("name")), QStringLiteral("PCUG (alice@pcug.org.au)"));
        QCOMPARE(val(t, g, QStringLiteral("host")), QStringLiteral("smtps.tip.net.au"));
        // Nothing else changes: the old default, its users, the other groups.
        QVERIFY(lostLines(plan.files[0].before, plan.files[0].after).isEmpty());
        QCOMPARE(lostLines(fileNamed(plan, QStringLiteral("emailidentities"))->before,
                           fileNamed(plan, QStringLiteral("emailidentities"))->after),
                 QStringList{QStringLiteral("Transport=-1")});
        QCOMPARE(val(t, QStringLiteral("General"), QStringLiteral("default-transport")),
                 QStringLiteral("202552245"));
        QVERIFY(!i.value(QStringLiteral("Identity #1"), QStringLiteral("Transport")));
        QVERIFY(plan.toText().contains(QStringLiteral("+[%1]").arg(g)));
        QVERIFY(plan.notes.join(QLatin1Char('\n')).contains(QStringLiteral("shared with other identities")));
    }

    void otherIdentitiesWithTheAddressAreNamedNotChanged()
    {
        QTemporaryDir home;
        const QString config = makeHome(home.path(), QStringLiteral("duplicate"));
        const ChangePlan plan =
            planFor(home.path(), config,
                    settingsFor(QStringLiteral("fnal"), QStringLiteral("Carol.Example@gmail.com")));
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        const KConfigFile i = after(plan, QStringLiteral("emailidentities"));
        const KConfigFile t = after(plan, QStringLiteral("mailtransports"));
        // The default identity (#0) is the one set up; #2 and its transport stay.
        const QString id = val(i, QStringLiteral("Identity #0"), QStringLiteral("Transport"));
        QCOMPARE(val(t, QStringLiteral("Transport ") + id, QStringLiteral("host")),
                 QStringLiteral("smtp.fnal.gov"));
        QCOMPARE(val(i, QStringLiteral("Identity #2"), QStringLiteral("Transport")),
                 QStringLiteral("1403057423"));
        QCOMPARE(val(t, QStringLiteral("Transport 89551151"), QStringLiteral("authtype")),
                 QStringLiteral("XOAUTH2"));
        const QString notes = plan.notes.join(QLatin1Char('\n'));
        QVERIFY(notes.contains(QStringLiteral("\"Carol (gmail.com)\" also has the address")));
        QVERIFY(notes.contains(QStringLiteral("outgoing mail only")));
    }

    void newIdentityForANewAddress()
    {
        QTemporaryDir home;
        const QString config = makeHome(home.path(), QStringLiteral("shared"));
        const ChangePlan plan = planFor(home.path(), config,
                                        settingsFor(QStringLiteral("pcug"), QStringLiteral("bob@pcug.org.au"),
                                                    QStringLiteral("Bob \\ Lee ")));
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        const KConfigFile i = after(plan, QStringLiteral("emailidentities"));
        const QString g = QStringLiteral("Identity #2");
        QCOMPARE(val(i, g, QStringLiteral("Email Address")), QStringLiteral("bob@pcug.org.au"));
        QCOMPARE(val(i, g, QStringLiteral("Override Encryption Defaults")), QStringLiteral("false"));
        const QString name = val(i, g, QStringLiteral("Name"));
        QVERIFY2(name.startsWith(QStringLiteral("Bob \\ Lee")), qPrintable(name));
        const int uoid = val(i, g, QStringLiteral("uoid")).toInt();
        QVERIFY(uoid > 0 && uoid != 1933559904 && uoid != 586736575);
        const KConfigFile t = after(plan, QStringLiteral("mailtransports"));
        QCOMPARE(val(t, QStringLiteral("Transport ") + val(i, g, QStringLiteral("Transport")),
                     QStringLiteral("user")),
                 QStringLiteral("bob"));
        // The default identity and transport keep their role.
        QCOMPARE(val(i, QStringLiteral("General"), QStringLiteral("Default Identity")),
                 QStringLiteral("1933559904"));
        QVERIFY(plan.summary.join(QLatin1Char('\n')).contains(QStringLiteral("Add a new identity")));

        // An outgoing-only provider cannot make an account from nothing.
        const ChangePlan refused = planFor(
            home.path(), config, settingsFor(QStringLiteral("fnal"), QStringLiteral("someone@fnal.gov")));
        QVERIFY(!refused.canApply());
        QVERIFY2(refused.refusal.contains(QStringLiteral("outgoing mail only")), qPrintable(refused.refusal));
    }

    void firstAccountCreatesBothFiles()
    {
        QTemporaryDir home;
        const QString config = home.filePath(QStringLiteral(".config"));
        writeFile(config + QStringLiteral("/kmail2rc"), "[General]\nfirst-start=false\n");
        const ChangePlan plan = planFor(
            home.path(), config, settingsFor(QStringLiteral("pcug"), QStringLiteral("alice@pcug.org.au")));
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        QCOMPARE(plan.files.size(), 2);
        QVERIFY(!plan.files[0].existed && !plan.files[1].existed);
        const KConfigFile t = after(plan, QStringLiteral("mailtransports"));
        const KConfigFile i = after(plan, QStringLiteral("emailidentities"));
        QVERIFY(t.errors().isEmpty() && i.errors().isEmpty());
        QVERIFY(plan.files[0].after.startsWith("[General]\ndefault-transport="));
        QCOMPARE(val(t, QStringLiteral("General"), QStringLiteral("default-transport")),
                 val(i, QStringLiteral("Identity #0"), QStringLiteral("Transport")));
        QCOMPARE(val(i, QStringLiteral("General"), QStringLiteral("Default Identity")),
                 val(i, QStringLiteral("Identity #0"), QStringLiteral("uoid")));
    }

    void existingReceivingAccountIsNamedInTheSteps()
    {
        QTemporaryDir home;
        const QString config = makeHome(home.path(), QStringLiteral("single"));
        writeFile(config + QStringLiteral("/akonadi_pop3_resource_0rc"),
                  readFile(data + QStringLiteral("/akonadi_pop3_resource_0rc")));
        const ChangePlan plan = planFor(
            home.path(), config, settingsFor(QStringLiteral("pcug"), QStringLiteral("alice@pcug.org.au")));
        const QString notes = plan.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("Select the account \"POP3 Account\" and click Modify")),
                 qPrintable(notes));
        QVERIFY(!notes.contains(QStringLiteral("Click Add")));
        QVERIFY(fileNamed(plan, QStringLiteral("akonadi_pop3_resource_0rc")) == nullptr); // never written
    }

    void refusesWhatKMailWouldReadDifferently_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("why");
        QTest::newRow("locked group")
            << QByteArray("[Transport 174192120]") << QByteArray("[Transport 174192120][$i]")
            << QStringLiteral("mailtransports: line 4 locks the group");
        QTest::newRow("locked key") << QByteArray("host=smtp.office365.com")
                                    << QByteArray("host[$i]=smtp.office365.com")
                                    << QStringLiteral("line 6 locks host");
        QTest::newRow("syntax error") << QByteArray("id=174192120") << QByteArray("id=174192120\nstray line")
                                      << QStringLiteral("mailtransports:8: expected [group] or key=value");
        QTest::newRow("translated key")
            << QByteArray("user=") << QByteArray("user[de]=x\nuser=") << QStringLiteral("translated user");
    }

    void refusesWhatKMailWouldReadDifferently()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, why);
        QTemporaryDir home;
        const QString config = makeHome(home.path(), QStringLiteral("single"));
        QByteArray bytes = readFile(config + QStringLiteral("/mailtransports"));
        QVERIFY(bytes.contains(from));
        bytes.replace(from, to);
        writeFile(config + QStringLiteral("/mailtransports"), bytes);
        const ChangePlan plan = planFor(
            home.path(), config, settingsFor(QStringLiteral("pcug"), QStringLiteral("alice@pcug.org.au")));
        QVERIFY(!plan.canApply());
        QVERIFY(plan.files.isEmpty());
        QVERIFY2(plan.refusal.contains(why), qPrintable(plan.refusal));
    }

    void refusesWhileKMailOrItsSenderRuns()
    {
        QTemporaryDir home;
        const QString config = makeHome(home.path(), QStringLiteral("single"));
        const KMailAdapter kmail;
        QVERIFY(kmail.runningReason(config).isEmpty());
        {
            FakeProcess fake(QStringLiteral("kmail"));
            const QString reason = kmail.runningReason(config);
            QVERIFY2(reason.contains(QStringLiteral("kmail (process %1)").arg(fake.processId())),
                     qPrintable(reason));
            QVERIFY(reason.contains(QStringLiteral("Quit KMail")));
            const ChangePlan plan =
                planFor(home.path(), config,
                        settingsFor(QStringLiteral("pcug"), QStringLiteral("alice@pcug.org.au")));
            QCOMPARE(plan.refusal, reason);
        }
        {
            FakeProcess fake(QStringLiteral("akonadi_maildispatcher_agent"));
            QVERIFY(kmail.runningReason(config).contains(QStringLiteral("akonadictl stop")));
        }
        QVERIFY(kmail.runningReason(config).isEmpty());
    }

    void appliesAndUndoesByteForByte()
    {
        QTemporaryDir home;
        const QString config = makeHome(home.path(), QStringLiteral("shared"));
        const QByteArray transportsBefore = readFile(config + QStringLiteral("/mailtransports"));
        const QByteArray identitiesBefore = readFile(config + QStringLiteral("/emailidentities"));
        const ChangePlan plan = planFor(
            home.path(), config, settingsFor(QStringLiteral("pcug"), QStringLiteral("alice@pcug.org.au")));
        QVERIFY(plan.canApply());
        BackupStore store(home.filePath(QStringLiteral("backups")));
        const KMailAdapter kmail;
        const RunningCheck running = [&](const QString&, const QString& location) {
            return kmail.runningReason(location);
        };
        const ApplyResult applied = applyPlans({plan}, store, running, QStringLiteral("test"));
        QVERIFY2(applied.ok, qPrintable(applied.error));
        QCOMPARE(readFile(config + QStringLiteral("/mailtransports")),
                 fileNamed(plan, QStringLiteral("mailtransports"))->after);
        QCOMPARE(readFile(config + QStringLiteral("/emailidentities")),
                 fileNamed(plan, QStringLiteral("emailidentities"))->after);
        const UndoResult undone = undoTransaction(store, applied.transactionId, running, false);
        QVERIFY2(undone.ok, qPrintable(undone.error));
        QCOMPARE(readFile(config + QStringLiteral("/mailtransports")), transportsBefore);
        QCOMPARE(readFile(config + QStringLiteral("/emailidentities")), identitiesBefore);
    }

    void kdeReadsBackWhatWasWritten()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("kreadconfig5")).isEmpty())
            QSKIP("kreadconfig5 (Debian package libkf5config-bin) is not installed");
        QTemporaryDir home;
        const QString config = makeHome(home.path(), QStringLiteral("shared"));
        const QString realName = QStringLiteral(" Zoë \"Z\" Müller\\O'Brien\t ");
        const ChangePlan plan =
            planFor(home.path(), config,
                    settingsFor(QStringLiteral("pcug"), QStringLiteral("zoe@pcug.org.au"), realName));
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        for (const FileChange& file : plan.files)
            writeFile(file.path, file.after);
        // KConfig finds the files where KMail does: $XDG_CONFIG_HOME, by name.
        const QString uoidGroup = QStringLiteral("Identity #2");
        const QString id =
            kreadconfig(config, QStringLiteral("emailidentities"), uoidGroup, QStringLiteral("Transport"));
        QVERIFY(id.toInt() > 0);
        QCOMPARE(kreadconfig(config, QStringLiteral("emailidentities"), uoidGroup,
                             QStringLiteral("Email Address")),
                 QStringLiteral("zoe@pcug.org.au"));
        const KConfigFile i = after(plan, QStringLiteral("emailidentities"));
        QCOMPARE(kreadconfig(config, QStringLiteral("emailidentities"), uoidGroup, QStringLiteral("Name")),
                 val(i, uoidGroup, QStringLiteral("Name")));
        const QString g = QStringLiteral("Transport ") + id;
        QCOMPARE(kreadconfig(config, QStringLiteral("mailtransports"), g, QStringLiteral("id")), id);
        QCOMPARE(kreadconfig(config, QStringLiteral("mailtransports"), g, QStringLiteral("host")),
                 QStringLiteral("smtps.tip.net.au"));
        QCOMPARE(kreadconfig(config, QStringLiteral("mailtransports"), g, QStringLiteral("port")),
                 QStringLiteral("465"));
        QCOMPARE(kreadconfig(config, QStringLiteral("mailtransports"), g, QStringLiteral("encryption")),
                 QStringLiteral("SSL"));
        QCOMPARE(kreadconfig(config, QStringLiteral("mailtransports"), g, QStringLiteral("user")),
                 QStringLiteral("zoe"));
        QCOMPARE(kreadconfig(config, QStringLiteral("mailtransports"), QStringLiteral("Transport 202552245"),
                             QStringLiteral("host")),
                 QStringLiteral("smtp.gmail.com"));

        // Every escape, both ways: our writer read by KConfig, KConfig's writer read by us.
        const QStringList values{realName,
                                 QStringLiteral(" lead"),
                                 QStringLiteral("trail "),
                                 QStringLiteral("a\\b"),
                                 QStringLiteral("tab\there"),
                                 QStringLiteral("x=y [z]"),
                                 QStringLiteral("ctl\x01")};
        KConfigFile ours = KConfigFile::parse("[Values]\n");
        for (int n = 0; n < values.size(); ++n)
            ours.setValue(QStringLiteral("Values"), QStringLiteral("v%1").arg(n), values[n]);
        writeFile(config + QStringLiteral("/escapes"), ours.toBytes());
        for (int n = 0; n < values.size(); ++n)
            QCOMPARE(kreadconfig(config, QStringLiteral("escapes"), QStringLiteral("Values"),
                                 QStringLiteral("v%1").arg(n)),
                     values[n]);
        if (QStandardPaths::findExecutable(QStringLiteral("kwriteconfig5")).isEmpty())
            return;
        for (int n = 0; n < values.size(); ++n) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
            p.setProcessEnvironment(env);
            p.start(QStringLiteral("kwriteconfig5"),
                    {QStringLiteral("--file"), QStringLiteral("theirs"), QStringLiteral("--group"),
                     QStringLiteral("Values"), QStringLiteral("--key"), QStringLiteral("v%1").arg(n),
                     values[n]});
            QVERIFY(p.waitForFinished(20000));
        }
        const QByteArray theirs = readFile(config + QStringLiteral("/theirs"));
        const KConfigFile parsed = KConfigFile::parse(theirs);
        QVERIFY(parsed.errors().isEmpty());
        QCOMPARE(parsed.toBytes(), theirs);
        for (int n = 0; n < values.size(); ++n)
            QCOMPARE(val(parsed, QStringLiteral("Values"), QStringLiteral("v%1").arg(n)), values[n]);
    }

    void findsKde4AndFlatpakSettings()
    {
        QTemporaryDir home;
        writeFile(home.filePath(QStringLiteral(".kde/share/config/mailtransports")),
                  readFile(data + QStringLiteral("/single-mailtransports")));
        writeFile(home.filePath(QStringLiteral(".var/app/org.kde.kmail2/config/emailidentities")),
                  readFile(data + QStringLiteral("/single-emailidentities")));
        const HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux);
        auto found = KMailAdapter().detect(env);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].location, home.filePath(QStringLiteral(".var/app/org.kde.kmail2/config")));
        QCOMPARE(found[1].location, home.filePath(QStringLiteral(".kde/share/config")));
        QVERIFY(found[1].label.startsWith(QStringLiteral("KDE 4 settings")));

        // Once KMail has its own ~/.config files, the KDE 4 ones are no longer read.
        makeHome(home.path(), QStringLiteral("single"));
        found = KMailAdapter().detect(env);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].location, home.filePath(QStringLiteral(".config")));
        QVERIFY(found[0].isDefault);
    }
};

QTEST_GUILESS_MAIN(TestKMail)
#include "test_kmail.moc"
