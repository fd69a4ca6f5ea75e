// SPDX-License-Identifier: GPL-3.0-or-later
// Steps for the Mozilla family: Thunderbird, SeaMonkey 2.x, Netscape 7 / Mozilla 1.x,
// Netscape Communicator 4.
#include "instructionwriter.h"

#include <QCoreApplication>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

// Thunderbird 153 labels (checked in the Debian package's omni.ja): chrome/en-US/locale/
// en-US/messenger/am-server-top.dtd and smtpEditOverlay.dtd ("Server Name:", "Port:",
// "User Name:", "Connection security:" with None / STARTTLS / SSL/TLS, "Authentication
// method:"), messenger.properties authPasswordCleartextViaSSL = "Normal password",
// localization/en-US/messenger/accountManager.ftl outgoing-server-section-name =
// "Outgoing Server", messenger.dtd accountManagerCmd2 = "Account Settings" (Edit menu on
// Linux, Tools menu elsewhere). SeaMonkey 2.x shares these mailnews labels.
QString mozillaSecurity(Security security)
{
    return security == Security::Ssl ? QStringLiteral("SSL/TLS") : QStringLiteral("STARTTLS");
}

QString mozillaAuth(AuthMethod method)
{
    switch (method) {
    case AuthMethod::PasswordEncrypted:
        return QStringLiteral("Encrypted password");
    case AuthMethod::Gssapi:
        return QStringLiteral("Kerberos / GSSAPI");
    case AuthMethod::Ntlm:
        return QStringLiteral("NTLM");
    case AuthMethod::ClientCertificate:
        return QStringLiteral("TLS Certificate");
    case AuthMethod::None:
        return QStringLiteral("No authentication");
    default:
        break;
    }
    return QStringLiteral("Normal password");
}

void modernIncoming(InstructionWriter& w, const QString& menu)
{
    if (!w.in()) {
        w.section(tr("Incoming mail"));
        w.say(w.incomingUnchanged());
        return;
    }
    const ServerSettings& in = *w.in();
    w.section(tr("Incoming mail (%1)").arg(in.protocolName()));
    w.open(menu);
    const QString page = QStringLiteral("Server Settings");
    w.open(page, tr("Under your account %1 in the list on the left.").arg(w.email()));
    w.type(page, QStringLiteral("Server Name:"), in.hostname);
    w.type(page, QStringLiteral("Port:"), QString::number(in.port));
    w.type(page, QStringLiteral("User Name:"), in.username);
    w.choose(page, QStringLiteral("Connection security:"), mozillaSecurity(in.security));
    w.choose(page, QStringLiteral("Authentication method:"), mozillaAuth(in.auth), w.noCramMd5Note(in));
}

void modernOutgoing(InstructionWriter& w, const QString& listEntry, const QString& listNote)
{
    const ServerSettings& out = w.out();
    w.section(tr("Outgoing mail (SMTP)"));
    w.open(listEntry, listNote);
    w.click(listEntry, QStringLiteral("Edit…"),
            tr("Select the server your account uses first; if there is none, click Add… instead."));
    const QString dialog = QStringLiteral("SMTP Server");
    w.type(dialog, QStringLiteral("Server Name:"), out.hostname);
    w.type(dialog, QStringLiteral("Port:"), QString::number(out.port), w.port25Note());
    w.choose(dialog, QStringLiteral("Connection security:"), mozillaSecurity(out.security));
    w.choose(dialog, QStringLiteral("Authentication method:"), mozillaAuth(out.auth), w.noCramMd5Note(out));
    if (out.auth != AuthMethod::None)
        w.type(dialog, QStringLiteral("User Name:"), out.username);
    w.click(dialog, QStringLiteral("OK"));
}

void thunderbird(InstructionWriter& w)
{
    w.intro(tr("Thunderbird asks for your password the first time it fetches or sends mail; tick "
               "\"Use Password Manager to remember this password\" if you want it kept."));
    const QString menu = tr("Edit > Account Settings (Linux), Tools > Account Settings (Windows), or the "
                            "≡ menu > Account Settings");
    modernIncoming(w, menu);
    modernOutgoing(w, QStringLiteral("Outgoing Server"),
                   tr("The last entry in the list on the left; called \"Outgoing Server (SMTP)\" in older "
                      "versions."));
    w.source(tr("Thunderbird 153 (Debian): am-server-top.dtd, smtpEditOverlay.dtd, accountManager.ftl, "
                "messenger.dtd, messenger.properties"));
}

void seamonkey(InstructionWriter& w)
{
    modernIncoming(w, QStringLiteral("Edit > Mail & Newsgroups Account Settings"));
    modernOutgoing(w, QStringLiteral("Outgoing Server (SMTP)"),
                   tr("The last entry in the list on the left."));
    w.source(tr("SeaMonkey 2.x shares Thunderbird's mailnews labels (releases-comm-central mailnews/); menu "
                "name as in the FNAL page for Mozilla"));
}

// Netscape 7 and Mozilla 1.3: the FNAL page names the menu, "Outgoing Server (SMTP)",
// "Use name and password" and "Use Secure Connection"; the choices No / TLS, if
// available / TLS / SSL are the four try_ssl values (0-3) of nsSmtpServer.cpp in the
// 2008 CVS import of releases-comm-central. Incoming mail has only the SSL check box.
void mozilla13(InstructionWriter& w)
{
    const QString menu = QStringLiteral("Edit > Mail & Newsgroups Account Settings");
    if (w.in()) {
        const ServerSettings& in = *w.in();
        w.section(tr("Incoming mail (%1)").arg(in.protocolName()));
        w.open(menu);
        const QString page = QStringLiteral("Server Settings");
        w.open(page, tr("Under your account %1 in the list on the left.").arg(w.email()));
        w.type(page, QStringLiteral("Server Name:"), in.hostname);
        w.tick(page, QStringLiteral("Use secure connection (SSL)"));
        w.type(page, QStringLiteral("Port:"), QString::number(in.port),
               tr("Type the port after ticking the box: ticking it puts the default port back."));
        w.type(page, QStringLiteral("User Name:"), in.username);
    } else {
        w.section(tr("Incoming mail"));
        w.say(w.incomingUnchanged());
    }
    const ServerSettings& out = w.out();
    w.section(tr("Outgoing mail (SMTP)"));
    w.open(menu);
    const QString page = QStringLiteral("Outgoing Server (SMTP)");
    w.open(page, tr("The last entry in the list on the left."));
    w.type(page, QStringLiteral("Server Name:"), out.hostname);
    w.type(page, QStringLiteral("Port:"), QString::number(out.port), w.port25Note());
    w.tick(page, QStringLiteral("Use name and password"), w.noCramMd5Note(out));
    w.type(page, QStringLiteral("User Name:"), out.username);
    w.choose(page, QStringLiteral("Use secure connection:"),
             out.security == Security::Ssl ? QStringLiteral("SSL") : QStringLiteral("TLS"),
             tr("Not \"TLS, if available\": with that choice an attacker on the network can switch "
                "encryption off and read your password."));
    w.click(page, QStringLiteral("OK"));
    w.source(tr("FNAL \"TLS Configuration\" page (Netscape v7.x/Mozilla v1.3); SMTP try_ssl values in "
                "releases-comm-central mailnews/compose/src/nsSmtpServer.cpp (2008 import)"));
}

// Netscape Communicator 4.x: labels of Edit > Preferences > Mail & Newsgroups > Mail
// Servers as the FNAL page describes them ("use TLS when available", user name); the
// radio buttons Never / If Possible / Always are mail.smtp.ssl 0-2 (netscape4adapter).
void netscape4(InstructionWriter& w)
{
    const QString page = QStringLiteral("Edit > Preferences > Mail & Newsgroups > Mail Servers");
    w.section(tr("Incoming mail"));
    w.say(w.incomingUnchanged());
    const ServerSettings& out = w.out();
    w.section(tr("Outgoing mail (SMTP)"));
    w.open(page);
    w.type(page, QStringLiteral("Outgoing mail (SMTP) server:"), out.hostname,
           tr("Netscape 4 always sends to port %1; it has no port setting.").arg(out.port));
    w.type(page, QStringLiteral("Outgoing mail server user name:"), out.username, w.noCramMd5Note(out));
    w.choose(page, QStringLiteral("Use Secure Socket Layer (SSL) or TLS for outgoing messages:"),
             QStringLiteral("Always"),
             tr("Not \"If Possible\": with that choice an attacker on the network can switch encryption "
                "off."));
    w.click(page, QStringLiteral("OK"));
    w.say(tr("Netscape asks for your password the first time you send mail in each session."));
    w.source(tr("FNAL \"TLS Configuration\" page (Netscape v4.x); mail.smtp.ssl values as "
                "clientprofiles/mozilla/netscape4adapter.cpp writes them"));
}

} // namespace

QList<ClientSpec> mozillaClientSpecs()
{
    ClientCapabilities ns4;
    ns4.incoming = {};
    ns4.outgoing = {Security::StartTls};
    ns4.outgoingPorts = {25};
    ClientCapabilities moz13;
    moz13.incoming = {Security::Ssl};
    return {
        {QStringLiteral("thunderbird"),
         QStringLiteral("Thunderbird (and Betterbird)"),
         QStringLiteral("Windows, Mac, Linux"),
         {QStringLiteral("thunderbird")},
         {},
         thunderbird},
        {QStringLiteral("seamonkey"),
         QStringLiteral("SeaMonkey 2.x"),
         QStringLiteral("Windows, Mac, Linux"),
         {QStringLiteral("seamonkey")},
         {},
         seamonkey},
        {QStringLiteral("mozilla13"),
         QStringLiteral("Netscape 7 and Mozilla 1.3"),
         QStringLiteral("Windows, Mac, Linux"),
         {QStringLiteral("mozilla13"), QStringLiteral("seamonkey")},
         moz13,
         mozilla13},
        {QStringLiteral("netscape4"),
         QStringLiteral("Netscape Communicator 4.x"),
         QStringLiteral("Windows, Mac, Linux"),
         {QStringLiteral("netscape4")},
         ns4,
         netscape4},
    };
}

} // namespace mailsetup
