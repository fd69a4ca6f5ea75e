// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/prefsfile.h"
#include "support/testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using mailsetup::PrefsFile;
using mailsetup::PrefsParseError;
using mailsetup::PrefValue;
using testfiles::raw;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(MAILSETUP_TEST_DATA "/prefs/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QString errorsToString(const PrefsFile& file)
{
    QStringList out;
    for (const PrefsParseError& e : file.errors())
        out << QStringLiteral("%1:%2: %3").arg(e.line).arg(e.column).arg(e.message);
    return out.join(QLatin1Char('\n'));
}

// An edited file must describe itself exactly as a fresh parse of its bytes.
void verifyConsistent(const PrefsFile& edited)
{
    const PrefsFile fresh = PrefsFile::parse(edited.toBytes());
    QCOMPARE(fresh.names(), edited.names());
    for (const QString& name : fresh.names()) {
        QCOMPARE(edited.value(name), fresh.value(name));
        QCOMPARE(edited.lineOf(name), fresh.lineOf(name));
    }
}

PrefValue str(const char* utf8)
{
    return PrefValue::fromString(QString::fromUtf8(utf8));
}

} // namespace

namespace QTest {
template <> char* toString(const PrefValue& value)
{
    return qstrdup(value.toDisplayString().toUtf8().constData());
}
template <> char* toString(const std::optional<PrefValue>& value)
{
    return qstrdup(value ? value->toDisplayString().toUtf8().constData() : "(absent)");
}
} // namespace QTest

class TestPrefsFile : public QObject
{
    Q_OBJECT

private slots:
    // PrefValue
    void literals_data();
    void literals();
    void literalsParseBack_data();
    void literalsParseBack();
    void valueEquality();

    // Reading
    void valueTypes();
    void whitespaceAndCommentsBetweenTokens();
    void quoteStyles();
    void escapes();
    void escapeErrors_data();
    void escapeErrors();
    void comments();
    void lineEndings_data();
    void lineEndings();
    void integers();
    void errorsAndRecovery();
    void recoveryIsTokenBased();
    void unterminatedAtEndOfFile_data();
    void unterminatedAtEndOfFile();
    void nulByte();
    void lastAssignmentWins();
    void namesAndPrefixes();
    void emptyAndBlank_data();
    void emptyAndBlank();

    // Real Thunderbird output
    void roundTripEveryFixture();
    void thunderbirdFixture();
    void thunderbirdReadSeedLikeGecko();
    void thunderbirdDroppedOnlyTheInvalidStatement();
    void toLiteralMatchesThunderbirdWriter();
    void nulFixturesMatchThunderbird();

    // Editing
    void setKeepsEveryOtherByte();
    void setKeepsNameQuotingAndTrailingComment();
    void setChangesType();
    void setRemovesEarlierDuplicates();
    void setAppends();
    void setAppendsWithFileLineEnding_data();
    void setAppendsWithFileLineEnding();
    void setAppendsNewlineWhenMissing();
    void setAppendEscapesName();
    void setOnThunderbirdFileKeepsHeader();
    void setInMultiLineStatement();
    void appendBeforeTerminatingNul();
    void remove_data();
    void remove();
    void removeAbsentIsNoOp();
    void lineNumbersFollowEdits();
    void randomEditsStayConsistent();

    // Robustness and speed
    void garbageNeverCrashes();
    void mutatedFixturesNeverCrash();
    void tooManyErrorsAreCapped();
    void largeFileIsFast();
};

// ---------------------------------------------------------------------------
// PrefValue

void TestPrefsFile::literals_data()
{
    QTest::addColumn<PrefValue>("value");
    QTest::addColumn<QByteArray>("literal");

    QTest::newRow("true") << PrefValue::fromBool(true) << QByteArray("true");
    QTest::newRow("false") << PrefValue::fromBool(false) << QByteArray("false");
    QTest::newRow("zero") << PrefValue::fromInt(0) << QByteArray("0");
    QTest::newRow("max") << PrefValue::fromInt(2147483647) << QByteArray("2147483647");
    QTest::newRow("min") << PrefValue::fromInt(-2147483647 - 1) << QByteArray("-2147483648");
    QTest::newRow("empty") << str("") << QByteArray("\"\"");
    QTest::newRow("plain") << str("pop.example.org") << QByteArray("\"pop.example.org\"");
    QTest::newRow("quote") << str("say \"hi\"") << QByteArray("\"say \\\"hi\\\"\"");
    QTest::newRow("apostrophe raw") << str("O'Brien") << QByteArray("\"O'Brien\"");
    QTest::newRow("backslash") << str("C:\\x") << QByteArray("\"C:\\\\x\"");
    QTest::newRow("newline") << str("a\nb") << QByteArray("\"a\\nb\"");
    QTest::newRow("return") << str("a\r\nb") << QByteArray("\"a\\r\\nb\"");
    QTest::newRow("tab raw") << str("a\tb") << QByteArray("\"a\tb\"");
    QTest::newRow("control raw") << str("a\x01z") << QByteArray("\"a\x01z\"");
    QTest::newRow("utf8 raw") << str("Zoë €") << QByteArray("\"Zo\xC3\xAB \xE2\x82\xAC\"");
    QTest::newRow("astral raw") << str("\xF0\x9F\x93\xA7") << QByteArray("\"\xF0\x9F\x93\xA7\"");
    QTest::newRow("nul dropped") << PrefValue::fromString(QStringLiteral("a") + QChar(0) +
                                                          QStringLiteral("b"))
                                 << QByteArray("\"ab\"");
}

void TestPrefsFile::literals()
{
    QFETCH(PrefValue, value);
    QFETCH(QByteArray, literal);
    QCOMPARE(value.toLiteral(), literal);
}

void TestPrefsFile::literalsParseBack_data()
{
    literals_data();
}

void TestPrefsFile::literalsParseBack()
{
    QFETCH(PrefValue, value);
    QFETCH(QByteArray, literal);
    const PrefsFile file = PrefsFile::parse("user_pref(\"x\", " + literal + ");\n");
    QVERIFY2(file.errors().isEmpty(), qPrintable(errorsToString(file)));
    if (QByteArray(QTest::currentDataTag()) == "nul dropped")
        QCOMPARE(file.value(QStringLiteral("x")), str("ab"));
    else
        QCOMPARE(file.value(QStringLiteral("x")), value);
}

void TestPrefsFile::valueEquality()
{
    QCOMPARE(str("1"), str("1"));
    QVERIFY(str("1") != PrefValue::fromInt(1));
    QVERIFY(PrefValue::fromBool(true) != PrefValue::fromInt(1));
    QVERIFY(PrefValue::fromInt(1) != PrefValue::fromInt(2));
    QVERIFY(PrefValue::fromBool(false) == PrefValue::fromBool(false));
    QCOMPARE(str("a").toDisplayString(), QStringLiteral("\"a\""));
    QCOMPARE(PrefValue::fromBool(true).toDisplayString(), QStringLiteral("true"));
    QCOMPARE(PrefValue::fromInt(-5).toDisplayString(), QStringLiteral("-5"));
    QCOMPARE(PrefValue::fromInt(7).type(), PrefValue::Type::Int);
    QCOMPARE(PrefValue::fromBool(true).type(), PrefValue::Type::Bool);
    QCOMPARE(str("x").type(), PrefValue::Type::String);
}

// ---------------------------------------------------------------------------
// Reading

void TestPrefsFile::valueTypes()
{
    const PrefsFile file = PrefsFile::parse("user_pref(\"s\", \"text\");\n"
                                            "user_pref(\"t\", true);\n"
                                            "user_pref(\"f\", false);\n"
                                            "user_pref(\"i\", 42);\n"
                                            "user_pref(\"n\", -7);\n"
                                            "user_pref(\"p\", +8);\n"
                                            "user_pref(\"e\", \"\");\n");
    QVERIFY2(file.errors().isEmpty(), qPrintable(errorsToString(file)));
    QCOMPARE(file.value(QStringLiteral("s")), str("text"));
    QCOMPARE(file.value(QStringLiteral("t")), PrefValue::fromBool(true));
    QCOMPARE(file.value(QStringLiteral("f")), PrefValue::fromBool(false));
    QCOMPARE(file.value(QStringLiteral("i")), PrefValue::fromInt(42));
    QCOMPARE(file.value(QStringLiteral("n")), PrefValue::fromInt(-7));
    QCOMPARE(file.value(QStringLiteral("p")), PrefValue::fromInt(8));
    QCOMPARE(file.value(QStringLiteral("e")), str(""));
    QCOMPARE(file.value(QStringLiteral("s"))->toString(), QStringLiteral("text"));
    QCOMPARE(file.value(QStringLiteral("t"))->toBool(), true);
    QCOMPARE(file.value(QStringLiteral("i"))->toInt(), 42);
    QVERIFY(!file.value(QStringLiteral("absent")));
    QVERIFY(!file.contains(QStringLiteral("absent")));
    QVERIFY(file.contains(QStringLiteral("f")));
}

void TestPrefsFile::whitespaceAndCommentsBetweenTokens()
{
    const QByteArray text = "  user_pref ( \"a\" , 1 ) ;\n"
                            "\tuser_pref\t(\t'b'\t,\ttrue\t)\t;\v\f\n"
                            "user_pref(\n\"c\"\n,\n-\n3\n)\n;\n"
                            "user_pref/**/(/**/\"d\"/**/,/**/-/**/4/**/)/**/;\n"
                            "user_pref(\"e\",# hash\n\"x\"// slashes\n);\n";
    const PrefsFile file = PrefsFile::parse(text);
    QVERIFY2(file.errors().isEmpty(), qPrintable(errorsToString(file)));
    QCOMPARE(file.value(QStringLiteral("a")), PrefValue::fromInt(1));
    QCOMPARE(file.value(QStringLiteral("b")), PrefValue::fromBool(true));
    QCOMPARE(file.value(QStringLiteral("c")), PrefValue::fromInt(-3));
    QCOMPARE(file.value(QStringLiteral("d")), PrefValue::fromInt(-4));
    QCOMPARE(file.value(QStringLiteral("e")), str("x"));
    QCOMPARE(file.lineOf(QStringLiteral("c")), 3);
    QCOMPARE(file.lineOf(QStringLiteral("d")), 10);
    QCOMPARE(file.lineOf(QStringLiteral("e")), 11);
    QCOMPARE(file.toBytes(), text);
}

void TestPrefsFile::quoteStyles()
{
    const PrefsFile file = PrefsFile::parse("user_pref('single', 'it''s');\n" // two adjacent strings: error
                                            "user_pref('a', 'He said \"hi\"');\n"
                                            "user_pref(\"b\", \"it's\");\n"
                                            "user_pref('c', \"mixed\");\n");
    QCOMPARE(file.errors().size(), 1);
    QCOMPARE(file.errors().first().line, 1);
    QCOMPARE(file.value(QStringLiteral("a")), str("He said \"hi\""));
    QCOMPARE(file.value(QStringLiteral("b")), str("it's"));
    QCOMPARE(file.value(QStringLiteral("c")), str("mixed"));
    QVERIFY(!file.contains(QStringLiteral("single")));
}

void TestPrefsFile::escapes()
{
    const QByteArray bytes = fixture(QStringLiteral("escapes.js"));
    const PrefsFile file = PrefsFile::parse(bytes);
    QVERIFY2(file.errors().isEmpty(), qPrintable(errorsToString(file)));
    QCOMPARE(file.value(QStringLiteral("esc.dquote")), str("say \"hi\""));
    QCOMPARE(file.value(QStringLiteral("esc.squote")), str("it's"));
    QCOMPARE(file.value(QStringLiteral("esc.backslash")), str("C:\\Users\\zoe"));
    QCOMPARE(file.value(QStringLiteral("esc.newline")), str("one\ntwo"));
    QCOMPARE(file.value(QStringLiteral("esc.return")), str("one\rtwo"));
    QCOMPARE(file.value(QStringLiteral("esc.hex")), str("Abc"));
    // \xNN is a raw byte: two of them make one UTF-8 character.
    QCOMPARE(file.value(QStringLiteral("esc.hexUtf8")), str("café"));
    QCOMPARE(file.value(QStringLiteral("esc.bmp")), str("café €"));
    QCOMPARE(file.value(QStringLiteral("esc.surrogates")), str("mail \xF0\x9F\x93\xA7!"));
    QCOMPARE(file.value(QStringLiteral("esc.surrogates"))->toString().at(5).unicode(), 0xD83D);
    QCOMPARE(file.value(QStringLiteral("esc.mixedCase")), str("Ééé"));
    QCOMPARE(file.value(QStringLiteral("esc.singleName")), str("double \" inside single"));
    QCOMPARE(file.value(QStringLiteral("esc.singleInDouble")), str("single ' inside double"));
    QCOMPARE(file.value(QStringLiteral("esc.escapedOtherQuote")), str("a \" b"));
    QCOMPARE(file.value(QStringLiteral("esc.rawUtf8")), str("Zoë Müller"));
    QCOMPARE(file.value(QStringLiteral("esc.multiLine")), str("line one\nline two"));
    QCOMPARE(file.lineOf(QStringLiteral("esc.multiLine")), 16);
    QCOMPARE(file.names().size(), 15);
    QCOMPARE(file.toBytes(), bytes);
}

void TestPrefsFile::escapeErrors_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QString>("message");

    QTest::newRow("\\x00") << QByteArray("\"a\\x00\"") << QStringLiteral("\\x00 is not allowed");
    QTest::newRow("\\u0000") << QByteArray("\"a\\u0000\"") << QStringLiteral("\\u0000 is not allowed");
    QTest::newRow("short \\x") << QByteArray("\"\\x4\"") << QStringLiteral("malformed \\x escape");
    QTest::newRow("bad \\x") << QByteArray("\"\\xG0\"") << QStringLiteral("malformed \\x escape");
    QTest::newRow("short \\u") << QByteArray("\"\\u12\"") << QStringLiteral("malformed \\u escape");
    QTest::newRow("lone high") << QByteArray("\"\\uD83D\"") << QStringLiteral("expected a low surrogate");
    QTest::newRow("high + text") << QByteArray("\"\\uD83Dx\"") << QStringLiteral("expected a low surrogate");
    QTest::newRow("high + bmp") << QByteArray("\"\\uD83D\\u0041\"")
                                << QStringLiteral("invalid low surrogate");
    QTest::newRow("high + high") << QByteArray("\"\\uD83D\\uD83D\"")
                                 << QStringLiteral("invalid low surrogate");
    QTest::newRow("lone low") << QByteArray("\"\\uDCE7\"") << QStringLiteral("low surrogate without");
    QTest::newRow("\\t") << QByteArray("\"\\t\"") << QStringLiteral("unknown escape sequence \\t");
    QTest::newRow("\\0") << QByteArray("\"\\0\"") << QStringLiteral("unknown escape sequence \\0");
    QTest::newRow("backslash newline")
        << QByteArray("\"a\\\nb\"") << QStringLiteral("unknown escape sequence");
}

void TestPrefsFile::escapeErrors()
{
    QFETCH(QByteArray, literal);
    QFETCH(QString, message);
    const QByteArray text = "user_pref(\"before\", 1);\n"
                            "user_pref(\"bad\", " +
                            literal +
                            ");\n"
                            "user_pref(\"after\", 2);\n";
    const PrefsFile file = PrefsFile::parse(text);
    QCOMPARE(file.errors().size(), 1);
    const PrefsParseError error = file.errors().first();
    QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
    QCOMPARE(error.line, 2);
    // The column points at the backslash that starts the bad escape.
    QCOMPARE(text.split('\n').at(1).at(error.column - 1), '\\');
    QVERIFY(!file.contains(QStringLiteral("bad")));
    QCOMPARE(file.value(QStringLiteral("before")), PrefValue::fromInt(1));
    QCOMPARE(file.value(QStringLiteral("after")), PrefValue::fromInt(2));
    QCOMPARE(file.toBytes(), text);
}

void TestPrefsFile::comments()
{
    const QByteArray bytes = fixture(QStringLiteral("comments.js"));
    const PrefsFile file = PrefsFile::parse(bytes);
    QVERIFY2(file.errors().isEmpty(), qPrintable(errorsToString(file)));
    QCOMPARE(file.names(),
             QStringList({QStringLiteral("c.afterBlock"), QStringLiteral("c.hashInString"),
                          QStringLiteral("c.slashesInString"), QStringLiteral("c.sameLine"),
                          QStringLiteral("c.between"), QStringLiteral("c.stars"), QStringLiteral("c.last")}));
    QCOMPARE(file.value(QStringLiteral("c.hashInString")), str("# not a comment"));
    QCOMPARE(file.value(QStringLiteral("c.slashesInString")), str("http://example.org/*x*/"));
    QCOMPARE(file.value(QStringLiteral("c.sameLine")), PrefValue::fromBool(true));
    QCOMPARE(file.value(QStringLiteral("c.between")), PrefValue::fromInt(-7));
    QCOMPARE(file.value(QStringLiteral("c.stars")), str("a*/b"));
    QCOMPARE(file.value(QStringLiteral("c.last")), PrefValue::fromBool(false));
    QCOMPARE(file.lineOf(QStringLiteral("c.afterBlock")), 6);
    QCOMPARE(file.lineOf(QStringLiteral("c.sameLine")), 8);
    QCOMPARE(file.lineOf(QStringLiteral("c.last")), 11);
    QVERIFY(!bytes.endsWith('\n'));
    QCOMPARE(file.toBytes(), bytes);

    // A lone '/' is not a comment.
    const PrefsFile slash = PrefsFile::parse("/ user_pref(\"a\", 1);\nuser_pref(\"b\", 2);\n");
    QCOMPARE(slash.errors().size(), 1);
    QVERIFY2(slash.errors().first().message.contains(QLatin1String("'/'")),
             qPrintable(errorsToString(slash)));
    QVERIFY(!slash.contains(QStringLiteral("a")));
    QVERIFY(slash.contains(QStringLiteral("b")));
}

void TestPrefsFile::lineEndings_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("crlf") << QStringLiteral("crlf.js")
                          << QStringList{QStringLiteral("crlf.a"), QStringLiteral("crlf.b"),
                                         QStringLiteral("crlf.c"), QStringLiteral("crlf.d")}
                          << QList<int>{2, 6, 7, 9};
    QTest::newRow("cr") << QStringLiteral("cr.js")
                        << QStringList{QStringLiteral("cr.a"), QStringLiteral("cr.b")} << QList<int>{1, 3};
    QTest::newRow("no trailing newline")
        << QStringLiteral("no-trailing-newline.js")
        << QStringList{QStringLiteral("nonl.a"), QStringLiteral("nonl.b")} << QList<int>{2, 3};
}

void TestPrefsFile::lineEndings()
{
    QFETCH(QString, fixtureName);
    QFETCH(QStringList, names);
    QFETCH(QList<int>, lines);
    const QByteArray bytes = fixture(fixtureName);
    const PrefsFile file = PrefsFile::parse(bytes);
    QVERIFY2(file.errors().isEmpty(), qPrintable(errorsToString(file)));
    QCOMPARE(file.names(), names);
    for (int i = 0; i < names.size(); ++i)
        QCOMPARE(file.lineOf(names.at(i)), lines.at(i));
    QCOMPARE(file.toBytes(), bytes);
    if (fixtureName == QLatin1String("crlf.js")) {
        // A raw CRLF inside a string is part of the value.
        QCOMPARE(file.value(QStringLiteral("crlf.c")), str("multi\r\nline"));
    }
}

void TestPrefsFile::integers()
{
    const QByteArray bytes = fixture(QStringLiteral("integers.js"));
    const PrefsFile file = PrefsFile::parse(bytes);
    QCOMPARE(file.value(QStringLiteral("i.max")), PrefValue::fromInt(2147483647));
    QCOMPARE(file.value(QStringLiteral("i.min")), PrefValue::fromInt(-2147483647 - 1));
    QCOMPARE(file.value(QStringLiteral("i.plusMax")), PrefValue::fromInt(2147483647));
    QCOMPARE(file.value(QStringLiteral("i.zero")), PrefValue::fromInt(0));
    QCOMPARE(file.value(QStringLiteral("i.negZero")), PrefValue::fromInt(0));
    QCOMPARE(file.value(QStringLiteral("i.leadingZeros")), PrefValue::fromInt(7));
    QCOMPARE(file.value(QStringLiteral("i.spacedSign")), PrefValue::fromInt(-12));
    QCOMPARE(file.value(QStringLiteral("i.after")), PrefValue::fromInt(1));
    for (const char* name : {"i.overMax", "i.underMin", "i.plusOver", "i.u32", "i.huge"})
        QVERIFY2(!file.contains(QLatin1String(name)), name);

    QCOMPARE(file.errors().size(), 5);
    const QList<int> lines{9, 10, 11, 12, 13};
    for (int i = 0; i < 5; ++i) {
        const PrefsParseError& e = file.errors().at(i);
        QCOMPARE(e.line, lines.at(i));
        QCOMPARE(e.message, QStringLiteral("integer out of range"));
        // At the number, or at its sign.
        const char c = bytes.split('\n').at(e.line - 1).at(e.column - 1);
        QVERIFY(c == '-' || c == '+' || c == '2' || c == '4' || c == '1');
    }
    QCOMPARE(file.toBytes(), bytes);

    // No floats, no hex, no letters glued to numbers.
    for (const QByteArray& value : {QByteArray("1.5"), QByteArray("0x10"), QByteArray("1e3"), QByteArray("-"),
                                    QByteArray("- true"), QByteArray("+\"1\""), QByteArray("12px")}) {
        const PrefsFile bad = PrefsFile::parse("user_pref(\"x\", " + value + ");\nuser_pref(\"y\", 1);\n");
        QVERIFY2(!bad.contains(QStringLiteral("x")), value.constData());
        QVERIFY2(bad.contains(QStringLiteral("y")), value.constData());
        QCOMPARE(bad.errors().size(), 1);
        QCOMPARE(bad.errors().first().line, 1);
    }
}

void TestPrefsFile::errorsAndRecovery()
{
    const QByteArray bytes = fixture(QStringLiteral("errors.js"));
    const PrefsFile file = PrefsFile::parse(bytes);
    QCOMPARE(file.names(),
             QStringList({QStringLiteral("e.ok1"), QStringLiteral("e.ok2"), QStringLiteral("e.ok3"),
                          QStringLiteral("e.ok4"), QStringLiteral("e.afterGarbage"), QStringLiteral("e.ok5"),
                          QStringLiteral("e.last")}));

    struct Expected
    {
        int line;
        int column;
        const char* message;
    };
    const QList<Expected> expected{
        {3, 1, "only user_pref() is allowed in a user preference file"},
        {4, 1, "only user_pref() is allowed in a user preference file"},
        {5, 23, "expected ',' after the preference name"},
        {7, 11, "unknown word 'e'"},
        {8, 23, "unexpected character '.'"},
        // A missing ';' is noticed at the next statement, which recovery swallows (as in Gecko).
        {11, 1, "expected ';' after ')'"},
        {13, 30, "unknown escape sequence \\t"},
        {14, 20, "integer out of range"},
        {15, 22, "integer out of range"},
        {16, 23, "unexpected character in integer literal"},
        {17, 1, "unknown word 'garbage'"},
        {18, 36, "expected ',' after the preference name"},
    };
    QCOMPARE(file.errors().size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const PrefsParseError& e = file.errors().at(i);
        QCOMPARE(e.line, expected.at(i).line);
        QCOMPARE(e.column, expected.at(i).column);
        QCOMPARE(e.message, QString::fromUtf8(expected.at(i).message));
    }
    QCOMPARE(file.lineOf(QStringLiteral("e.afterGarbage")), 17);
    QCOMPARE(file.lineOf(QStringLiteral("e.ok5")), 18);
    QVERIFY(!file.contains(QStringLiteral("e.swallowed")));
    QCOMPARE(file.toBytes(), bytes);
}

void TestPrefsFile::recoveryIsTokenBased()
{
    // Recovery skips tokens, so a ';' inside a string or comment does not end it.
    const PrefsFile file = PrefsFile::parse("user_pref(\"a\" \"x;y\" /* ; */ // ;\n);\n"
                                            "user_pref(\"b\", 1);\n"
                                            "user_pref(\"c\", 1 # ;\n"
                                            "'also ; skipped'; user_pref(\"d\", 2);\n");
    QCOMPARE(file.names(), QStringList({QStringLiteral("b"), QStringLiteral("d")}));
    QCOMPARE(file.errors().size(), 2);
    QCOMPARE(file.errors().at(0).line, 1);
    QCOMPARE(file.errors().at(0).column, 15);
    // Found at the next token, after the '#' comment.
    QCOMPARE(file.errors().at(1).line, 5);
    QCOMPARE(file.errors().at(1).message, QStringLiteral("expected ')' after the value"));

    const PrefsFile missingValue = PrefsFile::parse("user_pref(\"a\", );\nuser_pref(\"b\", 1);\n");
    QCOMPARE(missingValue.errors().size(), 1);
    QVERIFY(missingValue.errors().first().message.startsWith(QLatin1String("expected a value")));
    QCOMPARE(missingValue.errors().first().column, 16);
    QVERIFY(missingValue.contains(QStringLiteral("b")));

    const PrefsFile attribute = PrefsFile::parse("user_pref(\"a\", 1, locked);\nuser_pref(\"b\", 1);\n");
    QCOMPARE(attribute.errors().size(), 1);
    QCOMPARE(attribute.errors().first().message, QStringLiteral("expected ')' after the value"));
    QVERIFY(!attribute.contains(QStringLiteral("a")));
    QVERIFY(attribute.contains(QStringLiteral("b")));

    const PrefsFile lonely = PrefsFile::parse(";;user_pref(\"a\", 1);");
    QCOMPARE(lonely.errors().size(), 2);
    QVERIFY(lonely.contains(QStringLiteral("a")));
}

void TestPrefsFile::unterminatedAtEndOfFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("string fixture") << fixture(QStringLiteral("unterminated-string.js"))
                                    << QStringLiteral("unterminated string") << 3 << 21
                                    << QStringList{QStringLiteral("u.ok")};
    QTest::newRow("comment fixture") << fixture(QStringLiteral("unterminated-comment.js"))
                                     << QStringLiteral("unterminated /* comment") << 3 << 1
                                     << QStringList{QStringLiteral("uc.ok")};
    QTest::newRow("name") << QByteArray("user_pref(\"a") << QStringLiteral("unterminated string") << 1 << 11
                          << QStringList();
    QTest::newRow("single quote") << QByteArray("user_pref('a', 1);\n'")
                                  << QStringLiteral("unterminated string") << 2 << 1
                                  << QStringList{QStringLiteral("a")};
    QTest::newRow("backslash at end") << QByteArray("user_pref(\"a\", \"x\\")
                                      << QStringLiteral("unterminated string") << 1 << 16 << QStringList();
    QTest::newRow("\\u at end") << QByteArray("user_pref(\"a\", \"\\u00")
                                << QStringLiteral("unterminated string") << 1 << 16 << QStringList();
    QTest::newRow("high surrogate at end")
        << QByteArray("user_pref(\"a\", \"\\uD83D\\") << QStringLiteral("unterminated string") << 1 << 16
        << QStringList();
    QTest::newRow("comment star") << QByteArray("/*/") << QStringLiteral("unterminated /* comment") << 1 << 1
                                  << QStringList();
    QTest::newRow("comment star star")
        << QByteArray("\n\n  /**") << QStringLiteral("unterminated /* comment") << 3 << 3 << QStringList();
    QTest::newRow("statement cut") << QByteArray("user_pref(\"a\", 1)")
                                   << QStringLiteral("expected ';' after ')', found the end of the file") << 1
                                   << 18 << QStringList();
    QTest::newRow("keyword only") << QByteArray("user_pref")
                                  << QStringLiteral("expected '(' after user_pref, found the end of the file")
                                  << 1 << 10 << QStringList();
    QTest::newRow("slash at end") << QByteArray("user_pref(\"a\", 1);/")
                                  << QStringLiteral("expected '/' or '*' after '/'") << 1 << 19
                                  << QStringList{QStringLiteral("a")};
}

void TestPrefsFile::unterminatedAtEndOfFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QStringList, names);
    const PrefsFile file = PrefsFile::parse(bytes);
    QCOMPARE(file.errors().size(), 1);
    QCOMPARE(file.errors().first().message, message);
    QCOMPARE(file.errors().first().line, line);
    QCOMPARE(file.errors().first().column, column);
    QCOMPARE(file.names(), names);
    QCOMPARE(file.toBytes(), bytes);
}

void TestPrefsFile::nulByte()
{
    // Where a token would start, NUL is the end of the file for Gecko.
    const QByteArray text = raw("user_pref(\"a\", 1);\n\0user_pref(\"b\", 2);\n");
    const PrefsFile file = PrefsFile::parse(text);
    QCOMPARE(file.names(), QStringList{QStringLiteral("a")});
    QCOMPARE(file.errors().size(), 1);
    QCOMPARE(file.errors().first().line, 2);
    QCOMPARE(file.errors().first().column, 1);
    QVERIFY(file.errors().first().message.contains(QLatin1String("NUL")));
    QCOMPARE(file.toBytes(), text);

    // Inside a statement: the statement is cut, reported once.
    const QByteArray cut = raw("user_pref(\"a\", \0 1);");
    const PrefsFile cutFile = PrefsFile::parse(cut);
    QCOMPARE(cutFile.errors().size(), 1);
    QVERIFY(cutFile.errors().first().message.contains(QLatin1String("NUL")));
    QCOMPARE(cutFile.errors().first().column, 16);
    QVERIFY(cutFile.names().isEmpty());

    // lib.rs reads on after a NUL that ends a '#' or '//' comment (verified with
    // Thunderbird, see nulFixturesMatchThunderbird).
    const QByteArray comment = raw("# x\0\nuser_pref(\"b\", 2);// y\0user_pref(\"c\", 3);");
    const PrefsFile commentFile = PrefsFile::parse(comment);
    QVERIFY2(commentFile.errors().isEmpty(), qPrintable(errorsToString(commentFile)));
    QCOMPARE(commentFile.names(), QStringList({QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(commentFile.toBytes(), comment);

    // Inside a string it is an error, and reading goes on after it.
    const QByteArray inString = raw("user_pref(\"a\", \"x\0\"); user_pref(\"b\", 2);");
    const PrefsFile stringFile = PrefsFile::parse(inString);
    QCOMPARE(stringFile.errors().size(), 1);
    QCOMPARE(stringFile.errors().first().message, QStringLiteral("NUL byte inside a string"));
    QCOMPARE(stringFile.errors().first().column, 18);

    const QByteArray onlyNul(1, '\0');
    const PrefsFile nulFile = PrefsFile::parse(onlyNul);
    QCOMPARE(nulFile.errors().size(), 1);
    QCOMPARE(nulFile.toBytes(), onlyNul);
}

void TestPrefsFile::lastAssignmentWins()
{
    const PrefsFile file = PrefsFile::parse("user_pref(\"a\", 1);\n"
                                            "user_pref(\"b\", 1);\n"
                                            "user_pref('a', \"two\");\n"
                                            "user_pref(\"\\x61\", true);\n" // the same name, escaped
                                            "user_pref(\"c\", 1);\n");
    QCOMPARE(file.value(QStringLiteral("a")), PrefValue::fromBool(true));
    QCOMPARE(file.lineOf(QStringLiteral("a")), 4);
    QCOMPARE(file.names(), QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
}

void TestPrefsFile::namesAndPrefixes()
{
    const PrefsFile file = PrefsFile::parse(fixture(QStringLiteral("thunderbird-153-prefs.js")));
    const QStringList smtp = file.namesWithPrefix(QStringLiteral("mail.smtpserver.smtp1."));
    QCOMPARE(smtp, QStringList({QStringLiteral("mail.smtpserver.smtp1.authMethod"),
                                QStringLiteral("mail.smtpserver.smtp1.description"),
                                QStringLiteral("mail.smtpserver.smtp1.hostname"),
                                QStringLiteral("mail.smtpserver.smtp1.port"),
                                QStringLiteral("mail.smtpserver.smtp1.try_ssl"),
                                QStringLiteral("mail.smtpserver.smtp1.username")}));
    QVERIFY(file.namesWithPrefix(QStringLiteral("no.such.")).isEmpty());
    QCOMPARE(file.namesWithPrefix(QString()), file.names());
    // Case matters, as in Gecko.
    QVERIFY(file.namesWithPrefix(QStringLiteral("MAIL.")).isEmpty());

    const PrefsFile dup =
        PrefsFile::parse("user_pref(\"x.b\", 1);\nuser_pref(\"x.a\", 1);\nuser_pref(\"x.b\", 2);\n");
    QCOMPARE(dup.namesWithPrefix(QStringLiteral("x.")),
             QStringList({QStringLiteral("x.b"), QStringLiteral("x.a")}));
}

void TestPrefsFile::emptyAndBlank_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("newline") << QByteArray("\n");
    QTest::newRow("spaces") << QByteArray(" \t\v\f\r\n\r\r\n");
    QTest::newRow("comments") << QByteArray("// a\n# b\n/* c */");
}

void TestPrefsFile::emptyAndBlank()
{
    QFETCH(QByteArray, bytes);
    PrefsFile file = PrefsFile::parse(bytes);
    QVERIFY(file.errors().isEmpty());
    QVERIFY(file.names().isEmpty());
    QCOMPARE(file.toBytes(), bytes);
    file.set(QStringLiteral("a"), PrefValue::fromInt(1));
    QVERIFY(file.toBytes().startsWith(bytes));
    QVERIFY(file.toBytes().contains("user_pref(\"a\", 1);"));
    verifyConsistent(file);
    file.remove(QStringLiteral("a"));
    QCOMPARE(file.toBytes(), bytes.isEmpty() || bytes.endsWith('\n') ? bytes : bytes + '\n');

    PrefsFile defaultConstructed;
    defaultConstructed.set(QStringLiteral("a"), PrefValue::fromInt(1));
    QCOMPARE(defaultConstructed.toBytes(), QByteArray("user_pref(\"a\", 1);\n"));
}

// ---------------------------------------------------------------------------
// Real Thunderbird output

void TestPrefsFile::roundTripEveryFixture()
{
    const QDir dir(QStringLiteral(MAILSETUP_TEST_DATA "/prefs"));
    const QStringList files = dir.entryList({QStringLiteral("*.js")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 12);
    for (const QString& name : files) {
        const QByteArray bytes = fixture(name);
        PrefsFile file = PrefsFile::parse(bytes);
        QVERIFY2(file.toBytes() == bytes, qPrintable(name));
        // Setting every value to itself changes nothing when the file already
        // has one assignment per name in Gecko's own spelling.
        if (name.startsWith(QLatin1String("thunderbird-153-prefs"))) {
            for (const QString& pref : file.names())
                file.set(pref, *file.value(pref));
            QVERIFY2(file.toBytes() == bytes, qPrintable(name));
        }
    }
}

void TestPrefsFile::thunderbirdFixture()
{
    const QByteArray bytes = fixture(QStringLiteral("thunderbird-153-prefs.js"));
    const PrefsFile file = PrefsFile::parse(bytes);
    QVERIFY2(file.errors().isEmpty(), qPrintable(errorsToString(file)));
    QVERIFY(bytes.startsWith("// Mozilla User Preferences\n\n// DO NOT EDIT THIS FILE.\n"));

    auto v = [&](const char* name) { return file.value(QLatin1String(name)); };
    QCOMPARE(v("mail.accountmanager.accounts"), str("account1,account2"));
    QCOMPARE(v("mail.accountmanager.localfoldersserver"), str("server2"));
    QCOMPARE(v("mail.account.account1.server"), str("server1"));
    QCOMPARE(v("mail.account.account1.identities"), str("id1"));
    QCOMPARE(v("mail.account.lastKey"), PrefValue::fromInt(2));
    QCOMPARE(v("mail.server.server1.type"), str("pop3"));
    QCOMPARE(v("mail.server.server1.hostname"), str("pop.example.org"));
    QCOMPARE(v("mail.server.server1.port"), PrefValue::fromInt(995));
    QCOMPARE(v("mail.server.server1.socketType"), PrefValue::fromInt(3));
    QCOMPARE(v("mail.server.server1.authMethod"), PrefValue::fromInt(3));
    QCOMPARE(v("mail.server.server1.userName"), str("zoe.mueller"));
    QCOMPARE(v("mail.server.server2.type"), str("none"));
    QCOMPARE(v("mail.identity.id1.useremail"), str("zoe.mueller@example.org"));
    QCOMPARE(v("mail.identity.id1.fullName"), str("Zoë Müller (O'Brien & Co.)"));
    QCOMPARE(v("mail.identity.id1.organization"), str("Quote \"test\" \\ back\\slash"));
    QCOMPARE(v("mail.identity.id1.smtpServer"), str("smtp1"));
    QCOMPARE(v("mail.identity.id1.valid"), PrefValue::fromBool(true));
    QCOMPARE(v("mail.smtpservers"), str("smtp1"));
    QCOMPARE(v("mail.smtpserver.smtp1.port"), PrefValue::fromInt(465));
    QCOMPARE(v("mail.smtpserver.smtp1.try_ssl"), PrefValue::fromInt(3));
    QCOMPARE(v("mail.smtpserver.smtp1.username"), str("zoe.mueller"));
    QCOMPARE(v("mail.smtpserver.smtp1.description"), str("Tab\there é \xF0\x9F\x93\xA7 line\nbreak\r\nend"));
    // Thunderbird added these itself.
    QCOMPARE(v("mail.server.server1.directory-rel"), str("[ProfD]Mail/pop.example.org"));
    QCOMPARE(v("mail.server.server1.storeContractID"), str("@mozilla.org/msgstore/berkeleystore;1"));

    // Gecko writes one statement per line, sorted by name.
    const QStringList names = file.names();
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });
    QCOMPARE(names, sorted);
    QCOMPARE(file.lineOf(names.first()), 12);
    QCOMPARE(file.lineOf(names.last()), 11 + int(names.size()));
}

void TestPrefsFile::thunderbirdReadSeedLikeGecko()
{
    // Thunderbird read thunderbird-153-seed.js and wrote thunderbird-153-prefs.js:
    // every seed value must read the same in both, which checks the escapes
    // (\x09, \u surrogates, \r\n, single quotes) against Gecko itself.
    const PrefsFile seed = PrefsFile::parse(fixture(QStringLiteral("thunderbird-153-seed.js")));
    const PrefsFile written = PrefsFile::parse(fixture(QStringLiteral("thunderbird-153-prefs.js")));
    QVERIFY2(seed.errors().isEmpty(), qPrintable(errorsToString(seed)));
    QCOMPARE(seed.names().size(), 31);
    for (const QString& name : seed.names())
        QCOMPARE(written.value(name), seed.value(name));
}

void TestPrefsFile::thunderbirdDroppedOnlyTheInvalidStatement()
{
    // The first seed had "\t", which Gecko rejects ("prefs.js:32: prefs parse
    // error: unexpected escape sequence character after '\'"). Thunderbird kept
    // the file as Invalidprefs.js and wrote everything else it had read.
    const PrefsFile seed = PrefsFile::parse(fixture(QStringLiteral("thunderbird-153-invalid-seed.js")));
    const PrefsFile written =
        PrefsFile::parse(fixture(QStringLiteral("thunderbird-153-invalid-seed-result.js")));
    QCOMPARE(seed.errors().size(), 1);
    QCOMPARE(seed.errors().first().line, 32);
    QCOMPARE(seed.errors().first().message, QStringLiteral("unknown escape sequence \\t"));
    QVERIFY(!seed.contains(QStringLiteral("mail.smtpserver.smtp1.description")));
    QVERIFY(!written.contains(QStringLiteral("mail.smtpserver.smtp1.description")));
    QCOMPARE(seed.names().size(), 30);
    for (const QString& name : seed.names())
        QCOMPARE(written.value(name), seed.value(name));
}

void TestPrefsFile::toLiteralMatchesThunderbirdWriter()
{
    const QByteArray bytes = fixture(QStringLiteral("thunderbird-153-prefs.js"));
    const PrefsFile file = PrefsFile::parse(bytes);
    const QList<QByteArray> lines = bytes.split('\n');
    int checked = 0;
    for (const QString& name : file.names()) {
        const QByteArray expected = "user_pref(" + PrefValue::fromString(name).toLiteral() + ", " +
                                    file.value(name)->toLiteral() + ");";
        QCOMPARE(lines.at(file.lineOf(name) - 1), expected);
        ++checked;
    }
    QCOMPARE(checked, int(lines.size()) - 12); // header (11 lines) and the empty piece after the last '\n'
}

void TestPrefsFile::nulFixturesMatchThunderbird()
{
    // Results observed with Thunderbird 153 (tests/data/prefs/README.md).
    const PrefsFile a = PrefsFile::parse(fixture(QStringLiteral("nul-token-start-and-comment.js")));
    QCOMPARE(a.names(), QStringList({QStringLiteral("test.before"), QStringLiteral("test.afterCommentNul")}));
    // Gecko does not call this an error; we do, because it hides statements.
    QCOMPARE(a.errors().size(), 1);
    QCOMPARE(a.errors().first().line, 4);
    QCOMPARE(a.errors().first().column, 1);

    const PrefsFile c = PrefsFile::parse(fixture(QStringLiteral("nul-string-and-block-comment.js")));
    QCOMPARE(c.names(), QStringList({QStringLiteral("test.before"), QStringLiteral("test.afterStringNul"),
                                     QStringLiteral("test.afterBlockNul"), QStringLiteral("test.last")}));
    // Thunderbird: "prefs.js:2: ... unterminated string literal", "prefs.js:3: ... unterminated /* comment".
    QCOMPARE(c.errors().size(), 2);
    QCOMPARE(c.errors().at(0).line, 2);
    QCOMPARE(c.errors().at(1).line, 3);
    QCOMPARE(c.errors().at(1).message, QStringLiteral("unterminated /* comment"));
}

// ---------------------------------------------------------------------------
// Editing

void TestPrefsFile::setKeepsEveryOtherByte()
{
    const QByteArray before = "// header\n"
                              "user_pref(\"a\",\t\"old\");   # note\n"
                              "\n"
                              "/* block */ user_pref(\"b\", 1);\n"
                              "user_pref( \"c\" , false ) ;\n";
    PrefsFile file = PrefsFile::parse(before);
    file.set(QStringLiteral("a"), str("new \"value\""));
    file.set(QStringLiteral("b"), PrefValue::fromInt(-20));
    file.set(QStringLiteral("c"), PrefValue::fromBool(true));
    QCOMPARE(file.toBytes(), QByteArray("// header\n"
                                        "user_pref(\"a\",\t\"new \\\"value\\\"\");   # note\n"
                                        "\n"
                                        "/* block */ user_pref(\"b\", -20);\n"
                                        "user_pref( \"c\" , true ) ;\n"));
    QCOMPARE(file.value(QStringLiteral("a")), str("new \"value\""));
    QCOMPARE(file.value(QStringLiteral("b")), PrefValue::fromInt(-20));
    verifyConsistent(file);

    // Setting the value it already has rewrites nothing but the literal, here
    // turning single quotes into Gecko's double quotes.
    PrefsFile same = PrefsFile::parse("user_pref(\"a\", 'x');\n");
    same.set(QStringLiteral("a"), str("x"));
    QCOMPARE(same.toBytes(), QByteArray("user_pref(\"a\", \"x\");\n"));
}

void TestPrefsFile::setKeepsNameQuotingAndTrailingComment()
{
    PrefsFile file = PrefsFile::parse("user_pref('mail.x', 'one'); // keep me\r\n"
                                      "user_pref(\"mail.\\x79\", 2); /* and me */\r\n");
    file.set(QStringLiteral("mail.x"), str("two"));
    file.set(QStringLiteral("mail.y"), PrefValue::fromInt(3));
    QCOMPARE(file.toBytes(), QByteArray("user_pref('mail.x', \"two\"); // keep me\r\n"
                                        "user_pref(\"mail.\\x79\", 3); /* and me */\r\n"));
    verifyConsistent(file);
}

void TestPrefsFile::setChangesType()
{
    PrefsFile file = PrefsFile::parse("user_pref(\"a\", \"993\");\nuser_pref(\"b\", 1);\n");
    file.set(QStringLiteral("a"), PrefValue::fromInt(993));
    file.set(QStringLiteral("b"), str("one\ntwo\\"));
    QCOMPARE(file.toBytes(), QByteArray("user_pref(\"a\", 993);\nuser_pref(\"b\", \"one\\ntwo\\\\\");\n"));
    QCOMPARE(file.value(QStringLiteral("a")), PrefValue::fromInt(993));
    QCOMPARE(file.value(QStringLiteral("b")), str("one\ntwo\\"));
    verifyConsistent(file);
}

void TestPrefsFile::setRemovesEarlierDuplicates()
{
    PrefsFile file = PrefsFile::parse("user_pref(\"a\", 1);\n"
                                      "user_pref(\"b\", 1);\n"
                                      "  user_pref(\"a\", 2);  \n"
                                      "user_pref(\"a\", 3); user_pref(\"c\", 1);\n"
                                      "user_pref(\"c\", 0); user_pref(\"a\", 4); // last\n"
                                      "user_pref(\"d\", 1);\n");
    QCOMPARE(file.lineOf(QStringLiteral("a")), 5);
    file.set(QStringLiteral("a"), PrefValue::fromInt(5));
    QCOMPARE(file.toBytes(), QByteArray("user_pref(\"b\", 1);\n"
                                        "user_pref(\"c\", 1);\n"
                                        "user_pref(\"c\", 0); user_pref(\"a\", 5); // last\n"
                                        "user_pref(\"d\", 1);\n"));
    QCOMPARE(file.lineOf(QStringLiteral("a")), 3);
    QCOMPARE(file.lineOf(QStringLiteral("d")), 4);
    QCOMPARE(file.names(), QStringList({QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a"),
                                        QStringLiteral("d")}));
    verifyConsistent(file);
}

void TestPrefsFile::setAppends()
{
    PrefsFile file = PrefsFile::parse("user_pref(\"a\", 1);\n");
    file.set(QStringLiteral("b"), str("Zoë"));
    file.set(QStringLiteral("c"), PrefValue::fromBool(false));
    file.set(QStringLiteral("b"), str("Zoë Müller"));
    QCOMPARE(file.toBytes(), QByteArray("user_pref(\"a\", 1);\n"
                                        "user_pref(\"b\", \"Zo\xC3\xAB M\xC3\xBCller\");\n"
                                        "user_pref(\"c\", false);\n"));
    QCOMPARE(file.lineOf(QStringLiteral("b")), 2);
    QCOMPARE(file.lineOf(QStringLiteral("c")), 3);
    QCOMPARE(file.names(), QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    verifyConsistent(file);
}

void TestPrefsFile::setAppendsWithFileLineEnding_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("lf") << QByteArray("user_pref(\"a\", 1);\n")
                        << QByteArray("user_pref(\"a\", 1);\nuser_pref(\"n\", 1);\n");
    QTest::newRow("crlf") << QByteArray("// x\r\nuser_pref(\"a\", 1);\r\n")
                          << QByteArray("// x\r\nuser_pref(\"a\", 1);\r\nuser_pref(\"n\", 1);\r\n");
    QTest::newRow("mostly crlf") << QByteArray("#a\r\n#b\r\n#c\n")
                                 << QByteArray("#a\r\n#b\r\n#c\nuser_pref(\"n\", 1);\r\n");
    QTest::newRow("mostly lf") << QByteArray("#a\r\n#b\n#c\n")
                               << QByteArray("#a\r\n#b\n#c\nuser_pref(\"n\", 1);\n");
    QTest::newRow("cr") << QByteArray("#a\r#b\r") << QByteArray("#a\r#b\ruser_pref(\"n\", 1);\r");
    QTest::newRow("crlf without final newline")
        << QByteArray("#a\r\nuser_pref(\"a\", 1);")
        << QByteArray("#a\r\nuser_pref(\"a\", 1);\r\nuser_pref(\"n\", 1);\r\n");
}

void TestPrefsFile::setAppendsWithFileLineEnding()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    PrefsFile file = PrefsFile::parse(before);
    file.set(QStringLiteral("n"), PrefValue::fromInt(1));
    QCOMPARE(file.toBytes(), after);
    verifyConsistent(file);
}

void TestPrefsFile::setAppendsNewlineWhenMissing()
{
    const QByteArray bytes = fixture(QStringLiteral("no-trailing-newline.js"));
    PrefsFile file = PrefsFile::parse(bytes);
    file.set(QStringLiteral("nonl.c"), PrefValue::fromInt(3));
    QCOMPARE(file.toBytes(), bytes + "\nuser_pref(\"nonl.c\", 3);\n");
    QCOMPARE(file.lineOf(QStringLiteral("nonl.c")), 4);
    verifyConsistent(file);
    // The statement that ended the file does not grow to include the new line.
    file.remove(QStringLiteral("nonl.b"));
    QCOMPARE(file.toBytes(), bytes.left(bytes.lastIndexOf('\n') + 1) + "user_pref(\"nonl.c\", 3);\n");
    verifyConsistent(file);

    // After a comment that runs to the end of the file the new line must not
    // become part of the comment.
    PrefsFile comment = PrefsFile::parse(fixture(QStringLiteral("comments.js")));
    comment.set(QStringLiteral("c.new"), PrefValue::fromBool(true));
    const PrefsFile reread = PrefsFile::parse(comment.toBytes());
    QCOMPARE(reread.value(QStringLiteral("c.new")), PrefValue::fromBool(true));
    QCOMPARE(reread.lineOf(QStringLiteral("c.new")), 12);
}

void TestPrefsFile::setAppendEscapesName()
{
    PrefsFile file;
    const QString name = QStringLiteral("odd\"name\\with'quotes\nand é");
    file.set(name, str("v"));
    QCOMPARE(file.toBytes(),
             QByteArray("user_pref(\"odd\\\"name\\\\with'quotes\\nand \xC3\xA9\", \"v\");\n"));
    const PrefsFile reread = PrefsFile::parse(file.toBytes());
    QVERIFY(reread.errors().isEmpty());
    QCOMPARE(reread.names(), QStringList{name});
    QCOMPARE(reread.value(name), str("v"));
    // And it is found again for an in-place change.
    file.set(name, str("w"));
    QCOMPARE(file.toBytes(),
             QByteArray("user_pref(\"odd\\\"name\\\\with'quotes\\nand \xC3\xA9\", \"w\");\n"));
}

void TestPrefsFile::setOnThunderbirdFileKeepsHeader()
{
    const QByteArray bytes = fixture(QStringLiteral("thunderbird-153-prefs.js"));
    const QByteArray header = bytes.left(bytes.indexOf("user_pref("));
    QVERIFY(header.startsWith("// Mozilla User Preferences"));
    QVERIFY(header.contains("DO NOT EDIT THIS FILE"));

    PrefsFile file = PrefsFile::parse(bytes);
    file.set(QStringLiteral("mail.smtpserver.smtp1.hostname"), str("mail.example.net"));
    file.set(QStringLiteral("mail.smtpservers"), str("smtp1,smtp2"));
    file.set(QStringLiteral("mail.smtpserver.smtp2.hostname"), str("smtp2.example.net"));
    file.set(QStringLiteral("mail.smtpserver.smtp2.port"), PrefValue::fromInt(587));
    file.remove(QStringLiteral("mail.server.server1.nextFilterTime"));

    const QByteArray after = file.toBytes();
    QVERIFY(after.startsWith(header));
    QByteArray expected = bytes;
    expected.replace("user_pref(\"mail.smtpserver.smtp1.hostname\", \"smtp.example.org\");",
                     "user_pref(\"mail.smtpserver.smtp1.hostname\", \"mail.example.net\");");
    expected.replace("user_pref(\"mail.smtpservers\", \"smtp1\");",
                     "user_pref(\"mail.smtpservers\", \"smtp1,smtp2\");");
    expected.replace("user_pref(\"mail.server.server1.nextFilterTime\", 10);\n", "");
    expected += "user_pref(\"mail.smtpserver.smtp2.hostname\", \"smtp2.example.net\");\n"
                "user_pref(\"mail.smtpserver.smtp2.port\", 587);\n";
    QCOMPARE(after, expected);
    verifyConsistent(file);
}

void TestPrefsFile::setInMultiLineStatement()
{
    PrefsFile file = PrefsFile::parse("user_pref(\"a\",\n"
                                      "  \"multi\n"
                                      "line\"\n"
                                      ");\n"
                                      "user_pref(\"b\", 1);\n"
                                      "user_pref(\"n\", - /* sign apart */ 5);\n");
    QCOMPARE(file.lineOf(QStringLiteral("b")), 5);
    file.set(QStringLiteral("a"), str("single"));
    file.set(QStringLiteral("n"), PrefValue::fromInt(6));
    QCOMPARE(file.toBytes(), QByteArray("user_pref(\"a\",\n"
                                        "  \"single\"\n"
                                        ");\n"
                                        "user_pref(\"b\", 1);\n"
                                        "user_pref(\"n\", 6);\n"));
    QCOMPARE(file.lineOf(QStringLiteral("b")), 4);
    verifyConsistent(file);
}

void TestPrefsFile::appendBeforeTerminatingNul()
{
    // Appended after the NUL, Gecko would never read it.
    const QByteArray bytes = raw("user_pref(\"a\", 1);\0junk");
    PrefsFile file = PrefsFile::parse(bytes);
    file.set(QStringLiteral("b"), PrefValue::fromInt(2));
    QCOMPARE(file.toBytes(), raw("user_pref(\"a\", 1);\nuser_pref(\"b\", 2);\n\0junk"));
    verifyConsistent(file);
}

void TestPrefsFile::remove_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("own line") << QByteArray(
                                     "user_pref(\"x\", 1);\nuser_pref(\"a\", 1);\nuser_pref(\"y\", 1);\n")
                              << QByteArray("user_pref(\"x\", 1);\nuser_pref(\"y\", 1);\n");
    QTest::newRow("first line") << QByteArray("user_pref(\"a\", 1);\nuser_pref(\"y\", 1);\n")
                                << QByteArray("user_pref(\"y\", 1);\n");
    QTest::newRow("only line") << QByteArray("user_pref(\"a\", 1);\n") << QByteArray();
    QTest::newRow("indented") << QByteArray("//x\n\t  user_pref(\"a\", 1); \t\n//y\n")
                              << QByteArray("//x\n//y\n");
    QTest::newRow("crlf") << QByteArray("//x\r\nuser_pref(\"a\", 1);\r\n//y\r\n")
                          << QByteArray("//x\r\n//y\r\n");
    QTest::newRow("cr") << QByteArray("//x\ruser_pref(\"a\", 1);\r//y\r") << QByteArray("//x\r//y\r");
    QTest::newRow("last line without newline")
        << QByteArray("//x\nuser_pref(\"a\", 1);") << QByteArray("//x\n");
    QTest::newRow("trailing comment")
        << QByteArray("user_pref(\"a\", 1); // about a\n//x\n") << QByteArray("// about a\n//x\n");
    QTest::newRow("leading comment") << QByteArray("/* c */ user_pref(\"a\", 1);\n//x\n")
                                     << QByteArray("/* c */\n//x\n");
    QTest::newRow("two on a line, first")
        << QByteArray("user_pref(\"a\", 1); user_pref(\"b\", 2);\n") << QByteArray("user_pref(\"b\", 2);\n");
    QTest::newRow("two on a line, second")
        << QByteArray("user_pref(\"b\", 2); user_pref(\"a\", 1);\n") << QByteArray("user_pref(\"b\", 2);\n");
    QTest::newRow("glued") << QByteArray("user_pref(\"b\",2);user_pref(\"a\",1);user_pref(\"c\",3);\n")
                           << QByteArray("user_pref(\"b\",2);user_pref(\"c\",3);\n");
    QTest::newRow("multi-line statement")
        << QByteArray("//x\nuser_pref(\n\"a\",\n\"v\nw\");\n//y\n") << QByteArray("//x\n//y\n");
    QTest::newRow("every duplicate")
        << QByteArray("user_pref(\"a\", 1);\n//x\nuser_pref('a', 2);\n  user_pref(\"a\", 3);")
        << QByteArray("//x\n");
    QTest::newRow("blank lines around stay")
        << QByteArray("//x\n\nuser_pref(\"a\", 1);\n\n//y\n") << QByteArray("//x\n\n\n//y\n");
    QTest::newRow("invalid statements stay")
        << QByteArray("pref(\"a\", 1);\nuser_pref(\"a\", 1);\nuser_pref(\"a\" 2);\n")
        << QByteArray("pref(\"a\", 1);\nuser_pref(\"a\" 2);\n");
}

void TestPrefsFile::remove()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    PrefsFile file = PrefsFile::parse(before);
    QVERIFY(file.contains(QStringLiteral("a")));
    file.remove(QStringLiteral("a"));
    QCOMPARE(file.toBytes(), after);
    QVERIFY(!file.contains(QStringLiteral("a")));
    QCOMPARE(file.lineOf(QStringLiteral("a")), 0);
    verifyConsistent(file);
}

void TestPrefsFile::removeAbsentIsNoOp()
{
    const QByteArray bytes = fixture(QStringLiteral("errors.js"));
    PrefsFile file = PrefsFile::parse(bytes);
    file.remove(QStringLiteral("e.swallowed"));
    file.remove(QStringLiteral("e.defaultOnly"));
    file.remove(QStringLiteral("nothing"));
    QCOMPARE(file.toBytes(), bytes);
}

void TestPrefsFile::lineNumbersFollowEdits()
{
    PrefsFile file = PrefsFile::parse(fixture(QStringLiteral("crlf.js")));
    QCOMPARE(file.lineOf(QStringLiteral("crlf.d")), 9);
    file.set(QStringLiteral("crlf.c"), str("one line")); // its raw CRLF goes away
    QCOMPARE(file.lineOf(QStringLiteral("crlf.d")), 8);
    file.remove(QStringLiteral("crlf.a"));
    QCOMPARE(file.lineOf(QStringLiteral("crlf.b")), 5);
    QCOMPARE(file.lineOf(QStringLiteral("crlf.d")), 7);
    file.set(QStringLiteral("crlf.e"), PrefValue::fromInt(5));
    QCOMPARE(file.lineOf(QStringLiteral("crlf.e")), 8);
    QVERIFY(file.toBytes().endsWith("user_pref(\"crlf.e\", 5);\r\n"));
    verifyConsistent(file);

    // Mixed endings: removing a line between a lone CR and an LF joins them into
    // one CRLF line break, and the numbers must follow.
    PrefsFile mixed = PrefsFile::parse("#x\ruser_pref(\"a\", 1);\n\nuser_pref(\"b\", 2);\n");
    QCOMPARE(mixed.lineOf(QStringLiteral("b")), 4);
    mixed.remove(QStringLiteral("a"));
    QCOMPARE(mixed.toBytes(), QByteArray("#x\r\nuser_pref(\"b\", 2);\n"));
    QCOMPARE(mixed.lineOf(QStringLiteral("b")), 2);
    verifyConsistent(mixed);
}

void TestPrefsFile::randomEditsStayConsistent()
{
    QRandomGenerator random(20260823);
    const QStringList fixtures{QStringLiteral("thunderbird-153-prefs.js"),
                               QStringLiteral("crlf.js"),
                               QStringLiteral("comments.js"),
                               QStringLiteral("errors.js"),
                               QStringLiteral("escapes.js"),
                               QStringLiteral("no-trailing-newline.js"),
                               QStringLiteral("cr.js"),
                               QStringLiteral("integers.js"),
                               QStringLiteral("nul-token-start-and-comment.js"),
                               QStringLiteral("nul-string-and-block-comment.js")};
    const QList<PrefValue> values{
        str("plain"),          str("multi\nline \"quoted\" \\ é"),  str(""),
        PrefValue::fromInt(0), PrefValue::fromInt(-2147483647 - 1), PrefValue::fromBool(true)};
    for (const QString& name : fixtures) {
        PrefsFile file = PrefsFile::parse(fixture(name));
        const QStringList original = file.names();
        for (int step = 0; step < 200; ++step) {
            const QStringList names = file.names();
            const int action = random.bounded(3);
            QString pref = names.isEmpty() || random.bounded(4) == 0
                               ? QStringLiteral("new.pref%1").arg(random.bounded(10))
                               : names.at(random.bounded(int(names.size())));
            if (action == 0 && !original.isEmpty())
                pref = original.at(random.bounded(int(original.size())));
            if (action == 2) {
                file.remove(pref);
                QVERIFY(!file.contains(pref));
            } else {
                const PrefValue value = values.at(random.bounded(int(values.size())));
                file.set(pref, value);
                QCOMPARE(file.value(pref), value);
            }
            verifyConsistent(file);
            if (QTest::currentTestFailed()) {
                qWarning() << "fixture" << name << "step" << step << "pref" << pref;
                return;
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Robustness and speed

void TestPrefsFile::garbageNeverCrashes()
{
    const QByteArray bomFile("\xEF\xBB\xBFuser_pref(\"bom\", 1);");
    QList<QByteArray> inputs;
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(char(i));
    inputs << all;
    inputs << QByteArray(100000, '"') << QByteArray(100000, '\'') << QByteArray(100000, '\\')
           << QByteArray(100000, ';') << QByteArray(100000, '/') << QByteArray(100000, '*')
           << QByteArray(100000, '\0') << QByteArray(100000, '9') << QByteArray(100000, '\r')
           << QByteArray(100000, '-');
    inputs << QByteArray("user_pref(").repeated(10000) << QByteArray("\"\\u").repeated(10000)
           << QByteArray("\"\\uD800\\").repeated(10000) << QByteArray("/*").repeated(10000)
           << QByteArray("user_pref(\"a\", \"").repeated(1000)
           << QByteArray("\xEF\xBB\xBFuser_pref(\"bom\", 1);");
    QRandomGenerator random(42);
    const QByteArray alphabet = raw("user_pref(\"'\\x0u9DCFa-+,);#/*\n\r\t \0\xff");
    for (int n = 0; n < 300; ++n) {
        QByteArray bytes(random.bounded(1, 2000), Qt::Uninitialized);
        const bool binary = n % 2 == 0;
        for (char& c : bytes)
            c = binary ? char(random.bounded(256)) : alphabet.at(random.bounded(int(alphabet.size())));
        inputs << bytes;
    }

    QElapsedTimer timer;
    timer.start();
    for (const QByteArray& bytes : std::as_const(inputs)) {
        PrefsFile file = PrefsFile::parse(bytes);
        QVERIFY(file.toBytes() == bytes);
        const int lines = int(bytes.count('\n') + bytes.count('\r')) + 1;
        for (const PrefsParseError& e : file.errors()) {
            QVERIFY(e.line >= 1 && e.line <= lines);
            QVERIFY(e.column >= 1 && e.column <= bytes.size() + 1);
            QVERIFY(!e.message.isEmpty());
        }
        for (const QString& name : file.names())
            QVERIFY(file.lineOf(name) >= 1 && file.lineOf(name) <= lines);
        file.set(QStringLiteral("mailsetup.probe"), PrefValue::fromInt(1));
        QCOMPARE(file.value(QStringLiteral("mailsetup.probe")), PrefValue::fromInt(1));
        file.remove(QStringLiteral("mailsetup.probe"));
        QVERIFY(!file.contains(QStringLiteral("mailsetup.probe")));
    }
    QVERIFY2(timer.elapsed() < 10000, "garbage must not make the parser slow");

    const PrefsFile bom = PrefsFile::parse(bomFile);
    // Gecko has no BOM handling: the first statement is lost to recovery.
    QCOMPARE(bom.errors().size(), 1);
    QCOMPARE(bom.errors().first().message, QStringLiteral("unexpected byte 0xef"));
    QVERIFY(bom.names().isEmpty());
}

void TestPrefsFile::mutatedFixturesNeverCrash()
{
    QRandomGenerator random(7);
    const QByteArray base =
        fixture(QStringLiteral("thunderbird-153-prefs.js")) + fixture(QStringLiteral("escapes.js"));
    for (int n = 0; n < 300; ++n) {
        QByteArray bytes = base;
        for (int k = random.bounded(1, 6); k > 0; --k) {
            const int at = random.bounded(int(bytes.size()));
            switch (random.bounded(3)) {
            case 0:
                bytes.remove(at, random.bounded(1, 20));
                break;
            case 1:
                bytes.insert(at, "\"'\\/*#;\0\r"[random.bounded(9)]);
                break;
            default:
                bytes[at] = char(random.bounded(256));
            }
        }
        PrefsFile file = PrefsFile::parse(bytes);
        QVERIFY(file.toBytes() == bytes);
        const QStringList names = file.names();
        if (!names.isEmpty()) {
            file.set(names.at(random.bounded(int(names.size()))), str("changed"));
            file.remove(names.at(random.bounded(int(names.size()))));
        }
        // Files with errors are not required to re-read identically, but valid ones are.
        if (PrefsFile::parse(bytes).errors().isEmpty())
            verifyConsistent(file);
    }
}

void TestPrefsFile::tooManyErrorsAreCapped()
{
    const PrefsFile file = PrefsFile::parse(QByteArray("x;").repeated(100000));
    QVERIFY(file.errors().size() <= 1001);
    QVERIFY(file.errors().size() >= 1000);
    QVERIFY(file.errors().last().message.contains(QLatin1String("too many")));
}

void TestPrefsFile::largeFileIsFast()
{
    QByteArray bytes = fixture(QStringLiteral("thunderbird-153-prefs.js"));
    const QByteArray body = bytes.mid(bytes.indexOf("user_pref("));
    for (int i = 0; bytes.size() < 1024 * 1024; ++i)
        bytes += QByteArray(body).replace("user_pref(\"", "user_pref(\"copy" + QByteArray::number(i) + '.');
    QVERIFY(bytes.size() >= 1024 * 1024);

    QElapsedTimer timer;
    timer.start();
    PrefsFile file = PrefsFile::parse(bytes);
    const qint64 parseMs = timer.elapsed();
    QVERIFY(file.errors().isEmpty());
    QVERIFY(file.names().size() > 10000);

    timer.restart();
    const QStringList names = file.names();
    for (int i = 0; i < 500; ++i)
        file.set(names.at(i * 20), PrefValue::fromInt(i));
    for (int i = 0; i < 500; ++i)
        file.set(QStringLiteral("appended.%1").arg(i), PrefValue::fromBool(true));
    for (int i = 0; i < 100; ++i)
        file.remove(names.at(i * 97 + 5));
    for (const QString& name : names)
        (void)file.value(name);
    const qint64 editMs = timer.elapsed();
    qInfo("1 MiB prefs.js: parse %lld ms; 1100 edits and %lld look-ups %lld ms", parseMs,
          static_cast<long long>(names.size()), editMs);
    // Generous bounds so that a loaded machine or a debug build does not fail;
    // a release build parses in a few milliseconds.
    QVERIFY2(parseMs < 1000, qPrintable(QString::number(parseMs)));
    QVERIFY2(editMs < 5000, qPrintable(QString::number(editMs)));
    verifyConsistent(file);
}

QTEST_GUILESS_MAIN(TestPrefsFile)
#include "test_prefsfile.moc"
