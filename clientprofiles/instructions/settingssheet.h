// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "providerprofile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mailsetup {

// Everything a subscriber or a helpdesk needs about one account on one printable page.
// It never holds a password: there is no field for one.
struct SettingsSheet
{
    struct Server
    {
        QString role; // "Incoming mail (POP3)", "Outgoing mail (SMTP)"
        QString hostname;
        int port = 0;
        QString security; // in plain words, with the short name in brackets
        QString login;    // user name, or "no login"
        QString password; // how the password is sent, never the password
        QString when;     // for alternatives: when to use this one
    };

    QString providerName;
    QString email;
    QString realName;
    QList<Server> recommended; // incoming (if any), then outgoing
    QList<Server> alternatives;
    QString caName; // empty when the profile names no certificate
    QString caFile;
    QString caSha256;     // "07:ED:..." to compare
    QString caSha1;       // what Windows shows as "Thumbprint"
    QString caValidUntil; // ISO date
    QStringList notes;    // the provider's notes for every program
    QString helpdesk;     // one line
    QString documentationUrl;

    QString title() const;
};

SettingsSheet buildSettingsSheet(const ProviderProfile& profile, const AccountSettings& settings);

QString settingsSheetToText(const SettingsSheet& sheet);
// A complete HTML document in QTextDocument's subset: prints on one A4 or Letter page.
QString settingsSheetToHtml(const SettingsSheet& sheet);

} // namespace mailsetup
