// SPDX-License-Identifier: GPL-3.0-or-later
#include "kmailreceiving.h"

#include <QCoreApplication>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

// The labels of KDE/kdepim-runtime resources/pop3/popsettings.ui (Encryption: None,
// SSL/TLS, STARTTLS) and Transport::authenticationTypeString for the Authentication list.
QString encryptionLabel(Security security)
{
    return security == Security::Ssl ? QStringLiteral("SSL/TLS") : QStringLiteral("STARTTLS");
}

QString authenticationLabel(AuthMethod method)
{
    switch (method) {
    case AuthMethod::PasswordEncrypted:
        return QStringLiteral("CRAM-MD5");
    case AuthMethod::Gssapi:
        return QStringLiteral("GSSAPI");
    case AuthMethod::Ntlm:
        return QStringLiteral("NTLM");
    case AuthMethod::OAuth2:
        return QStringLiteral("XOAUTH2");
    default:
        break;
    }
    return tr("Clear text"); // USER/PASS or LOGIN, inside the encrypted connection
}

bool sameServer(const KMailReceivingAccount& account, const ServerSettings& in)
{
    return account.type == in.type && account.host.compare(in.hostname, Qt::CaseInsensitive) == 0 &&
           account.port == in.port && account.security == in.security && account.login == in.username;
}

} // namespace

ReceivingAdvice
receivingAdvice(const KMailSettings& kmail, const KMailIdentity* identity, const AccountSettings& settings)
{
    ReceivingAdvice advice;
    if (!settings.incoming) {
        advice.notes << tr("%1 sets up outgoing mail only; KMail's receiving accounts stay as they are.")
                            .arg(settings.providerName);
        return advice;
    }
    const ServerSettings& in = *settings.incoming;
    const KMailReceivingAccount* existing = identity ? kmail.receivingFor(*identity) : nullptr;
    if (!existing) {
        for (const KMailReceivingAccount& account : kmail.receiving) {
            if (account.host.compare(in.hostname, Qt::CaseInsensitive) == 0)
                existing = &account;
        }
    }
    const QString accountName =
        existing ? (existing->name.isEmpty() ? existing->id : existing->name) : QString();
    if (existing && sameServer(*existing, in)) {
        advice.summary << tr("Incoming mail (%1): KMail's receiving account \"%2\" already uses %3")
                              .arg(in.protocolName(), accountName, in.describe());
        return advice;
    }
    if (existing && existing->type != in.type) {
        advice.notes
            << tr("KMail receives mail for this address by %1 (account \"%2\"), but %3 sets up %4. "
                  "That account was left as it is; to switch, add a %4 account in KMail with: server "
                  "%5, port %6, encryption %7.")
                   .arg(existing->type.toUpper(), accountName, settings.providerName, in.protocolName(),
                        in.hostname)
                   .arg(in.port)
                   .arg(encryptionLabel(in.security));
        return advice;
    }

    // KMail keeps incoming accounts in Akonadi: a new one can only be created through the
    // Akonadi server, and a resource's own file changes key types between versions and is
    // rewritten by the running resource. So this part is left to the person, step by step.
    advice.summary
        << tr("Incoming mail (%1) is set up in KMail itself: the steps are below.").arg(in.protocolName());
    const bool pop3 = in.type == QLatin1String("pop3");
    advice.notes
        << tr("KMail keeps its receiving accounts in Akonadi, which Mail Setup cannot change safely. "
              "To receive mail from %1, do this in KMail:")
               .arg(in.hostname);
    advice.notes << tr("1. Open Settings > Configure KMail... > Accounts, tab Receiving.");
    if (existing)
        advice.notes << tr("2. Select the account \"%1\" and click Modify...").arg(accountName);
    else
        advice.notes
            << tr("2. Click Add... and choose the %1 entry (its name differs a little between versions).")
                   .arg(in.protocolName());
    advice.notes << tr("3. On the General tab: %1 %2, Username %3, and your password.")
                        .arg(pop3 ? tr("Incoming mail server") : tr("IMAP server"), in.hostname, in.username);
    advice.notes << tr("4. On the Advanced tab: Encryption %1, Port %2, Authentication %3.")
                        .arg(encryptionLabel(in.security))
                        .arg(in.port)
                        .arg(authenticationLabel(in.auth));
    if (pop3 && !existing)
        advice.notes << tr(
            "5. Also on the Advanced tab, tick \"Leave fetched messages on the server\" while you "
            "try it out, so no mail is lost. Then click OK.");
    else
        advice.notes << tr("5. Click OK.");
    return advice;
}

} // namespace mailsetup
