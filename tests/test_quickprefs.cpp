// SPDX-License-Identifier: GPL-3.0-or-later
// QuickPrefs, the index detection reads prefs.js with, against PrefsFile: the same
// values from every file Thunderbird writes, and a refusal (so the caller parses in
// full) for anything else.
#include "formats/quickprefs.h"
#include "support/testfiles.h"

#include <QDir>
#include <QTest>

using mailsetup::PrefsFile;
using mailsetup::PrefValue;
using mailsetup::QuickPrefs;
using testfiles::raw;

namespace QTest {
template <> char* toString(const PrefValue& value)
{
    return qstrdup(value.toDisplayString().toUtf8().constData());
}
} // namespace QTest

namespace {

const QString prefsData = QStringLiteral(MAILSETUP_TEST_DATA "/prefs/");

// Everything the full parser reads under the prefix, QuickPrefs reads the same.
void verifySameAsFullParse(const QByteArray& bytes, const QByteArray& prefix)
{
    const auto quick = QuickPrefs::read(bytes, prefix);
    QVERIFY(quick);
    const PrefsFile full = PrefsFile::parse(bytes);
    QVERIFY(full.errors().isEmpty());
    const QString textPrefix = QString::fromUtf8(prefix);
    QCOMPARE(quick->names(), full.namesWithPrefix(textPrefix));
    for (const QString& name : full.namesWithPrefix(textPrefix))
        QCOMPARE(quick->value(name), full.value(name));
}

} // namespace

class TestQuickPrefs : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatThunderbirdWroteLikeTheFullParser_data()
    {
        QTest::addColumn<QString>("file");
        // Files Thunderbird 153 wrote (tests/data/prefs/README.md).
        QTest::newRow("thunderbird-153-prefs.js") << QStringLiteral("thunderbird-153-prefs.js");
        QTest::newRow("thunderbird-153-invalid-seed-result.js")
            << QStringLiteral("thunderbird-153-invalid-seed-result.js");
    }
    void readsWhatThunderbirdWroteLikeTheFullParser()
    {
        QFETCH(QString, file);
        const QByteArray bytes = testfiles::readFile(prefsData + file);
        verifySameAsFullParse(bytes, QByteArrayLiteral("mail."));
        verifySameAsFullParse(bytes, QByteArray());
        // The same file with Windows line endings.
        QByteArray crlf = bytes;
        crlf.replace("\n", "\r\n");
        verifySameAsFullParse(crlf, QByteArrayLiteral("mail."));
    }

    void onlyNamesWithThePrefixAreKnown()
    {
        const auto quick = QuickPrefs::read("user_pref(\"mail.a\", 1);\nuser_pref(\"browser.b\", 2);\n",
                                            QByteArrayLiteral("mail."));
        QVERIFY(quick);
        QCOMPARE(quick->value(QStringLiteral("mail.a")), PrefValue::fromInt(1));
        QVERIFY(!quick->value(QStringLiteral("browser.b")));
        QCOMPARE(quick->names(), QStringList{QStringLiteral("mail.a")});
    }

    void valuesAsGeckoReadsThem()
    {
        const QByteArray bytes = "// Mozilla User Preferences\n\n"
                                 "user_pref(\"mail.s\", \"a \\\"quoted\\\" \\\\ caf\xc3\xa9\\r\\n\");\n"
                                 "user_pref(\"mail.raw\", \"Zo\xc3\xab // not a comment\");\n"
                                 "user_pref(\"mail.neg\", -2147483648);\n"
                                 "user_pref(\"mail.max\", 2147483647);\n"
                                 "user_pref(\"mail.t\", true);\n"
                                 "user_pref(\"mail.t\", false);\n"
                                 "user_pref(\"mail.multi\", \"one\ntwo\");\n"
                                 "user_pref(\"mail.last\", \"\")";
        // (no line end after the last statement, as in a truncated copy: still Gecko's)
        QVERIFY(!QuickPrefs::read(bytes, "mail."));
        const QByteArray complete = bytes + ";";
        verifySameAsFullParse(complete, QByteArrayLiteral("mail."));
        const auto quick = QuickPrefs::read(complete, QByteArrayLiteral("mail."));
        QCOMPARE(quick->value(QStringLiteral("mail.s")),
                 PrefValue::fromString(QString::fromUtf8("a \"quoted\" \\ caf\xc3\xa9\r\n")));
        QCOMPARE(quick->value(QStringLiteral("mail.t")), PrefValue::fromBool(false)); // the last one
        QCOMPARE(quick->value(QStringLiteral("mail.neg")), PrefValue::fromInt(-2147483647 - 1));
    }

    // Each is something Gecko's writer never produces; the full parser decides.
    void declinesAnythingElse_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray ok = "user_pref(\"mail.a\", 1);\n";
        QTest::newRow("block comment") << ok + "/* user_pref(\"mail.a\", 2); */\n";
        QTest::newRow("hash comment") << ok + "# note\n";
        QTest::newRow("leading space") << ok + " user_pref(\"mail.a\", 2);\n";
        QTest::newRow("pref()") << ok + "pref(\"mail.a\", 2);\n";
        QTest::newRow("sticky_pref()") << ok + "sticky_pref(\"mail.a\", 2);\n";
        QTest::newRow("single quotes") << ok + "user_pref('mail.a', 2);\n";
        QTest::newRow("escape in a name") << ok + "user_pref(\"mail.\\x61\", 2);\n";
        QTest::newRow("no space after comma") << ok + "user_pref(\"mail.a\",2);\n";
        QTest::newRow("two statements on a line") << ok + "user_pref(\"x\", 1);user_pref(\"mail.a\", 2);\n";
        QTest::newRow("trailing comment") << ok + "user_pref(\"mail.a\", 2); // two\n";
        QTest::newRow("missing semicolon") << ok + "user_pref(\"mail.a\", 2)\nuser_pref(\"mail.b\", 3);\n";
        QTest::newRow("unterminated string") << ok + "user_pref(\"other\", \"open);\n";
        QTest::newRow("integer out of range") << ok + "user_pref(\"other\", 2147483648);\n";
        QTest::newRow("plus sign") << ok + "user_pref(\"other\", +2);\n";
        QTest::newRow("unknown word") << ok + "user_pref(\"other\", yes);\n";
        QTest::newRow("invalid escape") << ok + "user_pref(\"other\", \"a\\tb\");\n";
        QTest::newRow("hex escape") << ok + "user_pref(\"other\", \"\\x41\");\n";
        QTest::newRow("unicode escape") << ok + "user_pref(\"other\", \"\\u00e9\");\n";
        QTest::newRow("NUL byte") << ok + raw("user_pref(\"other\", \"a\0b\");\n");
        QTest::newRow("lone CR ends a comment") << ok + "// comment\ruser_pref(\"mail.a\", 2);\n";
        QTest::newRow("lone CR line end") << ok + "user_pref(\"mail.b\", 2);\ruser_pref(\"mail.c\", 3);\n";
        QTest::newRow("name not UTF-8") << ok + "user_pref(\"mail.\xff\", 2);\n";
        QTest::newRow("byte order mark") << "\xef\xbb\xbf" + ok;
    }
    void declinesAnythingElse()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!QuickPrefs::read(bytes, QByteArrayLiteral("mail.")));
    }

    // A prefs.js full of add-on and browser state: only the mail prefs are kept.
    void manyOtherPrefs()
    {
        QByteArray bytes = testfiles::readFile(prefsData + QStringLiteral("thunderbird-153-prefs.js"));
        for (int n = 0; n < 20000; ++n)
            bytes += "user_pref(\"extensions.x" + QByteArray::number(n) + ".state\", \"// " +
                     QByteArray::number(n) + " \\\"q\\\"\");\n";
        verifySameAsFullParse(bytes, QByteArrayLiteral("mail."));
    }
};

QTEST_GUILESS_MAIN(TestQuickPrefs)
#include "test_quickprefs.moc"
