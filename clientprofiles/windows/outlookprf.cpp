// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlookprf.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

// A value on one INI line: no line breaks; Windows-ANSI cannot hold everything.
QString flat(QString value)
{
    return value.replace(QLatin1Char('\r'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '))
        .trimmed();
}

QString profileName(const AccountSettings& s)
{
    QString name = s.providerName.isEmpty() ? QStringLiteral("Mail") : s.providerName;
    name.remove(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|\[\]=;])")));
    return name.simplified().isEmpty() ? QStringLiteral("Mail") : name.simplified();
}

} // namespace

QByteArray outlookPrf(const AccountSettings& settings, QString* error)
{
    if (!settings.incoming) {
        // An Internet account in a PRF needs its incoming server (I_Mail / IMAP_I_Mail).
        if (error)
            *error =
                tr("%1 sets up outgoing mail only; an Outlook profile file needs an incoming server too. "
                   "Change the outgoing server of the existing account in Outlook instead.")
                    .arg(settings.providerName);
        return {};
    }
    const ServerSettings& in = *settings.incoming;
    if (in.security != Security::Ssl) {
        // POP3UseSSL/IMAPUseSSL (PROP_INET_SSL) is implicit TLS or nothing: 0 would be plaintext.
        if (error)
            *error =
                tr("an Outlook profile file cannot require STARTTLS for incoming mail; choose the SSL/TLS "
                   "port (995 for POP3, 993 for IMAP) instead");
        return {};
    }
    const ServerSettings& out = settings.outgoing;
    const bool imap = in.type == QLatin1String("imap");
    const QString kind = imap ? QStringLiteral("IMAP") : QStringLiteral("POP3");
    const QString name = profileName(settings);

    QStringList l;
    // The header: the file explains itself to whoever opens it.
    l << QStringLiteral("; Outlook profile file (PRF) made by Mail Setup for %1.").arg(flat(settings.email))
      << QStringLiteral(";")
      << QStringLiteral("; To use it: quit Outlook, then run (Start > Run, or Windows key + R):")
      << QStringLiteral(";     outlook.exe /importprf \"C:\\path\\to\\this file.prf\"")
      << QStringLiteral("; Outlook starts and adds the account \"%1\" to your default mail profile (or makes")
             .arg(name)
      << QStringLiteral("; a profile called \"%1\" if you have none). Other accounts are left alone.")
             .arg(name)
      << QStringLiteral("; Outlook asks for your password the first time it connects; this file has none.")
      << QStringLiteral("; For Outlook 2003, 2007, 2010, 2013, 2016 and Microsoft 365 (classic Outlook).")
      << QStringLiteral(";")
      << QStringLiteral("; Incoming: %1 %2 port %3, %4")
             .arg(kind, flat(in.hostname))
             .arg(in.port)
             .arg(securityName(in.security))
      << QStringLiteral("; Outgoing: SMTP %1 port %2, %3")
             .arg(flat(out.hostname))
             .arg(out.port)
             .arg(securityName(out.security))
      << QString();

    // Section 1-5 keys: Office Resource Kit "Customizing a PRF File" and the
    // outlook-tips.net PRF listing (research 2.5).
    l << QStringLiteral("[General]") << QStringLiteral("Custom=1")
      << QStringLiteral("ProfileName=%1").arg(name) << QStringLiteral("DefaultProfile=Yes")
      << QStringLiteral("OverwriteProfile=Append") << QStringLiteral("ModifyDefaultProfileIfPresent=TRUE")
      << QStringLiteral("BackupProfile=No") << QString();
    if (!imap) {
        // POP3 mail needs a store to arrive in; UniqueService=Yes adds none where one exists.
        l << QStringLiteral("[Service List]") << QStringLiteral("Service1=Unicode Personal Folders")
          << QString() << QStringLiteral("[Service1]") << QStringLiteral("UniqueService=Yes")
          << QStringLiteral("Name=Personal Folders")
          << QStringLiteral(
                 "PathAndFilenameToPersonalFolders=%USERPROFILE%\\Documents\\Outlook Files\\%1.pst")
                 .arg(name)
          << QString();
    }
    l << QStringLiteral("[Internet Account List]")
      << QStringLiteral("Account1=%1").arg(imap ? QStringLiteral("IMAP_I_Mail") : QStringLiteral("I_Mail"))
      << QString();

    const bool login = out.auth != AuthMethod::None;
    // SMTPAuthMethod (PROP_SMTP_AUTH_METHOD): 0 same as incoming, 1 SMTPUserName + password.
    const bool sameLogin = out.username == in.username;
    // SMTPSecureConnection (PROP_SMTP_SECURE_CONNECTION): 1 SSL (implicit), 2 TLS (STARTTLS).
    const int smtpSecure = out.security == Security::Ssl ? 1 : 2;
    l << QStringLiteral("[Account1]") << QStringLiteral("UniqueService=No")
      << QStringLiteral("AccountName=%1").arg(name)
      << QStringLiteral("DisplayName=%1").arg(flat(settings.realName))
      << QStringLiteral("EmailAddress=%1").arg(flat(settings.email))
      << QStringLiteral("%1Server=%2").arg(kind, flat(in.hostname))
      << QStringLiteral("%1UserName=%2").arg(kind, flat(in.username))
      << QStringLiteral("%1UseSPA=0").arg(kind) << QStringLiteral("%1Port=%2").arg(kind).arg(in.port)
      << QStringLiteral("%1UseSSL=1").arg(kind) << QStringLiteral("SMTPServer=%1").arg(flat(out.hostname))
      << QStringLiteral("SMTPPort=%1").arg(out.port) << QStringLiteral("SMTPUseAuth=%1").arg(login ? 1 : 0);
    if (login) {
        l << QStringLiteral("SMTPAuthMethod=%1").arg(sameLogin ? 0 : 1);
        if (!sameLogin)
            l << QStringLiteral("SMTPUserName=%1").arg(flat(out.username));
    }
    l << QStringLiteral("SMTPUseSPA=0") << QStringLiteral("SMTPSecureConnection=%1").arg(smtpSecure)
      << QStringLiteral("SMTPUseSSL=1") << QStringLiteral("ConnectionType=0") << QString();

    // Sections 6 and 7: property mappings as Office's own PRF templates carry them
    // ("DO NOT MODIFY"); a key without a mapping would be ignored.
    l << QStringLiteral("[Unicode Personal Folders]") << QStringLiteral("ServiceName=MSUPST MS")
      << QStringLiteral("Name=PT_UNICODE,0x3001")
      << QStringLiteral("PathAndFilenameToPersonalFolders=PT_STRING8,0x6700")
      << QStringLiteral("RememberPassword=PT_BOOLEAN,0x6701")
      << QStringLiteral("EncryptionType=PT_LONG,0x6702") << QStringLiteral("Password=PT_STRING8,0x6703")
      << QString();
    const QString section = imap ? QStringLiteral("IMAP_I_Mail") : QStringLiteral("I_Mail");
    l << QStringLiteral("[%1]").arg(section)
      << QStringLiteral("AccountType=%1").arg(imap ? QStringLiteral("IMAP") : QStringLiteral("POP3"))
      << QStringLiteral("AccountName=PT_UNICODE,0x0002") << QStringLiteral("DisplayName=PT_UNICODE,0x000B")
      << QStringLiteral("EmailAddress=PT_UNICODE,0x000C")
      << QStringLiteral("%1Server=PT_UNICODE,0x0100").arg(kind)
      << QStringLiteral("%1UserName=PT_UNICODE,0x0101").arg(kind)
      << QStringLiteral("%1UseSPA=PT_LONG,0x0108").arg(kind)
      << QStringLiteral("Organization=PT_UNICODE,0x0107")
      << QStringLiteral("ReplyEmailAddress=PT_UNICODE,0x0103")
      << QStringLiteral("%1Port=PT_LONG,0x0104").arg(kind)
      << QStringLiteral("%1UseSSL=PT_LONG,0x0105").arg(kind) << QStringLiteral("SMTPServer=PT_UNICODE,0x0200")
      << QStringLiteral("SMTPUseAuth=PT_LONG,0x0203") << QStringLiteral("SMTPAuthMethod=PT_LONG,0x0208")
      << QStringLiteral("SMTPUserName=PT_UNICODE,0x0204") << QStringLiteral("SMTPUseSPA=PT_LONG,0x0207")
      << QStringLiteral("ConnectionType=PT_LONG,0x000F") << QStringLiteral("ConnectionOID=PT_UNICODE,0x0010")
      << QStringLiteral("SMTPPort=PT_LONG,0x0201") << QStringLiteral("SMTPSecureConnection=PT_LONG,0x020A")
      << QStringLiteral("SMTPUseSSL=PT_LONG,0x0202") << QStringLiteral("ServerTimeOut=PT_LONG,0x0209");
    if (imap)
        l << QStringLiteral("CheckNewImap=PT_LONG,0x1100") << QStringLiteral("RootFolder=PT_UNICODE,0x1101");
    else
        l << QStringLiteral("LeaveOnServer=PT_LONG,0x1000");
    l << QString();

    const QString text = l.join(QStringLiteral("\r\n"));
    for (const QChar c : text) {
        if (c.unicode() > 0x7F) {
            // ANSI means the reader's code page: only ASCII reads the same everywhere.
            if (error)
                *error = tr("the name or address has characters an Outlook profile file cannot carry; "
                            "use plain letters for the name");
            return {};
        }
    }
    return text.toLatin1();
}

QString OutlookPrfExporter::howToUse() const
{
    return tr("Quit Outlook, then run: outlook.exe /importprf \"<this file>\". Outlook adds the account to "
              "your default profile and asks for the password when it first connects.");
}

QString OutlookPrfExporter::suggestedFileName(const AccountSettings& settings) const
{
    return profileName(settings).replace(QLatin1Char(' '), QLatin1Char('-')) + QStringLiteral(".prf");
}

QByteArray OutlookPrfExporter::generate(const AccountSettings& settings,
                                        const ProviderProfile& profile,
                                        QString* error) const
{
    Q_UNUSED(profile)
    return outlookPrf(settings, error);
}

} // namespace mailsetup
