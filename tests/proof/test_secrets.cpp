// SPDX-License-Identifier: GPL-3.0-or-later
// No password in anything Mail Setup writes or prints. The real mailsetup program runs
// on a home with every mail program's fixtures:
// - with a known password offered everywhere a program could pick one up (environment,
//   standard input, a --password option), that password appears in no file written
//   (client files, backups, manifest, logs: everything under the home and the data
//   folder) and in no output, in none of its forms (plain, URL, Base64, SASL PLAIN/LOGIN);
// - passwords already in the person's files never reach the plan, the output or the
//   manifest, and no written client file holds more of them than it did before.
#include "../support/runmailsetup.h"
#include "../support/testfiles.h"
#include "fixturehome.h"
#include "secretscan.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString data = QStringLiteral(MAILSETUP_TEST_DATA);
const QByteArray user = "zed@pcug.org.au";
const QByteArray givenPassword = "Kn0wn-S3cret-Pw!";
const QByteArray storedPassword = "St0red-Pw-In-Muttrc";

class SecretsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{e2e::tmpTemplate(QStringLiteral("secrets"))};
    QString m_home;
    QMap<QString, QByteArray> m_outputs; // "apply stdout", ...: everything printed

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home);
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Everything the program may write goes below the test folder, so the scan sees it.
        env.insert(QStringLiteral("MAILSETUP_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_home + QStringLiteral("/.local/state"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home + QStringLiteral("/.cache"));
        env.insert(QStringLiteral("TMPDIR"), m_dir.filePath(QStringLiteral("tmp")));
        // Where programs conventionally look for a password.
        for (const char* name : {"MAILSETUP_PASSWORD", "PASSWORD", "MAIL_PASSWORD", "SMTP_PASSWORD"})
            env.insert(QString::fromLatin1(name), QString::fromLatin1(givenPassword));
        return env;
    }

    // mailsetup with the password also on its standard input; keeps what it printed.
    e2e::ProcessResult run(const QString& label, const QStringList& arguments)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(e2e::mailsetupBinary(), QStringList{QStringLiteral("--home"), m_home} + arguments);
        e2e::ProcessResult result;
        result.command = label;
        result.started = process.waitForStarted(10000);
        process.write(givenPassword + "\n" + givenPassword + "\n");
        process.closeWriteChannel();
        result.finished = process.waitForFinished(60000);
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        m_outputs.insert(label + QStringLiteral(" stdout"), result.out);
        m_outputs.insert(label + QStringLiteral(" stderr"), result.err);
        return result;
    }

    QStringList applyArguments() const
    {
        return {QStringLiteral("apply"),   QStringLiteral("--profile"), QStringLiteral("pcug"),
                QStringLiteral("--email"), QString::fromLatin1(user),   QStringLiteral("--name"),
                QStringLiteral("Zed Ng")};
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_home = m_dir.filePath(QStringLiteral("home"));
        QDir(m_home).removeRecursively();
        QDir(m_dir.filePath(QStringLiteral("data"))).removeRecursively();
        QDir().mkpath(m_dir.filePath(QStringLiteral("tmp")));
        m_outputs.clear();
        proof::writeEveryClient(m_home, data);
    }

    void givenPasswordIsNeverWrittenOrPrinted()
    {
        const QMap<QString, QByteArray> before = proof::readTree(m_dir.path());
        const QList<QByteArray> forms = proof::secretForms(givenPassword, user);
        QVERIFY(proof::findSecrets(before, forms).isEmpty()); // the scan starts clean

        // A --password option is refused as unknown (exit 2) without echoing the value.
        const e2e::ProcessResult option =
            run(QStringLiteral("apply --password"),
                applyArguments() << QStringLiteral("--password") << QString::fromLatin1(givenPassword));
        QVERIFY2(option.exitCode == 2 || option.exitCode == 0, qPrintable(option.describe()));

        const e2e::ProcessResult dry =
            run(QStringLiteral("apply --dry-run"), applyArguments() << QStringLiteral("--dry-run"));
        QVERIFY2(dry.ok(), qPrintable(dry.describe()));
        const e2e::ProcessResult applied = run(QStringLiteral("apply"), applyArguments());
        QVERIFY2(applied.ok(), qPrintable(applied.describe()));
        const e2e::ProcessResult listed =
            run(QStringLiteral("undo --list"), {QStringLiteral("undo"), QStringLiteral("--list")});
        QVERIFY2(listed.ok(), qPrintable(listed.describe()));
        const e2e::ProcessResult clients = run(QStringLiteral("clients"), {QStringLiteral("clients")});
        QVERIFY2(clients.ok(), qPrintable(clients.describe()));

        const QMap<QString, QByteArray> after = proof::readTree(m_dir.path());
        int written = 0;
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            written += before.value(it.key()) != it.value() || !before.contains(it.key()) ? 1 : 0;
        QVERIFY2(written >= 6,
                 "the apply wrote client files, backups and a manifest"); // the scan saw real output
        QVERIFY(after.keys().join(QLatin1Char(' ')).contains(QLatin1String("manifest.json")));

        QStringList found = proof::findSecrets(after, forms);
        found += proof::findSecrets(m_outputs, forms);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

        // Undo writes too (the files put back, the manifest's new state).
        const e2e::ProcessResult undone = run(QStringLiteral("undo"), {QStringLiteral("undo")});
        QVERIFY2(undone.ok(), qPrintable(undone.describe()));
        found =
            proof::findSecrets(proof::readTree(m_dir.path()), forms) + proof::findSecrets(m_outputs, forms);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void storedPasswordsStayWhereTheyWere()
    {
        // NeoMutt keeps its passwords in the muttrc itself (smtp_pass, imap_pass, or in a URL).
        const QString muttrc = m_home + QStringLiteral("/.neomuttrc");
        QByteArray mutt = testfiles::readFile(muttrc);
        mutt += "set smtp_pass = \"" + storedPassword +
                "\"\n"
                "set imap_pass = '" +
                storedPassword +
                "'\n"
                "set smtp_url = \"smtps://zed%40pcug.org.au:" +
                storedPassword + "@smtps.tip.net.au:465\"\n";
        testfiles::writeFile(muttrc, mutt);
        const QMap<QString, QByteArray> before = proof::readTree(m_home);
        const QList<QByteArray> forms = proof::secretForms(storedPassword, user);

        const e2e::ProcessResult applied = run(QStringLiteral("apply"), applyArguments());
        QVERIFY2(applied.ok(), qPrintable(applied.describe()));
        // Never in the plan, the diff or any message.
        QStringList found = proof::findSecrets(m_outputs, forms);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

        // Client files: never more copies than before (a rebuilt smtp_url must drop it).
        const QMap<QString, QByteArray> after = proof::readTree(m_home);
        QVERIFY(after.value(QStringLiteral(".neomuttrc")) != before.value(QStringLiteral(".neomuttrc")));
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            QVERIFY2(proof::countSecrets(it.value(), forms) <=
                         proof::countSecrets(before.value(it.key()), forms),
                     qPrintable(it.key()));
        }
        // Backups: only the byte-for-byte copies of the person's own files, in a folder
        // only they can read; the manifest holds no password.
        const QString data = m_dir.filePath(QStringLiteral("data"));
        const QMap<QString, QByteArray> stored = proof::readTree(data);
        QVERIFY(!stored.isEmpty());
        int copies = 0;
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            if (proof::countSecrets(it.value(), forms) == 0)
                continue;
            ++copies;
            QVERIFY2(it.value() == before.value(QStringLiteral(".neomuttrc")), qPrintable(it.key()));
            QFileInfo info(data + QLatin1Char('/') + it.key());
            QVERIFY2(!(info.permissions() & (QFile::ReadGroup | QFile::ReadOther)), qPrintable(it.key()));
        }
        QCOMPARE(copies, 1); // the backup of .neomuttrc: the scan does see passwords in files
        QVERIFY(QFileInfo(data + QStringLiteral("/backups")).permissions() ==
                (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser | QFile::WriteUser |
                 QFile::ExeUser));
    }

    // DIAGNOSE: the connection test (issue "diagnose") takes a password to try logging in.
    // Its engineer fills this in once `mailsetup diagnose` exists: run it against the shared
    // mail service (set_tests_properties(... RESOURCE_LOCK mailservice)) with
    // givenPassword for alice, giving the password the way diagnose takes it, then
    // scan m_outputs, every file under m_dir (report, logs) and any report it writes with
    // proof::findSecrets(..., proof::secretForms(givenPassword, user)): never found.
    void diagnoseNeverShowsThePassword()
    {
        const e2e::ProcessResult help = run(QStringLiteral("help"), {QStringLiteral("--help")});
        if (!help.stdOut().contains(QLatin1String("diagnose")))
            QSKIP("mailsetup has no diagnose command yet (see the DIAGNOSE comment above)");
        QSKIP("diagnose exists, but its secrets check is still to be written here (DIAGNOSE comment above)");
    }
};

} // namespace

QTEST_GUILESS_MAIN(SecretsTest)
#include "test_secrets.moc"
