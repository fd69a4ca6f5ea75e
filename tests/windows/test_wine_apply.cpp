// SPDX-License-Identifier: GPL-3.0-or-later
// What Mail Setup writes is what Windows' own tools read: a real plan for Outlook
// Express, Outlook 2016 and Outlook 2003 is applied to a fixture home's
// registry/HKEY_CURRENT_USER.reg, then wine's reg.exe imports that file into a private
// wine prefix and `reg query` must show every planned value, and every other value of
// those keys, with the same type and data (REG_DWORD ports, REG_SZ host names,
// REG_BINARY UTF-16 strings for Outlook 2002/2003).
#include "../support/testfiles.h"
#include "profileloader.h"
#include "transaction.h"
#include "windows/outlookadapter.h"
#include "windows/outlookexpressadapter.h"
#include "windows/regfile.h"
#include "windows/windowsregistryhome.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace mailsetup;

namespace {

const QString data = QStringLiteral(MAILSETUP_TEST_DATA "/windows");
const RunningCheck notRunning = [](const QString&, const QString&) { return QString(); };

AccountSettings pcug()
{
    AccountRequest request;
    request.email = QStringLiteral("alice@pcug.org.au");
    request.realName = QStringLiteral("Alice Ng");
    request.username = QStringLiteral("alice");
    const ProfileLoadResult loaded = ProfileLoader::loadBundled(QStringLiteral("pcug"));
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.errorText()));
    const ResolveResult r = resolveAccount(*loaded.profile, request);
    if (!r.settings)
        qFatal("%s", qPrintable(r.error));
    return *r.settings;
}

// A value as `reg query` prints it: "0x1d1", text, "A\0B", upper-case hex.
QString asRegQueryPrints(const RegistryValue& value)
{
    switch (RegistryType(value.type)) {
    case RegistryType::Dword:
        return QStringLiteral("0x") + QString::number(value.toDword().value_or(0), 16);
    case RegistryType::String:
    case RegistryType::ExpandString:
        return value.toText();
    case RegistryType::MultiString:
        return value.toStringList().join(QStringLiteral("\\0"));
    case RegistryType::Binary:
    case RegistryType::None:
        break;
    }
    return QString::fromLatin1(value.data.toHex().toUpper());
}

struct QueriedValue
{
    QString type;
    QString data;
};
using QueriedKey = QMap<QString, QueriedValue>; // value name ("" for the default) -> value
using Expected = QMap<QString, QString>;        // value name -> "TYPE DATA"

// The driver's output: "==> KEY" then reg query's lines "    NAME    TYPE    DATA".
QMap<QString, QueriedKey> parseQueries(const QString& output)
{
    QMap<QString, QueriedKey> keys;
    static const QRegularExpression valueLine(QStringLiteral("^    (.*?)    (REG_[A-Z_]+)    (.*)$"));
    QString current;
    for (const QString& line : output.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("==> "))) {
            current = line.mid(4);
            keys[current];
            continue;
        }
        const QRegularExpressionMatch m = valueLine.match(line);
        if (current.isEmpty() || !m.hasMatch())
            continue;
        const QString name = m.captured(1) == QLatin1String("(Default)") ? QString() : m.captured(1);
        keys[current][name] = {m.captured(2), m.captured(3)};
    }
    return keys;
}

// Every difference between the .reg file's values in `key` and what reg.exe read there.
QStringList differences(const RegFile& file, const QString& key, const QueriedKey& queried)
{
    QStringList problems;
    const QStringList names = file.valueNames(key);
    for (const QString& name : names) {
        const RegistryValue value = *file.value(key, name);
        if (!queried.contains(name)) {
            problems << QStringLiteral("%1\\%2: reg query does not show it").arg(key, name);
            continue;
        }
        const QueriedValue& seen = queried[name];
        if (seen.type != value.typeName() || seen.data != asRegQueryPrints(value))
            problems << QStringLiteral("%1\\%2: we wrote %3 %4, reg query reads %5 %6")
                            .arg(key, name, value.typeName(), asRegQueryPrints(value), seen.type, seen.data);
    }
    for (auto it = queried.cbegin(); it != queried.cend(); ++it) {
        if (!names.contains(it.key()))
            problems << QStringLiteral("%1\\%2: reg query shows a value we did not write").arg(key, it.key());
    }
    return problems;
}

struct WineRun
{
    int exitCode = -1;
    QString output;
    QString errors;
};

// cmake/run-wine-test.sh makes the private prefix once and runs the driver in it.
WineRun importAndQuery(const QString& regFile, const QStringList& keys)
{
    QProcess process;
    process.start(QStringLiteral("bash"), QStringList{QStringLiteral(MAILSETUP_RUN_WINE_TEST),
                                                      QStringLiteral(MAILSETUP_APPLY_WINEPREFIX), regFile,
                                                      QStringLiteral(MAILSETUP_REG_IMPORT_QUERY)} +
                                              keys);
    WineRun run;
    if (!process.waitForStarted(10000) || !process.waitForFinished(240000)) {
        process.kill();
        run.errors = QStringLiteral("wine did not finish: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromUtf8(process.readAllStandardOutput());
    run.errors = QString::fromUtf8(process.readAllStandardError());
    return run;
}

std::unique_ptr<ClientAdapter> adapterFor(const QString& name)
{
    if (name == QLatin1String("outlookexpress"))
        return std::make_unique<OutlookExpressAdapter>();
    return std::make_unique<OutlookAdapter>();
}

} // namespace

class TestWineApply : public QObject
{
    Q_OBJECT

private slots:
    void appliedValuesReadBackWithWindowsReg_data()
    {
        QTest::addColumn<QString>("adapter");
        QTest::addColumn<QString>("fixture");
        // Planned values that must come out as the seeds' setup: name -> "TYPE DATA".
        QTest::addColumn<Expected>("expected");
        QTest::newRow("Outlook Express 6")
            << QStringLiteral("outlookexpress") << QStringLiteral("oe6-hkcu.reg")
            << Expected{{QStringLiteral("SMTP Server"), QStringLiteral("REG_SZ smtps.tip.net.au")},
                        {QStringLiteral("SMTP Port"), QStringLiteral("REG_DWORD 0x1d1")},
                        {QStringLiteral("SMTP Secure Connection"), QStringLiteral("REG_DWORD 0x1")},
                        {QStringLiteral("SMTP User Name"), QStringLiteral("REG_SZ alice")},
                        {QStringLiteral("POP3 Port"), QStringLiteral("REG_DWORD 0x3e3")},
                        {QStringLiteral("POP3 Secure Connection"), QStringLiteral("REG_DWORD 0x1")}};
        QTest::newRow("Outlook 2016")
            << QStringLiteral("outlook") << QStringLiteral("outlook2016-hkcu.reg")
            << Expected{{QStringLiteral("SMTP Server"), QStringLiteral("REG_SZ smtps.tip.net.au")},
                        {QStringLiteral("SMTP Port"), QStringLiteral("REG_DWORD 0x1d1")},
                        {QStringLiteral("SMTP Secure Connection"), QStringLiteral("REG_DWORD 0x1")},
                        {QStringLiteral("SMTP Use Auth"), QStringLiteral("REG_DWORD 0x1")},
                        {QStringLiteral("POP3 Port"), QStringLiteral("REG_DWORD 0x3e3")},
                        {QStringLiteral("POP3 Use SSL"), QStringLiteral("REG_DWORD 0x1")}};
        // Outlook 2002/2003 keep strings as REG_BINARY UTF-16LE with their NUL.
        QTest::newRow("Outlook 2003")
            << QStringLiteral("outlook2003") << QStringLiteral("outlook2003-hkcu.reg")
            << Expected{{QStringLiteral("SMTP Server"),
                         QStringLiteral("REG_BINARY ") + asRegQueryPrints(RegistryValue::utf16Binary(
                                                             QStringLiteral("smtps.tip.net.au")))},
                        {QStringLiteral("SMTP Port"), QStringLiteral("REG_DWORD 0x1d1")}};
    }

    void appliedValuesReadBackWithWindowsReg()
    {
        QFETCH(QString, adapter);
        QFETCH(QString, fixture);
        QFETCH(Expected, expected);

        QTemporaryDir home;
        const HostEnvironment env = HostEnvironment::forHome(home.path(), HostEnvironment::Os::Windows);
        const QString userFile = userRegistryFile(env);
        testfiles::writeFile(userFile, testfiles::readFile(data + QLatin1Char('/') + fixture));
        testfiles::writeFile(machineRegistryFile(env),
                             testfiles::readFile(data + QStringLiteral("/hklm.reg")));

        const std::unique_ptr<ClientAdapter> client = adapterFor(adapter);
        const QList<ClientInstallation> found = client->detect(env);
        QVERIFY(!found.isEmpty());
        const ChangePlan plan = client->plan(found.first(), pcug());
        QVERIFY2(plan.canApply(), qPrintable(plan.refusal));
        QCOMPARE(plan.registryStore, userFile);
        QTemporaryDir backups;
        BackupStore store(backups.path());
        const ApplyResult applied = applyPlans({plan}, store, notRunning, QStringLiteral("test"));
        QVERIFY2(applied.ok, qPrintable(applied.error));

        QStringList keys;
        for (const RegistryChange& change : plan.registry) {
            if (!keys.contains(change.key))
                keys << change.key;
        }
        const WineRun run = importAndQuery(userFile, keys);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output + run.errors));
        const QMap<QString, QueriedKey> queried = parseQueries(run.output);

        // Every planned value, as planned.
        for (const RegistryChange& change : plan.registry) {
            const QueriedValue seen = queried.value(change.key).value(change.name);
            QCOMPARE(seen.type, change.after->typeName());
            QCOMPARE(seen.data, asRegQueryPrints(*change.after));
        }
        // The seeds' setup in Windows' own terms.
        QHash<QString, QString> plannedKey; // value name -> its key
        for (const RegistryChange& change : plan.registry)
            plannedKey.insert(change.name, change.key);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QVERIFY2(plannedKey.contains(it.key()), qPrintable(it.key()));
            const QueriedValue seen = queried.value(plannedKey[it.key()]).value(it.key());
            QCOMPARE(seen.type + QLatin1Char(' ') + seen.data, it.value());
        }
        // And the whole keys: the values we kept read back unchanged, nothing extra.
        const RegFile::ParseResult parsed = RegFile::parse(testfiles::readFile(userFile));
        QVERIFY2(parsed.file, qPrintable(parsed.error));
        for (const QString& key : keys) {
            QVERIFY2(queried.contains(key), qPrintable(key));
            QVERIFY(queried[key].size() > 0);
            const QStringList problems = differences(*parsed.file, key, queried[key]);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
    }

    // The comparison itself can fail: a DWORD kept as a string, a wrong number, a
    // value reg.exe does not show, and one it shows that we did not write.
    void comparisonCanFail()
    {
        const QString output = QStringLiteral("==> HKEY_CURRENT_USER\\Software\\T\n"
                                              "HKEY_CURRENT_USER\\Software\\T\n"
                                              "    SMTP Port    REG_SZ    465\n"
                                              "    POP3 Port    REG_DWORD    0x3e3\n"
                                              "    Extra    REG_SZ    \n");
        const QMap<QString, QueriedKey> queried = parseQueries(output);
        const QString key = QStringLiteral("HKEY_CURRENT_USER\\Software\\T");
        QCOMPARE(queried[key].size(), 3);
        QCOMPARE(queried[key][QStringLiteral("Extra")].data, QString());
        RegFile file;
        file.setValue(key, QStringLiteral("SMTP Port"), RegistryValue::dword(465));
        file.setValue(key, QStringLiteral("POP3 Port"), RegistryValue::dword(110));
        file.setValue(key, QStringLiteral("Missing"), RegistryValue::string(QStringLiteral("x")));
        const QStringList problems = differences(file, key, queried[key]);
        QCOMPARE(problems.size(), 4);
        const QString all = problems.join(QLatin1Char('\n'));
        QVERIFY2(
            all.contains(QStringLiteral("SMTP Port: we wrote REG_DWORD 0x1d1, reg query reads REG_SZ 465")),
            qPrintable(all));
        QVERIFY2(all.contains(
                     QStringLiteral("POP3 Port: we wrote REG_DWORD 0x6e, reg query reads REG_DWORD 0x3e3")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Missing: reg query does not show it")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Extra: reg query shows a value we did not write")),
                 qPrintable(all));
        QCOMPARE(asRegQueryPrints(RegistryValue::multiString({QStringLiteral("a"), QStringLiteral("b")})),
                 QStringLiteral("a\\0b"));
        QCOMPARE(asRegQueryPrints(RegistryValue::binary(QByteArray("\x00\xff", 2))), QStringLiteral("00FF"));
    }
};

QTEST_GUILESS_MAIN(TestWineApply)
#include "test_wine_apply.moc"
