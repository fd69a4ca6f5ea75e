// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settingsexporter.h"

namespace mailsetup {

// `mailsetup export --format mobileconfig`: the unsigned Apple configuration
// profile (see mobileconfig.h). The same file is what an MDM deploys to a fleet.
class MobileconfigExporter : public SettingsExporter
{
public:
    QString id() const override { return QStringLiteral("mobileconfig"); }
    QString displayName() const override;
    QString howToUse() const override;
    QString suggestedFileName(const AccountSettings& settings) const override;
    QByteArray
    generate(const AccountSettings& settings, const ProviderProfile& profile, QString* error) const override;
};

} // namespace mailsetup
