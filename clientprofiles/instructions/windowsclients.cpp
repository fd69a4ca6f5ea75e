// SPDX-License-Identifier: GPL-3.0-or-later
// Steps for Windows programs Mail Setup does not write: Outlook Express, Outlook 2000,
// 2002/2003 and 2007-2016/365 classic, Windows Mail / Windows Live Mail, Eudora.
#include "instructionwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

// Windows shows a certificate's SHA-1 "Thumbprint" on the Details tab.
QString sha1Thumbprint(const CertificateInfo& certificate)
{
    return formatFingerprint(QCryptographicHash::hash(certificate.der, QCryptographicHash::Sha1));
}

// The PCUG page: "double click on the file and select "Install Certificate". Allow the
// installation program to install the certificate in the correct location."
void windowsCertificate(InstructionWriter& w)
{
    if (!w.profile().ca)
        return;
    const CaCertificate& ca = *w.profile().ca;
    w.section(tr("Certificate"));
    w.say(tr("Outlook, Outlook Express and Windows Mail trust the certificates Windows trusts. If Mail Setup "
             "has not installed the %1 for you, double-click the file %2 (if Windows does not open it, "
             "rename it to end in .crt first).")
              .arg(ca.name, ca.file));
    w.open(QStringLiteral("Certificate > Details"),
           tr("Check that \"Thumbprint\" is %1 (SHA-256: %2). If it differs, stop and call your helpdesk.")
               .arg(sha1Thumbprint(ca.certificate), ca.certificate.sha256Text()));
    w.click(QStringLiteral("Certificate > General"), QStringLiteral("Install Certificate..."),
            tr("Let the wizard choose where the certificate goes, and answer Yes when Windows asks whether "
               "to install it."));
}

struct OeLabels
{
    QString accountsMenu; // "Tools > Accounts"
    QString userLabel;    // "Account name:" (Outlook Express) / "E-mail username:" (Windows Live Mail)
    QString spaLabel;     // "Log on using Secure Password Authentication"
};

// Outlook Express 5.x/6 and the dialogs that copied it (Outlook 98/2000 in Internet
// Mail Only mode, Windows Mail, Windows Live Mail). Outgoing first, as the PCUG page.
// Field labels: the PCUG page ("Servers" tab, "Outgoing mail (SMTP)", "My server
// requires authentication", "Settings...", "Log on using", "Advanced", "This server
// requires a secure connection (SSL)") and the FNAL page ("Account name").
void oeDialog(InstructionWriter& w, const OeLabels& labels)
{
    const ServerSettings& out = w.out();
    const QString list = labels.accountsMenu;
    const QString servers = QStringLiteral("Properties > Servers");
    const QString advanced = QStringLiteral("Properties > Advanced");
    const QString logon = QStringLiteral("Outgoing Mail Server");

    w.section(tr("Outgoing mail (SMTP)"));
    w.open(list, tr("On the Mail tab, select your account for %1.").arg(w.email()));
    w.click(list, QStringLiteral("Properties"));
    w.type(servers, QStringLiteral("Outgoing mail (SMTP):"), out.hostname);
    w.tick(servers, QStringLiteral("My server requires authentication"));
    w.click(servers, QStringLiteral("Settings..."));
    w.choose(logon, QStringLiteral("Logon Information"), QStringLiteral("Log on using"));
    w.type(logon, labels.userLabel, out.username);
    w.untick(logon, labels.spaLabel, w.noCramMd5Note(out));
    w.click(logon, QStringLiteral("OK"));
    w.type(advanced, QStringLiteral("Outgoing mail (SMTP):"), QString::number(out.port), w.port25Note());
    w.tick(advanced, QStringLiteral("This server requires a secure connection (SSL)"),
           tr("The box under \"Outgoing mail (SMTP)\"."));

    if (!w.in()) {
        w.section(tr("Incoming mail"));
        w.say(w.incomingUnchanged());
    } else {
        const ServerSettings& in = *w.in();
        const QString proto = in.protocolName();
        w.section(tr("Incoming mail (%1)").arg(proto));
        w.type(servers, QStringLiteral("Incoming mail (%1):").arg(proto), in.hostname);
        w.type(servers, labels.userLabel, in.username);
        w.untick(servers, labels.spaLabel, w.noCramMd5Note(in));
        w.type(advanced, QStringLiteral("Incoming mail (%1):").arg(proto), QString::number(in.port));
        w.tick(advanced, QStringLiteral("This server requires a secure connection (SSL)"),
               tr("The box under \"Incoming mail (%1)\".").arg(proto));
    }
    w.click(QStringLiteral("Properties"), QStringLiteral("OK"));
    w.click(list, QStringLiteral("Close"));
    w.say(tr("The first time you send or fetch mail, enter your %1 email password when asked.")
              .arg(w.provider()));
    windowsCertificate(w);
}

void outlookExpress(InstructionWriter& w)
{
    oeDialog(w, {QStringLiteral("Tools > Accounts"), QStringLiteral("Account name:"),
                 QStringLiteral("Log on using Secure Password Authentication")});
    w.source(tr("PCUG \"Configuring Your Email Client Program\" (Outlook Express 6.0, OE 5.5) and FNAL \"TLS "
                "Configuration\" (Microsoft Outlook Express)"));
}

void outlook2000(InstructionWriter& w)
{
    w.intro(tr("These steps are for Outlook 98 and 2000 in \"Internet Mail Only\" mode, whose account "
               "dialog is the one of Outlook Express. In \"Corporate or Workgroup\" mode, use the Outlook "
               "2002/2003 steps."));
    oeDialog(w, {QStringLiteral("Tools > Accounts"), QStringLiteral("Account name:"),
                 QStringLiteral("Log on using Secure Password Authentication")});
    w.source(tr("PCUG \"Configuring Your Email Client Program\" (Outlook 2000)"));
}

void windowsMail(InstructionWriter& w)
{
    w.intro(tr("Windows Mail (Windows Vista): open the accounts with Tools > Accounts. Windows Live Mail: on "
               "the Accounts tab, click Properties (or right-click the account and choose Properties)."));
    oeDialog(w, {QStringLiteral("Tools > Accounts"), QStringLiteral("E-mail username:"),
                 QStringLiteral("Log on using secure password authentication")});
    // UNCONFIRMED: the user-name label of Windows Mail / Windows Live Mail is written from
    // memory of the Outlook Express dialog they inherit; the settings behind the boxes are
    // the .oeaccount fields of MicrosoftDocs/win32 desktop-src/oe/oe-account-entry.md.
    w.source(tr("Dialog inherited from Outlook Express; settings as MicrosoftDocs/win32 oe-account-entry.md "
                "(labels not checked against the program)"));
}

// Outlook 2002/2003 as the FNAL page walks through it: Tools > E-mail Accounts, "View or
// change existing e-mail accounts", Change, More Settings, Outgoing Server and Advanced tabs.
void outlook2003(InstructionWriter& w)
{
    const ServerSettings& out = w.out();
    const QString wizard = QStringLiteral("E-mail Accounts");
    const QString more = QStringLiteral("More Settings > Outgoing Server");
    const QString advanced = QStringLiteral("More Settings > Advanced");
    w.section(tr("Open the account"));
    w.open(QStringLiteral("Tools > E-mail Accounts"));
    w.choose(wizard, QStringLiteral("E-mail"), QStringLiteral("View or change existing e-mail accounts"));
    w.click(wizard, QStringLiteral("Next"));
    w.click(wizard, QStringLiteral("Change..."), tr("Select your account for %1 first.").arg(w.email()));
    if (w.in()) {
        const ServerSettings& in = *w.in();
        w.section(tr("Incoming mail (%1)").arg(in.protocolName()));
        w.type(wizard, QStringLiteral("Incoming mail server (%1):").arg(in.protocolName()), in.hostname);
        w.type(wizard, QStringLiteral("User Name:"), in.username);
        w.untick(wizard, QStringLiteral("Log on using Secure Password Authentication (SPA)"),
                 w.noCramMd5Note(in));
    }
    w.section(tr("Outgoing mail (SMTP)"));
    w.type(wizard, QStringLiteral("Outgoing mail server (SMTP):"), out.hostname);
    w.click(wizard, QStringLiteral("More Settings ..."));
    w.tick(more, QStringLiteral("My outgoing server (SMTP) requires authentication"));
    w.choose(more, QStringLiteral("My outgoing server (SMTP) requires authentication"),
             QStringLiteral("Use same settings as my incoming mail server"),
             tr("Or \"Log on using\" with the user name %1, if your incoming mail is elsewhere.")
                 .arg(out.username));
    w.section(tr("Ports and encryption"));
    if (w.in()) {
        const ServerSettings& in = *w.in();
        w.type(advanced, QStringLiteral("Incoming server (%1):").arg(in.protocolName()),
               QString::number(in.port));
        w.tick(advanced, QStringLiteral("This server requires an encrypted connection (SSL)"),
               tr("The box under \"Incoming server (%1)\".").arg(in.protocolName()));
    }
    w.type(advanced, QStringLiteral("Outgoing server (SMTP):"), QString::number(out.port), w.port25Note());
    w.tick(advanced, QStringLiteral("This server requires an encrypted connection (SSL)"),
           tr("The box under \"Outgoing server (SMTP)\"."));
    w.click(QStringLiteral("More Settings"), QStringLiteral("OK"));
    w.click(wizard, QStringLiteral("Next"));
    w.click(wizard, QStringLiteral("Finish"));
    if (!w.in())
        w.say(w.incomingUnchanged());
    windowsCertificate(w);
    w.source(tr("FNAL \"TLS Configuration\" (Microsoft Outlook 2003)"));
}

// Outlook 2007-2016 and Microsoft 365 "classic". UNCONFIRMED: labels written after
// Microsoft's support article "Change or update email account settings in Outlook for
// Windows" (support.microsoft.com) and the 2003 dialog above, which these versions keep;
// not checked against the programs. "Use the following type of encrypted connection"
// offers None/SSL/TLS/Auto up to 2013 and None/SSL/TLS/STARTTLS/Auto later.
void outlookClassic(InstructionWriter& w)
{
    const ServerSettings& out = w.out();
    const QString dialog = QStringLiteral("Account Settings > Change");
    const QString more = QStringLiteral("More Settings > Outgoing Server");
    const QString advanced = QStringLiteral("More Settings > Advanced");
    w.section(tr("Open the account"));
    w.open(QStringLiteral("File > Info > Account Settings > Account Settings..."),
           tr("Outlook 2007: Tools > Account Settings."));
    w.click(QStringLiteral("Account Settings > E-mail"), QStringLiteral("Change..."),
            tr("Select your account for %1 first.").arg(w.email()));
    w.say(tr("If Outlook shows a short form with \"Incoming mail\" and \"Outgoing mail\" instead (newer "
             "Microsoft 365 builds), the same values go into its Server, Port and \"Encryption method\" "
             "boxes."));
    if (w.in()) {
        const ServerSettings& in = *w.in();
        w.section(tr("Incoming mail (%1)").arg(in.protocolName()));
        w.type(dialog, QStringLiteral("Incoming mail server:"), in.hostname);
        w.type(dialog, QStringLiteral("User Name:"), in.username);
        w.untick(dialog, QStringLiteral("Require logon using Secure Password Authentication (SPA)"),
                 w.noCramMd5Note(in));
    }
    w.section(tr("Outgoing mail (SMTP)"));
    w.type(dialog, QStringLiteral("Outgoing mail server (SMTP):"), out.hostname);
    w.click(dialog, QStringLiteral("More Settings ..."));
    w.tick(more, QStringLiteral("My outgoing server (SMTP) requires authentication"));
    w.choose(more, QStringLiteral("My outgoing server (SMTP) requires authentication"),
             QStringLiteral("Use same settings as my incoming mail server"),
             tr("Or \"Log on using\" with the user name %1, if your incoming mail is elsewhere.")
                 .arg(out.username));
    w.section(tr("Ports and encryption"));
    if (w.in()) {
        const ServerSettings& in = *w.in();
        w.type(advanced, QStringLiteral("Incoming server (%1):").arg(in.protocolName()),
               QString::number(in.port));
        w.tick(advanced, QStringLiteral("This server requires an encrypted connection (SSL/TLS)"),
               tr("Outlook 2007 and 2010 say \"(SSL)\"."));
    }
    w.type(advanced, QStringLiteral("Outgoing server (SMTP):"), QString::number(out.port), w.port25Note());
    w.choose(advanced, QStringLiteral("Use the following type of encrypted connection:"),
             out.security == Security::Ssl ? QStringLiteral("SSL/TLS") : QStringLiteral("STARTTLS"),
             out.security == Security::Ssl ? tr("Outlook 2007 to 2013 call it \"SSL\".")
                                           : tr("Outlook 2007 to 2013 call it \"TLS\". Never \"Auto\"."));
    w.click(QStringLiteral("More Settings"), QStringLiteral("OK"));
    w.click(dialog, QStringLiteral("Next"), tr("Outlook tests the settings; then click Finish."));
    if (!w.in())
        w.say(w.incomingUnchanged());
    windowsCertificate(w);
    w.source(
        tr("Microsoft support \"Change or update email account settings in Outlook for Windows\"; dialog "
           "of Outlook 2003 (FNAL page). Labels not checked against the programs."));
}

// Eudora 6.1.1 and later, Paid or Sponsored mode: the PCUG page, word for word where
// it can be ("Tools" > "Options" > "Sending Mail", "SMTP server:", "Allow
// authentication", "Secure Sockets when Sending", "Required, Alternate Port", Last SSL
// Info, Certificate Information Manager, Add to Trusted). "Required, STARTTLS" and the
// Incoming Mail tab's "Secure Sockets when Receiving" are the same four choices in the
// Eudora 7.1 source (evilneuro/eudora-win Eudora71/Eudora/EudoraRes.rc, SSLSettings.h).
// The alternate ports are fixed at 465/995 in the UI (SSLSMTPAlternatePort,
// SSLPOPAlternatePort in the same source).
void eudora(InstructionWriter& w)
{
    const ServerSettings& out = w.out();
    const QString options = QStringLiteral("Tools > Options > Sending Mail");
    w.intro(tr("Eudora needs version 6.1.1 or later, in Paid or Sponsored mode (Light mode cannot log in to "
               "the outgoing server). These steps change your Dominant personality."));
    w.section(tr("Outgoing mail (SMTP)"));
    w.open(options, tr("Scroll down the Category list on the left to \"Sending Mail\"."));
    w.type(options, QStringLiteral("SMTP server:"), out.hostname);
    w.tick(options, QStringLiteral("Allow authentication"),
           w.plainPassword(out)
               ? tr("Eudora tries CRAM-MD5 first; %1 does not offer it, so Eudora uses LOGIN "
                    "or PLAIN by itself.")
                     .arg(w.provider())
               : QString());
    w.choose(options, QStringLiteral("SMTP Relay Personality:"), QStringLiteral("Dominant"));
    w.choose(options, QStringLiteral("Secure Sockets when Sending:"),
             out.security == Security::Ssl ? QStringLiteral("Required, Alternate Port")
                                           : QStringLiteral("Required, STARTTLS"),
             out.security == Security::Ssl
                 ? tr("The alternate port is %1.").arg(out.port)
                 : tr("Not \"If Available, STARTTLS\": an attacker could switch encryption off. %1")
                       .arg(w.port25Note()));
    w.click(options, QStringLiteral("OK"));
    if (w.in()) {
        const ServerSettings& in = *w.in();
        const QString props = QStringLiteral("Tools > Personalities > Dominant > Properties");
        w.section(tr("Incoming mail (%1)").arg(in.protocolName()));
        w.open(props, tr("Right-click \"Dominant\" and choose Properties."));
        w.type(QStringLiteral("Properties > Generic Properties"), QStringLiteral("Login Name:"), in.username);
        w.type(QStringLiteral("Properties > Incoming Mail"), QStringLiteral("Server:"), in.hostname);
        w.choose(QStringLiteral("Properties > Incoming Mail"),
                 QStringLiteral("Secure Sockets when Receiving:"),
                 in.security == Security::Ssl ? QStringLiteral("Required, Alternate Port")
                                              : QStringLiteral("Required, STARTTLS"),
                 in.security == Security::Ssl ? tr("The alternate port is %1.").arg(in.port) : QString());
        w.click(props, QStringLiteral("OK"));
    } else {
        w.section(tr("Incoming mail"));
        w.say(w.incomingUnchanged());
    }
    w.section(tr("Certificate"));
    w.say(tr("Send a test message. Eudora asks for your %1 email password. If it then says \"Certificate "
             "Error: "
             "Cert Chain not trusted\", trust the certificate as follows.")
              .arg(w.provider()));
    w.open(QStringLiteral("Tools > Personalities > Dominant > Properties"));
    w.click(QStringLiteral("Properties"), QStringLiteral("Last SSL Info"));
    w.click(QStringLiteral("Last SSL Info"), QStringLiteral("Certificate Information Manager"));
    w.choose(QStringLiteral("Certificate Information Manager"), QStringLiteral("Server Certificates"),
             w.profile().ca ? w.profile().ca->certificate.commonName() : tr("the root certificate"),
             w.profile().ca
                 ? tr("Its SHA-256 fingerprint is %1.").arg(w.profile().ca->certificate.sha256Text())
                 : QString());
    w.click(QStringLiteral("Certificate Information Manager"), QStringLiteral("Add to Trusted"),
            tr("It then appears under \"User Trusted Certificates\". Send the test message again."));
    w.say(tr("Eudora asks for your password again the first time you send after each start."));
    w.source(tr("PCUG \"Configuring Your Email Client Program\" (Eudora); Eudora 7.1 source "
                "(evilneuro/eudora-win EudoraRes.rc, SSLSettings.h) for the STARTTLS and receiving choices"));
}

} // namespace

QList<ClientSpec> windowsClientSpecs()
{
    ClientCapabilities sslOnly;
    sslOnly.incoming = {Security::Ssl};
    sslOnly.outgoing = {Security::Ssl};
    ClientCapabilities outlook;
    outlook.incoming = {Security::Ssl};
    ClientCapabilities eudoraCaps;
    eudoraCaps.outgoingSslPorts = {465};
    eudoraCaps.incomingSslPorts = {995, 993};
    const QString windows = QStringLiteral("Windows");
    const QString outlookKey = QStringLiteral("outlook");
    return {
        {QStringLiteral("outlookexpress"),
         QStringLiteral("Outlook Express 5.5 and 6"),
         windows,
         {QStringLiteral("outlookexpress"), outlookKey},
         sslOnly,
         outlookExpress},
        {QStringLiteral("outlook2000"),
         QStringLiteral("Outlook 98 and 2000 (Internet Mail Only)"),
         windows,
         {QStringLiteral("outlook2000"), outlookKey},
         sslOnly,
         outlook2000},
        {QStringLiteral("outlook2003"),
         QStringLiteral("Outlook 2002 and 2003"),
         windows,
         {QStringLiteral("outlook2003"), outlookKey},
         sslOnly,
         outlook2003},
        {QStringLiteral("outlook"),
         QStringLiteral("Outlook 2007 to 2016 and Microsoft 365 (classic)"),
         windows,
         {outlookKey},
         outlook,
         outlookClassic},
        // The id is the ClientRegistry adapter's (OeAccountAdapter); profiles may name
        // the program in ms:clientNote either way.
        {QStringLiteral("windows-mail"),
         QStringLiteral("Windows Mail and Windows Live Mail"),
         windows,
         {QStringLiteral("windows-mail"), QStringLiteral("windowsmail"), QStringLiteral("outlookexpress")},
         sslOnly,
         windowsMail},
        {QStringLiteral("eudora"),
         QStringLiteral("Eudora 6.1.1 and later (Windows)"),
         windows,
         {QStringLiteral("eudora")},
         eudoraCaps,
         eudora},
    };
}

} // namespace mailsetup
