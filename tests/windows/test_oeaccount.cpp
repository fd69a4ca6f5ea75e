// SPDX-License-Identifier: GPL-3.0-or-later
// Windows Mail / Windows Live Mail: reading .oeaccount files (UTF-16 with BOM), updating
// the account with the address in place, adding account{GUID}.oeaccount to the store
// root, apply/undo, refusals, and the files read back by xmllint and Python's XML parser
// with Microsoft's element names.
#include "../support/fakeprocess.h"
#include "../support/testfiles.h"
#include "oeaccountadapter.h"
#include "oeaccountexporter.h"
#include "oeaccountfile.h"
#include "profileloader.h"
#include "settingsexporter.h"
#include "transaction.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace mailsetup;
using testfiles::readFile;
using testfiles::writeFile;

namespace {

using testsupport::FakeProcess;

const QString data = QStringLiteral(MAILSETUP_TEST_DATA "/windows/files");

QString makeStore(const QString& home, bool live = true)
{
    const QString root = home + (live ? QStringLiteral("/AppData/Local/Microsoft/Windows Live Mail")
                                      : QStringLiteral("/AppData/Local/Microsoft/Windows Mail"));
    writeFile(root + QStringLiteral("/{7E2B5C11-0000-4000-8000-000000000001}/"
                                    "account{7E2B5C11-0000-4000-8000-000000000001}.oeaccount"),
              readFile(data + QStringLiteral("/wlm-pop3.oeaccount")));
    return root;
}

ClientInstallation installationAt(const QString& home)
{
    const auto found =
        OeAccountAdapter().detect(HostEnvironment::forHome(home, HostEnvironment::Os::Windows));
    if (found.isEmpty())
        qFatal("no store root in %s", qPrintable(home));
    return found.first();
}

AccountSettings pcug(const QString& email, const QString& user = {})
{
    const ProfileLoadResult profile = ProfileLoader::loadBundled(QStringLiteral("pcug"));
    AccountRequest request;
    request.email = email;
    request.realName = QStringLiteral("Zoe Mueller");
    request.username = user;
    return *resolveAccount(*profile.profile, request).settings;
}

QString notRunning(const QString&, const QString&)
{
    return {};
}

// Python's XML parser: the element names, types and values, one per line.
QString pythonRead(const QString& path, int* exitCode)
{
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, xml.etree.ElementTree as ET\n"
                                 "root = ET.parse(sys.argv[1]).getroot()\n"
                                 "assert root.tag == 'MessageAccount', root.tag\n"
                                 "for e in root: print(e.tag, e.get('type'), e.text)\n"),
                  path});
    python.waitForFinished(30000);
    *exitCode = python.exitCode();
    return QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError());
}

int xmllint(const QString& path)
{
    if (QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty())
        return -1;
    QProcess lint;
    lint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), path});
    lint.waitForFinished(30000);
    return lint.exitCode();
}

} // namespace

class TestOeAccount : public QObject
{
    Q_OBJECT

private slots:
    void readsWindowsLiveMailFile()
    {
        const QByteArray bytes = readFile(data + QStringLiteral("/wlm-pop3.oeaccount"));
        const OeAccountFile file = OeAccountFile::parse(bytes);
        QVERIFY2(file.error().isEmpty(), qPrintable(file.error()));
        QCOMPARE(file.toBytes(), bytes); // UTF-16LE, BOM and CRLF kept
        QCOMPARE(file.value(QStringLiteral("SMTP_Display_Name")).value_or(QString()),
                 QStringLiteral("Zoë Müller & Co"));
        QCOMPARE(file.dword(QStringLiteral("POP3_Port")).value_or(0), 110u);
        QTemporaryDir home;
        makeStore(home.path());
        const ClientInstallation inst = installationAt(home.path());
        QCOMPARE(inst.clientName, QStringLiteral("Windows Live Mail"));
        QVERIFY(inst.problems.isEmpty());
        QCOMPARE(inst.accounts.size(), 1);
        QCOMPARE(inst.accounts[0].email, QStringLiteral("zoe@pcug.org.au"));
        QVERIFY(inst.accounts[0].outgoing ==
                (ServerSettings{QStringLiteral("smtp"), QStringLiteral("mailhost.pcug.org.au"), 25,
                                Security::Plain, AuthMethod::None, QString()}));
    }

    void updatesTheAccountInPlace()
    {
        QTemporaryDir home;
        const QString root = makeStore(home.path());
        const ClientInstallation inst = installationAt(home.path());
        const QString path = root + QStringLiteral("/{7E2B5C11-0000-4000-8000-000000000001}/"
                                                   "account{7E2B5C11-0000-4000-8000-000000000001}.oeaccount");
        const QByteArray before = readFile(path);
        const AccountSettings settings = pcug(QStringLiteral("Zoe@pcug.org.au"), QStringLiteral("zoe"));
        const ChangePlan plan = OeAccountAdapter().plan(inst, settings);
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        QCOMPARE(plan.files.size(), 1);
        QCOMPARE(plan.files[0].path, path);
        const QByteArray after = plan.files[0].after;
        QVERIFY(after.startsWith("\xFF\xFE"));
        const OeAccountFile file = OeAccountFile::parse(after);
        QVERIFY(file.error().isEmpty());
        // Windows Live Mail's 8-digit form: 465 = 1d1, 995 = 3e3.
        QCOMPARE(file.value(QStringLiteral("SMTP_Port")).value_or(QString()), QStringLiteral("000001d1"));
        QCOMPARE(file.value(QStringLiteral("POP3_Port")).value_or(QString()), QStringLiteral("000003e3"));
        QCOMPARE(file.value(QStringLiteral("SMTP_Secure_Connection")).value_or(QString()),
                 QStringLiteral("00000001"));
        QCOMPARE(file.value(QStringLiteral("SMTP_Use_Sicily")).value_or(QString()),
                 QStringLiteral("00000003"));
        QCOMPARE(file.value(QStringLiteral("SMTP_User_Name")).value_or(QString()), QStringLiteral("zoe"));
        QCOMPARE(file.value(QStringLiteral("Account_Name")).value_or(QString()),
                 QStringLiteral("PCUG mail")); // kept
        QVERIFY(file.account(QString()).outgoing == settings.outgoing);
        QVERIFY(file.account(QString()).incoming == settings.incoming);
        // Only the changed elements differ; the rest of the text is the same.
        QString expected = QString::fromUtf16(reinterpret_cast<const char16_t*>(before.constData() + 2),
                                              (before.size() - 2) / 2);
        const QString actual = QString::fromUtf16(reinterpret_cast<const char16_t*>(after.constData() + 2),
                                                  (after.size() - 2) / 2);
        expected
            .replace(QStringLiteral(">mailhost.pcug.org.au</SMTP_Server>"),
                     QStringLiteral(">smtps.tip.net.au</SMTP_Server>"))
            .replace(QStringLiteral("<POP3_Port type=\"DWORD\">0000006e"),
                     QStringLiteral("<POP3_Port type=\"DWORD\">000003e3"))
            .replace(QStringLiteral("<POP3_Secure_Connection type=\"DWORD\">00000000"),
                     QStringLiteral("<POP3_Secure_Connection type=\"DWORD\">00000001"))
            .replace(QStringLiteral("<SMTP_Port type=\"DWORD\">00000019"),
                     QStringLiteral("<SMTP_Port type=\"DWORD\">000001d1"))
            .replace(QStringLiteral("<SMTP_Secure_Connection type=\"DWORD\">00000000"),
                     QStringLiteral("<SMTP_Secure_Connection type=\"DWORD\">00000001"))
            .replace(
                QStringLiteral(
                    "    <SMTP_Prompt_for_Password type=\"DWORD\">00000000</SMTP_Prompt_for_Password>\r\n"),
                QStringLiteral(
                    "    <SMTP_Prompt_for_Password type=\"DWORD\">00000000</SMTP_Prompt_for_Password>\r\n"
                    "    <SMTP_User_Name type=\"SZ\">zoe</SMTP_User_Name>\r\n"
                    "    <SMTP_Use_Sicily type=\"DWORD\">00000003</SMTP_Use_Sicily>\r\n"));
        QCOMPARE(actual, expected);

        int code = 0;
        writeFile(home.filePath(QStringLiteral("after.oeaccount")), after);
        const QString parsed = pythonRead(home.filePath(QStringLiteral("after.oeaccount")), &code);
        QVERIFY2(code == 0, qPrintable(parsed));
        QVERIFY(parsed.contains(QStringLiteral("SMTP_Server SZ smtps.tip.net.au")));
        QVERIFY(parsed.contains(QStringLiteral("SMTP_Port DWORD 000001d1")));
        if (const int lint = xmllint(home.filePath(QStringLiteral("after.oeaccount"))); lint >= 0)
            QCOMPARE(lint, 0);

        BackupStore store(home.filePath(QStringLiteral("backups")));
        const ApplyResult applied = applyPlans({plan}, store, notRunning, QStringLiteral("test"));
        QVERIFY2(applied.ok, qPrintable(applied.error));
        const ChangePlan again = OeAccountAdapter().plan(installationAt(home.path()), settings);
        QVERIFY2(again.isNoOp(), qPrintable(again.toText()));
        const UndoResult undone = undoTransaction(store, applied.transactionId, notRunning, false);
        QVERIFY2(undone.ok, qPrintable(undone.error));
        QCOMPARE(readFile(path), before);
    }

    void addsNewAccountFileToTheStoreRoot()
    {
        QTemporaryDir home;
        const QString root = makeStore(home.path(), false);
        const AccountSettings settings = pcug(QStringLiteral("kid@pcug.org.au"));
        const ChangePlan plan = OeAccountAdapter().plan(installationAt(home.path()), settings);
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        const FileChange& added = plan.files.first();
        QVERIFY(!added.existed);
        QCOMPARE(QFileInfo(added.path).absolutePath(), root);
        QVERIFY(QRegularExpression(QStringLiteral("^account\\{[0-9A-F-]{36}\\}\\.oeaccount$"))
                    .match(QFileInfo(added.path).fileName())
                    .hasMatch());
        QCOMPARE(OeAccountAdapter::newFileName(QStringLiteral("KID@pcug.org.au")),
                 QFileInfo(added.path).fileName());
        const OeAccountFile file = OeAccountFile::parse(added.after);
        QVERIFY(file.error().isEmpty());
        QVERIFY(file.account(QString()).incoming == settings.incoming);
        QVERIFY(file.account(QString()).outgoing == settings.outgoing);
        BackupStore store(home.filePath(QStringLiteral("backups")));
        const ApplyResult applied = applyPlans({plan}, store, notRunning, QStringLiteral("test"));
        QVERIFY2(applied.ok, qPrintable(applied.error));
        QVERIFY(OeAccountAdapter().plan(installationAt(home.path()), settings).isNoOp());
        QVERIFY(undoTransaction(store, applied.transactionId, notRunning, false).ok);
        QVERIFY(!QFile::exists(added.path));
    }

    void exporterWritesMicrosoftsElementNames()
    {
        const SettingsExporter* exporter = findSettingsExporter(QStringLiteral("oeaccount"));
        QVERIFY(exporter);
        const ProfileLoadResult profile = ProfileLoader::loadBundled(QStringLiteral("pcug"));
        QString error;
        const QByteArray bytes =
            exporter->generate(pcug(QStringLiteral("alice@pcug.org.au")), *profile.profile, &error);
        QVERIFY2(!bytes.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        const QString path =
            dir.filePath(exporter->suggestedFileName(pcug(QStringLiteral("alice@pcug.org.au"))));
        writeFile(path, bytes);
        int code = 0;
        const QString parsed = pythonRead(path, &code);
        QVERIFY2(code == 0, qPrintable(parsed));
        // Names and types from oe-account-entry.md.
        for (const QString& line :
             {QStringLiteral("Account_Name SZ PCUG"), QStringLiteral("POP3_Server SZ mailhost.pcug.org.au"),
              QStringLiteral("POP3_User_Name SZ alice"), QStringLiteral("POP3_Port DWORD 000003e3"),
              QStringLiteral("POP3_Secure_Connection DWORD 00000001"),
              QStringLiteral("SMTP_Server SZ smtps.tip.net.au"), QStringLiteral("SMTP_Port DWORD 000001d1"),
              QStringLiteral("SMTP_Secure_Connection DWORD 00000001"),
              QStringLiteral("SMTP_Use_Sicily DWORD 00000003"),
              QStringLiteral("SMTP_Email_Address SZ alice@pcug.org.au")})
            QVERIFY2(parsed.contains(line), qPrintable(line + QStringLiteral(" not in:\n") + parsed));
        QVERIFY(!parsed.contains(QStringLiteral("Password")));
        if (const int lint = xmllint(path); lint >= 0)
            QCOMPARE(lint, 0);
    }

    void refusesUnreadableFileNamingLine()
    {
        QTemporaryDir home;
        const QString root = makeStore(home.path());
        writeFile(root + QStringLiteral("/broken/account{X}.oeaccount"),
                  QByteArray("<?xml version=\"1.0\"?>\n<MessageAccount>\n  <SMTP_Server "
                             "type=\"SZ\">x</SMTP_Serve>\n</MessageAccount>\n"));
        const ClientInstallation inst = installationAt(home.path());
        QCOMPARE(inst.problems.size(), 1);
        QVERIFY2(inst.problems[0].contains(QStringLiteral("account{X}.oeaccount:3:")),
                 qPrintable(inst.problems[0]));
        const ChangePlan plan = OeAccountAdapter().plan(inst, pcug(QStringLiteral("zoe@pcug.org.au")));
        QVERIFY(!plan.canApply());
        QVERIFY2(plan.refusal.contains(QStringLiteral(":3:")), qPrintable(plan.refusal));
    }

    void refusesWhileRunning()
    {
        QTemporaryDir home;
        makeStore(home.path());
        FakeProcess wlm(QStringLiteral("wlmail.exe"));
        const ChangePlan plan =
            OeAccountAdapter().plan(installationAt(home.path()), pcug(QStringLiteral("zoe@pcug.org.au")));
        QVERIFY(!plan.canApply());
        QVERIFY2(plan.refusal.contains(QStringLiteral("Windows Live Mail is running")),
                 qPrintable(plan.refusal));
    }
};

QTEST_GUILESS_MAIN(TestOeAccount)
#include "test_oeaccount.moc"
