// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "providerprofile.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <vector>

namespace mailsetup {

// A file a mail program (or its administrator) imports: an Outlook PRF, a
// Windows Mail .oeaccount, an Apple configuration profile, a .reg for regedit.
// For programs we may not write directly, and for helpdesks that hand files out.
class SettingsExporter
{
public:
    virtual ~SettingsExporter() = default;

    virtual QString id() const = 0;          // for --format, e.g. "prf"
    virtual QString displayName() const = 0; // "Outlook profile file (.prf)"
    // How to use the file, in plain words (shown after writing it).
    virtual QString howToUse() const = 0;
    virtual QString suggestedFileName(const AccountSettings& settings) const = 0;
    // The file's bytes; an empty result means it cannot be made, and *error says why.
    virtual QByteArray
    generate(const AccountSettings& settings, const ProviderProfile& profile, QString* error) const = 0;
};

// Every exporter this build has, in the order people see them.
const std::vector<std::unique_ptr<SettingsExporter>>& settingsExporters();
const SettingsExporter* findSettingsExporter(const QString& id);

} // namespace mailsetup
