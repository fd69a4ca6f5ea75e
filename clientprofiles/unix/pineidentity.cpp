// SPDX-License-Identifier: GPL-3.0-or-later
#include "pineidentity.h"

#include "unix/cclientserver.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace mailsetup {

QString PineIdentity::address(const QString& login) const
{
    if (!from.address.isEmpty())
        return from.address;
    if (!userDomain.isEmpty() && !login.isEmpty())
        return login + QLatin1Char('@') + userDomain;
    return {};
}

std::optional<ExistingAccount> PineIdentity::account(const QString& login) const
{
    std::optional<ServerSettings> incoming, outgoing;
    if (const auto folder = parseCClientFolder(inboxPath))
        incoming = serverSettingsOf(*folder, QStringLiteral("imap"));
    if (!smtpServers.isEmpty()) {
        if (const auto server = parseCClientServer(smtpServers.first()))
            outgoing = serverSettingsOf(*server, QStringLiteral("smtp"));
    }
    const QString email = address(login);
    if (email.isEmpty() && !incoming && !outgoing)
        return std::nullopt;
    ExistingAccount account;
    account.key = QStringLiteral("pinerc");
    account.email = email;
    account.name = personalName.isEmpty() ? from.name : personalName;
    account.incoming = incoming;
    account.outgoing = outgoing;
    account.isDefault = true;
    return account;
}

PineFromHeader findFromHeader(const QStringList& customizedHeaders)
{
    static const QRegularExpression angle(QStringLiteral("^(.*)<([^<>]*)>\\s*$"));
    PineFromHeader header;
    for (int i = 0; i < customizedHeaders.size(); ++i) {
        const QString element = customizedHeaders.at(i).trimmed();
        if (!element.startsWith(QLatin1String("from:"), Qt::CaseInsensitive))
            continue;
        header.index = i;
        const QString value = element.mid(5).trimmed();
        const auto match = angle.match(value);
        if (match.hasMatch()) {
            header.name = match.captured(1).trimmed();
            header.address = match.captured(2).trimmed();
        } else {
            header.address = value.section(QLatin1Char(' '), 0, 0);
        }
        if (header.name.size() >= 2 && header.name.startsWith(QLatin1Char('"')) &&
            header.name.endsWith(QLatin1Char('"')))
            header.name = header.name.mid(1, header.name.size() - 2)
                              .replace(QStringLiteral("\\\""), QStringLiteral("\""));
    }
    return header;
}

QString fromHeaderValue(const QString& name, const QString& address)
{
    if (name.isEmpty())
        return QStringLiteral("From: ") + address;
    static const QRegularExpression atom(QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$"));
    QString display = name;
    if (!atom.match(name).hasMatch()) {
        display.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('"'), QLatin1String("\\\""));
        display = QLatin1Char('"') + display + QLatin1Char('"');
    }
    return QStringLiteral("From: %1 <%2>").arg(display, address);
}

PineIdentity readPineIdentity(const PinercFile& file)
{
    // Variable names and their list/quote handling: alpinemail/alpine pith/conf.c variables[].
    PineIdentity identity;
    identity.personalName = file.stringValue(QStringLiteral("personal-name"));
    identity.userDomain = file.stringValue(QStringLiteral("user-domain"));
    identity.smtpServers = file.listValue(QStringLiteral("smtp-server"));
    identity.inboxPath = file.stringValue(QStringLiteral("inbox-path"));
    identity.from = findFromHeader(file.listValue(QStringLiteral("customized-hdrs"), false));
    return identity;
}

QString pineLogin(const QString& pinercPath)
{
    const QFileInfo file(pinercPath);
    return file.exists() ? file.owner() : QFileInfo(file.absolutePath()).owner();
}

} // namespace mailsetup
