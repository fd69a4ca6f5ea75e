// SPDX-License-Identifier: GPL-3.0-or-later
// Apple configuration profiles: the property list wrapper (libplist) reads, writes and
// refuses files as it should; the generated .mobileconfig passes the real plistutil and
// Python's independent plistlib, fits the key names, types and values of Apple's
// published schema (tests/data/apple/schema-keys.tsv), matches the reviewed golden file,
// is signed so that the real `openssl cms -verify` / `openssl smime -verify` accept it,
// and is handed to macOS with exactly `/usr/bin/open <file>`.
#include "accountsettings.h"
#include "apple/mobileconfig.h"
#include "apple/mobileconfiginstall.h"
#include "apple/mobileconfigsigner.h"
#include "apple/plistdocument.h"
#include "profileloader.h"
#include "settingsexporter.h"
#include "support/testfiles.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace mailsetup;
using testfiles::readFile;
using testfiles::writeFile;

namespace {

const QString data = QStringLiteral(MAILSETUP_TEST_DATA "/apple");

ProviderProfile bundled(const QString& id)
{
    const ProfileLoadResult loaded = ProfileLoader::loadBundled(id);
    if (!loaded.ok())
        qFatal("profile %s: %s", qPrintable(id), qPrintable(loaded.errorText()));
    return *loaded.profile;
}

AccountSettings resolved(const ProviderProfile& profile,
                         const QString& email,
                         std::optional<int> outgoingPort = {},
                         std::optional<int> incomingPort = {})
{
    AccountRequest request;
    request.email = email;
    request.realName = QStringLiteral("Alice Ng");
    request.outgoingPort = outgoingPort;
    request.incomingPort = incomingPort;
    const ResolveResult r = resolveAccount(profile, request);
    if (!r.settings)
        qFatal("%s", qPrintable(r.error));
    return *r.settings;
}

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// The schema table: payload type -> key -> {type, presence, values}.
struct SchemaKey
{
    QString type;
    bool required = false;
    QStringList values;
};
using Schema = QHash<QString, QHash<QString, SchemaKey>>;

Schema loadSchema()
{
    Schema schema;
    const QList<QByteArray> lines = readFile(data + QStringLiteral("/schema-keys.tsv")).split('\n');
    for (const QByteArray& line : lines) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QStringList f = QString::fromUtf8(line).split(QLatin1Char('\t'));
        if (f.size() != 5)
            qFatal("schema-keys.tsv: bad line %s", line.constData());
        schema[f[0]][f[1]] = {f[2], f[3] == QLatin1String("required"),
                              f[4].isEmpty() ? QStringList() : f[4].split(QLatin1Char(','))};
    }
    return schema;
}

// Every problem of one dictionary against the schema's keys for it.
QStringList schemaProblems(const PlistNode& dict, const QHash<QString, SchemaKey>& keys, const QString& where)
{
    QStringList problems;
    for (const QString& key : dict.keys()) {
        if (!keys.contains(key)) {
            problems << QStringLiteral("%1: key %2 is not in the schema").arg(where, key);
            continue;
        }
        const SchemaKey& expected = keys[key];
        const PlistNode value = dict.value(key);
        const QString actual = PlistNode::typeName(value.type());
        if (actual != expected.type)
            problems << QStringLiteral("%1: %2 is %3, schema says %4").arg(where, key, actual, expected.type);
        if (!expected.values.isEmpty()) {
            const QString text = value.type() == PlistNode::Type::Integer ? QString::number(value.toInteger())
                                                                          : value.toString();
            if (!expected.values.contains(text))
                problems << QStringLiteral("%1: %2 = %3 is not one of %4")
                                .arg(where, key, text, expected.values.join(QLatin1Char(',')));
        }
    }
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        if (it->required && !dict.contains(it.key()))
            problems << QStringLiteral("%1: required key %2 is missing").arg(where, it.key());
    }
    return problems;
}

std::unique_ptr<PlistDocument> parse(const QByteArray& bytes)
{
    PlistDocument::ReadResult r = PlistDocument::read(bytes, QStringLiteral("generated.mobileconfig"));
    if (!r.document)
        qFatal("%s", qPrintable(r.error));
    return std::move(r.document);
}

PlistNode payloadOfType(const PlistDocument& doc, const QString& type)
{
    const PlistNode content = doc.root().value(QStringLiteral("PayloadContent"));
    for (int i = 0; i < content.size(); ++i) {
        if (content.at(i).value(QStringLiteral("PayloadType")).toString() == type)
            return content.at(i);
    }
    return {};
}

// Records the command instead of running it.
class RecordingRunner : public ToolRunner
{
public:
    bool starts = true;
    int exitCode = 0;
    QStringList calls;
    ToolResult run(const QString& program, const QStringList& arguments, const QByteArray&) override
    {
        calls << (QStringList{program} + arguments).join(QLatin1Char(' '));
        ToolResult result;
        result.started = starts;
        result.exitCode = starts ? exitCode : -1;
        if (starts && exitCode != 0)
            result.standardError = "LSOpenURLsWithRole() failed with error -10814\n";
        return result;
    }
    QString findProgram(const QString& name) override { return name; }
};

} // namespace

class TestMobileconfig : public QObject
{
    Q_OBJECT

private slots:
    void plistReadsXmlAndBinaryAndWritesTheSameFormBack();
    void plistEditKeepsKeyOrderAndOtherValues();
    void plistRefusesBadFilesNamingThem_data();
    void plistRefusesBadFilesNamingThem();
    void profilePassesPlistutilAndPythonPlistlib();
    void profileFitsApplesSchema();
    void profileMatchesReviewedGoldenFile();
    void profileIsStableAndNamedByProviderAndAddress();
    void profileCarriesTheRootCertificateAndNoPassword();
    void starttlsPortIsWrittenWithUseSslAndSaid();
    void outgoingOnlyProviderIsRefusedInPlainWords();
    void exporterIsRegisteredAndGivesTheSameBytes();
    void signedProfileVerifiesWithOpenssl();
    void signingWithPkcs12VerifiesWithOpenssl();
    void signingRefusesWrongKeyAndPasswordNamingTheFile();
    void openUsesTheSystemInstallerWithTheExactCommandLine();
    void approvalTextNamesTheRightPlace();

private:
    QByteArray pcugProfile()
    {
        const ProviderProfile profile = bundled(QStringLiteral("pcug"));
        const MobileconfigResult r =
            generateMobileconfig(resolved(profile, QStringLiteral("alice@pcug.org.au")), profile);
        if (r.xml.isEmpty())
            qFatal("%s", qPrintable(r.error));
        return r.xml;
    }

    // A self-signed signing certificate made with the real openssl, in dir.
    void makeSigner(const QString& dir, const QString& name)
    {
        const Run r = run(QStringLiteral("openssl"),
                          {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                           QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                           QStringLiteral("2"), QStringLiteral("-subj"),
                           QStringLiteral("/CN=%1 profile signer/O=Mail Setup tests").arg(name),
                           QStringLiteral("-keyout"), dir + QLatin1Char('/') + name + QStringLiteral(".key"),
                           QStringLiteral("-out"), dir + QLatin1Char('/') + name + QStringLiteral(".pem")});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    // The content `openssl <tool> -verify` recovers from a signed profile, checked
    // against the signer's certificate; fails the test when verification fails.
    QByteArray verifiedContent(const QString& tool, const QString& signedFile, const QString& signerPem)
    {
        const QString out = signedFile + QStringLiteral(".") + tool + QStringLiteral(".out");
        const Run r = run(QStringLiteral("openssl"),
                          {tool, QStringLiteral("-verify"), QStringLiteral("-inform"), QStringLiteral("DER"),
                           QStringLiteral("-in"), signedFile, QStringLiteral("-CAfile"), signerPem,
                           QStringLiteral("-purpose"), QStringLiteral("any"), QStringLiteral("-out"), out});
        if (r.code != 0)
            qWarning("openssl %s -verify: %s", qPrintable(tool), r.err.constData());
        return r.code == 0 ? readFile(out) : QByteArray();
    }
};

void TestMobileconfig::plistReadsXmlAndBinaryAndWritesTheSameFormBack()
{
    const QByteArray xml = readFile(data + QStringLiteral("/tiger/com.apple.mail.plist.xml"));
    QVERIFY(!xml.isEmpty());
    auto doc = parse(xml);
    QCOMPARE(doc->format(), PlistFormat::Xml);
    const QByteArray binary = doc->toBytes(PlistFormat::Binary);
    QVERIFY(binary.startsWith("bplist00"));
    auto again = parse(binary);
    QCOMPARE(again->format(), PlistFormat::Binary);
    QCOMPARE(again->toBytes(), binary);                         // binary stays binary, byte for byte
    QCOMPARE(again->toBytes(PlistFormat::Xml), doc->toBytes()); // and says the same as the XML
    const PlistNode accounts = again->root().value(QStringLiteral("MailAccounts"));
    QVERIFY(accounts.isArray());
    QVERIFY(accounts.size() >= 2);
}

void TestMobileconfig::plistEditKeepsKeyOrderAndOtherValues()
{
    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<plist version=\"1.0\"><dict><key>b</key><integer>-7</integer>"
                           "<key>a</key><date>2005-04-29T10:00:00Z</date><key>c</key><real>1.5</real>"
                           "</dict></plist>";
    auto doc = parse(xml);
    PlistNode root = doc->root();
    QCOMPARE(root.value(QStringLiteral("b")).toInteger(), qint64(-7));
    root.setString(QStringLiteral("a"), QStringLiteral("x & <y>"));
    root.setBool(QStringLiteral("d"), true);
    QCOMPARE(root.keys(), (QStringList{"b", "a", "c", "d"}));
    const QByteArray out = doc->toBytes();
    QVERIFY(out.contains("<string>x &amp; &lt;y&gt;</string>"));
    QVERIFY(out.contains("<integer>-7</integer>"));
    QVERIFY(out.contains("<real>1.5"));
    root.remove(QStringLiteral("b"));
    QCOMPARE(root.keys(), (QStringList{"a", "c", "d"}));
}

void TestMobileconfig::plistRefusesBadFilesNamingThem_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray("\n") << QStringLiteral("is empty");
    QTest::newRow("unclosed element")
        << QByteArray("<?xml version=\"1.0\"?>\n<plist version=\"1.0\">\n<dict>\n"
                      "<key>a</key><string>x</dict>\n</plist>\n")
        << QStringLiteral("line 4");
    QTest::newRow("not a plist element")
        << QByteArray("<?xml version=\"1.0\"?>\n<plist version=\"1.0\"><dict><key>a</key><color>red</color>"
                      "</dict></plist>\n")
        << QStringLiteral("not a property list");
    QTest::newRow("damaged binary") << QByteArray("bplist00\x01\x02garbage")
                                    << QStringLiteral("damaged binary");
    QTest::newRow("OpenStep text") << QByteArray("{ MailAccounts = (); }\n")
                                   << QStringLiteral("old text form");
}

void TestMobileconfig::plistRefusesBadFilesNamingThem()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const PlistDocument::ReadResult r = PlistDocument::read(bytes, QStringLiteral("/home/alice/bad.plist"));
    QVERIFY(!r.document);
    QVERIFY2(r.error.contains(QStringLiteral("/home/alice/bad.plist")), qPrintable(r.error));
    QVERIFY2(r.error.contains(expected), qPrintable(r.error));
}

void TestMobileconfig::profilePassesPlistutilAndPythonPlistlib()
{
    if (QStandardPaths::findExecutable(QStringLiteral("plistutil")).isEmpty())
        QSKIP("plistutil (Debian libplist-utils) is not installed; scripts/install-deps.sh installs it");
    QTemporaryDir dir;
    const QString xmlFile = dir.filePath(QStringLiteral("p.mobileconfig"));
    const QString binFile = dir.filePath(QStringLiteral("p.bin"));
    const QString backFile = dir.filePath(QStringLiteral("p.back.xml"));
    const QByteArray xml = pcugProfile();
    writeFile(xmlFile, xml);
    Run r = run(QStringLiteral("plistutil"), {QStringLiteral("-i"), xmlFile, QStringLiteral("-o"), binFile,
                                              QStringLiteral("-f"), QStringLiteral("bin")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(readFile(binFile).startsWith("bplist00"));
    r = run(QStringLiteral("plistutil"), {QStringLiteral("-i"), binFile, QStringLiteral("-o"), backFile,
                                          QStringLiteral("-f"), QStringLiteral("xml")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(readFile(backFile), xml);

    // CPython's plistlib is a second, independent parser: XML and binary must say the same.
    const QString script =
        QStringLiteral("import plistlib,sys\n"
                       "a=plistlib.load(open(sys.argv[1],'rb')); b=plistlib.load(open(sys.argv[2],'rb'))\n"
                       "assert a==b, 'xml and binary differ'\n"
                       "print(a['PayloadType'], len(a['PayloadContent']), "
                       "a['PayloadContent'][1]['IncomingMailServerPortNumber'])\n");
    r = run(QStringLiteral("python3"), {QStringLiteral("-c"), script, xmlFile, binFile});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.out.trimmed(), QByteArray("Configuration 2 995"));
}

void TestMobileconfig::profileFitsApplesSchema()
{
    const Schema schema = loadSchema();
    auto doc = parse(pcugProfile());
    QStringList problems =
        schemaProblems(doc->root(), schema[QStringLiteral("TopLevel")], QStringLiteral("top level"));
    const PlistNode content = doc->root().value(QStringLiteral("PayloadContent"));
    QCOMPARE(content.size(), 2);
    QSet<QString> identifiers;
    for (int i = 0; i < content.size(); ++i) {
        const PlistNode payload = content.at(i);
        const QString type = payload.value(QStringLiteral("PayloadType")).toString();
        QVERIFY2(schema.contains(type), qPrintable(type));
        QHash<QString, SchemaKey> keys = schema[QStringLiteral("Common")];
        for (auto it = schema[type].begin(); it != schema[type].end(); ++it)
            keys[it.key()] = it.value(); // the payload's own PayloadContent (data) wins
        problems << schemaProblems(payload, keys, type);
        identifiers << payload.value(QStringLiteral("PayloadIdentifier")).toString();
        QVERIFY(payload.value(QStringLiteral("PayloadIdentifier"))
                    .toString()
                    .startsWith(doc->root().value(QStringLiteral("PayloadIdentifier")).toString() +
                                QLatin1Char('.')));
    }
    QCOMPARE(identifiers.size(), 2); // unique within the profile (CommonPayloadKeys.yaml)
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // The check can fail: a misspelt key and a wrong type are both caught.
    PlistNode mail = payloadOfType(*doc, QStringLiteral("com.apple.mail.managed"));
    mail.setString(QStringLiteral("IncomingMailServerPort"), QStringLiteral("995"));
    mail.setString(QStringLiteral("OutgoingMailServerUseSSL"), QStringLiteral("yes"));
    QHash<QString, SchemaKey> keys = schema[QStringLiteral("Common")];
    keys.insert(schema[QStringLiteral("com.apple.mail.managed")]);
    QCOMPARE(schemaProblems(mail, keys, QStringLiteral("mail")).size(), 2);
}

void TestMobileconfig::profileMatchesReviewedGoldenFile()
{
    // Reviewed once by hand (see tests/data/apple/README.md); any change to the
    // generator shows up here as a diff to review again.
    const QByteArray golden = readFile(data + QStringLiteral("/pcug-alice.mobileconfig"));
    const QByteArray actual = pcugProfile();
    if (actual != golden) {
        const QString path = QStringLiteral(MAILSETUP_BINARY_DIR "/pcug-alice.actual.mobileconfig");
        writeFile(path, actual);
        qWarning("generated profile differs from the golden file; it is in %s for review", qPrintable(path));
    }
    QVERIFY(!golden.isEmpty());
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(golden));
}

void TestMobileconfig::profileIsStableAndNamedByProviderAndAddress()
{
    QCOMPARE(pcugProfile(), pcugProfile());
    const MobileconfigIds alice =
        mobileconfigIds(QStringLiteral("pcug.org.au"), QStringLiteral("alice@pcug.org.au"));
    const MobileconfigIds bob =
        mobileconfigIds(QStringLiteral("pcug.org.au"), QStringLiteral("bob@pcug.org.au"));
    QCOMPARE(alice.profileIdentifier, QStringLiteral("org.mailsetup.pcug-org-au.alice-pcug-org-au"));
    QCOMPARE(alice.mailIdentifier, alice.profileIdentifier + QStringLiteral(".mail"));
    QVERIFY(alice.profileUuid != bob.profileUuid);
    QVERIFY(alice.mailUuid != alice.rootUuid);
    // RFC 4122 version 5 (name-based), upper case as uuidgen prints it.
    QVERIFY(QRegularExpression(
                QStringLiteral("^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$"))
                .match(alice.profileUuid)
                .hasMatch());
    QCOMPARE(mobileconfigIds(QStringLiteral("pcug.org.au"), QStringLiteral("alice@pcug.org.au")).profileUuid,
             alice.profileUuid);
}

void TestMobileconfig::profileCarriesTheRootCertificateAndNoPassword()
{
    const ProviderProfile profile = bundled(QStringLiteral("pcug"));
    auto doc = parse(pcugProfile());
    const PlistNode root = payloadOfType(*doc, QStringLiteral("com.apple.security.root"));
    const QByteArray der = root.value(QStringLiteral("PayloadContent")).toData();
    QCOMPARE(der, profile.ca->certificate.der);
    QCOMPARE(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex().toUpper(),
             QByteArray("07EDBD824A4988CFEF4215DA20D48C2B41D71529D7C900F570926F277CC230C5"));
    const PlistNode mail = payloadOfType(*doc, QStringLiteral("com.apple.mail.managed"));
    QCOMPARE(mail.value(QStringLiteral("EmailAccountType")).toString(), QStringLiteral("EmailTypePOP"));
    QCOMPARE(mail.value(QStringLiteral("IncomingMailServerHostName")).toString(),
             QStringLiteral("mailhost.pcug.org.au"));
    QCOMPARE(mail.value(QStringLiteral("OutgoingMailServerHostName")).toString(),
             QStringLiteral("smtps.tip.net.au"));
    QCOMPARE(mail.value(QStringLiteral("OutgoingMailServerPortNumber")).toInteger(), qint64(465));
    QCOMPARE(mail.value(QStringLiteral("IncomingMailServerUsername")).toString(), QStringLiteral("alice"));
    QCOMPARE(mail.value(QStringLiteral("IncomingMailServerAuthentication")).toString(),
             QStringLiteral("EmailAuthPassword"));
    QCOMPARE(mail.value(QStringLiteral("EmailAccountName")).toString(), QStringLiteral("Alice Ng"));
    QVERIFY(mail.value(QStringLiteral("OutgoingPasswordSameAsIncomingPassword")).toBool());
    for (const QString& key : {QStringLiteral("IncomingPassword"), QStringLiteral("OutgoingPassword")})
        QVERIFY(!mail.contains(key));
    QVERIFY(!pcugProfile().toLower().contains("<key>password"));
}

void TestMobileconfig::starttlsPortIsWrittenWithUseSslAndSaid()
{
    const ProviderProfile profile = bundled(QStringLiteral("pcug"));
    const MobileconfigResult r =
        generateMobileconfig(resolved(profile, QStringLiteral("alice@pcug.org.au"), 587), profile);
    QVERIFY2(!r.xml.isEmpty(), qPrintable(r.error));
    auto doc = parse(r.xml);
    const PlistNode mail = payloadOfType(*doc, QStringLiteral("com.apple.mail.managed"));
    QCOMPARE(mail.value(QStringLiteral("OutgoingMailServerPortNumber")).toInteger(), qint64(587));
    QVERIFY(mail.value(QStringLiteral("OutgoingMailServerUseSSL")).toBool());
    QVERIFY2(r.notes.join(QLatin1Char(' ')).contains(QStringLiteral("STARTTLS port (587)")),
             qPrintable(r.notes.join(QLatin1Char(' '))));
}

void TestMobileconfig::outgoingOnlyProviderIsRefusedInPlainWords()
{
    const ProviderProfile profile = bundled(QStringLiteral("fnal"));
    const MobileconfigResult r =
        generateMobileconfig(resolved(profile, QStringLiteral("alice@fnal.gov")), profile);
    QVERIFY(r.xml.isEmpty());
    QVERIFY2(r.error.contains(QStringLiteral("only the outgoing server")), qPrintable(r.error));
}

void TestMobileconfig::exporterIsRegisteredAndGivesTheSameBytes()
{
    const SettingsExporter* exporter = findSettingsExporter(QStringLiteral("mobileconfig"));
    QVERIFY(exporter);
    const ProviderProfile profile = bundled(QStringLiteral("pcug"));
    const AccountSettings settings = resolved(profile, QStringLiteral("alice@pcug.org.au"));
    QString error;
    QCOMPARE(exporter->generate(settings, profile, &error), pcugProfile());
    QCOMPARE(exporter->suggestedFileName(settings),
             QStringLiteral("pcug-org-au-alice@pcug.org.au.mobileconfig"));
    QVERIFY(exporter->howToUse().contains(QStringLiteral("Profiles")));
    const ProviderProfile fnal = bundled(QStringLiteral("fnal"));
    QVERIFY(exporter->generate(resolved(fnal, QStringLiteral("alice@fnal.gov")), fnal, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestMobileconfig::signedProfileVerifiesWithOpenssl()
{
    QTemporaryDir dir;
    makeSigner(dir.path(), QStringLiteral("helpdesk"));
    SigningIdentity identity;
    identity.certificateFile = dir.filePath(QStringLiteral("helpdesk.pem"));
    identity.keyFile = dir.filePath(QStringLiteral("helpdesk.key"));
    const QByteArray profile = pcugProfile();
    const SignResult signedResult = signMobileconfig(profile, identity);
    QVERIFY2(!signedResult.der.isEmpty(), qPrintable(signedResult.error));
    const QString signedFile = dir.filePath(QStringLiteral("signed.mobileconfig"));
    writeFile(signedFile, signedResult.der);
    QCOMPARE(verifiedContent(QStringLiteral("cms"), signedFile, identity.certificateFile), profile);
    QCOMPARE(verifiedContent(QStringLiteral("smime"), signedFile, identity.certificateFile), profile);

    // Against another certificate, verification fails: the check can fail.
    makeSigner(dir.path(), QStringLiteral("stranger"));
    QVERIFY(verifiedContent(QStringLiteral("cms"), signedFile, dir.filePath(QStringLiteral("stranger.pem")))
                .isEmpty());
}

void TestMobileconfig::signingWithPkcs12VerifiesWithOpenssl()
{
    QTemporaryDir dir;
    makeSigner(dir.path(), QStringLiteral("mdm"));
    const QString p12 = dir.filePath(QStringLiteral("mdm.p12"));
    const Run r = run(QStringLiteral("openssl"),
                      {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"),
                       dir.filePath(QStringLiteral("mdm.pem")), QStringLiteral("-inkey"),
                       dir.filePath(QStringLiteral("mdm.key")), QStringLiteral("-out"), p12,
                       QStringLiteral("-passout"), QStringLiteral("pass:unlock-p12")});
    QVERIFY2(r.code == 0, r.err.constData());
    SigningIdentity identity;
    identity.pkcs12File = p12;
    identity.pkcs12Password = QStringLiteral("unlock-p12");
    const SignResult signedResult = signMobileconfig(pcugProfile(), identity);
    QVERIFY2(!signedResult.der.isEmpty(), qPrintable(signedResult.error));
    const QString signedFile = dir.filePath(QStringLiteral("signed.mobileconfig"));
    writeFile(signedFile, signedResult.der);
    QCOMPARE(verifiedContent(QStringLiteral("cms"), signedFile, dir.filePath(QStringLiteral("mdm.pem"))),
             pcugProfile());
}

void TestMobileconfig::signingRefusesWrongKeyAndPasswordNamingTheFile()
{
    QTemporaryDir dir;
    makeSigner(dir.path(), QStringLiteral("one"));
    makeSigner(dir.path(), QStringLiteral("two"));
    SigningIdentity mismatched;
    mismatched.certificateFile = dir.filePath(QStringLiteral("one.pem"));
    mismatched.keyFile = dir.filePath(QStringLiteral("two.key"));
    SignResult r = signMobileconfig(pcugProfile(), mismatched);
    QVERIFY(r.der.isEmpty());
    QVERIFY2(r.error.contains(QStringLiteral("two.key")) &&
                 r.error.contains(QStringLiteral("does not belong")),
             qPrintable(r.error));

    SigningIdentity notACert;
    notACert.certificateFile = dir.filePath(QStringLiteral("one.key"));
    notACert.keyFile = dir.filePath(QStringLiteral("one.key"));
    r = signMobileconfig(pcugProfile(), notACert);
    QVERIFY2(r.error.contains(QStringLiteral("one.key")) &&
                 r.error.contains(QStringLiteral("no PEM certificate")),
             qPrintable(r.error));

    SigningIdentity wrongPassword;
    wrongPassword.pkcs12File = dir.filePath(QStringLiteral("one.p12"));
    QVERIFY(run(QStringLiteral("openssl"),
                {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"),
                 mismatched.certificateFile, QStringLiteral("-inkey"),
                 dir.filePath(QStringLiteral("one.key")), QStringLiteral("-out"), wrongPassword.pkcs12File,
                 QStringLiteral("-passout"), QStringLiteral("pass:right")})
                .code == 0);
    wrongPassword.pkcs12Password = QStringLiteral("wrong");
    r = signMobileconfig(pcugProfile(), wrongPassword);
    QVERIFY2(r.error.contains(QStringLiteral("one.p12")) &&
                 r.error.contains(QStringLiteral("wrong password")),
             qPrintable(r.error));
}

void TestMobileconfig::openUsesTheSystemInstallerWithTheExactCommandLine()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("alice.mobileconfig"));
    writeFile(file, pcugProfile());
    RecordingRunner runner;
    OpenProfileResult r = openProfileForInstall(file, runner, 14);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(runner.calls, QStringList{QStringLiteral("/usr/bin/open ") + file});
    QVERIFY(r.approvalText.contains(QStringLiteral("Privacy & Security")));

    runner.exitCode = 1;
    r = openProfileForInstall(file, runner, 14);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(file) && r.error.contains(QStringLiteral("Double-click")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("(LSOpenURLsWithRole() failed with error -10814)")),
             qPrintable(r.error));

    runner.starts = false;
    r = openProfileForInstall(file, runner, 14);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("cannot start /usr/bin/open")), qPrintable(r.error));

    RecordingRunner unused;
    r = openProfileForInstall(dir.filePath(QStringLiteral("missing.mobileconfig")), unused, 14);
    QVERIFY(!r.ok);
    QVERIFY(unused.calls.isEmpty());
}

void TestMobileconfig::approvalTextNamesTheRightPlace()
{
    QVERIFY(profileApprovalText(13).contains(QStringLiteral("System Settings > Privacy & Security")));
    QVERIFY(profileApprovalText(12).contains(QStringLiteral("System Preferences > Profiles")));
    QVERIFY(!profileApprovalText(12).contains(QStringLiteral("System Settings")));
    const QString unknown = profileApprovalText(0);
    QVERIFY(unknown.contains(QStringLiteral("System Preferences > Profiles")) &&
            unknown.contains(QStringLiteral("Privacy & Security")));
}

QTEST_GUILESS_MAIN(TestMobileconfig)
#include "test_mobileconfig.moc"
