// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settingsexporter.h"

namespace mailsetup {

// A Windows Mail / Windows Live Mail account file to drop into the store root.
class OeAccountExporter : public SettingsExporter
{
public:
    QString id() const override { return QStringLiteral("oeaccount"); }
    QString displayName() const override { return QStringLiteral("Windows Mail account file (.oeaccount)"); }
    QString howToUse() const override;
    QString suggestedFileName(const AccountSettings& settings) const override;
    QByteArray
    generate(const AccountSettings& settings, const ProviderProfile& profile, QString* error) const override;
};

} // namespace mailsetup
