// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsexporter.h"

#include "apple/mobileconfigexporter.h"
#include "windows/oeaccountexporter.h"
#include "windows/outlookprf.h"

namespace mailsetup {
namespace {

std::vector<std::unique_ptr<SettingsExporter>> makeExporters()
{
    std::vector<std::unique_ptr<SettingsExporter>> list;
    // One line per exporter: list.push_back(std::make_unique<...>());
    list.push_back(std::make_unique<OutlookPrfExporter>());
    list.push_back(std::make_unique<OeAccountExporter>());
    list.push_back(std::make_unique<MobileconfigExporter>());
    return list;
}

} // namespace

const std::vector<std::unique_ptr<SettingsExporter>>& settingsExporters()
{
    static const std::vector<std::unique_ptr<SettingsExporter>> exporters = makeExporters();
    return exporters;
}

const SettingsExporter* findSettingsExporter(const QString& id)
{
    for (const auto& exporter : settingsExporters()) {
        if (exporter->id() == id)
            return exporter.get();
    }
    return nullptr;
}

} // namespace mailsetup
