// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingssheet.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

QString roleOf(const QString& type)
{
    if (type == QLatin1String("smtp"))
        return tr("Outgoing mail (SMTP)");
    return tr("Incoming mail (%1)").arg(type.toUpper());
}

SettingsSheet::Server rowFor(const ServerSettings& server)
{
    SettingsSheet::Server row;
    row.role = roleOf(server.type);
    row.hostname = server.hostname;
    row.port = server.port;
    row.security = securityExplained(server.security);
    row.login = server.auth == AuthMethod::None ? tr("no login") : server.username;
    if (server.auth == AuthMethod::PasswordCleartext)
        row.password = tr("normal password (not CRAM-MD5)");
    else
        row.password = authMethodName(server.auth);
    return row;
}

// When someone would pick this entry instead of the recommended one.
QString whenToUse(const ServerEntry& entry, const ServerSettings& recommended)
{
    if (entry.type == QLatin1String("smtp")) {
        if (entry.port == 25)
            return tr("only if the other ports are blocked where you are; many Internet providers block or "
                      "intercept port 25");
        if (entry.security == Security::StartTls)
            return recommended.security == Security::Ssl
                       ? tr("if port %1 is blocked where you are, or your program has no SSL/TLS setting")
                             .arg(recommended.port)
                       : tr("another submission port");
        return tr("for programs that cannot use STARTTLS");
    }
    if (entry.type != recommended.type)
        return tr("if you prefer %1 to %2").arg(entry.type.toUpper(), recommended.type.toUpper());
    if (entry.security == Security::StartTls)
        return tr("for programs that offer only STARTTLS (\"use STARTTLS\" or \"TLS\")");
    return tr("for programs that cannot use STARTTLS");
}

void addAlternatives(SettingsSheet& sheet,
                     const QList<ServerEntry>& entries,
                     const ServerSettings& recommended,
                     const AccountSettings& settings)
{
    for (const ServerEntry& entry : entries) {
        if (entry.security != Security::Ssl && entry.security != Security::StartTls)
            continue; // a sheet never suggests sending a password in the clear
        const QString host = replacePlaceholders(entry.hostname, settings.email, settings.realName).toLower();
        if (host == recommended.hostname && entry.port == recommended.port && entry.type == recommended.type)
            continue;
        ServerSettings server = recommended;
        server.type = entry.type;
        server.hostname = host;
        server.port = entry.port;
        server.security = entry.security;
        SettingsSheet::Server row = rowFor(server);
        row.when = whenToUse(entry, recommended);
        sheet.alternatives << row;
    }
}

QString passwordSentence()
{
    return tr("Your password is not on this sheet. Mail Setup never stores it; your mail program asks for it "
              "and sends it only inside the encrypted connection, as a normal password (LOGIN or PLAIN).");
}

} // namespace

QString SettingsSheet::title() const
{
    return tr("Mail settings for %1 (%2)").arg(email, providerName);
}

SettingsSheet buildSettingsSheet(const ProviderProfile& profile, const AccountSettings& settings)
{
    SettingsSheet sheet;
    sheet.providerName = settings.providerName.isEmpty() ? profile.name() : settings.providerName;
    sheet.email = settings.email;
    sheet.realName = settings.realName;
    if (settings.incoming)
        sheet.recommended << rowFor(*settings.incoming);
    sheet.recommended << rowFor(settings.outgoing);
    if (settings.incoming)
        addAlternatives(sheet, profile.incoming, *settings.incoming, settings);
    addAlternatives(sheet, profile.outgoing, settings.outgoing, settings);
    if (profile.ca) {
        sheet.caName = profile.ca->name;
        sheet.caFile = profile.ca->file;
        sheet.caSha256 = profile.ca->certificate.sha256Text();
        sheet.caSha1 = formatFingerprint(
            QCryptographicHash::hash(profile.ca->certificate.der, QCryptographicHash::Sha1));
        sheet.caValidUntil = profile.ca->certificate.notAfter.date().toString(Qt::ISODate);
    }
    const QString all = profile.noteFor(QStringLiteral("all"));
    if (!all.isEmpty())
        sheet.notes << all;
    const Helpdesk& h = profile.helpdesk;
    QStringList contact;
    for (const QString& part : {h.name, h.phone, h.email, h.url})
        if (!part.isEmpty())
            contact << part;
    if (!h.newsgroup.isEmpty())
        contact << tr("newsgroup %1").arg(h.newsgroup);
    sheet.helpdesk = contact.join(QStringLiteral(", "));
    sheet.documentationUrl = profile.documentationUrl;
    return sheet;
}

QString settingsSheetToText(const SettingsSheet& sheet)
{
    QStringList lines;
    lines << sheet.title() << QString();
    lines << tr("Email address:  %1").arg(sheet.email);
    if (!sheet.realName.isEmpty())
        lines << tr("Your name:      %1").arg(sheet.realName);
    lines << QString() << tr("Recommended settings") << QString();
    const auto server = [&](const SettingsSheet::Server& row, bool alternative) {
        lines << row.role;
        lines << QStringLiteral("  ") + tr("Server:     %1").arg(row.hostname);
        lines << QStringLiteral("  ") + tr("Port:       %1").arg(row.port);
        lines << QStringLiteral("  ") + tr("Security:   %1").arg(row.security);
        lines << QStringLiteral("  ") + tr("User name:  %1").arg(row.login);
        if (!alternative)
            lines << QStringLiteral("  ") + tr("Log-in:     %1").arg(row.password);
        else
            lines << QStringLiteral("  ") + tr("Use it:     %1").arg(row.when);
        lines << QString();
    };
    for (const SettingsSheet::Server& row : sheet.recommended)
        server(row, false);
    if (!sheet.alternatives.isEmpty()) {
        lines << tr("Alternatives (same user name and password)") << QString();
        for (const SettingsSheet::Server& row : sheet.alternatives)
            server(row, true);
    }
    lines << passwordSentence() << QString();
    if (!sheet.caName.isEmpty()) {
        lines << tr("Certificate to trust: %1 (file %2, valid until %3)")
                     .arg(sheet.caName, sheet.caFile, sheet.caValidUntil);
        lines << QStringLiteral("  ") + tr("SHA-256 fingerprint: %1").arg(sheet.caSha256);
        lines << QStringLiteral("  ") + tr("SHA-1 (Windows \"Thumbprint\"): %1").arg(sheet.caSha1);
        lines << QStringLiteral("  ") +
                     tr("If a program shows other numbers for this certificate, do not accept it.")
              << QString();
    }
    for (const QString& note : sheet.notes)
        lines << tr("Note from %1: %2").arg(sheet.providerName, note) << QString();
    if (!sheet.helpdesk.isEmpty())
        lines << tr("Help: %1").arg(sheet.helpdesk);
    if (!sheet.documentationUrl.isEmpty())
        lines << tr("More: %1").arg(sheet.documentationUrl);
    return lines.join(QLatin1Char('\n')).trimmed() + QLatin1Char('\n');
}

QString settingsSheetToHtml(const SettingsSheet& sheet)
{
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString html;
    html += QStringLiteral(
                "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>\n")
                .arg(esc(sheet.title()));
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(sheet.title()));
    html += QStringLiteral("<p>%1: <b>%2</b>").arg(esc(tr("Email address")), esc(sheet.email));
    if (!sheet.realName.isEmpty())
        html += QStringLiteral("<br>%1: %2").arg(esc(tr("Your name")), esc(sheet.realName));
    html += QStringLiteral("</p>\n");

    const auto table = [&](const QList<SettingsSheet::Server>& rows, bool alternative) {
        html +=
            QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n<tr>");
        QStringList heads{tr("What"), tr("Server"), tr("Port"), tr("Security"), tr("User name")};
        heads << (alternative ? tr("Use it") : tr("Log-in"));
        for (const QString& head : heads)
            html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(head));
        html += QStringLiteral("</tr>\n");
        for (const SettingsSheet::Server& row : rows) {
            // Host and user names must never break across lines.
            html += QStringLiteral("<tr><td>%1</td><td style=\"white-space: "
                                   "nowrap\"><b>%2</b></td><td><b>%3</b></td><td>%4</td>"
                                   "<td style=\"white-space: nowrap\"><b>%5</b></td><td>%6</td></tr>\n")
                        .arg(esc(row.role), esc(row.hostname), QString::number(row.port), esc(row.security),
                             esc(row.login), esc(alternative ? row.when : row.password));
        }
        html += QStringLiteral("</table>\n");
    };
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Recommended settings")));
    table(sheet.recommended, false);
    if (!sheet.alternatives.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Alternatives (same user name and password)")));
        table(sheet.alternatives, true);
    }
    html += QStringLiteral("<p>%1</p>\n").arg(esc(passwordSentence()));
    if (!sheet.caName.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Certificate to trust")));
        html += QStringLiteral("<p>%1<br>%2: <code>%3</code><br>%4: <code>%5</code><br>%6</p>\n")
                    .arg(esc(tr("%1 (file %2, valid until %3)")
                                 .arg(sheet.caName, sheet.caFile, sheet.caValidUntil)),
                         esc(tr("SHA-256 fingerprint")), esc(sheet.caSha256),
                         esc(tr("SHA-1 (Windows \"Thumbprint\")")), esc(sheet.caSha1),
                         esc(tr("If a program shows other numbers for this certificate, do not accept it.")));
    }
    for (const QString& note : sheet.notes)
        html += QStringLiteral("<p><b>%1</b> %2</p>\n")
                    .arg(esc(tr("Note from %1:").arg(sheet.providerName)), esc(note));
    if (!sheet.helpdesk.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>\n").arg(esc(tr("Help:")), esc(sheet.helpdesk));
    if (!sheet.documentationUrl.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>\n").arg(esc(tr("More:")), esc(sheet.documentationUrl));
    html += QStringLiteral("</body></html>\n");
    return html;
}

} // namespace mailsetup
