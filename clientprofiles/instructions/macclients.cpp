// SPDX-License-Identifier: GPL-3.0-or-later
// Steps for Mac programs: Outlook Express 5 for Mac / Entourage, Mac OS X Mail (10.3 to
// 10.6) and Apple Mail on current macOS.
#include "instructionwriter.h"

#include <QCoreApplication>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

void macCertificate(InstructionWriter& w)
{
    if (!w.profile().ca)
        return;
    const CaCertificate& ca = *w.profile().ca;
    w.section(tr("Certificate"));
    w.say(
        tr("Mail on the Mac trusts the certificates in Keychain Access. If Mail Setup has not installed the "
           "%1 for you, double-click the file %2 and add it to the \"login\" keychain; then in Keychain "
           "Access double-click it, open Trust and choose \"Always Trust\".")
            .arg(ca.name, ca.file),
        tr("Check that its SHA-256 fingerprint is %1.").arg(ca.certificate.sha256Text()));
}

// Outlook Express 5.0.6 for Mac and Entourage: the FNAL page ("Select Accounts item
// from Tools menu", Edit, "Click here for advanced sending options", "SMTP Server
// Requires SSL", port 465). UNCONFIRMED: the exact wording of the override-port and
// receiving check boxes is written after that page, not checked against the program.
void entourage(InstructionWriter& w)
{
    const ServerSettings& out = w.out();
    const QString account = QStringLiteral("Tools > Accounts > Edit > Account Settings");
    const QString sending = QStringLiteral("Advanced sending options");
    w.section(tr("Outgoing mail (SMTP)"));
    w.open(QStringLiteral("Tools > Accounts"),
           tr("Select your account for %1 and click Edit.").arg(w.email()));
    w.type(account, QStringLiteral("SMTP server:"), out.hostname);
    w.click(account, QStringLiteral("Click here for advanced sending options"));
    w.tick(sending, QStringLiteral("SMTP service requires secure connection (SSL)"),
           tr("This program cannot use STARTTLS; it must connect with SSL from the start."));
    w.tick(sending, QStringLiteral("Override default SMTP port"));
    w.type(sending, QStringLiteral("Override default SMTP port"), QString::number(out.port));
    w.tick(sending, QStringLiteral("SMTP server requires authentication"), w.noCramMd5Note(out));
    w.choose(sending, QStringLiteral("SMTP server requires authentication"),
             QStringLiteral("Use same settings as receiving mail server"),
             tr("Or enter the account ID %1 and your password in the fields below it.").arg(out.username));
    if (w.in()) {
        const ServerSettings& in = *w.in();
        const QString receiving = QStringLiteral("Advanced receiving options");
        w.section(tr("Incoming mail (%1)").arg(in.protocolName()));
        w.type(account, QStringLiteral("Account ID:"), in.username);
        w.type(account,
               QStringLiteral("%1 server:")
                   .arg(in.type == QLatin1String("pop3") ? QStringLiteral("POP") : QStringLiteral("IMAP")),
               in.hostname);
        w.click(account, QStringLiteral("Click here for advanced receiving options"));
        w.tick(receiving,
               QStringLiteral("This %1 service requires secure connection (SSL)")
                   .arg(in.type == QLatin1String("pop3") ? QStringLiteral("POP") : QStringLiteral("IMAP")));
        w.tick(receiving,
               QStringLiteral("Override default %1 port")
                   .arg(in.type == QLatin1String("pop3") ? QStringLiteral("POP") : QStringLiteral("IMAP")));
        w.type(receiving,
               QStringLiteral("Override default %1 port")
                   .arg(in.type == QLatin1String("pop3") ? QStringLiteral("POP") : QStringLiteral("IMAP")),
               QString::number(in.port));
    } else {
        w.section(tr("Incoming mail"));
        w.say(w.incomingUnchanged());
    }
    w.click(QStringLiteral("Edit Account"), QStringLiteral("OK"));
    macCertificate(w);
    w.source(
        tr("FNAL \"TLS Configuration\" (Microsoft Outlook/Outlook Express (Macintosh)); other labels not "
           "checked against the program"));
}

// Mac OS X Mail 10.3 to 10.6. FNAL's "Mac OS/X" section names only "Server port";
// UNCONFIRMED: the other labels are written from Apple's Mail Help of that era, not
// checked against the program. Mail chooses implicit TLS or STARTTLS by the port.
void macOsXMail(InstructionWriter& w)
{
    const ServerSettings& out = w.out();
    const QString info = QStringLiteral("Mail > Preferences > Accounts > Account Information");
    const QString smtp = QStringLiteral("Outgoing Mail Server (SMTP) > Server Settings...");
    w.section(tr("Outgoing mail (SMTP)"));
    w.open(QStringLiteral("Mail > Preferences > Accounts"), tr("Select your account for %1.").arg(w.email()));
    w.click(info, QStringLiteral("Server Settings..."),
            tr("The button beside \"Outgoing Mail Server (SMTP)\"."));
    w.type(smtp, QStringLiteral("Outgoing Mail Server:"), out.hostname);
    w.type(smtp, QStringLiteral("Server port:"), QString::number(out.port), w.port25Note());
    w.tick(smtp, QStringLiteral("Use Secure Sockets Layer (SSL)"));
    w.choose(smtp, QStringLiteral("Authentication:"), QStringLiteral("Password"), w.noCramMd5Note(out));
    w.type(smtp, QStringLiteral("User Name:"), out.username);
    w.click(smtp, QStringLiteral("OK"));
    if (w.in()) {
        const ServerSettings& in = *w.in();
        const QString advanced = QStringLiteral("Mail > Preferences > Accounts > Advanced");
        w.section(tr("Incoming mail (%1)").arg(in.protocolName()));
        w.type(info, QStringLiteral("Incoming Mail Server:"), in.hostname);
        w.type(info, QStringLiteral("User Name:"), in.username);
        w.tick(advanced, QStringLiteral("Use SSL"));
        w.type(advanced, QStringLiteral("Port:"), QString::number(in.port),
               tr("Type the port after ticking \"Use SSL\"."));
        w.choose(advanced, QStringLiteral("Authentication:"), QStringLiteral("Password"));
    } else {
        w.section(tr("Incoming mail"));
        w.say(w.incomingUnchanged());
    }
    w.say(tr("Close the window and click Save when Mail asks."));
    macCertificate(w);
    w.source(tr("FNAL \"TLS Configuration\" (Mac OS/X); other labels not checked against the program"));
}

// Apple Mail on macOS 13 and later: Mail > Settings > Accounts > Server Settings.
// UNCONFIRMED: written after Apple's Mail User Guide "Change Server Settings settings in
// Mail on Mac" (support.apple.com/guide/mail), not checked against the program.
void appleMail(InstructionWriter& w)
{
    const ServerSettings& out = w.out();
    const QString page = QStringLiteral("Mail > Settings > Accounts > Server Settings");
    w.intro(tr("On macOS 12 and earlier the menu is called Mail > Preferences."));
    w.open(QStringLiteral("Mail > Settings > Accounts"), tr("Select your account for %1.").arg(w.email()));
    if (w.in()) {
        const ServerSettings& in = *w.in();
        w.section(tr("Incoming mail (%1)").arg(in.protocolName()));
        w.type(page, QStringLiteral("User Name:"), in.username);
        w.type(page, QStringLiteral("Host Name:"), in.hostname);
        w.untick(page, QStringLiteral("Automatically manage connection settings"),
                 tr("The box under the incoming host name."));
        w.type(page, QStringLiteral("Port:"), QString::number(in.port));
        w.tick(page, QStringLiteral("Use TLS/SSL"));
        w.choose(page, QStringLiteral("Authentication:"), QStringLiteral("Password"), w.noCramMd5Note(in));
    } else {
        w.section(tr("Incoming mail"));
        w.say(w.incomingUnchanged());
    }
    w.section(tr("Outgoing mail (SMTP)"));
    w.choose(page, QStringLiteral("Outgoing Mail Account:"), QStringLiteral("Edit SMTP Server List..."),
             tr("Select the server your account uses."));
    w.type(page, QStringLiteral("Host Name:"), out.hostname);
    w.untick(page, QStringLiteral("Automatically manage connection settings"),
             tr("The box under the outgoing host name."));
    w.type(page, QStringLiteral("Port:"), QString::number(out.port), w.port25Note());
    w.tick(page, QStringLiteral("Use TLS/SSL"));
    w.choose(page, QStringLiteral("Authentication:"), QStringLiteral("Password"), w.noCramMd5Note(out));
    w.type(page, QStringLiteral("User Name:"), out.username);
    w.click(page, QStringLiteral("Save"));
    macCertificate(w);
    w.source(
        tr("Apple Mail User Guide \"Change Server Settings settings in Mail on Mac\"; not checked against "
           "the program"));
}

} // namespace

QList<ClientSpec> macClientSpecs()
{
    ClientCapabilities sslOnly;
    sslOnly.incoming = {Security::Ssl};
    sslOnly.outgoing = {Security::Ssl};
    const QString mac = QStringLiteral("Mac");
    return {
        {QStringLiteral("entourage"),
         QStringLiteral("Outlook Express 5 for Mac and Entourage"),
         mac,
         {QStringLiteral("entourage")},
         sslOnly,
         entourage},
        {QStringLiteral("macosxmail"),
         QStringLiteral("Mac OS X Mail (10.3 to 10.6)"),
         mac,
         {QStringLiteral("macosxmail"), QStringLiteral("applemail")},
         {},
         macOsXMail},
        {QStringLiteral("applemail"),
         QStringLiteral("Apple Mail (macOS 13 and later)"),
         mac,
         {QStringLiteral("applemail")},
         {},
         appleMail},
    };
}

} // namespace mailsetup
