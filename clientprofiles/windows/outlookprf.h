// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "settingsexporter.h"

#include <QByteArray>
#include <QString>

namespace mailsetup {

// An Outlook profile file for "outlook.exe /importprf <file>" (Outlook 2003 to
// 2016/365 classic): adds the POP3 or IMAP account to the default profile, or
// makes a profile when there is none. Windows text (ANSI, CRLF), no password.
// Empty with *error set when the account cannot be expressed.
QByteArray outlookPrf(const AccountSettings& settings, QString* error);

class OutlookPrfExporter : public SettingsExporter
{
public:
    QString id() const override { return QStringLiteral("prf"); }
    QString displayName() const override { return QStringLiteral("Outlook profile file (.prf)"); }
    QString howToUse() const override;
    QString suggestedFileName(const AccountSettings& settings) const override;
    QByteArray
    generate(const AccountSettings& settings, const ProviderProfile& profile, QString* error) const override;
};

} // namespace mailsetup
