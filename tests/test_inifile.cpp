// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/inifile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using mailsetup::IniFile;

namespace {

QString dataPath(const QString& name)
{
    return QStringLiteral(MAILSETUP_TEST_DATA "/ini/") + name;
}

QByteArray readFixture(const QString& name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    }
    return file.readAll();
}

QStringList fixtureNames()
{
    return QDir(QStringLiteral(MAILSETUP_TEST_DATA "/ini")).entryList({QStringLiteral("*.ini")}, QDir::Files);
}

// Exercises every read path so a crash or assertion on odd input shows up.
void touchEverything(const IniFile& ini)
{
    for (const QString& section : ini.sections()) {
        QVERIFY(ini.hasSection(section));
        for (const QString& key : ini.keys(section)) {
            QVERIFY(ini.value(section, key).has_value());
            QVERIFY(ini.lineOf(section, key) > 0);
        }
    }
}

} // namespace

class TestIniFile : public QObject
{
    Q_OBJECT

private slots:
    void fixturesPresent();
    void roundTrip_data();
    void roundTrip();
    void thunderbirdProfilesIni();
    void thunderbirdInstallsIni();
    void multiProfileIni();
    void windowsCrlfIni();
    void caseSensitiveLookup();
    void caseInsensitiveLookup();
    void keysBeforeFirstSection();
    void whitespaceAndEquals();
    void duplicates();
    void setValueInPlace();
    void setValueKeepsKeySpelling();
    void setValueNewKey();
    void setValueNewKeyInEmptySection();
    void setValueNewSection();
    void setValueNewSectionNoFinalNewline();
    void setValueEmptyFile();
    void setValueFlattensLineBreaks();
    void setValueRejectsUnwritableNames();
    void removeKey();
    void crlfPreserved();
    void dominantLineEnding();
    void bom();
    void invalidLines();
    void malformedSectionHeader();
    void garbageInput();
};

void TestIniFile::fixturesPresent()
{
    const QStringList names = fixtureNames();
    for (const char* name : {"thunderbird-153-profiles.ini", "thunderbird-153-installs.ini",
                             "linux-multi-profile-profiles.ini", "windows-crlf-profiles.ini"}) {
        QVERIFY2(names.contains(QLatin1String(name)), name);
    }
}

void TestIniFile::roundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    for (const QString& name : fixtureNames()) {
        QTest::newRow(qPrintable(name)) << readFixture(name);
    }
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only newline") << QByteArray("\n");
    QTest::newRow("no final newline") << QByteArray("[a]\nk=v");
    QTest::newRow("cr only") << QByteArray("[a]\rk=v\r\r");
    QTest::newRow("mixed endings") << QByteArray("[a]\r\nk=v\n\rx=y\r\n\n");
    QTest::newRow("cr cr lf") << QByteArray("[a]\r\r\nk=v");
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF[a]\nk=v\n");
    QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("half bom") << QByteArray("\xEF\xBB[a]\n");
    QTest::newRow("invalid") << QByteArray("[a\nnonsense\n=v\n[b]x\n");
    QTest::newRow("whitespace") << QByteArray(" \t[ a ] \t\n  k  =  v  \n\t\n");
    QTest::newRow("nul bytes") << QByteArray("[a]\nk=\0v\n\0\0\n", 12);
    QTest::newRow("latin1") << QByteArray("[Settings]\nRealName=J\xF6rg\n");
}

void TestIniFile::roundTrip()
{
    QFETCH(QByteArray, bytes);
    for (auto keyCase : {IniFile::KeyCase::Sensitive, IniFile::KeyCase::Insensitive}) {
        const IniFile ini = IniFile::parse(bytes, keyCase);
        QCOMPARE(ini.toBytes(), bytes);
        touchEverything(ini);
    }
}

void TestIniFile::thunderbirdProfilesIni()
{
    const IniFile ini = IniFile::parse(readFixture(QStringLiteral("thunderbird-153-profiles.ini")));
    QVERIFY(ini.errors().isEmpty());
    // Thunderbird writes its sections in hash-table order, not numerically.
    QCOMPARE(ini.sections(),
             (QStringList{QStringLiteral("Profile1"), QStringLiteral("InstallFDC34C9F024745EB"),
                          QStringLiteral("Profile0"), QStringLiteral("General")}));
    QCOMPARE(ini.keys(QStringLiteral("Profile1")),
             (QStringList{QStringLiteral("Name"), QStringLiteral("IsRelative"), QStringLiteral("Path"),
                          QStringLiteral("Default")}));
    QCOMPARE(ini.value(QStringLiteral("Profile1"), QStringLiteral("Path")),
             QStringLiteral("yrbv7afh.default"));
    QCOMPARE(ini.value(QStringLiteral("Profile1"), QStringLiteral("Default")), QStringLiteral("1"));
    QCOMPARE(ini.value(QStringLiteral("Profile0"), QStringLiteral("Path")),
             QStringLiteral("jmo9qumo.default-default"));
    QCOMPARE(ini.value(QStringLiteral("Profile0"), QStringLiteral("Default")), std::nullopt);
    QCOMPARE(ini.value(QStringLiteral("InstallFDC34C9F024745EB"), QStringLiteral("Default")),
             QStringLiteral("jmo9qumo.default-default"));
    QCOMPARE(ini.value(QStringLiteral("InstallFDC34C9F024745EB"), QStringLiteral("Locked")),
             QStringLiteral("1"));
    QCOMPARE(ini.value(QStringLiteral("General"), QStringLiteral("Version")), QStringLiteral("2"));
    QCOMPARE(ini.value(QStringLiteral("General"), QStringLiteral("StartWithLastProfile")),
             QStringLiteral("1"));
    QCOMPARE(ini.lineOf(QStringLiteral("Profile1"), QStringLiteral("Name")), 2);
    QCOMPARE(ini.lineOf(QStringLiteral("General"), QStringLiteral("Version")), 18);
    QCOMPARE(ini.lineOf(QStringLiteral("General"), QStringLiteral("Missing")), 0);
    QVERIFY(!ini.hasSection(QString()));
    QVERIFY(!ini.hasSection(QStringLiteral("Profile2")));
}

void TestIniFile::thunderbirdInstallsIni()
{
    const IniFile ini = IniFile::parse(readFixture(QStringLiteral("thunderbird-153-installs.ini")));
    QVERIFY(ini.errors().isEmpty());
    QCOMPARE(ini.sections(), QStringList{QStringLiteral("FDC34C9F024745EB")});
    QCOMPARE(ini.value(QStringLiteral("FDC34C9F024745EB"), QStringLiteral("Default")),
             QStringLiteral("jmo9qumo.default-default"));
    QCOMPARE(ini.value(QStringLiteral("FDC34C9F024745EB"), QStringLiteral("Locked")), QStringLiteral("1"));
}

void TestIniFile::multiProfileIni()
{
    const IniFile ini = IniFile::parse(readFixture(QStringLiteral("linux-multi-profile-profiles.ini")));
    QVERIFY(ini.errors().isEmpty());
    QCOMPARE(ini.sections().size(), 6);
    QCOMPARE(ini.value(QStringLiteral("Profile2"), QStringLiteral("Path")),
             QStringLiteral("/home/alice/Mail/thunderbird-work"));
    QCOMPARE(ini.value(QStringLiteral("Profile2"), QStringLiteral("IsRelative")), QStringLiteral("0"));
    QCOMPARE(ini.value(QStringLiteral("Install3B6073811A6ABF12"), QStringLiteral("Default")),
             QStringLiteral("r4m8t1zc.default-esr"));
    QCOMPARE(ini.value(QStringLiteral("InstallFDC34C9F024745EB"), QStringLiteral("Default")),
             QStringLiteral("k2x9w7qd.default"));
    QCOMPARE(ini.value(QStringLiteral("InstallFDC34C9F024745EB"), QStringLiteral("Locked")), std::nullopt);
}

void TestIniFile::windowsCrlfIni()
{
    const QByteArray bytes = readFixture(QStringLiteral("windows-crlf-profiles.ini"));
    // Guards against git or an editor having normalised the fixture.
    QVERIFY(bytes.contains("\r\n"));
    QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
    const IniFile ini = IniFile::parse(bytes);
    QVERIFY(ini.errors().isEmpty());
    QCOMPARE(ini.value(QStringLiteral("Profile0"), QStringLiteral("Path")),
             QStringLiteral("Profiles/p3v6n0ha.default-release"));
    QCOMPARE(ini.value(QStringLiteral("Install308046B0AF4A39CB"), QStringLiteral("Default")),
             QStringLiteral("Profiles/p3v6n0ha.default-release"));
}

void TestIniFile::caseSensitiveLookup()
{
    const IniFile ini = IniFile::parse(readFixture(QStringLiteral("thunderbird-153-profiles.ini")));
    QCOMPARE(ini.value(QStringLiteral("profile0"), QStringLiteral("Path")), std::nullopt);
    QCOMPARE(ini.value(QStringLiteral("Profile0"), QStringLiteral("path")), std::nullopt);
    QVERIFY(!ini.hasSection(QStringLiteral("GENERAL")));
    QCOMPARE(ini.lineOf(QStringLiteral("general"), QStringLiteral("Version")), 0);
    QVERIFY(ini.keys(QStringLiteral("general")).isEmpty());

    // Sections and keys differing only in case are distinct.
    const IniFile both = IniFile::parse("[A]\nkey=1\nKEY=2\n[a]\nkey=3\n");
    QCOMPARE(both.sections(), (QStringList{QStringLiteral("A"), QStringLiteral("a")}));
    QCOMPARE(both.value(QStringLiteral("A"), QStringLiteral("KEY")), QStringLiteral("2"));
    QCOMPARE(both.value(QStringLiteral("a"), QStringLiteral("key")), QStringLiteral("3"));
    QCOMPARE(both.keys(QStringLiteral("A")), (QStringList{QStringLiteral("key"), QStringLiteral("KEY")}));
}

void TestIniFile::caseInsensitiveLookup()
{
    const QByteArray eudora = "[Settings]\r\n"
                              "POPAccount=alice@example.com\r\n"
                              "SMTPServer=smtp.example.com\r\n"
                              "UsesIMAP=0\r\n"
                              "\r\n"
                              "[Persona-Work]\r\n"
                              "popaccount=alice@work.example\r\n";
    const IniFile ini = IniFile::parse(eudora, IniFile::KeyCase::Insensitive);
    QCOMPARE(ini.value(QStringLiteral("settings"), QStringLiteral("smtpserver")),
             QStringLiteral("smtp.example.com"));
    QCOMPARE(ini.value(QStringLiteral("SETTINGS"), QStringLiteral("PopAccount")),
             QStringLiteral("alice@example.com"));
    QCOMPARE(ini.value(QStringLiteral("persona-work"), QStringLiteral("POPACCOUNT")),
             QStringLiteral("alice@work.example"));
    QVERIFY(ini.hasSection(QStringLiteral("persona-WORK")));
    QCOMPARE(ini.lineOf(QStringLiteral("settings"), QStringLiteral("usesimap")), 4);
    // Names come back as the file spells them.
    QCOMPARE(ini.keys(QStringLiteral("settings")).first(), QStringLiteral("POPAccount"));

    // Case variants of one section or key are the same entry: first one wins.
    const IniFile dup = IniFile::parse("[A]\nkey=1\nKEY=2\n[a]\nkey=3\n", IniFile::KeyCase::Insensitive);
    QCOMPARE(dup.sections(), QStringList{QStringLiteral("A")});
    QCOMPARE(dup.keys(QStringLiteral("a")), QStringList{QStringLiteral("key")});
    QCOMPARE(dup.value(QStringLiteral("a"), QStringLiteral("Key")), QStringLiteral("1"));
}

void TestIniFile::keysBeforeFirstSection()
{
    const IniFile ini = IniFile::parse("; header\ntop=1\n\n[S]\nk=v\n");
    QCOMPARE(ini.sections(), (QStringList{QString(), QStringLiteral("S")}));
    QVERIFY(ini.hasSection(QString()));
    QCOMPARE(ini.value(QString(), QStringLiteral("top")), QStringLiteral("1"));
    QCOMPARE(ini.value(QString(), QStringLiteral("k")), std::nullopt);
    QCOMPARE(ini.lineOf(QString(), QStringLiteral("top")), 2);

    const IniFile commentsOnly = IniFile::parse("# nothing\n\n[S]\nk=v\n");
    QCOMPARE(commentsOnly.sections(), QStringList{QStringLiteral("S")});
    QVERIFY(!commentsOnly.hasSection(QString()));
}

void TestIniFile::whitespaceAndEquals()
{
    const IniFile ini = IniFile::parse("  [ Sec One ]  \n"
                                       "a=b=c\n"
                                       "  spaced key \t=\t value with  spaces \t \n"
                                       "empty=\n"
                                       "blank =   \n"
                                       "url=https://x.example/?q=1&r=2\n"
                                       "  ; indented comment=not a key\n"
                                       "\t# another=comment\n");
    QVERIFY(ini.errors().isEmpty());
    QCOMPARE(ini.sections(), QStringList{QStringLiteral("Sec One")});
    const QString s = QStringLiteral("Sec One");
    QCOMPARE(ini.value(s, QStringLiteral("a")), QStringLiteral("b=c"));
    QCOMPARE(ini.value(s, QStringLiteral("spaced key")), QStringLiteral("value with  spaces"));
    QCOMPARE(ini.value(s, QStringLiteral("empty")), QString());
    QVERIFY(ini.value(s, QStringLiteral("empty")).has_value());
    QCOMPARE(ini.value(s, QStringLiteral("blank")), QString());
    QCOMPARE(ini.value(s, QStringLiteral("url")), QStringLiteral("https://x.example/?q=1&r=2"));
    QCOMPARE(ini.keys(s),
             (QStringList{QStringLiteral("a"), QStringLiteral("spaced key"), QStringLiteral("empty"),
                          QStringLiteral("blank"), QStringLiteral("url")}));
    QCOMPARE(ini.value(s, QStringLiteral("; indented comment")), std::nullopt);

    const IniFile utf8 = IniFile::parse("[Identität]\nName=Jörg Müller\n");
    QCOMPARE(utf8.value(QStringLiteral("Identität"), QStringLiteral("Name")), QStringLiteral("Jörg Müller"));
}

void TestIniFile::duplicates()
{
    const QByteArray bytes = "[S]\nk=1\nk=2\n[T]\nk=t\n[S]\nk=3\nonly=here\n";
    IniFile ini = IniFile::parse(bytes);
    QCOMPARE(ini.sections(), (QStringList{QStringLiteral("S"), QStringLiteral("T")}));
    QCOMPARE(ini.value(QStringLiteral("S"), QStringLiteral("k")), QStringLiteral("1"));
    QCOMPARE(ini.lineOf(QStringLiteral("S"), QStringLiteral("k")), 2);
    QCOMPARE(ini.keys(QStringLiteral("S")), QStringList{QStringLiteral("k")});
    // Only the first section of a name is read, as the header documents.
    QCOMPARE(ini.value(QStringLiteral("S"), QStringLiteral("only")), std::nullopt);

    // Every copy changes so first-wins (Windows) and last-wins (nsINIParser) readers agree.
    ini.setValue(QStringLiteral("S"), QStringLiteral("k"), QStringLiteral("new"));
    QCOMPARE(ini.toBytes(), QByteArray("[S]\nk=new\nk=new\n[T]\nk=t\n[S]\nk=new\nonly=here\n"));
    ini.removeKey(QStringLiteral("S"), QStringLiteral("k"));
    QCOMPARE(ini.toBytes(), QByteArray("[S]\n[T]\nk=t\n[S]\nonly=here\n"));
}

void TestIniFile::setValueInPlace()
{
    const QByteArray before = "# keep\n[General]\nStartWithLastProfile=1\n  Version  =  2  \nafter=x\n\n";
    IniFile ini = IniFile::parse(before);
    ini.setValue(QStringLiteral("General"), QStringLiteral("Version"), QStringLiteral("3"));
    QCOMPARE(ini.toBytes(),
             QByteArray("# keep\n[General]\nStartWithLastProfile=1\n  Version  =  3  \nafter=x\n\n"));
    QCOMPARE(ini.value(QStringLiteral("General"), QStringLiteral("Version")), QStringLiteral("3"));
    QCOMPARE(ini.lineOf(QStringLiteral("General"), QStringLiteral("Version")), 4);

    ini.setValue(QStringLiteral("General"), QStringLiteral("StartWithLastProfile"), QStringLiteral("0"));
    QCOMPARE(ini.toBytes(),
             QByteArray("# keep\n[General]\nStartWithLastProfile=0\n  Version  =  3  \nafter=x\n\n"));

    // Empty old value, and to an empty new value.
    IniFile empty = IniFile::parse("[S]\na=\nb = \nc=old value\n");
    empty.setValue(QStringLiteral("S"), QStringLiteral("a"), QStringLiteral("1"));
    empty.setValue(QStringLiteral("S"), QStringLiteral("b"), QStringLiteral("2"));
    empty.setValue(QStringLiteral("S"), QStringLiteral("c"), QString());
    QCOMPARE(empty.toBytes(), QByteArray("[S]\na=1\nb = 2\nc=\n"));
    QCOMPARE(empty.value(QStringLiteral("S"), QStringLiteral("c")), QString());

    // A value with '=' in it, and non-ASCII.
    IniFile eq = IniFile::parse("[S]\na=b=c\n");
    eq.setValue(QStringLiteral("S"), QStringLiteral("a"), QStringLiteral("x=y=ü"));
    QCOMPARE(eq.toBytes(), QByteArray("[S]\na=x=y=\xC3\xBC\n"));
    QCOMPARE(eq.value(QStringLiteral("S"), QStringLiteral("a")), QStringLiteral("x=y=ü"));

    // The Thunderbird file: only the changed line differs.
    const QByteArray tb = readFixture(QStringLiteral("thunderbird-153-profiles.ini"));
    IniFile real = IniFile::parse(tb);
    real.setValue(QStringLiteral("InstallFDC34C9F024745EB"), QStringLiteral("Default"),
                  QStringLiteral("yrbv7afh.default"));
    QByteArray expected = tb;
    expected.replace("Default=jmo9qumo.default-default\nLocked", "Default=yrbv7afh.default\nLocked");
    QVERIFY(expected != tb);
    QCOMPARE(real.toBytes(), expected);
}

void TestIniFile::setValueKeepsKeySpelling()
{
    IniFile ini = IniFile::parse("[Settings]\r\nSMTPServer = old\r\n", IniFile::KeyCase::Insensitive);
    ini.setValue(QStringLiteral("settings"), QStringLiteral("smtpserver"), QStringLiteral("mail.example"));
    QCOMPARE(ini.toBytes(), QByteArray("[Settings]\r\nSMTPServer = mail.example\r\n"));
    ini.setValue(QStringLiteral("SETTINGS"), QStringLiteral("NewKey"), QStringLiteral("1"));
    QCOMPARE(ini.toBytes(), QByteArray("[Settings]\r\nSMTPServer = mail.example\r\nNewKey=1\r\n"));
    QCOMPARE(ini.value(QStringLiteral("Settings"), QStringLiteral("newkey")), QStringLiteral("1"));
}

void TestIniFile::setValueNewKey()
{
    // The new key follows the last key, ahead of the comment and blank lines closing the section.
    IniFile ini = IniFile::parse("[Profile0]\n"
                                 "Name=default\n"
                                 "; between\n"
                                 "Path=abc.default\n"
                                 "\n"
                                 "# about General\n"
                                 "[General]\n"
                                 "Version=2\n");
    ini.setValue(QStringLiteral("Profile0"), QStringLiteral("Default"), QStringLiteral("1"));
    QCOMPARE(ini.toBytes(), QByteArray("[Profile0]\n"
                                       "Name=default\n"
                                       "; between\n"
                                       "Path=abc.default\n"
                                       "Default=1\n"
                                       "\n"
                                       "# about General\n"
                                       "[General]\n"
                                       "Version=2\n"));
    QCOMPARE(ini.lineOf(QStringLiteral("Profile0"), QStringLiteral("Default")), 5);
    QCOMPARE(ini.lineOf(QStringLiteral("General"), QStringLiteral("Version")), 9);

    // Into the first of two same-named sections.
    IniFile dup = IniFile::parse("[S]\na=1\n\n[S]\nb=2\n");
    dup.setValue(QStringLiteral("S"), QStringLiteral("c"), QStringLiteral("3"));
    QCOMPARE(dup.toBytes(), QByteArray("[S]\na=1\nc=3\n\n[S]\nb=2\n"));

    // Into the last section of a file without a final line ending.
    IniFile open = IniFile::parse("[A]\nx=1\n[B]\ny=2");
    open.setValue(QStringLiteral("B"), QStringLiteral("z"), QStringLiteral("3"));
    QCOMPARE(open.toBytes(), QByteArray("[A]\nx=1\n[B]\ny=2\nz=3\n"));

    // Before the first section, for keys without one.
    IniFile top = IniFile::parse("; header\n\n[S]\nk=v\n");
    top.setValue(QString(), QStringLiteral("global"), QStringLiteral("1"));
    QCOMPARE(top.toBytes(), QByteArray("; header\n\nglobal=1\n[S]\nk=v\n"));
    QCOMPARE(top.value(QString(), QStringLiteral("global")), QStringLiteral("1"));
    top.setValue(QString(), QStringLiteral("second"), QStringLiteral("2"));
    QCOMPARE(top.toBytes(), QByteArray("; header\n\nglobal=1\nsecond=2\n[S]\nk=v\n"));

    // The real installs.ini: the key lands after Locked=1, before the closing blank line.
    const QByteArray tb = readFixture(QStringLiteral("thunderbird-153-installs.ini"));
    IniFile real = IniFile::parse(tb);
    real.setValue(QStringLiteral("FDC34C9F024745EB"), QStringLiteral("Extra"), QStringLiteral("yes"));
    QByteArray expected = tb;
    expected.replace("Locked=1\n", "Locked=1\nExtra=yes\n");
    QCOMPARE(real.toBytes(), expected);
}

void TestIniFile::setValueNewKeyInEmptySection()
{
    IniFile ini = IniFile::parse("[Empty]\n\n; c\n[Next]\nk=v\n");
    ini.setValue(QStringLiteral("Empty"), QStringLiteral("k"), QStringLiteral("1"));
    QCOMPARE(ini.toBytes(), QByteArray("[Empty]\nk=1\n\n; c\n[Next]\nk=v\n"));

    IniFile last = IniFile::parse("[Only]");
    last.setValue(QStringLiteral("Only"), QStringLiteral("k"), QStringLiteral("1"));
    QCOMPARE(last.toBytes(), QByteArray("[Only]\nk=1\n"));
}

void TestIniFile::setValueNewSection()
{
    const QByteArray tb = readFixture(QStringLiteral("thunderbird-153-profiles.ini"));
    IniFile ini = IniFile::parse(tb);
    ini.setValue(QStringLiteral("Profile2"), QStringLiteral("Name"), QStringLiteral("mailsetup"));
    ini.setValue(QStringLiteral("Profile2"), QStringLiteral("IsRelative"), QStringLiteral("1"));
    QCOMPARE(ini.toBytes(), tb + "[Profile2]\nName=mailsetup\nIsRelative=1\n");
    QCOMPARE(ini.sections().last(), QStringLiteral("Profile2"));
    QCOMPARE(ini.value(QStringLiteral("Profile2"), QStringLiteral("IsRelative")), QStringLiteral("1"));

    // In case-insensitive mode an existing section in other case is reused, not added.
    IniFile insensitive = IniFile::parse("[Settings]\nA=1\n", IniFile::KeyCase::Insensitive);
    insensitive.setValue(QStringLiteral("SETTINGS"), QStringLiteral("B"), QStringLiteral("2"));
    QCOMPARE(insensitive.toBytes(), QByteArray("[Settings]\nA=1\nB=2\n"));
    IniFile sensitive = IniFile::parse("[Settings]\nA=1\n");
    sensitive.setValue(QStringLiteral("SETTINGS"), QStringLiteral("B"), QStringLiteral("2"));
    QCOMPARE(sensitive.toBytes(), QByteArray("[Settings]\nA=1\n[SETTINGS]\nB=2\n"));
}

void TestIniFile::setValueNewSectionNoFinalNewline()
{
    IniFile ini = IniFile::parse("[A]\r\nx=1");
    ini.setValue(QStringLiteral("B"), QStringLiteral("y"), QStringLiteral("2"));
    QCOMPARE(ini.toBytes(), QByteArray("[A]\r\nx=1\r\n[B]\r\ny=2\r\n"));
}

void TestIniFile::setValueEmptyFile()
{
    IniFile ini = IniFile::parse(QByteArray());
    QVERIFY(ini.sections().isEmpty());
    ini.setValue(QStringLiteral("General"), QStringLiteral("Version"), QStringLiteral("2"));
    QCOMPARE(ini.toBytes(), QByteArray("[General]\nVersion=2\n"));

    IniFile top = IniFile::parse(QByteArray());
    top.setValue(QString(), QStringLiteral("k"), QStringLiteral("v"));
    QCOMPARE(top.toBytes(), QByteArray("k=v\n"));
    QCOMPARE(top.sections(), QStringList{QString()});
}

void TestIniFile::setValueFlattensLineBreaks()
{
    IniFile ini = IniFile::parse("[S]\nk=v\n");
    ini.setValue(QStringLiteral("S"), QStringLiteral("k"), QStringLiteral("one\ntwo\r\nthree"));
    QCOMPARE(ini.toBytes(), QByteArray("[S]\nk=one two  three\n"));
    QCOMPARE(IniFile::parse(ini.toBytes()).keys(QStringLiteral("S")), QStringList{QStringLiteral("k")});
}

void TestIniFile::setValueRejectsUnwritableNames()
{
    const QByteArray bytes = "[S]\nk=v\n";
    IniFile ini = IniFile::parse(bytes);
    const QRegularExpression warning(QStringLiteral("^IniFile::setValue: cannot write"));
    const QList<QPair<QString, QString>> bad = {
        {QStringLiteral("S"), QString()},
        {QStringLiteral("S"), QStringLiteral("a=b")},
        {QStringLiteral("S"), QStringLiteral(" k")},
        {QStringLiteral("S"), QStringLiteral("[x")},
        {QStringLiteral("S"), QStringLiteral(";x")},
        {QStringLiteral("S"), QStringLiteral("a\nb")},
        {QStringLiteral("a]b"), QStringLiteral("k")},
        {QStringLiteral("a\nb"), QStringLiteral("k")},
    };
    for (const auto& [section, key] : bad) {
        QTest::ignoreMessage(QtWarningMsg, warning);
        ini.setValue(section, key, QStringLiteral("x"));
        QCOMPARE(ini.toBytes(), bytes);
    }
}

void TestIniFile::removeKey()
{
    const QByteArray tb = readFixture(QStringLiteral("thunderbird-153-profiles.ini"));
    IniFile ini = IniFile::parse(tb);
    ini.removeKey(QStringLiteral("Profile1"), QStringLiteral("Default"));
    QByteArray expected = tb;
    expected.replace("Path=yrbv7afh.default\nDefault=1\n", "Path=yrbv7afh.default\n");
    QCOMPARE(ini.toBytes(), expected);
    QCOMPARE(ini.value(QStringLiteral("Profile1"), QStringLiteral("Default")), std::nullopt);
    // Other sections' keys of the same name stay.
    QCOMPARE(ini.value(QStringLiteral("InstallFDC34C9F024745EB"), QStringLiteral("Default")),
             QStringLiteral("jmo9qumo.default-default"));

    // Absent keys and sections are no-ops.
    ini.removeKey(QStringLiteral("Profile1"), QStringLiteral("Default"));
    ini.removeKey(QStringLiteral("Nope"), QStringLiteral("Default"));
    QCOMPARE(ini.toBytes(), expected);

    // The last line, without an ending.
    IniFile open = IniFile::parse("[S]\na=1\nb=2");
    open.removeKey(QStringLiteral("S"), QStringLiteral("b"));
    QCOMPARE(open.toBytes(), QByteArray("[S]\na=1\n"));

    // Case-insensitive, and before any section.
    IniFile insensitive = IniFile::parse("top=1\n[S]\nKey=1\n", IniFile::KeyCase::Insensitive);
    insensitive.removeKey(QStringLiteral("s"), QStringLiteral("KEY"));
    insensitive.removeKey(QString(), QStringLiteral("TOP"));
    QCOMPARE(insensitive.toBytes(), QByteArray("[S]\n"));
}

void TestIniFile::crlfPreserved()
{
    const QByteArray bytes = readFixture(QStringLiteral("windows-crlf-profiles.ini"));
    IniFile ini = IniFile::parse(bytes);
    ini.setValue(QStringLiteral("Profile0"), QStringLiteral("Name"), QStringLiteral("renamed"));
    ini.setValue(QStringLiteral("Profile0"), QStringLiteral("Default"), QStringLiteral("1"));
    ini.setValue(QStringLiteral("Install0000000000000000"), QStringLiteral("Default"), QStringLiteral("x"));
    ini.removeKey(QStringLiteral("Profile1"), QStringLiteral("Default"));
    const QByteArray out = ini.toBytes();

    QByteArray expected = bytes;
    expected.replace("Name=default-release\r\n", "Name=renamed\r\n");
    expected.replace("Path=Profiles/p3v6n0ha.default-release\r\n\r\n",
                     "Path=Profiles/p3v6n0ha.default-release\r\nDefault=1\r\n\r\n");
    expected.replace("Path=Profiles/a1b2c3d4.default\r\nDefault=1\r\n", "Path=Profiles/a1b2c3d4.default\r\n");
    expected += "[Install0000000000000000]\r\nDefault=x\r\n";
    QCOMPARE(out, expected);
    QCOMPARE(out.count('\n'), out.count("\r\n"));
}

void TestIniFile::dominantLineEnding()
{
    // Two CRLF against one LF: new lines use CRLF; the LF line keeps its own.
    IniFile mixed = IniFile::parse("[A]\r\nx=1\ny=2\r\n");
    mixed.setValue(QStringLiteral("B"), QStringLiteral("z"), QStringLiteral("3"));
    QCOMPARE(mixed.toBytes(), QByteArray("[A]\r\nx=1\ny=2\r\n[B]\r\nz=3\r\n"));

    // A tie goes to the ending met first.
    IniFile tie = IniFile::parse("[A]\rx=1\n");
    tie.setValue(QStringLiteral("A"), QStringLiteral("y"), QStringLiteral("2"));
    QCOMPARE(tie.toBytes(), QByteArray("[A]\rx=1\ny=2\r"));

    // Old Mac: bare CR.
    IniFile mac = IniFile::parse("[A]\rx=1\r");
    mac.setValue(QStringLiteral("A"), QStringLiteral("y"), QStringLiteral("2"));
    QCOMPARE(mac.toBytes(), QByteArray("[A]\rx=1\ry=2\r"));

    // No line ending anywhere: LF.
    IniFile none = IniFile::parse("[A]");
    none.setValue(QStringLiteral("B"), QStringLiteral("k"), QStringLiteral("v"));
    QCOMPARE(none.toBytes(), QByteArray("[A]\n[B]\nk=v\n"));
}

void TestIniFile::bom()
{
    const QByteArray bytes = "\xEF\xBB\xBF[General]\r\nVersion=2\r\n";
    IniFile ini = IniFile::parse(bytes);
    QVERIFY(ini.errors().isEmpty());
    QCOMPARE(ini.sections(), QStringList{QStringLiteral("General")});
    QCOMPARE(ini.value(QStringLiteral("General"), QStringLiteral("Version")), QStringLiteral("2"));
    QCOMPARE(ini.lineOf(QStringLiteral("General"), QStringLiteral("Version")), 2);
    QCOMPARE(ini.toBytes(), bytes);
    ini.setValue(QStringLiteral("General"), QStringLiteral("Version"), QStringLiteral("3"));
    QCOMPARE(ini.toBytes(), QByteArray("\xEF\xBB\xBF[General]\r\nVersion=3\r\n"));

    // A key on the BOM line: the key has no BOM in it, and editing it keeps the BOM.
    IniFile first = IniFile::parse("\xEF\xBB\xBFkey=old\n");
    QCOMPARE(first.keys(QString()), QStringList{QStringLiteral("key")});
    first.setValue(QString(), QStringLiteral("key"), QStringLiteral("new"));
    QCOMPARE(first.toBytes(), QByteArray("\xEF\xBB\xBFkey=new\n"));
    first.removeKey(QString(), QStringLiteral("key"));
    QCOMPARE(first.toBytes(), QByteArray("\xEF\xBB\xBF"));

    // A BOM anywhere else is data and makes the line invalid.
    const IniFile middle = IniFile::parse("[A]\n\xEF\xBB\xBF[B]\n");
    QCOMPARE(middle.errors().size(), 1);
    QCOMPARE(middle.errors().first().line, 2);
}

void TestIniFile::invalidLines()
{
    const QByteArray bytes = "[S]\n"        // 1
                             "a=1\n"        // 2
                             "garbage\n"    // 3
                             "\n"           // 4
                             "=no key\n"    // 5
                             "b=2\r\n"      // 6
                             "just words\r" // 7
                             "c=3";         // 8
    IniFile ini = IniFile::parse(bytes);
    QCOMPARE(ini.toBytes(), bytes);
    QCOMPARE(ini.errors().size(), 3);
    QCOMPARE(ini.errors().at(0).line, 3);
    QCOMPARE(ini.errors().at(0).message, QStringLiteral("line 3: expected [section] or key=value"));
    QCOMPARE(ini.errors().at(1).line, 5);
    QVERIFY(ini.errors().at(1).message.startsWith(QLatin1String("line 5: ")));
    QCOMPARE(ini.errors().at(2).line, 7);
    QCOMPARE(ini.errors().at(2).message, QStringLiteral("line 7: expected [section] or key=value"));
    // Invalid lines do not end the section.
    QCOMPARE(ini.keys(QStringLiteral("S")),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(ini.lineOf(QStringLiteral("S"), QStringLiteral("c")), 8);
    // ...and an added key goes after the last key, with the invalid lines kept.
    ini.setValue(QStringLiteral("S"), QStringLiteral("d"), QStringLiteral("4"));
    QCOMPARE(ini.toBytes(), bytes + "\nd=4\n");
}

void TestIniFile::malformedSectionHeader()
{
    const QByteArray bytes = "[Good]\n"      // 1
                             "a=1\n"         // 2
                             "[Unclosed\n"   // 3
                             "b=2\n"         // 4
                             "[X]trailing\n" // 5
                             "c=3\n"         // 6
                             "[]\n"          // 7
                             "d=4\n"         // 8
                             "[Next]\n"      // 9
                             "e=5\n";        // 10
    IniFile ini = IniFile::parse(bytes);
    QCOMPARE(ini.toBytes(), bytes);
    QCOMPARE(ini.errors().size(), 3);
    QCOMPARE(ini.errors().at(0).line, 3);
    QCOMPARE(ini.errors().at(1).line, 5);
    QCOMPARE(ini.errors().at(2).line, 7);
    QCOMPARE(ini.sections(), (QStringList{QStringLiteral("Good"), QStringLiteral("Next")}));
    // As in nsINIParser, keys after a malformed header belong to no section.
    QCOMPARE(ini.keys(QStringLiteral("Good")), QStringList{QStringLiteral("a")});
    QCOMPARE(ini.value(QStringLiteral("Good"), QStringLiteral("b")), std::nullopt);
    QCOMPARE(ini.value(QString(), QStringLiteral("d")), std::nullopt);
    QCOMPARE(ini.value(QStringLiteral("Next"), QStringLiteral("e")), QStringLiteral("5"));

    ini.setValue(QStringLiteral("Good"), QStringLiteral("b"), QStringLiteral("new"));
    QByteArray expected = bytes;
    expected.replace("a=1\n", "a=1\nb=new\n");
    QCOMPARE(ini.toBytes(), expected);
    ini.removeKey(QStringLiteral("Good"), QStringLiteral("b"));
    QCOMPARE(ini.toBytes(), bytes);
}

void TestIniFile::garbageInput()
{
    QByteArrayList inputs;
    QRandomGenerator random(20261123); // fixed seed: failures must be reproducible
    static const char kAlphabet[] = "[]=;# \t\r\n\xEF\xBB\xBF"
                                    "ab\0";
    const QByteArray alphabet(kAlphabet, sizeof(kAlphabet) - 1);
    for (int round = 0; round < 200; ++round) {
        QByteArray bytes(random.bounded(1, 400), '\0');
        for (char& c : bytes) {
            c = round % 2 ? char(random.bounded(256)) : alphabet.at(random.bounded(int(alphabet.size())));
        }
        inputs.append(bytes);
    }
    QFile self(QCoreApplication::applicationFilePath()); // a real binary file
    QVERIFY(self.open(QIODevice::ReadOnly));
    inputs.append(self.read(256 * 1024));

    for (const QByteArray& bytes : inputs) {
        for (auto keyCase : {IniFile::KeyCase::Sensitive, IniFile::KeyCase::Insensitive}) {
            IniFile ini = IniFile::parse(bytes, keyCase);
            QCOMPARE(ini.toBytes(), bytes);
            touchEverything(ini);
            const int lines = int(bytes.count('\n') + bytes.count('\r')) + 1;
            for (const auto& error : ini.errors()) {
                QVERIFY(error.line >= 1 && error.line <= lines);
                QVERIFY(error.message.startsWith(QStringLiteral("line %1: ").arg(error.line)));
            }
            // Edits on garbage stay local: the original bytes survive around them.
            const QStringList sections = ini.sections();
            const QString section = sections.isEmpty() ? QStringLiteral("S") : sections.last();
            ini.setValue(section, QStringLiteral("mailsetup"), QStringLiteral("1"));
            QCOMPARE(ini.value(section, QStringLiteral("mailsetup")), QStringLiteral("1"));
            ini.removeKey(section, QStringLiteral("mailsetup"));
            QCOMPARE(ini.value(section, QStringLiteral("mailsetup")), std::nullopt);
            QVERIFY(IniFile::parse(ini.toBytes(), keyCase).errors().size() == ini.errors().size());
        }
    }
}

QTEST_GUILESS_MAIN(TestIniFile)
#include "test_inifile.moc"
