// SPDX-License-Identifier: GPL-3.0-or-later
// The Outlook profile file: sections and keys as Office's PRF templates name them,
// read back by Python's configparser; values for SSL/TLS and SMTP log-in; refusals.
#include "../support/testfiles.h"
#include "outlookprf.h"
#include "profileloader.h"
#include "settingsexporter.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace mailsetup;

namespace {

AccountSettings
pcug(const QString& email, std::optional<int> outgoingPort = {}, std::optional<int> incomingPort = {})
{
    const ProfileLoadResult profile = ProfileLoader::loadBundled(QStringLiteral("pcug"));
    AccountRequest request;
    request.email = email;
    request.realName = QStringLiteral("Alice Ng");
    request.outgoingPort = outgoingPort;
    request.incomingPort = incomingPort;
    return *resolveAccount(*profile.profile, request).settings;
}

// configparser with case kept, as Outlook's reader; prints section.key=value lines.
QString configparser(const QByteArray& prf, int* exitCode)
{
    QTemporaryDir dir;
    testfiles::writeFile(dir.filePath(QStringLiteral("a.prf")), prf);
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, configparser\n"
                                 "c = configparser.ConfigParser(interpolation=None, strict=True)\n"
                                 "c.optionxform = str\n"
                                 "c.read(sys.argv[1], encoding='ascii')\n"
                                 "for s in c.sections():\n"
                                 "    for k, v in c[s].items(): print(f'{s}.{k}={v}')\n"),
                  dir.filePath(QStringLiteral("a.prf"))});
    python.waitForFinished(30000);
    *exitCode = python.exitCode();
    return QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError());
}

} // namespace

class TestOutlookPrf : public QObject
{
    Q_OBJECT

private slots:
    void pop3OverSslParsesWithTheDocumentedKeys()
    {
        QString error;
        const QByteArray prf = outlookPrf(pcug(QStringLiteral("alice@pcug.org.au")), &error);
        QVERIFY2(!prf.isEmpty(), qPrintable(error));
        QVERIFY(prf.contains("\r\n"));
        QVERIFY(!prf.contains("\n\n")); // CRLF only
        QVERIFY(prf.startsWith("; Outlook profile file"));
        QVERIFY(prf.contains("outlook.exe /importprf"));
        int code = 0;
        const QString parsed = configparser(prf, &code);
        QVERIFY2(code == 0, qPrintable(parsed));
        for (const QString& line : {QStringLiteral("General.Custom=1"),
                                    QStringLiteral("General.ProfileName=PCUG"),
                                    QStringLiteral("General.OverwriteProfile=Append"),
                                    QStringLiteral("General.ModifyDefaultProfileIfPresent=TRUE"),
                                    QStringLiteral("Service List.Service1=Unicode Personal Folders"),
                                    QStringLiteral("Service1.UniqueService=Yes"),
                                    QStringLiteral("Internet Account List.Account1=I_Mail"),
                                    QStringLiteral("Account1.EmailAddress=alice@pcug.org.au"),
                                    QStringLiteral("Account1.POP3Server=mailhost.pcug.org.au"),
                                    QStringLiteral("Account1.POP3UserName=alice"),
                                    QStringLiteral("Account1.POP3Port=995"),
                                    QStringLiteral("Account1.POP3UseSSL=1"),
                                    QStringLiteral("Account1.SMTPServer=smtps.tip.net.au"),
                                    QStringLiteral("Account1.SMTPPort=465"),
                                    QStringLiteral("Account1.SMTPUseAuth=1"),
                                    QStringLiteral("Account1.SMTPAuthMethod=0"),
                                    QStringLiteral("Account1.SMTPSecureConnection=1"),
                                    QStringLiteral("Account1.DisplayName=Alice Ng"),
                                    QStringLiteral("Unicode Personal Folders.ServiceName=MSUPST MS"),
                                    QStringLiteral("I_Mail.AccountType=POP3"),
                                    QStringLiteral("I_Mail.SMTPSecureConnection=PT_LONG,0x020A"),
                                    QStringLiteral("I_Mail.POP3UseSSL=PT_LONG,0x0105"),
                                    QStringLiteral("I_Mail.SMTPPort=PT_LONG,0x0201"),
                                    QStringLiteral("I_Mail.SMTPAuthMethod=PT_LONG,0x0208")})
            QVERIFY2(parsed.contains(line + QLatin1Char('\n')),
                     qPrintable(line + QStringLiteral(" missing:\n") + parsed));
        // Every account key has a mapping in its section 7 block, or Outlook ignores it.
        for (const QString& entry : parsed.split(QLatin1Char('\n'))) {
            if (!entry.startsWith(QLatin1String("Account1.")) ||
                entry.startsWith(QLatin1String("Account1.UniqueService")))
                continue;
            const QString key = entry.mid(9, entry.indexOf(QLatin1Char('=')) - 9);
            QVERIFY2(parsed.contains(QStringLiteral("I_Mail.%1=").arg(key)), qPrintable(key));
        }
        // No password anywhere but the "Password=PT_STRING8" mapping Outlook's templates carry.
        QVERIFY(!QRegularExpression(QStringLiteral("^(Account1|Service1)\\.\\w*Password"),
                                    QRegularExpression::MultilineOption)
                     .match(parsed)
                     .hasMatch());
        QCOMPARE(prf.count("\r\nPassword="), 1);
    }

    void startTlsSubmissionUsesTls()
    {
        QString error;
        const QByteArray prf = outlookPrf(pcug(QStringLiteral("alice@pcug.org.au"), 587), &error);
        QVERIFY2(!prf.isEmpty(), qPrintable(error));
        QVERIFY(prf.contains("\r\nSMTPPort=587\r\n"));
        QVERIFY(prf.contains("\r\nSMTPSecureConnection=2\r\n")); // ENCRYPT_CONN_TLS
    }

    void refusesWhatOutlookCannotExpress()
    {
        QString error;
        // STARTTLS on POP3 110: PROP_INET_SSL is implicit TLS or nothing.
        QVERIFY(outlookPrf(pcug(QStringLiteral("alice@pcug.org.au"), {}, 110), &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("STARTTLS")), qPrintable(error));
        const ProfileLoadResult fnal = ProfileLoader::loadBundled(QStringLiteral("fnal"));
        AccountRequest request;
        request.email = QStringLiteral("x@fnal.gov");
        error.clear();
        QVERIFY(outlookPrf(*resolveAccount(*fnal.profile, request).settings, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("outgoing mail only")), qPrintable(error));
    }

    void registeredAsExporter()
    {
        const SettingsExporter* exporter = findSettingsExporter(QStringLiteral("prf"));
        QVERIFY(exporter);
        QCOMPARE(exporter->suggestedFileName(pcug(QStringLiteral("alice@pcug.org.au"))),
                 QStringLiteral("PCUG.prf"));
        QVERIFY(exporter->howToUse().contains(QStringLiteral("/importprf")));
    }
};

QTEST_GUILESS_MAIN(TestOutlookPrf)
#include "test_outlookprf.moc"
