// SPDX-License-Identifier: GPL-3.0-or-later
// The .reg reader/writer: real reg.exe exports round-trip byte for byte, values we write
// come out exactly as reg.exe exports them, edits keep every other line, and broken
// files are refused naming the line.
#include "../support/testfiles.h"
#include "windows/regfile.h"

#include <QtTest>

using namespace mailsetup;

namespace {

const QString data = QStringLiteral(MAILSETUP_TEST_DATA "/windows");

QByteArray fixture(const QString& name)
{
    const QByteArray bytes = testfiles::readFile(data + QLatin1Char('/') + name);
    if (bytes.isEmpty())
        qFatal("missing fixture %s", qPrintable(name));
    return bytes;
}

RegFile parsed(const QByteArray& bytes)
{
    const RegFile::ParseResult result = RegFile::parse(bytes);
    if (!result.file)
        qFatal("parse error line %d: %s", result.line, qPrintable(result.error));
    return *result.file;
}

QByteArray utf16File(const QString& text)
{
    QByteArray bytes("\xff\xfe", 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xff));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

} // namespace

class TestRegFile : public QObject
{
    Q_OBJECT

private slots:
    void exportsRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : {"roundtrip.reg", "oe6-hkcu.reg", "outlook2003-hkcu.reg",
                                 "outlook2016-hkcu.reg", "outlook2000-omi-hkcu.reg", "hklm.reg"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void exportsRoundTrip()
    {
        QFETCH(QString, name);
        const QByteArray bytes = fixture(name);
        QCOMPARE(parsed(bytes).toBytes(), bytes);
    }

    // The same values tests/windows/win32_registry_test.cpp writes with the Win32 API;
    // wine's reg.exe exported them as roundtrip.reg, and our writer gives the same bytes.
    void writerMatchesRegExport()
    {
        const QString key = QStringLiteral("HKCU\\Software\\MailSetupTest\\RoundTrip");
        QByteArray counting;
        for (int i = 0; i < 100; ++i)
            counting.append(char(i));
        RegFile file;
        file.setValue(
            key, QString(),
            RegistryValue::string(QStringLiteral("C:\\Program Files\\\"Outlook Express\"\\msimn.exe")));
        file.setValue(key, QStringLiteral("Account Name"),
                      RegistryValue::utf16Binary(QStringLiteral("PCUG \u00fcber M\u00e4il")));
        file.setValue(key, QStringLiteral("Empty"), RegistryValue::string(QString()));
        file.setValue(key, QStringLiteral("Long Binary"), RegistryValue::binary(counting));
        file.setValue(key, QStringLiteral("Servers"),
                      RegistryValue::multiString(
                          {QStringLiteral("mailhost.pcug.org.au"), QStringLiteral("smtps.tip.net.au")}));
        file.setValue(key, QStringLiteral("SMTP Port"), RegistryValue::dword(465));
        file.setValue(key, QStringLiteral("SMTP Server"),
                      RegistryValue::string(QStringLiteral("smtps.tip.net.au")));
        file.setValue(
            key, QStringLiteral("Store Root"),
            RegistryValue::string(QStringLiteral("%APPDATA%\\Mail Setup"), RegistryType::ExpandString));
        QCOMPARE(file.toBytes(), fixture(QStringLiteral("roundtrip.reg")));
    }

    void readsTypesAndValues()
    {
        const RegFile file = parsed(fixture(QStringLiteral("roundtrip.reg")));
        const QString key = QStringLiteral("HKEY_CURRENT_USER\\Software\\MailSetupTest\\RoundTrip");
        QCOMPARE(file.value(key, QStringLiteral("smtp port"))->toDword(), std::optional<quint32>(465));
        QCOMPARE(file.value(key, QStringLiteral("SMTP Server"))->toText(),
                 QStringLiteral("smtps.tip.net.au"));
        QCOMPARE(file.value(key, QStringLiteral("Store Root"))->type, quint32(RegistryType::ExpandString));
        QCOMPARE(file.value(key, QStringLiteral("Servers"))->toStringList(),
                 QStringList({QStringLiteral("mailhost.pcug.org.au"), QStringLiteral("smtps.tip.net.au")}));
        QCOMPARE(file.value(key, QStringLiteral("Account Name"))->toText(),
                 QStringLiteral("PCUG \u00fcber M\u00e4il"));
        QCOMPARE(file.value(key, QString())->toText(),
                 QStringLiteral("C:\\Program Files\\\"Outlook Express\"\\msimn.exe"));
        QCOMPARE(file.value(key, QStringLiteral("Long Binary"))->data.size(), 100);
        QVERIFY(!file.value(key, QStringLiteral("missing")));
        QVERIFY(file.keyExists(QStringLiteral("HKCU\\Software\\MailSetupTest")));
        QCOMPARE(file.subkeys(QStringLiteral("HKCU\\Software\\MailSetupTest")),
                 QStringList{QStringLiteral("RoundTrip")});
    }

    void editKeepsOtherLinesAndUndoGivesBackTheBytes()
    {
        const QByteArray original = fixture(QStringLiteral("oe6-hkcu.reg"));
        RegFile file = parsed(original);
        const QString account = QStringLiteral(
            "HKEY_CURRENT_USER\\Software\\Microsoft\\Internet Account Manager\\Accounts\\00000002");
        const QString added = QStringLiteral(
            "HKEY_CURRENT_USER\\Software\\Microsoft\\Internet Account Manager\\Accounts\\00000004");
        const auto before = file.value(account, QStringLiteral("SMTP Server"));
        file.setValue(account, QStringLiteral("SMTP Server"),
                      RegistryValue::string(QStringLiteral("smtps.tip.net.au")));
        file.setValue(account, QStringLiteral("SMTP Port"), RegistryValue::dword(465));
        file.setValue(added, QStringLiteral("SMTP Server"), RegistryValue::string(QStringLiteral("x")));
        const QByteArray changed = file.toBytes();
        QVERIFY(changed != original);
        const RegFile reread = parsed(changed);
        QCOMPARE(reread.value(account, QStringLiteral("SMTP Port"))->toDword(), std::optional<quint32>(465));
        QCOMPARE(reread.value(account, QStringLiteral("POP3 Server"))->toText(),
                 QStringLiteral("mailhost.pcug.org.au"));
        QVERIFY(changed.contains(utf16File(QStringLiteral("\"SMTP Port\"=dword:000001d1\r\n")).mid(2)));

        file.setValue(account, QStringLiteral("SMTP Server"), *before);
        file.removeValue(account, QStringLiteral("SMTP Port"));
        file.removeValue(added, QStringLiteral("SMTP Server"));
        file.removeEmptyKey(added);
        QCOMPARE(file.toBytes(), original);
    }

    void deletionsApplyInOrder()
    {
        const RegFile file = parsed(utf16File(QStringLiteral(
            "Windows Registry Editor Version "
            "5.00\r\n\r\n[HKEY_CURRENT_USER\\A\\B]\r\n\"x\"=\"1\"\r\n\"y\"=dword:2\r\n\r\n"
            "[HKEY_CURRENT_USER\\A\\B]\r\n\"x\"=-\r\n\r\n[-HKEY_CURRENT_USER\\A\\C]\r\n\r\n")));
        QVERIFY(!file.value(QStringLiteral("HKCU\\A\\B"), QStringLiteral("x")));
        QCOMPARE(file.value(QStringLiteral("HKCU\\A\\B"), QStringLiteral("y"))->toDword(),
                 std::optional<quint32>(2));
    }

    void regedit4AnsiFile()
    {
        const QByteArray bytes =
            "REGEDIT4\r\n\r\n[HKEY_CURRENT_USER\\Software\\X]\r\n\"Name\"=\"caf\xe9\"\r\n\r\n";
        const RegFile file = parsed(bytes);
        QCOMPARE(file.value(QStringLiteral("HKCU\\Software\\X"), QStringLiteral("Name"))->toText(),
                 QStringLiteral("caf\u00e9"));
        QCOMPARE(file.toBytes(), bytes);
    }

    void refusesBrokenFiles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("words");
        const QString h = QStringLiteral("Windows Registry Editor Version 5.00\r\n\r\n");
        QTest::newRow("no header") << QStringLiteral("[HKEY_CURRENT_USER\\X]\r\n") << 1
                                   << QStringLiteral("first line");
        QTest::newRow("value before key")
            << h + QStringLiteral("\"a\"=\"b\"\r\n") << 3 << QStringLiteral("[key]");
        QTest::newRow("bad dword") << h + QStringLiteral(
                                              "[HKEY_CURRENT_USER\\X]\r\n\"a\"=dword:12345678Z\r\n")
                                   << 4 << QStringLiteral("dword:");
        QTest::newRow("bad hex continuation")
            << h + QStringLiteral(
                       "[HKEY_CURRENT_USER\\X]\r\n\"a\"=hex:01,02,\\\r\n  0g,04\r\n\"b\"=\"c\"\r\n")
            << 4 << QStringLiteral("hexadecimal");
        QTest::newRow("unknown root")
            << h + QStringLiteral("[HKEY_NOWHERE\\X]\r\n") << 3 << QStringLiteral("root");
        QTest::newRow("unterminated string")
            << h + QStringLiteral("[HKEY_CURRENT_USER\\X]\r\n\"a\"=\"b\r\n") << 4 << QStringLiteral("quote");
        QTest::newRow("unknown type") << h + QStringLiteral("[HKEY_CURRENT_USER\\X]\r\n\"a\"=qword:1\r\n")
                                      << 4 << QStringLiteral("type");
    }
    void refusesBrokenFiles()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, words);
        const RegFile::ParseResult result = RegFile::parse(utf16File(text));
        QVERIFY(!result.file);
        QCOMPARE(result.line, line);
        QVERIFY2(result.error.contains(words), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestRegFile)
#include "test_regfile.moc"
