// SPDX-License-Identifier: GPL-3.0-or-later
// Steps for Evolution, KMail, Claws Mail, Pine/Alpine and Mutt/NeoMutt, for when Mail
// Setup may not write their files (the program runs, or a helpdesk talks someone through).
#include "instructionwriter.h"
#include "unix/cclientserver.h"
#include "unix/mutturl.h"

#include <QCoreApplication>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

// GNOME/evolution src/modules/mail-config/e-mail-config-smtp-backend.c: "Port:",
// "Server requires authentication", "Encryption method:" with "No encryption",
// "STARTTLS after connecting", "TLS on a dedicated port", "Type:", "Username:"; the
// receiving page (e-mail-config-remote-accounts.c) uses the same server box labels.
QString evolutionEncryption(Security security)
{
    return security == Security::Ssl ? QStringLiteral("TLS on a dedicated port")
                                     : QStringLiteral("STARTTLS after connecting");
}

void evolution(InstructionWriter& w)
{
    const QString menu = QStringLiteral("Edit > Preferences > Mail Accounts");
    w.open(menu, tr("Select your account for %1 and click Edit.").arg(w.email()));
    if (w.in()) {
        const ServerSettings& in = *w.in();
        const QString page = QStringLiteral("Account Editor > Receiving Email");
        w.section(tr("Incoming mail (%1)").arg(in.protocolName()));
        w.type(page, QStringLiteral("Server:"), in.hostname);
        w.type(page, QStringLiteral("Port:"), QString::number(in.port));
        w.type(page, QStringLiteral("Username:"), in.username);
        w.choose(page, QStringLiteral("Encryption method:"), evolutionEncryption(in.security));
        w.choose(page, QStringLiteral("Authentication"), QStringLiteral("Password"), w.noCramMd5Note(in));
    } else {
        w.section(tr("Incoming mail"));
        w.say(w.incomingUnchanged());
    }
    const ServerSettings& out = w.out();
    const QString page = QStringLiteral("Account Editor > Sending Email");
    w.section(tr("Outgoing mail (SMTP)"));
    w.type(page, QStringLiteral("Server:"), out.hostname);
    w.type(page, QStringLiteral("Port:"), QString::number(out.port), w.port25Note());
    w.tick(page, QStringLiteral("Server requires authentication"));
    w.choose(page, QStringLiteral("Encryption method:"), evolutionEncryption(out.security));
    w.choose(page, QStringLiteral("Type:"), QStringLiteral("PLAIN"), w.noCramMd5Note(out));
    w.type(page, QStringLiteral("Username:"), out.username);
    w.click(page, QStringLiteral("OK"));
    w.source(tr("GNOME/evolution src/modules/mail-config/e-mail-config-smtp-backend.c and "
                "e-mail-config-remote-accounts.c"));
}

// KDE/kmailtransport src/kmailtransport/plugins/smtp/smtpsettings.ui ("Outgoing mail
// server:", "Server requires authentication", "Login:", Advanced: "Encryption:" None /
// SSL/TLS / STARTTLS, "Port:", "Authentication:") and KDE/kdepim-runtime
// resources/pop3/popsettings.ui ("Incoming mail server:", "Username:", Advanced:
// "Encryption:", "Port:"), as clientprofiles/unix/kmailreceiving.cpp.
void kmail(InstructionWriter& w)
{
    const QString accounts = QStringLiteral("Settings > Configure KMail... > Accounts");
    if (w.in()) {
        const ServerSettings& in = *w.in();
        const bool pop3 = in.type == QLatin1String("pop3");
        w.section(tr("Incoming mail (%1)").arg(in.protocolName()));
        w.open(accounts + QStringLiteral(" > Receiving"),
               tr("Select the account and click Modify... (or Add... and the %1 entry).")
                   .arg(in.protocolName()));
        w.type(QStringLiteral("General"),
               pop3 ? QStringLiteral("Incoming mail server:") : QStringLiteral("IMAP server:"), in.hostname);
        w.type(QStringLiteral("General"), QStringLiteral("Username:"), in.username);
        w.choose(QStringLiteral("Advanced"), QStringLiteral("Encryption:"),
                 in.security == Security::Ssl ? QStringLiteral("SSL/TLS") : QStringLiteral("STARTTLS"));
        w.type(QStringLiteral("Advanced"), QStringLiteral("Port:"), QString::number(in.port),
               tr("Choosing the encryption changes the port; type it afterwards."));
        w.choose(QStringLiteral("Advanced"), QStringLiteral("Authentication:"), QStringLiteral("Clear text"),
                 w.noCramMd5Note(in));
        w.click(QStringLiteral("Advanced"), QStringLiteral("OK"));
    } else {
        w.section(tr("Incoming mail"));
        w.say(w.incomingUnchanged());
    }
    const ServerSettings& out = w.out();
    w.section(tr("Outgoing mail (SMTP)"));
    w.open(accounts + QStringLiteral(" > Sending"),
           tr("Select the outgoing account and click Modify... (or Add... and SMTP)."));
    w.type(QStringLiteral("General"), QStringLiteral("Outgoing mail server:"), out.hostname);
    w.tick(QStringLiteral("General"), QStringLiteral("Server requires authentication"));
    w.type(QStringLiteral("General"), QStringLiteral("Login:"), out.username);
    w.choose(QStringLiteral("Advanced"), QStringLiteral("Encryption:"),
             out.security == Security::Ssl ? QStringLiteral("SSL/TLS") : QStringLiteral("STARTTLS"));
    w.type(QStringLiteral("Advanced"), QStringLiteral("Port:"), QString::number(out.port), w.port25Note());
    w.choose(QStringLiteral("Advanced"), QStringLiteral("Authentication:"), QStringLiteral("PLAIN"),
             w.noCramMd5Note(out));
    w.click(QStringLiteral("Advanced"), QStringLiteral("OK"));
    w.source(tr("KDE/kmailtransport smtpsettings.ui; KDE/kdepim-runtime resources/pop3/popsettings.ui"));
}

// Claws Mail 4.1.1 (labels read from Debian's claws-mail binary): Configuration > Edit
// accounts, pages Basic ("Server for receiving", "SMTP server (send)", "User ID"), Send
// ("SMTP Authentication (SMTP AUTH)", "Authentication method"), TLS ("Use TLS", "Use
// STARTTLS command to start encrypted session") and Advanced ("SMTP port", "POP port",
// "IMAP port").
void claws(InstructionWriter& w)
{
    const QString edit = QStringLiteral("Configuration > Edit accounts...");
    w.open(edit, tr("Select your account for %1 and click Edit.").arg(w.email()));
    const auto tlsChoice = [](Security security) {
        return security == Security::Ssl ? QStringLiteral("Use TLS")
                                         : QStringLiteral("Use STARTTLS command to start encrypted session");
    };
    if (w.in()) {
        const ServerSettings& in = *w.in();
        const QString proto =
            in.type == QLatin1String("pop3") ? QStringLiteral("POP") : QStringLiteral("IMAP");
        w.section(tr("Incoming mail (%1)").arg(in.protocolName()));
        w.type(QStringLiteral("Basic"), QStringLiteral("Server for receiving"), in.hostname);
        w.type(QStringLiteral("Basic"), QStringLiteral("User ID"), in.username);
        w.choose(QStringLiteral("TLS > ") + proto, proto, tlsChoice(in.security));
        w.tick(QStringLiteral("Advanced"), QStringLiteral("%1 port").arg(proto));
        w.type(QStringLiteral("Advanced"), QStringLiteral("%1 port").arg(proto), QString::number(in.port));
    } else {
        w.section(tr("Incoming mail"));
        w.say(w.incomingUnchanged());
    }
    const ServerSettings& out = w.out();
    w.section(tr("Outgoing mail (SMTP)"));
    w.type(QStringLiteral("Basic"), QStringLiteral("SMTP server (send)"), out.hostname);
    w.tick(QStringLiteral("Send"), QStringLiteral("SMTP Authentication (SMTP AUTH)"));
    w.choose(QStringLiteral("Send"), QStringLiteral("Authentication method"), QStringLiteral("PLAIN"),
             w.noCramMd5Note(out));
    w.type(QStringLiteral("Send"), QStringLiteral("User ID"), out.username);
    w.choose(QStringLiteral("TLS > Send (SMTP)"), QStringLiteral("Send (SMTP)"), tlsChoice(out.security));
    w.tick(QStringLiteral("Advanced"), QStringLiteral("SMTP port"));
    w.type(QStringLiteral("Advanced"), QStringLiteral("SMTP port"), QString::number(out.port),
           w.port25Note());
    w.click(QStringLiteral("Preferences for account"), QStringLiteral("OK"));
    w.source(
        tr("Claws Mail 4.1.1 (Debian), strings of the program; eworm-de/claws-mail src/prefs_account.c"));
}

// Pine and Alpine: Setup > Config, the variables smtp-server and inbox-path written as
// c-client server names (clientprofiles/unix/cclientserver.h), as the FNAL page shows
// ("smtp-server=smtp.fnal.gov:465/ssl/user=...").
void pine(InstructionWriter& w)
{
    const QString config = QStringLiteral("Main menu > S Setup > C Config");
    const ServerSettings& out = w.out();
    w.section(tr("Outgoing mail (SMTP)"));
    w.open(config, tr("Or edit the same lines in ~/.pinerc while Pine is not running."));
    w.type(config, QStringLiteral("smtp-server"), smtpServerValue(out),
           tr("/ssl: encrypted from the start; /tls: STARTTLS, and never without it."));
    if (w.in()) {
        const ServerSettings& in = *w.in();
        w.section(tr("Incoming mail (%1)").arg(in.protocolName()));
        w.type(config, QStringLiteral("inbox-path"), inboxPathValue(in));
    } else {
        w.section(tr("Incoming mail"));
        w.say(w.incomingUnchanged());
    }
    w.say(tr("Press E to leave Setup and Y to save. Pine asks for your password the first time it sends "
             "mail in each session."));
    w.source(tr("FNAL \"TLS Configuration\" (Pine); alpinemail/alpine pith/conf.c, c-client smtp.c"));
}

// Mutt and NeoMutt read ~/.muttrc; URLs as clientprofiles/unix/mutturl.h writes them.
void mutt(InstructionWriter& w)
{
    const QString file = QStringLiteral("~/.muttrc");
    const ServerSettings& out = w.out();
    w.section(tr("Outgoing mail (SMTP)"));
    w.open(file, tr("Edit the file while Mutt is not running (NeoMutt also reads ~/.neomuttrc)."));
    const auto line = [&](const QString& name, const QString& value, const QString& note = {}) {
        w.setting(file, name, QStringLiteral("set %1=\"%2\"").arg(name, value), note);
    };
    line(QStringLiteral("smtp_url"), MuttUrl::forServer(out).toString(), w.port25Note());
    line(QStringLiteral("from"), w.email());
    if (w.in()) {
        const ServerSettings& in = *w.in();
        w.section(tr("Incoming mail (%1)").arg(in.protocolName()));
        const QString url = MuttUrl::forServer(in, QStringLiteral("INBOX")).toString();
        line(QStringLiteral("spoolfile"), url);
        if (in.type == QLatin1String("imap"))
            line(QStringLiteral("folder"), MuttUrl::forServer(in).toString());
    } else {
        w.section(tr("Incoming mail"));
        w.say(w.incomingUnchanged());
    }
    w.section(tr("Encryption"));
    w.setting(file, QStringLiteral("ssl_force_tls"), QStringLiteral("set ssl_force_tls=yes"),
              tr("Never connect without encryption."));
    if (out.security == Security::StartTls || (w.in() && w.in()->security == Security::StartTls))
        w.setting(file, QStringLiteral("ssl_starttls"), QStringLiteral("set ssl_starttls=yes"));
    w.source(tr("muttmua/mutt init.h and doc/manual.xml.head (smtp_url, spoolfile, ssl_force_tls, "
                "ssl_starttls)"));
}

} // namespace

QList<ClientSpec> unixClientSpecs()
{
    const QString unixLike = QStringLiteral("Linux and Unix");
    return {
        {QStringLiteral("evolution"),
         QStringLiteral("Evolution"),
         unixLike,
         {QStringLiteral("evolution")},
         {},
         evolution},
        {QStringLiteral("kmail"), QStringLiteral("KMail"), unixLike, {QStringLiteral("kmail")}, {}, kmail},
        // Ids are the ClientRegistry adapters' (ClawsAdapter, PineAdapter); profiles'
        // ms:clientNote may use either name.
        {QStringLiteral("claws-mail"),
         QStringLiteral("Claws Mail"),
         QStringLiteral("Linux, Windows, Mac"),
         {QStringLiteral("claws-mail"), QStringLiteral("claws")},
         {},
         claws},
        {QStringLiteral("alpine"),
         QStringLiteral("Pine and Alpine"),
         unixLike,
         {QStringLiteral("alpine"), QStringLiteral("pine")},
         {},
         pine},
        {QStringLiteral("mutt"),
         QStringLiteral("Mutt and NeoMutt"),
         unixLike,
         {QStringLiteral("mutt")},
         {},
         mutt},
    };
}

} // namespace mailsetup
