// SPDX-License-Identifier: GPL-3.0-or-later
// Instructions for every mail program, for the PCUG profile and alice@pcug.org.au: the
// right value in the right field, the encryption each program can really do, never
// CRAM-MD5 or "STARTTLS if available", the provider's notes and helpdesk; and the whole
// text compared with golden files reviewed once (tests/data/helpdesk/golden/).
#include "accountsettings.h"
#include "clientadapter.h"
#include "instructions.h"
#include "profileloader.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace mailsetup;

namespace {

const QString pcugSmtp = QStringLiteral("smtps.tip.net.au");
const QString pcugPop = QStringLiteral("mailhost.pcug.org.au");

ProviderProfile loadBundled(const QString& id)
{
    const ProfileLoadResult loaded = ProfileLoader::loadBundled(id);
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.errorText()));
    return *loaded.profile;
}

AccountSettings resolve(const ProviderProfile& profile, const QString& email, std::optional<int> outPort = {})
{
    AccountRequest request;
    request.email = email;
    request.realName = QStringLiteral("Alice Ng");
    request.outgoingPort = outPort;
    const ResolveResult resolved = resolveAccount(profile, request);
    if (!resolved.settings)
        qFatal("%s", qPrintable(resolved.error));
    return *resolved.settings;
}

ClientInstructions
build(const QString& client, const ProviderProfile& profile, const AccountSettings& settings)
{
    const auto steps = buildInstructions(client, profile, settings);
    if (!steps)
        qFatal("no instructions for %s", qPrintable(client));
    return *steps;
}

QString valueOf(const ClientInstructions& in, const QString& section, const QString& field)
{
    const InstructionStep* step = in.findStep(field, section);
    return step ? step->value : QStringLiteral("<no step \"%1\" in \"%2\">").arg(field, section);
}

bool ticks(const ClientInstructions& in, const QString& section, const QString& field)
{
    for (const InstructionSection& s : in.sections) {
        if (!s.title.startsWith(section))
            continue;
        for (const InstructionStep& step : s.steps) {
            if (step.field == field && step.kind == InstructionStep::Kind::Tick)
                return true;
        }
    }
    return false;
}

const QString out = QStringLiteral("Outgoing");
const QString in = QStringLiteral("Incoming");

} // namespace

class TestInstructions : public QObject
{
    Q_OBJECT

private:
    ProviderProfile m_pcug;
    AccountSettings m_alice;

private slots:
    void initTestCase()
    {
        m_pcug = loadBundled(QStringLiteral("pcug"));
        m_alice = resolve(m_pcug, QStringLiteral("alice@pcug.org.au"));
        QCOMPARE(m_alice.outgoing.port, 465);
        QCOMPARE(m_alice.incoming->port, 995);
    }

    // Every program the ClientRegistry writes and every one the providers' pages name.
    void everyClientIsCovered()
    {
        QStringList ids;
        for (const InstructionClient& client : instructionClients())
            ids << client.id;
        for (const char* id : {"thunderbird", "seamonkey", "netscape4", "evolution", "kmail", "claws-mail",
                               "alpine", "mutt", "mozilla13", "outlookexpress", "outlook2000", "outlook2003",
                               "outlook", "windows-mail", "eudora", "entourage", "macosxmail", "applemail"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
        QVERIFY(!buildInstructions(QStringLiteral("no-such-program"), m_pcug, m_alice));
    }

    // Every adapter the ClientRegistry has gets steps under its own id, as the wizard
    // and `mailsetup instructions --client` ask for them: a program added to the registry
    // without instructions fails here.
    void everyAdapterHasInstructionsUnderItsId()
    {
        QStringList listed;
        for (const InstructionClient& client : instructionClients())
            listed << client.id;
        const ClientRegistry registry;
        QStringList adapterIds, missing;
        for (const auto& adapter : registry.adapters()) {
            const QString id = adapter->id();
            adapterIds << id;
            const std::optional<ClientInstructions> steps = buildInstructions(id, m_pcug, m_alice);
            if (!listed.contains(id) || !steps || steps->clientId != id || steps->sections.isEmpty())
                missing << id;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no instructions under the adapter id: ") +
                                               missing.join(QStringLiteral(", "))));
        for (const char* id :
             {"thunderbird", "seamonkey", "netscape4", "evolution", "kmail", "claws-mail", "alpine", "mutt",
              "outlookexpress", "outlook", "windows-mail", "eudora", "applemail", "entourage"})
            QVERIFY2(adapterIds.contains(QLatin1String(id)), id);
    }

    void valuesInTheirFields_data()
    {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        const auto row = [](const char* client, const QString& section, const char* field,
                            const QString& value) {
            QTest::addRow("%s %s %s", client, qPrintable(section), field)
                << QString::fromLatin1(client) << section << QString::fromUtf8(field) << value;
        };
        // Thunderbird 153 labels; implicit TLS on 465 and 995.
        row("thunderbird", out, "Server Name:", pcugSmtp);
        row("thunderbird", out, "Port:", QStringLiteral("465"));
        row("thunderbird", out, "Connection security:", QStringLiteral("SSL/TLS"));
        row("thunderbird", out, "Authentication method:", QStringLiteral("Normal password"));
        row("thunderbird", out, "User Name:", QStringLiteral("alice"));
        row("thunderbird", in, "Server Name:", pcugPop);
        row("thunderbird", in, "Port:", QStringLiteral("995"));
        row("thunderbird", in, "Connection security:", QStringLiteral("SSL/TLS"));
        row("seamonkey", out, "Connection security:", QStringLiteral("SSL/TLS"));
        // Netscape 7 / Mozilla 1.3: SSL for both, by the FNAL page's dialog.
        row("mozilla13", out, "Use secure connection:", QStringLiteral("SSL"));
        row("mozilla13", out, "Port:", QStringLiteral("465"));
        row("mozilla13", in, "Port:", QStringLiteral("995"));
        // Netscape 4 sends only on 25 with STARTTLS "Always".
        row("netscape4", out, "Outgoing mail (SMTP) server:", pcugSmtp);
        row("netscape4", out,
            "Use Secure Socket Layer (SSL) or TLS for outgoing messages:", QStringLiteral("Always"));
        // The PCUG page's Outlook Express / Outlook 2000 dialog.
        for (const char* oe : {"outlookexpress", "outlook2000"}) {
            row(oe, out, "Outgoing mail (SMTP):", pcugSmtp);
            row(oe, out, "Account name:", QStringLiteral("alice"));
            row(oe, in, "Incoming mail (POP3):", pcugPop);
        }
        row("windows-mail", out, "E-mail username:", QStringLiteral("alice"));
        row("outlook2003", out, "Outgoing mail server (SMTP):", pcugSmtp);
        row("outlook2003", QStringLiteral("Ports"), "Outgoing server (SMTP):", QStringLiteral("465"));
        row("outlook2003", QStringLiteral("Ports"), "Incoming server (POP3):", QStringLiteral("995"));
        row("outlook", QStringLiteral("Ports"), "Outgoing server (SMTP):", QStringLiteral("465"));
        row("outlook", QStringLiteral("Ports"),
            "Use the following type of encrypted connection:", QStringLiteral("SSL/TLS"));
        // Eudora, word for word from the PCUG page.
        row("eudora", out, "SMTP server:", pcugSmtp);
        row("eudora", out, "Secure Sockets when Sending:", QStringLiteral("Required, Alternate Port"));
        row("eudora", in, "Server:", pcugPop);
        row("eudora", in, "Secure Sockets when Receiving:", QStringLiteral("Required, Alternate Port"));
        row("eudora", in, "Login Name:", QStringLiteral("alice"));
        // The FNAL page's Mac dialog: SSL and port 465.
        row("entourage", out, "SMTP server:", pcugSmtp);
        row("entourage", out, "Override default SMTP port", QStringLiteral("465"));
        row("entourage", in, "Override default POP port", QStringLiteral("995"));
        row("macosxmail", out, "Server port:", QStringLiteral("465"));
        row("applemail", out, "Host Name:", pcugSmtp);
        row("applemail", out, "Port:", QStringLiteral("465"));
        row("applemail", in, "Host Name:", pcugPop);
        row("evolution", out, "Server:", pcugSmtp);
        row("evolution", out, "Encryption method:", QStringLiteral("TLS on a dedicated port"));
        row("evolution", out, "Type:", QStringLiteral("PLAIN"));
        row("evolution", in, "Encryption method:", QStringLiteral("TLS on a dedicated port"));
        row("kmail", out, "Outgoing mail server:", pcugSmtp);
        row("kmail", out, "Encryption:", QStringLiteral("SSL/TLS"));
        row("kmail", out, "Port:", QStringLiteral("465"));
        row("kmail", out, "Login:", QStringLiteral("alice"));
        row("kmail", in, "Incoming mail server:", pcugPop);
        row("claws-mail", out, "SMTP server (send)", pcugSmtp);
        row("claws-mail", out, "Send (SMTP)", QStringLiteral("Use TLS"));
        row("claws-mail", out, "SMTP port", QStringLiteral("465"));
        row("claws-mail", in, "POP port", QStringLiteral("995"));
        row("alpine", out, "smtp-server", QStringLiteral("smtps.tip.net.au:465/ssl/user=alice"));
        row("alpine", in, "inbox-path",
            QStringLiteral("{mailhost.pcug.org.au:995/pop3/ssl/user=alice}INBOX"));
        row("mutt", out, "smtp_url", QStringLiteral("set smtp_url=\"smtps://alice@smtps.tip.net.au:465\""));
        row("mutt", in, "spoolfile",
            QStringLiteral("set spoolfile=\"pops://alice@mailhost.pcug.org.au:995/\""));
    }

    void valuesInTheirFields()
    {
        QFETCH(QString, client);
        QFETCH(QString, section);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QCOMPARE(valueOf(build(client, m_pcug, m_alice), section, field), value);
    }

    // SSL check boxes ticked where a program has only those.
    void sslBoxesTicked()
    {
        const ClientInstructions oe = build(QStringLiteral("outlookexpress"), m_pcug, m_alice);
        QVERIFY(ticks(oe, out, QStringLiteral("This server requires a secure connection (SSL)")));
        QVERIFY(ticks(oe, in, QStringLiteral("This server requires a secure connection (SSL)")));
        QVERIFY(ticks(oe, out, QStringLiteral("My server requires authentication")));
        const ClientInstructions ent = build(QStringLiteral("entourage"), m_pcug, m_alice);
        QVERIFY(ticks(ent, out, QStringLiteral("SMTP service requires secure connection (SSL)")));
        QVERIFY(ticks(build(QStringLiteral("mozilla13"), m_pcug, m_alice), in,
                      QStringLiteral("Use secure connection (SSL)")));
    }

    // Never CRAM-MD5, never Microsoft's SPA, never "if available": for every program.
    void neverWeakerOrCramMd5()
    {
        for (const InstructionClient& client : instructionClients()) {
            const ClientInstructions steps = build(client.id, m_pcug, m_alice);
            for (const InstructionSection& section : steps.sections) {
                for (const InstructionStep& step : section.steps) {
                    const QString what =
                        client.id + QStringLiteral(": ") + step.field + QStringLiteral(" = ") + step.value;
                    QVERIFY2(!step.value.contains(QLatin1String("CRAM-MD5")), qPrintable(what));
                    QVERIFY2(!step.value.contains(QLatin1String("available"), Qt::CaseInsensitive),
                             qPrintable(what));
                    QVERIFY2(!step.value.contains(QLatin1String("If Possible")), qPrintable(what));
                    QVERIFY2(step.value != QLatin1String("None") &&
                                 step.value != QLatin1String("No encryption"),
                             qPrintable(what));
                    if (step.field.contains(QLatin1String("Secure Password Authentication"),
                                            Qt::CaseInsensitive))
                        QVERIFY2(step.kind == InstructionStep::Kind::Untick, qPrintable(what));
                }
            }
            const QString text = instructionsToText(steps);
            QVERIFY2(text.contains(pcugSmtp), qPrintable(client.id));
            if (client.id != QLatin1String("netscape4"))
                QVERIFY2(text.contains(pcugPop), qPrintable(client.id));
            QVERIFY2(text.contains(QLatin1String("help@tip.net.au")), qPrintable(client.id));
            QVERIFY2(text.contains(QLatin1String("smtps.tip.net.au (with an \"s\" after smtp)")),
                     qPrintable(client.id)); // the profile's note for all programs
        }
    }

    // Where a program lacks what the account uses, the steps use what it can do and say so.
    void programLimits()
    {
        const ClientInstructions ns4 = build(QStringLiteral("netscape4"), m_pcug, m_alice);
        QCOMPARE(ns4.outgoing.port, 25);
        QCOMPARE(ns4.outgoing.security, Security::StartTls);
        QVERIFY(!ns4.incoming);
        QCOMPARE(ns4.warnings.size(), 2); // port 25 instead of 465; no protected incoming mail

        // Port 587 asked for: STARTTLS where the program has it, SSL on 465 where not.
        const AccountSettings submission = resolve(m_pcug, QStringLiteral("alice@pcug.org.au"), 587);
        const ClientInstructions eudora = build(QStringLiteral("eudora"), m_pcug, submission);
        QCOMPARE(valueOf(eudora, out, QStringLiteral("Secure Sockets when Sending:")),
                 QStringLiteral("Required, STARTTLS"));
        QVERIFY(eudora.warnings.isEmpty());
        const ClientInstructions tb = build(QStringLiteral("thunderbird"), m_pcug, submission);
        QCOMPARE(valueOf(tb, out, QStringLiteral("Connection security:")), QStringLiteral("STARTTLS"));
        QCOMPARE(valueOf(tb, out, QStringLiteral("Port:")), QStringLiteral("587"));
        const ClientInstructions oe = build(QStringLiteral("outlookexpress"), m_pcug, submission);
        QCOMPARE(oe.outgoing.port, 465);
        QCOMPARE(oe.warnings.size(), 1);
        QVERIFY(oe.warnings.first().contains(QLatin1String("port 465")));
        const ClientInstructions outlook = build(QStringLiteral("outlook"), m_pcug, submission);
        QCOMPARE(valueOf(outlook, QStringLiteral("Ports"),
                         QStringLiteral("Use the following type of encrypted connection:")),
                 QStringLiteral("STARTTLS"));

        // Port 25: the note about Internet providers that block it.
        const AccountSettings relay = resolve(m_pcug, QStringLiteral("alice@pcug.org.au"), 25);
        const ClientInstructions kmail = build(QStringLiteral("kmail"), m_pcug, relay);
        const InstructionStep* port = kmail.findStep(QStringLiteral("Port:"), out);
        QVERIFY(port);
        QCOMPARE(port->value, QStringLiteral("25"));
        QVERIFY(port->note.contains(QLatin1String("Port 25")));
    }

    void providerNotesAndCramMd5Note()
    {
        const ClientInstructions eudora = build(QStringLiteral("eudora"), m_pcug, m_alice);
        QVERIFY(eudora.providerNotes.first().contains(QLatin1String("6.1.1")));
        QVERIFY(eudora.findStep(QStringLiteral("Allow authentication"))
                    ->note.contains(QLatin1String("CRAM-MD5")));
        const ClientInstructions oe = build(QStringLiteral("outlookexpress"), m_pcug, m_alice);
        QVERIFY(oe.providerNotes.first().contains(QLatin1String("ADSL log-in ID")));
        QVERIFY(oe.findStep(QStringLiteral("Log on using Secure Password Authentication"))
                    ->note.contains(QLatin1String("CRAM-MD5")));
        QVERIFY(instructionsToText(oe).contains(QLatin1String("07:ED:BD:82")));
        QCOMPARE(build(QStringLiteral("thunderbird"), m_pcug, m_alice).providerNotes.size(), 1);
    }

    // FNAL sets up outgoing mail only: no incoming steps, and its own notes.
    void outgoingOnlyProfile()
    {
        const ProviderProfile fnal = loadBundled(QStringLiteral("fnal"));
        const AccountSettings bob = resolve(fnal, QStringLiteral("bob@fnal.gov"));
        for (const InstructionClient& client : instructionClients()) {
            const ClientInstructions steps = build(client.id, fnal, bob);
            QVERIFY2(!steps.incoming, qPrintable(client.id));
            QVERIFY2(instructionsToText(steps).contains(QLatin1String("outgoing mail only")),
                     qPrintable(client.id));
        }
        const ClientInstructions entourage = build(QStringLiteral("entourage"), fnal, bob);
        QVERIFY(entourage.providerNotes.first().contains(QLatin1String("SMTP Server Requires SSL")));
    }

    void htmlIsEscapedAndComplete()
    {
        const QString html = instructionsToHtml(build(QStringLiteral("outlookexpress"), m_pcug, m_alice));
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1String("<code>smtps.tip.net.au</code>")));
        QVERIFY(html.contains(QLatin1String("with an &quot;s&quot; after smtp")));
        QVERIFY(!html.contains(QLatin1String("\"s\" after")));
        QCOMPARE(html.count(QLatin1String("<ol")), html.count(QLatin1String("</ol>")));
        // Step numbers run on across sections.
        QVERIFY(html.contains(QRegularExpression(QStringLiteral("<ol start=\"1[0-9]\">"))));
    }

    // The whole text, reviewed once by a person; set MAILSETUP_UPDATE_GOLDEN=1 to rewrite.
    void goldenTexts_data()
    {
        QTest::addColumn<QString>("client");
        for (const InstructionClient& client : instructionClients())
            QTest::newRow(qPrintable(client.id)) << client.id;
    }

    void goldenTexts()
    {
        QFETCH(QString, client);
        const QString text = instructionsToText(build(client, m_pcug, m_alice));
        const QString path =
            QStringLiteral(MAILSETUP_TEST_DATA "/helpdesk/golden/pcug-alice-%1.txt").arg(client);
        QFile file(path);
        if (qEnvironmentVariableIsSet("MAILSETUP_UPDATE_GOLDEN")) {
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text.toUtf8());
            return;
        }
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(text, QString::fromUtf8(file.readAll()));
    }
};

QTEST_GUILESS_MAIN(TestInstructions)
#include "test_instructions.moc"
