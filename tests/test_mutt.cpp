// SPDX-License-Identifier: GPL-3.0-or-later
// Mutt / NeoMutt: reading muttrc files as Mutt does, finding the files each program
// reads, planning edits that touch only the account's top-level settings, and a real
// NeoMutt sending and reading mail through the local mail service with what we wrote.
#include "muttadapter.h"
#include "muttconfig.h"
#include "muttplanner.h"
#include "muttrcfile.h"
#include "mutturl.h"
#include "profileloader.h"
#include "support/mailservice.h"
#include "support/testfiles.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
using namespace mailsetup;

namespace {

const QString data = QStringLiteral(MAILSETUP_TEST_DATA) + QStringLiteral("/mutt");

using testfiles::readFile;

using testfiles::writeFile;

HostEnvironment linuxHome(const QString& home)
{
    return HostEnvironment::forHome(home, HostEnvironment::Os::Linux);
}

ServerSettings server(const char* type,
                      const char* host,
                      int port,
                      Security security,
                      const QString& user = QStringLiteral("alice"),
                      AuthMethod auth = AuthMethod::PasswordCleartext)
{
    ServerSettings s;
    s.type = QString::fromLatin1(type);
    s.hostname = QString::fromLatin1(host);
    s.port = port;
    s.security = security;
    s.auth = auth;
    s.username = user;
    return s;
}

// The bundled PCUG profile, as the command line resolves it.
AccountSettings pcug(const QString& email = QStringLiteral("alice@example.test"),
                     std::optional<int> port = {})
{
    const ProfileLoadResult profile = ProfileLoader::loadBundled(QStringLiteral("pcug"));
    AccountRequest request;
    request.email = email;
    request.realName = QStringLiteral("Alice Ng");
    request.outgoingPort = port;
    return *resolveAccount(*profile.profile, request).settings;
}

AccountSettings imapAccount(const QString& email)
{
    AccountSettings s;
    s.email = email;
    s.realName = QStringLiteral("Example User");
    s.providerId = QStringLiteral("example.net");
    s.providerName = QStringLiteral("Example Net");
    s.incoming = server("imap", "imap.example.net", 993, Security::Ssl, email);
    s.outgoing = server("smtp", "smtp.example.net", 587, Security::StartTls, email);
    return s;
}

const MuttrcCommand& commandAtLine(const MuttrcFile& file, int line)
{
    for (const MuttrcCommand& c : file.commands()) {
        if (c.line == line)
            return c;
    }
    qFatal("no command at line %d", line);
    static MuttrcCommand none;
    return none;
}

// Lines of the old file that are not in the new one (a multiset difference).
QList<QByteArray> removedLines(const QByteArray& before, const QByteArray& after)
{
    QList<QByteArray> left = after.split('\n');
    QList<QByteArray> removed;
    for (const QByteArray& line : before.split('\n')) {
        const int i = left.indexOf(line);
        if (i < 0)
            removed << line;
        else
            left.removeAt(i);
    }
    return removed;
}

QString neomutt()
{
    return QStandardPaths::findExecutable(QStringLiteral("neomutt"));
}

// What the real NeoMutt reads from a muttrc: "set name = value" per variable.
QMap<QString, QString> neomuttReads(const QString& muttrc, const QString& home, const QStringList& names)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    p.setProcessEnvironment(env);
    QStringList args{QStringLiteral("-n"), QStringLiteral("-F"), muttrc};
    for (const QString& n : names)
        args << QStringLiteral("-Q") << n;
    p.start(neomutt(), args);
    p.waitForFinished(20000);
    QMap<QString, QString> values;
    static const QRegularExpression line(QStringLiteral("^set (\\w+) = \"?(.*?)\"?$"));
    for (const QString& l : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const auto m = line.match(l);
        if (m.hasMatch())
            values.insert(m.captured(1), m.captured(2));
    }
    return values;
}

const RunningCheck notRunning = [](const QString&, const QString&) { return QString(); };

} // namespace

class TestMutt : public QObject
{
    Q_OBJECT

private slots:
    // ---- the muttrc format -------------------------------------------------------

    void realSamplesRoundTripAndParse_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("commands");
        QTest::newRow("mutt starter") << QStringLiteral("sample.muttrc-starter") << 38;
        QTest::newRow("neomutt tlr") << QStringLiteral("sample.neomuttrc-tlr") << 181;
        QTest::newRow("hooks") << QStringLiteral("hooks.muttrc") << 15;
    }

    void realSamplesRoundTripAndParse()
    {
        QFETCH(QString, file);
        QFETCH(int, commands);
        const QByteArray bytes = readFile(data + QLatin1Char('/') + file);
        QVERIFY(!bytes.isEmpty());
        const MuttrcFile muttrc = MuttrcFile::parse(bytes);
        QCOMPARE(muttrc.toBytes(), bytes);
        QVERIFY2(muttrc.errors().isEmpty(), qPrintable(muttrc.errors().value(0).message));
        QCOMPARE(muttrc.commands().size(), commands);
        // An edit that changes nothing gives the same bytes.
        QCOMPARE(muttrc.withEdits({}), bytes);
    }

    void readsWordsAsMuttDoes()
    {
        const QByteArray text = "set a=1; set b = \"x y\" c='q\"r' # comment ; set nope=1\n"
                                "set d=\\\n  \"joined\"  nob invc &e ?f g? h+=i\n"
                                "set e = \"tab\\there \\\"q\\\" \\\\ \\101\" f='no \\escape'\n"
                                "set g = \"$HOME/x\" h=`echo y` i='$HOME' j=a\"b\"'c'\n"
                                "unset k l; toggle m ; reset n\n"
                                "ifdef imap 'set o=1' ; bind index $ last-entry\n"
                                "alias bob Bob O'Brien <bob@x> ; set p=2\n"
                                "  # only a comment\n";
        const MuttrcFile f = MuttrcFile::parse(text);
        QVERIFY(f.errors().isEmpty());
        QCOMPARE(f.commands().size(), 11);

        const MuttrcCommand& first = commandAtLine(f, 1);
        QCOMPARE(first.variables.size(), 1);
        QCOMPARE(first.variables[0].name, QByteArray("a"));
        QCOMPARE(first.variables[0].value->text, QByteArray("1"));
        const MuttrcCommand& second = f.commands()[1];
        QCOMPARE(second.line, 1);
        QCOMPARE(second.variables.size(), 2); // the comment ends the line: nope is not set
        QCOMPARE(second.variables[0].value->text, QByteArray("x y"));
        QCOMPARE(second.variables[0].value->quote, '"');
        QCOMPARE(f.toBytes().mid(second.variables[0].value->start,
                                 second.variables[0].value->end - second.variables[0].value->start),
                 QByteArray("\"x y\""));
        QCOMPARE(second.variables[1].value->text, QByteArray("q\"r"));

        const MuttrcCommand& joined = commandAtLine(f, 2);
        QCOMPARE(joined.variables.size(), 7);
        QCOMPARE(joined.variables[0].value->text, QByteArray("joined"));
        QCOMPARE(f.lineOf(joined.variables[0].value->start), 3);
        using Op = MuttrcVariable::Op;
        QCOMPARE(joined.variables[1].op, Op::Unset);
        QCOMPARE(joined.variables[1].name, QByteArray("b"));
        QCOMPARE(joined.variables[2].op, Op::Toggle);
        QCOMPARE(joined.variables[3].op, Op::Reset);
        QCOMPARE(joined.variables[4].op, Op::Query);
        QCOMPARE(joined.variables[5].op, Op::Query);
        QCOMPARE(joined.variables[5].name, QByteArray("g"));
        QCOMPARE(joined.variables[6].op, Op::Append);
        QCOMPARE(joined.variables[6].value->text, QByteArray("i"));

        const MuttrcCommand& escapes = commandAtLine(f, 4);
        QCOMPARE(escapes.variables[0].value->text, QByteArray("tab\there \"q\" \\ A"));
        QCOMPARE(escapes.variables[1].value->text, QByteArray("no \\escape"));

        const MuttrcCommand& dynamic = commandAtLine(f, 5);
        QVERIFY(dynamic.variables[0].value->dynamic);
        QVERIFY(dynamic.variables[1].value->dynamic);
        QVERIFY(!dynamic.variables[2].value->dynamic); // no expansion inside '...'
        QCOMPARE(dynamic.variables[3].value->text, QByteArray("abc"));

        QCOMPARE(f.commands()[5].name, QByteArray("unset"));
        QCOMPARE(f.commands()[5].variables[1].name, QByteArray("l"));
        QCOMPARE(f.commands()[6].name, QByteArray("toggle"));
        QCOMPARE(f.commands()[7].name, QByteArray("reset"));
        const MuttrcCommand& ifdef = commandAtLine(f, 7);
        QCOMPARE(ifdef.name, QByteArray("ifdef"));
        QCOMPARE(ifdef.arguments[1].text, QByteArray("set o=1 ")); // blanks are kept, as Mutt does
        // alias reads the rest of its line by its own rules (quotes are not special),
        // so the ';' there does not start a command.
        const MuttrcCommand& alias = commandAtLine(f, 8);
        QCOMPARE(alias.name, QByteArray("alias"));
        QCOMPARE(f.commands().last().name, QByteArray("alias"));
    }

    void errorsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("open quote") << QByteArray("set a=1\nset from=\"x@y\nset b=2\n") << 2;
        QTest::newRow("open single quote") << QByteArray("# c\n\nfolder-hook . 'set a=1\n") << 3;
        QTest::newRow("open backtick") << QByteArray("set a=1\nset b=2\nset c=`date\n") << 3;
        QTest::newRow("continued past the end") << QByteArray("set a=1\nset b=2 \\\n") << 2;
        QTest::newRow("continued, no newline") << QByteArray("set a=1 \\") << 1;
        QTest::newRow("fixture") << readFile(data + QStringLiteral("/broken.muttrc")) << 4;
    }

    void errorsNameTheLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        const MuttrcFile f = MuttrcFile::parse(text);
        QCOMPARE(f.toBytes(), text);
        QVERIFY(!f.errors().isEmpty());
        QCOMPARE(f.errors().first().line, line);
    }

    void quotedValuesReadBackExactly_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("plain") << QByteArray("smtps://alice@smtps.tip.net.au:465");
        QTest::newRow("name") << QByteArray("Zoë Müller (O'Brien & Co.)");
        QTest::newRow("specials") << QByteArray("a\"b$HOME`date`\\c;d#e f\tg");
        QTest::newRow("empty") << QByteArray();
    }

    void quotedValuesReadBackExactly()
    {
        QFETCH(QByteArray, value);
        for (const char style : {'"', '\'', char(0)}) {
            const QByteArray line = "set x = " + MuttrcFile::quote(value, style) + " # after\n";
            const MuttrcFile f = MuttrcFile::parse(line);
            QVERIFY2(f.errors().isEmpty(), line.constData());
            const MuttrcVariable& v = f.commands().first().variables.first();
            QCOMPARE(v.value->text, value);
            QVERIFY(!v.value->dynamic);
        }
        QCOMPARE(MuttrcFile::quote("yes", 0), QByteArray("yes"));
        QCOMPARE(MuttrcFile::quote("a b", '\''), QByteArray("'a b'"));
    }

    void editsKeepOrder()
    {
        const MuttrcFile f = MuttrcFile::parse("one\ntwo\n");
        QCOMPARE(f.withEdits({{8, 8, "b\n"}, {0, 3, "ONE"}, {8, 8, "c\n"}}), QByteArray("ONE\ntwo\nb\nc\n"));
        QCOMPARE(f.lineStart(2), 4);
        QCOMPARE(f.lineOf(5), 2);
    }

    void urls()
    {
        const auto url =
            MuttUrl::parse(QStringLiteral("smtps://alice%40pcug.org.au:secret@smtps.tip.net.au:465/"));
        QVERIFY(url);
        QCOMPARE(url->user, QStringLiteral("alice@pcug.org.au"));
        QVERIFY(url->hasPassword);
        QCOMPARE(url->host, QStringLiteral("smtps.tip.net.au"));
        QCOMPARE(url->port, 465);
        QCOMPARE(url->type(), QStringLiteral("smtp"));
        // The password never comes back out.
        QCOMPARE(url->toString(), QStringLiteral("smtps://alice%40pcug.org.au@smtps.tip.net.au:465"));
        const auto pop = MuttUrl::parse(QStringLiteral("pop://bob@[::1]/"));
        QVERIFY(pop);
        QCOMPARE(pop->host, QStringLiteral("::1"));
        QCOMPARE(pop->effectivePort(), 110);
        QCOMPARE(pop->toString(), QStringLiteral("pop://bob@[::1]:110/"));
        QVERIFY(!MuttUrl::parse(QStringLiteral("~/Mail/inbox")));
        QVERIFY(!MuttUrl::parse(QStringLiteral("file:///var/mail/x")));
        QCOMPARE(MuttUrl::forServer(server("imap", "imap.example.net", 143, Security::StartTls),
                                    QStringLiteral("INBOX"))
                     .toString(),
                 QStringLiteral("imap://alice@imap.example.net:143/INBOX"));
    }

    // ---- what the real NeoMutt reads ---------------------------------------------

    void neomuttReadsFilesAsWeDo()
    {
        if (neomutt().isEmpty())
            QSKIP("neomutt is not installed (scripts/install-deps.sh installs it)");
        QTemporaryDir home;
        const QString rc = home.filePath(QStringLiteral("muttrc"));
        writeFile(rc, readFile(data + QStringLiteral("/hooks.muttrc")));
        const MuttConfig config(MuttrcFile::parse(readFile(rc)));
        const QMap<QString, QString> real =
            neomuttReads(rc, home.path(),
                         {QStringLiteral("from"), QStringLiteral("smtp_url"), QStringLiteral("spoolfile")});
        QCOMPARE(real.value(QStringLiteral("from")), QString::fromUtf8(config.value("from").text));
        QCOMPARE(real.value(QStringLiteral("smtp_url")), QString::fromUtf8(config.value("smtp_url").text));
        QCOMPARE(real.value(QStringLiteral("spool_file")), QString::fromUtf8(config.value("spoolfile").text));
    }

    // ---- detection -----------------------------------------------------------------

    void detectsWhichProgramReadsWhichFile()
    {
        QTemporaryDir home;
        writeFile(home.filePath(QStringLiteral(".muttrc")), readFile(data + QStringLiteral("/hooks.muttrc")));
        writeFile(home.filePath(QStringLiteral(".config/neomutt/neomuttrc")), "set from = me@example.org\n");
        writeFile(home.filePath(QStringLiteral(".mutt/muttrc")), "# shadowed: nobody reads this\n");
        const QList<ClientInstallation> found = MuttAdapter().detect(linuxHome(home.path()));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].location, home.filePath(QStringLiteral(".muttrc")));
        QCOMPARE(found[0].label, QStringLiteral("Mutt settings (~/.muttrc)"));
        QVERIFY(found[0].isDefault);
        QCOMPARE(found[0].accounts.size(), 1);
        const ExistingAccount& a = found[0].accounts.first();
        QCOMPARE(a.email, QStringLiteral("Alice@Example.test"));
        QCOMPARE(a.name, QStringLiteral("Alice Ng"));
        QCOMPARE(a.outgoing->hostname, QStringLiteral("old-mail.example.net"));
        QCOMPARE(a.outgoing->port, 587);
        QCOMPARE(a.outgoing->security, Security::TryStartTls); // ssl_force_tls not set here
        QCOMPARE(a.incoming->type, QStringLiteral("pop3"));
        QCOMPARE(a.incoming->port, 995);
        QCOMPARE(a.incoming->security, Security::Ssl);
        QCOMPARE(found[1].location, home.filePath(QStringLiteral(".config/neomutt/neomuttrc")));
        QCOMPARE(found[1].label, QStringLiteral("NeoMutt settings (~/.config/neomutt/neomuttrc)"));
        QCOMPARE(found[1].accounts.first().email, QStringLiteral("me@example.org"));
    }

    void detectsSharedAndVersionedFiles()
    {
        QTemporaryDir home;
        // ~/.mutt/muttrc comes before ~/.muttrc for NeoMutt, after it for Mutt.
        writeFile(home.filePath(QStringLiteral(".mutt/muttrc")), "set from = a@example.org\n");
        writeFile(home.filePath(QStringLiteral(".muttrc-2.2.12")), "set from = b@example.org\n");
        writeFile(home.filePath(QStringLiteral(".muttrc-old")), "# not a version\n");
        auto found = MuttAdapter().detect(linuxHome(home.path()));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].label, QStringLiteral("Mutt and NeoMutt settings (~/.mutt/muttrc)"));
        QCOMPARE(found[1].label, QStringLiteral("Mutt 2.2.12 settings (~/.muttrc-2.2.12)"));
        QCOMPARE(found[1].accounts.first().email, QStringLiteral("b@example.org"));

        // A link to the same file is one installation.
        QTemporaryDir home2;
        writeFile(home2.filePath(QStringLiteral("dotfiles/muttrc")), "set from = a@example.org\n");
        QVERIFY(QFile::link(home2.filePath(QStringLiteral("dotfiles/muttrc")),
                            home2.filePath(QStringLiteral(".muttrc"))));
        QVERIFY(QFile::link(home2.filePath(QStringLiteral("dotfiles/muttrc")),
                            home2.filePath(QStringLiteral(".neomuttrc"))));
        found = MuttAdapter().detect(linuxHome(home2.path()));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].label, QStringLiteral("Mutt and NeoMutt settings (~/.muttrc)"));

        // $XDG_CONFIG_HOME moves the XDG places.
        QTemporaryDir home3;
        writeFile(home3.filePath(QStringLiteral("xdg/mutt/muttrc")), "set from = c@example.org\n");
        HostEnvironment env = linuxHome(home3.path());
        QVERIFY(MuttAdapter().detect(env).isEmpty());
        env.variables.insert(QStringLiteral("XDG_CONFIG_HOME"), home3.filePath(QStringLiteral("xdg")));
        found = MuttAdapter().detect(env);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].accounts.first().email, QStringLiteral("c@example.org"));
        // macOS (Homebrew) uses the same places; Windows has no Mutt.
        QCOMPARE(
            MuttAdapter().detect(HostEnvironment::forHome(home.path(), HostEnvironment::Os::MacOS)).size(),
            2);
        QVERIFY(MuttAdapter()
                    .detect(HostEnvironment::forHome(home.path(), HostEnvironment::Os::Windows))
                    .isEmpty());
    }

    void newFileOnlyWhenInstalled()
    {
        QTemporaryDir home;
        HostEnvironment env = linuxHome(home.path());
        QVERIFY(MuttAdapter().detect(env).isEmpty()); // no PATH in a fixture home: nothing assumed
        const QString bin = home.filePath(QStringLiteral("bin"));
        writeFile(bin + QStringLiteral("/neomutt"), "#!/bin/sh\n");
        QFile::setPermissions(bin + QStringLiteral("/neomutt"), QFile::ReadOwner | QFile::ExeOwner);
        env.variables.insert(QStringLiteral("PATH"), bin);
        const auto found = MuttAdapter().detect(env);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].location, home.filePath(QStringLiteral(".muttrc")));
        QCOMPARE(found[0].label, QStringLiteral("NeoMutt, not set up yet (new file ~/.muttrc)"));
        QVERIFY(found[0].accounts.isEmpty());

        const ChangePlan plan = MuttAdapter().plan(found[0], pcug());
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        QVERIFY(!plan.files.first().existed);
        const QByteArray text = plan.files.first().after;
        QCOMPARE(
            text,
            QByteArray("# Mutt and NeoMutt settings, written by Mail Setup for alice@example.test (PCUG).\n"
                       "# Mutt asks for the password when it connects; it is not kept in this file.\n"
                       "set from = \"alice@example.test\"\n"
                       "set realname = \"Alice Ng\"\n"
                       "set smtp_url = \"smtps://alice@smtps.tip.net.au:465\"\n"
                       "set spoolfile = \"pops://alice@mailhost.pcug.org.au:995/\"\n"
                       "set ssl_force_tls = yes\n"));
        // Planning again on the result changes nothing.
        writeFile(found[0].location, text);
        const ChangePlan again = MuttAdapter().plan(found[0], pcug());
        QVERIFY2(again.isNoOp(), qPrintable(again.toText()));
        QVERIFY(again.summary.join(QLatin1Char('\n')).contains(QStringLiteral("already set up")));
    }

    // ---- planning ------------------------------------------------------------------

    void updatesTheAccountInPlace()
    {
        const QByteArray before = readFile(data + QStringLiteral("/hooks.muttrc"));
        const MuttrcPlan plan = planMuttrc(QStringLiteral("/home/alice/.muttrc"), before,
                                           pcug(QStringLiteral("alice@example.TEST"), 587));
        QVERIFY2(plan.refusal.isEmpty(), qPrintable(plan.refusal));
        QVERIFY(plan.summary.first().startsWith(QStringLiteral("Update the account of")));
        // Exactly the two server lines changed, each keeping its quotes, spacing and comment.
        QCOMPARE(
            removedLines(before, plan.after),
            (QList<QByteArray>{"set smtp_url = 'smtp://alice@old-mail.example.net:587/'",
                               "set spoolfile = 'pops://alice@old-mail.example.net/'   # the old provider",
                               "set ssl_starttls = ask-yes ; set sort = threads"}));
        QVERIFY(plan.after.contains("\nset smtp_url = 'smtp://alice@smtps.tip.net.au:587'\n"));
        QVERIFY(plan.after.contains(
            "\nset spoolfile = 'pops://alice@mailhost.pcug.org.au:995/'   # the old provider\n"));
        QVERIFY(plan.after.contains("\nset ssl_starttls = yes ; set sort = threads\n"));
        // ssl_force_tls was never set: one new line at the end, after a comment.
        QVERIFY(
            plan.after.endsWith("\n\n# Mail Setup: alice@example.TEST at PCUG (Mutt asks for the password).\n"
                                "set ssl_force_tls = yes\n"));
        // from and realname are already there: not repeated.
        QCOMPARE(plan.after.count("\nset from"), 1);
        QCOMPARE(plan.after.count("\nset realname"), 1);
        // The hooks are left alone, and the plan says so.
        QVERIFY(plan.after.contains("folder-hook imap://user@host1/ 'set from=work@example.org "
                                    "smtp_url=smtps://work@smtp.example.org'"));
        const QString notes = plan.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("Line 18 (folder-hook) also sets from, smtp_url")),
                 qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("Line 17 (folder-hook) also sets folder")), qPrintable(notes));
        QVERIFY2(notes.contains(
                     QStringLiteral("The account-hook commands (lines 12, 13, 14) set connection details")),
                 qPrintable(notes));
        QVERIFY2(!notes.contains(QStringLiteral("Line 12 (account-hook) also sets")), qPrintable(notes));

        // What the real NeoMutt reads from the result is what we meant.
        if (!neomutt().isEmpty()) {
            QTemporaryDir home;
            writeFile(home.filePath(QStringLiteral(".muttrc")), plan.after);
            const auto real = neomuttReads(home.filePath(QStringLiteral(".muttrc")), home.path(),
                                           {QStringLiteral("smtp_url"), QStringLiteral("spoolfile"),
                                            QStringLiteral("ssl_force_tls"), QStringLiteral("ssl_starttls"),
                                            QStringLiteral("from")});
            QCOMPARE(real.value(QStringLiteral("smtp_url")),
                     QStringLiteral("smtp://alice@smtps.tip.net.au:587"));
            QCOMPARE(real.value(QStringLiteral("spool_file")),
                     QStringLiteral("pops://alice@mailhost.pcug.org.au:995/"));
            QCOMPARE(real.value(QStringLiteral("ssl_force_tls")), QStringLiteral("yes"));
            QCOMPARE(real.value(QStringLiteral("ssl_starttls")), QStringLiteral("yes"));
            QCOMPARE(real.value(QStringLiteral("from")), QStringLiteral("Alice Ng <Alice@Example.test>"));
        }

        // Planning again on the result changes nothing.
        const MuttrcPlan again = planMuttrc(QStringLiteral("/home/alice/.muttrc"), plan.after,
                                            pcug(QStringLiteral("alice@example.test"), 587));
        QVERIFY(again.refusal.isEmpty());
        QCOMPARE(again.after, plan.after);
        QVERIFY(again.details.isEmpty());
    }

    void addsAfterSourcedFilesAndKeepsStyle()
    {
        // The Mutt starter sample: IMAP in $folder, a source line after it, a password command.
        const QByteArray before = readFile(data + QStringLiteral("/sample.muttrc-starter"));
        const MuttrcPlan plan =
            planMuttrc(QStringLiteral("~/.muttrc"), before, imapAccount(QStringLiteral("user@example.com")));
        QVERIFY2(plan.refusal.isEmpty(), qPrintable(plan.refusal));
        QVERIFY(plan.after.startsWith(before)); // nothing before the end changes
        const QByteArray added = plan.after.mid(before.size());
        QCOMPARE(added,
                 QByteArray("\n# Mail Setup: user@example.com at Example Net (Mutt asks for the password).\n"
                            "set smtp_url = \"smtp://user%40example.com@smtp.example.net:587\"\n"
                            "set spoolfile = \"imaps://user%40example.com@imap.example.net:993/INBOX\"\n"
                            "set folder = \"imaps://user%40example.com@imap.example.net:993/\"\n"
                            "set ssl_force_tls = yes\n"));
        const QString notes = plan.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("Other settings files are read on line 103 (source)")),
                 qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("A password is kept in this file (line 41)")),
                 qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("sendmail")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("The folders named with + or = on line 47")),
                 qPrintable(notes)); // postponed = "+[Gmail].Drafts"

        // NeoMutt's own sample: bare values, no from yet, local folders, POP provider.
        const QByteArray tlr = readFile(data + QStringLiteral("/sample.neomuttrc-tlr"));
        const MuttrcPlan pop = planMuttrc(QStringLiteral("~/.neomuttrc"), tlr, pcug());
        QVERIFY2(pop.refusal.isEmpty(), qPrintable(pop.refusal));
        QVERIFY(pop.after.startsWith(tlr));
        QCOMPARE(pop.after.mid(tlr.size()),
                 QByteArray("# Mail Setup: alice@example.test at PCUG (Mutt asks for the password).\n"
                            "set from=\"alice@example.test\"\n"
                            "set realname=\"Alice Ng\"\n"
                            "set smtp_url=\"smtps://alice@smtps.tip.net.au:465\"\n"
                            "set spoolfile=\"pops://alice@mailhost.pcug.org.au:995/\"\n"
                            "set ssl_force_tls=yes\n"));
        QVERIFY(pop.summary.first().contains(QStringLiteral("one account per settings file")));
    }

    void anotherAddressIsRefused()
    {
        const QByteArray before = readFile(data + QStringLiteral("/other-address.muttrc"));
        const MuttrcPlan plan = planMuttrc(QStringLiteral("/home/x/.muttrc"), before, pcug());
        QVERIFY(!plan.refusal.isEmpty());
        QVERIFY2(plan.refusal.contains(QStringLiteral("bob@example.test (from, line 2)")),
                 qPrintable(plan.refusal));
        QVERIFY(plan.refusal.contains(QStringLiteral("does not replace the account of another address")));
        QVERIFY(plan.after.isEmpty());

        // A from that is computed when Mutt starts cannot be matched either.
        const MuttrcPlan dynamic =
            planMuttrc(QStringLiteral("rc"), "set from = \"$USER@example.test\"\n", pcug());
        QVERIFY2(dynamic.refusal.contains(QStringLiteral("line 1")), qPrintable(dynamic.refusal));

        // A file with servers but no address gets one, and the plan says its servers change.
        const MuttrcPlan noFrom =
            planMuttrc(QStringLiteral("rc"), "set smtp_url=smtp://me@old.example:25\n", pcug());
        QVERIFY(noFrom.refusal.isEmpty());
        QVERIFY(noFrom.summary.first().contains(QStringLiteral("its servers are replaced")));
        QVERIFY(noFrom.after.contains("set from=alice@example.test\n"));
    }

    void neverWeakerNeverAPassword()
    {
        // The old URL carried a password, ssl_force_tls was turned off, the list of
        // log-in methods left out the provider's one, smtp_pass is kept by the user.
        const QByteArray before = "set from = alice@example.test\n"
                                  "set smtp_url = \"smtp://alice:hunter2@old.example:25\"\n"
                                  "set smtp_pass = \"hunter2\"\n"
                                  "set smtp_authenticators = \"cram-md5\"\n"
                                  "set pop_authenticators = \"apop:user\"\n"
                                  "unset ssl_force_tls\n"
                                  "set ssl_starttls = no\n";
        const MuttrcPlan plan =
            planMuttrc(QStringLiteral("rc"), before, pcug(QStringLiteral("alice@example.test"), 587));
        QVERIFY2(plan.refusal.isEmpty(), qPrintable(plan.refusal));
        QCOMPARE(plan.after.count("hunter2"), 1); // only the user's own smtp_pass line
        QVERIFY(plan.after.contains("set smtp_url = \"smtp://alice@smtps.tip.net.au:587\"\n"));
        QVERIFY(plan.after.contains("set smtp_authenticators = \"plain:login\"\n"));
        QVERIFY(plan.after.contains("set pop_authenticators = \"apop:user\"\n")); // user is allowed: kept
        QVERIFY(plan.after.contains("unset ssl_force_tls\n")); // kept, and overridden after it
        QVERIFY(plan.after.endsWith("set ssl_force_tls = yes\n"));
        QVERIFY(plan.after.contains("set ssl_starttls = yes\n"));
        const QString notes = plan.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("The old smtp_url (line 2) held a password")),
                 qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("A password is kept in this file (line 3)")),
                 qPrintable(notes));
        // Nor does the plan show the old password when it lists what changes.
        QVERIFY2(
            plan.details.contains(QStringLiteral(
                "smtp_url: \"smtp://alice:***@old.example:25\" → \"smtp://alice@smtps.tip.net.au:587\"")),
            qPrintable(plan.details.join(QLatin1Char('\n'))));
        QVERIFY(!plan.details.join(QLatin1Char('\n')).contains(QStringLiteral("hunter2")));

        // OAuth2 cannot be expressed without a helper: refused, in plain words.
        AccountSettings oauth = imapAccount(QStringLiteral("alice@example.test"));
        oauth.outgoing.auth = AuthMethod::OAuth2;
        const MuttrcPlan refused = planMuttrc(QStringLiteral("rc"), before, oauth);
        QVERIFY2(refused.refusal.contains(QStringLiteral("OAuth2")), qPrintable(refused.refusal));
        QVERIFY(refused.after.isEmpty());
    }

    void incomingSideChoices()
    {
        // Another kind of incoming server: left alone, said so.
        const MuttrcPlan otherKind = planMuttrc(
            QStringLiteral("rc"), "set folder=imap://me@imap.old.example/\nset spoolfile=+INBOX\n", pcug());
        QVERIFY(!otherKind.after.contains("spoolfile=pops"));
        QVERIFY(
            otherKind.notes.join(QLatin1Char('\n')).contains(QStringLiteral("Mutt reads mail here by IMAP")));
        QVERIFY(otherKind.notes.join(QLatin1Char('\n')).contains(QStringLiteral("insist on encryption")));

        // A local inbox another program fills: left alone.
        const MuttrcPlan local = planMuttrc(QStringLiteral("rc"), "set spoolfile=~/Maildir\n", pcug());
        QVERIFY(!local.after.contains("pops://"));
        QVERIFY(local.notes.join(QLatin1Char('\n')).contains(QStringLiteral("another program fills")));

        // IMAP with a local $folder: the inbox moves to the server, the folders stay.
        const MuttrcPlan imap = planMuttrc(QStringLiteral("rc"), "set folder = ~/Mail\n",
                                           imapAccount(QStringLiteral("user@example.com")));
        QVERIFY(
            imap.after.contains("set spoolfile = imaps://user%40example.com@imap.example.net:993/INBOX\n"));
        QVERIFY(imap.after.startsWith("set folder = ~/Mail\n"));
        QCOMPARE(imap.after.count("set folder"), 1);

        // Outgoing only (FNAL): incoming untouched.
        const ProviderProfile fnal = *ProfileLoader::loadBundled(QStringLiteral("fnal")).profile;
        const AccountSettings fnalSettings =
            *resolveAccount(fnal, {QStringLiteral("someone@fnal.gov"), {}, {}, {}, {}, {}}).settings;
        const MuttrcPlan out = planMuttrc(
            QStringLiteral("rc"), "set spoolfile = \"imaps://someone@imap.example/\"\n", fnalSettings);
        QVERIFY(out.refusal.isEmpty());
        QVERIFY(out.after.contains("set smtp_url = \"smtps://"));
        QVERIFY(out.after.startsWith("set spoolfile = \"imaps://someone@imap.example/\"\n"));
        QVERIFY(out.notes.join(QLatin1Char('\n')).contains(QStringLiteral("outgoing mail only")));
    }

    void finishAndLineEndings()
    {
        // New lines go before a finish, which could stop Mutt reading further.
        const MuttrcPlan finish =
            planMuttrc(QStringLiteral("rc"), "set sort=threads\nifndef sidebar finish\nset x=1\n", pcug());
        QVERIFY(finish.after.startsWith("set sort=threads\n\n# Mail Setup"));
        QVERIFY(finish.after.endsWith("set ssl_force_tls=yes\n\nifndef sidebar finish\nset x=1\n"));

        // A CRLF file gets CRLF lines, and a missing last newline is added first.
        const MuttrcPlan crlf =
            planMuttrc(QStringLiteral("rc"), "set sort=threads\r\nset from=alice@example.test", pcug());
        QVERIFY(crlf.after.startsWith("set sort=threads\r\nset from=alice@example.test\r\n\r\n# Mail Setup"));
        QCOMPARE(crlf.after.count("\n"), crlf.after.count("\r\n"));
        QVERIFY(MuttrcFile::parse(crlf.after).errors().isEmpty());
    }

    void brokenFileIsRefusedWithFileAndLine()
    {
        QTemporaryDir home;
        const QString rc = home.filePath(QStringLiteral(".muttrc"));
        writeFile(rc, readFile(data + QStringLiteral("/broken.muttrc")));
        const MuttAdapter mutt;
        const auto found = mutt.detect(linuxHome(home.path()));
        QCOMPARE(found.size(), 1);
        QVERIFY(found[0].problems.first().startsWith(rc + QStringLiteral(":4: ")));
        const ChangePlan plan = mutt.plan(found[0], pcug());
        QVERIFY(!plan.canApply());
        QVERIFY2(plan.refusal.startsWith(rc + QStringLiteral(":4: a \" quote is not closed")),
                 qPrintable(plan.refusal));
    }

    void applyAndUndoRestoreEveryByte()
    {
        QTemporaryDir home;
        // A dotfiles link: the file it points to changes, the link stays.
        const QString target = home.filePath(QStringLiteral("dotfiles/muttrc"));
        const QByteArray before = readFile(data + QStringLiteral("/hooks.muttrc"));
        writeFile(target, before);
        QVERIFY(QFile::link(target, home.filePath(QStringLiteral(".muttrc"))));
        const MuttAdapter mutt;
        const auto found = mutt.detect(linuxHome(home.path()));
        QCOMPARE(found.size(), 1);
        const ChangePlan plan = mutt.plan(found[0], pcug());
        QVERIFY2(plan.canApply(), qPrintable(plan.toText()));
        QCOMPARE(plan.files.first().path, QFileInfo(target).canonicalFilePath());

        BackupStore store(home.filePath(QStringLiteral("backups")));
        const ApplyResult applied = applyPlans({plan}, store, notRunning, QStringLiteral("test"));
        QVERIFY2(applied.ok, qPrintable(applied.error));
        QVERIFY(QFileInfo(home.filePath(QStringLiteral(".muttrc"))).isSymLink());
        QCOMPARE(readFile(home.filePath(QStringLiteral(".muttrc"))), plan.files.first().after);
        const UndoResult undone = undoTransaction(store, applied.transactionId, notRunning, false);
        QVERIFY2(undone.ok, qPrintable(undone.error));
        QCOMPARE(readFile(target), before);
        QVERIFY(QFileInfo(home.filePath(QStringLiteral(".muttrc"))).isSymLink());
    }

    void runningMuttIsRefused()
    {
        // A process whose executable is called neomutt.
        QTemporaryDir dir;
        const QString fake = dir.filePath(QStringLiteral("neomutt"));
        QVERIFY(QFile::copy(QStringLiteral("/bin/sleep"), fake));
        QProcess holder;
        holder.start(fake, {QStringLiteral("30")});
        QVERIFY(holder.waitForStarted());
        QTemporaryDir home;
        writeFile(home.filePath(QStringLiteral(".muttrc")), "set from = alice@example.test\n");
        const MuttAdapter mutt;
        const auto found = mutt.detect(linuxHome(home.path()));
        const ChangePlan plan = mutt.plan(found.first(), pcug());
        const QString reason = mutt.runningReason(found.first().location);
        holder.kill();
        holder.waitForFinished();
        QVERIFY(!plan.canApply());
        QVERIFY2(plan.refusal.startsWith(QStringLiteral("neomutt (process ")), qPrintable(plan.refusal));
        QVERIFY2(plan.refusal.contains(QStringLiteral("is running. Quit it")), qPrintable(plan.refusal));
        QVERIFY(!reason.isEmpty());
        QVERIFY(mutt.runningReason(found.first().location).isEmpty());
    }

    // ---- the real NeoMutt against the real mail service ------------------------------

    void realNeoMuttSendsAndReadsWithWhatWeWrote()
    {
        if (const QString why = e2e::MailService::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why + QStringLiteral("; CI runs this as root")));
        if (neomutt().isEmpty() || QStandardPaths::findExecutable(QStringLiteral("tmux")).isEmpty())
            QSKIP("neomutt and tmux are needed (scripts/install-deps.sh installs them)");
        QElapsedTimer clock;
        clock.start();

        // The shared test helper gives the service free ports (SUBM is the submission
        // port with STARTTLS, like 10587; SMTPS like 10465; POP3S like 10995).
        e2e::MailService service;
        QString error;
        QVERIFY2(service.start(&error), qPrintable(error));
        const QByteArray subm = QByteArray::number(service.port(QStringLiteral("SUBM")));
        const QByteArray smtps = QByteArray::number(service.port(QStringLiteral("SMTPS")));
        const QByteArray pops = QByteArray::number(service.port(QStringLiteral("POP3S")));

        // A provider profile for the local service, its CA pinned as a real profile does.
        const QString ca = service.caPath();
        QByteArray pem = readFile(ca);
        pem = pem.mid(pem.indexOf('\n') + 1);
        pem = pem.left(pem.indexOf("-----END"));
        const QByteArray pin =
            QCryptographicHash::hash(QByteArray::fromBase64(pem), QCryptographicHash::Sha256)
                .toHex(':')
                .toUpper();
        const QByteArray xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<clientConfig version=\"1.1\" xmlns:ms=\"urn:mailsetup:profile:1\">\n"
            " <emailProvider id=\"example.test\"><domain>example.test</domain>\n"
            "  <displayName>Local test service</displayName><displayShortName>Local</displayShortName>\n"
            "  <incomingServer type=\"pop3\"><hostname>127.0.0.1</hostname><port>" +
            pops +
            "</port>"
            "<socketType>SSL</socketType><authentication>password-cleartext</authentication>"
            "<username>%EMAILLOCALPART%</username></incomingServer>\n"
            "  <outgoingServer type=\"smtp\"><hostname>127.0.0.1</hostname><port>" +
            smtps +
            "</port>"
            "<socketType>SSL</socketType><authentication>password-cleartext</authentication>"
            "<username>%EMAILLOCALPART%</username></outgoingServer>\n"
            "  <outgoingServer type=\"smtp\"><hostname>127.0.0.1</hostname><port>" +
            subm +
            "</port>"
            "<socketType>STARTTLS</socketType><authentication>password-cleartext</authentication>"
            "<username>%EMAILLOCALPART%</username></outgoingServer>\n"
            "  <ms:certificateAuthority file=\"" +
            QFileInfo(ca).fileName().toUtf8() + "\" sha256=\"" + pin +
            "\">test root</ms:certificateAuthority>\n </emailProvider>\n</clientConfig>\n";
        const ProfileLoadResult loaded =
            ProfileLoader::loadData(xml, QStringLiteral("local.xml"), QFileInfo(ca).absolutePath());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));

        const MuttAdapter mutt;
        const RunningCheck running = [&](const QString&, const QString& location) {
            return mutt.runningReason(location);
        };
        QTemporaryDir backups;
        BackupStore store(backups.path());
        // Plans and applies what the command line would for this address and port.
        const auto setUp = [&](const QString& home, const QString& email, std::optional<int> port) {
            AccountRequest request;
            request.email = email;
            request.outgoingPort = port;
            const AccountSettings settings = *resolveAccount(*loaded.profile, request).settings;
            // PATH lets detection offer a new ~/.muttrc where there is none yet.
            HostEnvironment env = linuxHome(home);
            env.variables.insert(QStringLiteral("PATH"), QFileInfo(neomutt()).absolutePath());
            const auto found = mutt.detect(env);
            if (found.size() != 1)
                return QString(QStringLiteral("found %1 installations")).arg(found.size());
            const ChangePlan plan = mutt.plan(found.first(), settings);
            if (!plan.canApply())
                return plan.toText();
            const ApplyResult r = applyPlans({plan}, store, running, QStringLiteral("test"));
            return r.ok ? QString() : r.error;
        };
        const auto send = [&](const QString& home, const QString& subject) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), home);
            p.setProcessEnvironment(env);
            // Only what a person would add: the password at the prompt, and trust in a CA
            // that is not in the system store.
            p.start(neomutt(), {QStringLiteral("-n"), QStringLiteral("-F"), home + QStringLiteral("/.muttrc"),
                                QStringLiteral("-e"), QStringLiteral("set smtp_pass=wonderland"),
                                QStringLiteral("-e"), QStringLiteral("set ssl_ca_certificates_file=") + ca,
                                QStringLiteral("-e"), QStringLiteral("set record=''"), QStringLiteral("-s"),
                                subject, QStringLiteral("bob@example.test")});
            p.write("Sent by NeoMutt with the settings Mail Setup wrote.\n");
            p.closeWriteChannel();
            p.waitForFinished(60000);
            return p.exitCode() == 0 && p.exitStatus() == QProcess::NormalExit
                       ? QString()
                       : QString::fromUtf8(p.readAllStandardError());
        };
        const auto delivered = [&](const QString& subject) {
            for (int i = 0; i < 100; ++i) {
                QDirIterator it(service.maildir(QStringLiteral("bob")) + QStringLiteral("/new"), QDir::Files);
                while (it.hasNext()) {
                    if (readFile(it.next()).contains("Subject: " + subject.toUtf8()))
                        return true;
                }
                QTest::qWait(100);
            }
            return false;
        };

        // Alice: STARTTLS on the submission port, then SSL/TLS on the SMTPS port.
        QTemporaryDir alice;
        writeFile(alice.filePath(QStringLiteral(".muttrc")),
                  "# Alice's own settings, kept as they are\nset sort = threads\nset editor = \"vi\"\n");
        error = setUp(alice.path(), QStringLiteral("alice@example.test"), subm.toInt());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QByteArray rc = readFile(alice.filePath(QStringLiteral(".muttrc")));
        QVERIFY(rc.startsWith("# Alice's own settings, kept as they are\nset sort = threads\n"));
        QVERIFY2(rc.contains("set smtp_url = \"smtp://alice@127.0.0.1:" + subm + "\"\n"), rc.constData());
        const QString starttlsSubject =
            QStringLiteral("mutt-starttls-%1").arg(QCoreApplication::applicationPid());
        error = send(alice.path(), starttlsSubject);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(delivered(starttlsSubject));

        error = setUp(alice.path(), QStringLiteral("alice@example.test"), smtps.toInt());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        rc = readFile(alice.filePath(QStringLiteral(".muttrc")));
        QVERIFY2(rc.contains("set smtp_url = \"smtps://alice@127.0.0.1:" + smtps + "\"\n"), rc.constData());
        QCOMPARE(rc.count("smtp_url"), 1); // changed in place
        const QString sslSubject = QStringLiteral("mutt-ssl-%1").arg(QCoreApplication::applicationPid());
        error = send(alice.path(), sslSubject);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(delivered(sslSubject));

        // Bob reads his POP3S inbox through the spoolfile we wrote, in a terminal.
        QTemporaryDir bob;
        error = setUp(bob.path(), QStringLiteral("bob@example.test"), {});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(readFile(bob.filePath(QStringLiteral(".muttrc")))
                    .contains("set spoolfile = \"pops://bob@127.0.0.1:" + pops + "/\"\n"));
        const QString socket = QStringLiteral("mailsetup-mutt-%1").arg(QCoreApplication::applicationPid());
        const auto tmux = [&](const QStringList& args) {
            QProcess p;
            p.start(QStringLiteral("tmux"), QStringList{QStringLiteral("-L"), socket} + args);
            p.waitForFinished(10000);
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        const QString command =
            QStringLiteral("env HOME=%1 TERM=xterm %2 -n -F %1/.muttrc -e 'set pop_pass=builder' "
                           "-e 'set ssl_ca_certificates_file=%3'")
                .arg(bob.path(), neomutt(), ca);
        tmux({QStringLiteral("new-session"), QStringLiteral("-d"), QStringLiteral("-x"),
              QStringLiteral("200"), QStringLiteral("-y"), QStringLiteral("50"), command});
        const auto killTmux = qScopeGuard([&] { tmux({QStringLiteral("kill-server")}); });
        QString screen;
        for (int i = 0; i < 100; ++i) {
            screen = tmux({QStringLiteral("capture-pane"), QStringLiteral("-p")});
            if (screen.contains(QStringLiteral("Msgs:2")) && screen.contains(sslSubject))
                break;
            // NeoMutt's first start asks to create the local folder ~/Mail; a person says yes.
            if (screen.contains(QStringLiteral("Create it?")))
                tmux({QStringLiteral("send-keys"), QStringLiteral("y")});
            QTest::qWait(200);
        }
        QVERIFY2(screen.contains(QStringLiteral("pops://bob@127.0.0.1:") + QString::fromLatin1(pops)),
                 qPrintable(screen));
        QVERIFY2(screen.contains(QStringLiteral("Msgs:2")), qPrintable(screen));
        QVERIFY2(screen.contains(starttlsSubject) && screen.contains(sslSubject), qPrintable(screen));
        tmux({QStringLiteral("send-keys"), QStringLiteral("q")});

        // No password was ever written: not in the muttrc files, not in the backups.
        QStringList written{alice.filePath(QStringLiteral(".muttrc")),
                            bob.filePath(QStringLiteral(".muttrc"))};
        QDirIterator it(backups.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            written << it.next();
        QVERIFY(written.size() > 2);
        for (const QString& file : written) {
            const QByteArray bytes = readFile(file);
            QVERIFY2(!bytes.contains("wonderland") && !bytes.contains("builder"), qPrintable(file));
        }
        qInfo("real NeoMutt: sent over STARTTLS and SSL/TLS, read POP3S, in %lld ms", clock.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestMutt)
#include "test_mutt.moc"
