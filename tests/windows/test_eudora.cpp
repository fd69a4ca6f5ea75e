// SPDX-License-Identifier: GPL-3.0-or-later
// Eudora for Windows: reading personalities from Eudora.ini as Eudora 7.1 does,
// planning the PCUG setup on the Dominant personality or a new one, pinning what
// other personalities inherit, usercerts.p7b with the provider's root (read back by
// openssl), apply and byte-identical undo, refusal while Eudora runs, bad lines.
#include "../support/fakeprocess.h"
#include "../support/testfiles.h"
#include "eudoraadapter.h"
#include "eudoracertstore.h"
#include "eudoraini.h"
#include "profileloader.h"
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

QString makeHome(const QString& home, const QByteArray& ini = readFile(data + QStringLiteral("/Eudora.ini")))
{
    const QString dir = home + QStringLiteral("/AppData/Roaming/Qualcomm/Eudora");
    QDir().mkpath(dir);
    if (!ini.isNull())
        writeFile(dir + QStringLiteral("/Eudora.ini"), ini);
    return dir;
}

ClientInstallation installationAt(const QString& home)
{
    const auto found = EudoraAdapter().detect(HostEnvironment::forHome(home, HostEnvironment::Os::Windows));
    if (found.size() != 1)
        qFatal("expected one Eudora folder in %s", qPrintable(home));
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

QString section(const QByteArray& latin1, const QString& name)
{
    const QString text = QString::fromLatin1(latin1);
    const qsizetype begin = text.indexOf(QLatin1Char('[') + name + QLatin1Char(']'));
    if (begin < 0)
        return {};
    const qsizetype end = text.indexOf(QLatin1String("\r\n["), begin + 1);
    return text.mid(begin, end < 0 ? -1 : end - begin);
}

} // namespace

class TestEudora : public QObject
{
    Q_OBJECT

private slots:
    void readsPersonalitiesLikeEudora()
    {
        const QByteArray bytes = readFile(data + QStringLiteral("/Eudora.ini"));
        const EudoraIni ini = EudoraIni::parse(bytes);
        QVERIFY(ini.errors().isEmpty());
        QCOMPARE(ini.toBytes(), bytes); // ANSI bytes and CRLF survive the round trip
        const auto personas = ini.personalities();
        QCOMPARE(personas.size(), 2);
        QVERIFY(personas[0].isDominant());
        QCOMPARE(personas[1].section, QStringLiteral("Persona-Work"));
        // Keys are case-insensitive; unset keys fall back to [Settings], then to the defaults.
        QCOMPARE(ini.effective(personas[1], QStringLiteral("smtpserver")),
                 QStringLiteral("smtp.work.example"));
        QCOMPARE(ini.effective(personas[1], QStringLiteral("LeaveMailOnServer")), QStringLiteral("1"));
        QCOMPARE(ini.effective(personas[0], QStringLiteral("SSLSendUse")), QStringLiteral("1"));
        QCOMPARE(ini.effective(personas[0], QStringLiteral("SSLSMTPAlternatePort")), QStringLiteral("465"));

        QTemporaryDir home;
        makeHome(home.path());
        const ClientInstallation inst = installationAt(home.path());
        QVERIFY(inst.problems.isEmpty());
        QCOMPARE(inst.accounts.size(), 2);
        QCOMPARE(inst.accounts[0].name, QStringLiteral("<Dominant>"));
        QCOMPARE(inst.accounts[0].email, QStringLiteral("zoe@pcug.org.au"));
        QVERIFY(
            inst.accounts[0].incoming ==
            (ServerSettings{QStringLiteral("pop3"), QStringLiteral("mailhost.pcug.org.au"), 110,
                            Security::TryStartTls, AuthMethod::PasswordCleartext, QStringLiteral("zoe")}));
        QCOMPARE(inst.accounts[1].email, QStringLiteral("zoe.mueller@work.example"));
        QCOMPARE(inst.accounts[1].incoming->type, QStringLiteral("imap"));
        QCOMPARE(inst.accounts[1].incoming->port, 143);
        // Not Windows: no Eudora.
        QVERIFY(EudoraAdapter()
                    .detect(HostEnvironment::forHome(home.path(), HostEnvironment::Os::Linux))
                    .isEmpty());
    }

    void dominantPersonalityGetsThePcugSetup()
    {
        QTemporaryDir home;
        const QString dir = makeHome(home.path());
        const QByteArray before = readFile(dir + QStringLiteral("/Eudora.ini"));
        const ChangePlan plan = EudoraAdapter().plan(
            installationAt(home.path()), pcug(QStringLiteral("zoe@pcug.org.au"), QStringLiteral("zoe")));
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        QCOMPARE(plan.files.size(), 2); // Eudora.ini and usercerts.p7b
        const QByteArray after = plan.files[0].after;
        const EudoraIni ini = EudoraIni::parse(after);
        const EudoraPersonality dominant = ini.personalities()[0];
        // "Secure Sockets when Sending: Required, Alternate Port" on 465, "Allow authentication".
        QCOMPARE(ini.own(QStringLiteral("Settings"), QStringLiteral("SMTPServer")),
                 QStringLiteral("smtps.tip.net.au"));
        QCOMPARE(ini.own(QStringLiteral("Settings"), QStringLiteral("SSLSendUse")), QStringLiteral("2"));
        QCOMPARE(ini.effective(dominant, QStringLiteral("SSLSMTPAlternatePort")), QStringLiteral("465"));
        QCOMPARE(ini.effective(dominant, QStringLiteral("SmtpAuthAllowed")), QStringLiteral("1"));
        QCOMPARE(ini.own(QStringLiteral("Settings"), QStringLiteral("SSLReceiveUse")), QStringLiteral("2"));
        QCOMPARE(ini.effective(dominant, QStringLiteral("SSLPOPAlternatePort")), QStringLiteral("995"));
        // The Work personality inherited SSLSendUse/SSLReceiveUse and keeps what it had (1).
        QCOMPARE(ini.own(QStringLiteral("Persona-Work"), QStringLiteral("SSLSendUse")), QStringLiteral("1"));
        QCOMPARE(ini.own(QStringLiteral("Persona-Work"), QStringLiteral("SSLReceiveUse")),
                 QStringLiteral("1"));
        const EudoraIni old = EudoraIni::parse(before);
        QVERIFY(ini.account(ini.personalities()[1]).outgoing == old.account(old.personalities()[1]).outgoing);
        QVERIFY(ini.account(ini.personalities()[1]).incoming == old.account(old.personalities()[1]).incoming);
        const ExistingAccount zoe = ini.account(dominant);
        QVERIFY(zoe.outgoing == pcug(QStringLiteral("zoe@pcug.org.au"), QStringLiteral("zoe")).outgoing);
        QVERIFY(zoe.incoming == pcug(QStringLiteral("zoe@pcug.org.au"), QStringLiteral("zoe")).incoming);
        // Untouched lines keep their bytes: the ANSI name, the comment, other sections.
        QCOMPARE(after.count("RealName=Zo\xEB M\xFC"
                             "ller\r\n"),
                 2); // both names kept
        QVERIFY(after.contains("; Eudora keeps comments it did not write\r\n"));
        QCOMPARE(section(after, QStringLiteral("Open Windows")),
                 section(before, QStringLiteral("Open Windows")));
        QVERIFY(after.contains("SavePasswordText=\r\n")); // the saved-password line is left alone
        QVERIFY(plan.toText().contains(QStringLiteral("SSLSendUse")));

        // The CA in Eudora's user-trusted store, readable by openssl.
        const FileChange& certs = plan.files[1];
        QVERIFY(certs.path.endsWith(QStringLiteral("/usercerts.p7b")));
        QVERIFY(!certs.existed);
        const CertificateBundle bundle = readCertificateBundle(certs.after);
        QVERIFY2(bundle.error.isEmpty(), qPrintable(bundle.error));
        QCOMPARE(bundle.certificates.size(), 1);
        QTemporaryDir tmp;
        writeFile(tmp.filePath(QStringLiteral("u.p7b")), certs.after);
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("pkcs7"), QStringLiteral("-inform"), QStringLiteral("DER"),
                       QStringLiteral("-print_certs"), QStringLiteral("-noout"), QStringLiteral("-in"),
                       tmp.filePath(QStringLiteral("u.p7b"))});
        QVERIFY(openssl.waitForFinished(20000));
        QCOMPARE(openssl.exitCode(), 0);
        QVERIFY2(openssl.readAllStandardOutput().contains("CA Cert Signing Authority"),
                 "openssl does not see the CAcert root");

        // Apply, plan again (nothing to do), undo byte for byte.
        BackupStore store(home.filePath(QStringLiteral("backups")));
        const ApplyResult applied = applyPlans({plan}, store, notRunning, QStringLiteral("test"));
        QVERIFY2(applied.ok, qPrintable(applied.error));
        QCOMPARE(readFile(dir + QStringLiteral("/Eudora.ini")), after);
        const ChangePlan again = EudoraAdapter().plan(
            installationAt(home.path()), pcug(QStringLiteral("zoe@pcug.org.au"), QStringLiteral("zoe")));
        QVERIFY2(again.isNoOp(), qPrintable(again.toText()));
        const UndoResult undone = undoTransaction(store, applied.transactionId, notRunning, false);
        QVERIFY2(undone.ok, qPrintable(undone.error));
        QCOMPARE(readFile(dir + QStringLiteral("/Eudora.ini")), before);
        QVERIFY(!QFile::exists(dir + QStringLiteral("/usercerts.p7b")));
    }

    void newPersonalityForAnotherAddress()
    {
        QTemporaryDir home;
        const QString dir = makeHome(home.path());
        const QByteArray before = readFile(dir + QStringLiteral("/Eudora.ini"));
        const ChangePlan plan =
            EudoraAdapter().plan(installationAt(home.path()), pcug(QStringLiteral("kid@pcug.org.au")));
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        const QByteArray after = plan.files[0].after;
        QCOMPARE(section(after, QStringLiteral("Settings")), section(before, QStringLiteral("Settings")));
        QCOMPARE(section(after, QStringLiteral("Persona-Work")),
                 section(before, QStringLiteral("Persona-Work")));
        const EudoraIni ini = EudoraIni::parse(after);
        QCOMPARE(ini.personalities().size(), 3);
        const EudoraPersonality added = ini.personalities()[2];
        QCOMPARE(added.section, QStringLiteral("Persona-PCUG"));
        QCOMPARE(ini.own(QStringLiteral("Personalities"), QStringLiteral("Persona1")),
                 QStringLiteral("Persona-PCUG"));
        // Written out in full, so a later change of the Dominant personality does not move it.
        QCOMPARE(ini.own(added.section, QStringLiteral("SSLSendUse")), QStringLiteral("2"));
        QCOMPARE(ini.own(added.section, QStringLiteral("SSLSMTPAlternatePort")), QStringLiteral("465"));
        QCOMPARE(ini.own(added.section, QStringLiteral("SmtpAuthAllowed")), QStringLiteral("1"));
        QCOMPARE(ini.own(added.section, QStringLiteral("POPAccount")),
                 QStringLiteral("kid@mailhost.pcug.org.au"));
        QVERIFY(ini.account(added).outgoing == pcug(QStringLiteral("kid@pcug.org.au")).outgoing);
        QVERIFY(plan.notes.join(QLatin1Char('\n')).contains(QStringLiteral("SMTP Relay Personality")));
    }

    void relayPersonalityElsewhereIsBypassedForOurs()
    {
        QTemporaryDir home;
        QByteArray ini = readFile(data + QStringLiteral("/Eudora.ini"));
        ini.replace("ScreenFont=Arial\r\n", "ScreenFont=Arial\r\nRelayPersona=Work\r\n");
        const QString dir = makeHome(home.path(), ini);
        Q_UNUSED(dir)
        const ChangePlan plan = EudoraAdapter().plan(
            installationAt(home.path()), pcug(QStringLiteral("zoe@pcug.org.au"), QStringLiteral("zoe")));
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        const EudoraIni after = EudoraIni::parse(plan.files[0].after);
        QCOMPARE(after.own(QStringLiteral("Settings"), QStringLiteral("UseRelay")), QStringLiteral("0"));
        QCOMPARE(after.own(QStringLiteral("Persona-Work"), QStringLiteral("UseRelay")), QStringLiteral("1"));
        QCOMPARE(after.sender(after.personalities()[0]).section, QStringLiteral("Settings"));
        QCOMPARE(after.account(after.personalities()[0]).outgoing->hostname,
                 QStringLiteral("smtps.tip.net.au"));
    }

    void freshIniUsesDominantAndRelay()
    {
        QTemporaryDir home;
        makeHome(home.path(), QByteArray("[Settings]\r\nScreenFont=Arial\r\n"));
        const ChangePlan plan =
            EudoraAdapter().plan(installationAt(home.path()), pcug(QStringLiteral("new@pcug.org.au")));
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        const EudoraIni ini = EudoraIni::parse(plan.files[0].after);
        QCOMPARE(ini.personalities().size(), 1);
        QCOMPARE(ini.own(QStringLiteral("Settings"), QStringLiteral("ReturnAddress")),
                 QStringLiteral("new@pcug.org.au"));
        // "In the selection against SMTP Relay Personality select Dominant" (PCUG's page).
        QCOMPARE(ini.own(QStringLiteral("Settings"), QStringLiteral("RelayPersona")),
                 QStringLiteral("<Dominant>"));
    }

    void outgoingOnlyProviderNeedsTheAddress()
    {
        QTemporaryDir home;
        makeHome(home.path());
        const ProfileLoadResult fnal = ProfileLoader::loadBundled(QStringLiteral("fnal"));
        AccountRequest request;
        request.email = QStringLiteral("nobody@fnal.gov");
        const AccountSettings settings = *resolveAccount(*fnal.profile, request).settings;
        const ChangePlan plan = EudoraAdapter().plan(installationAt(home.path()), settings);
        QVERIFY(!plan.canApply());
        QVERIFY2(plan.refusal.contains(QStringLiteral("outgoing mail only")), qPrintable(plan.refusal));
    }

    void refusesBadLinesNamingFileAndLine()
    {
        QTemporaryDir home;
        makeHome(home.path(), QByteArray("[Settings]\r\nRealName=A\r\nthis line is broken\r\n"));
        const ClientInstallation inst = installationAt(home.path());
        QCOMPARE(inst.problems.size(), 1);
        QVERIFY2(inst.problems[0].contains(QStringLiteral("Eudora.ini:3:")), qPrintable(inst.problems[0]));
        const ChangePlan plan = EudoraAdapter().plan(inst, pcug(QStringLiteral("zoe@pcug.org.au")));
        QVERIFY(!plan.canApply());
        QVERIFY2(plan.refusal.contains(QStringLiteral("Eudora.ini:3:")), qPrintable(plan.refusal));
    }

    void refusesBrokenCertificateFile()
    {
        QTemporaryDir home;
        const QString dir = makeHome(home.path());
        writeFile(dir + QStringLiteral("/UserCerts.p7b"), QByteArray("not pkcs7"));
        const ChangePlan plan =
            EudoraAdapter().plan(installationAt(home.path()), pcug(QStringLiteral("zoe@pcug.org.au")));
        QVERIFY(!plan.canApply());
        QVERIFY2(plan.refusal.contains(QStringLiteral("UserCerts.p7b")), qPrintable(plan.refusal));
    }

    void refusesWhileEudoraRuns()
    {
        QTemporaryDir home;
        makeHome(home.path());
        FakeProcess eudora(QStringLiteral("Eudora.exe"));
        const ChangePlan plan =
            EudoraAdapter().plan(installationAt(home.path()), pcug(QStringLiteral("zoe@pcug.org.au")));
        QVERIFY(!plan.canApply());
        QVERIFY2(plan.refusal.contains(QStringLiteral("Quit Eudora")), qPrintable(plan.refusal));
    }
};

QTEST_GUILESS_MAIN(TestEudora)
#include "test_eudora.moc"
