// SPDX-License-Identifier: GPL-3.0-or-later
#include "mobileconfigexporter.h"

#include "apple/mobileconfig.h"
#include "apple/mobileconfiginstall.h"

#include <QCoreApplication>

namespace mailsetup {

QString MobileconfigExporter::displayName() const
{
    return QCoreApplication::translate("mailsetup", "Apple configuration profile for Mail (.mobileconfig)");
}

QString MobileconfigExporter::howToUse() const
{
    return profileApprovalText(currentMacosMajorVersion());
}

QString MobileconfigExporter::suggestedFileName(const AccountSettings& settings) const
{
    return mobileconfigFileName(settings);
}

QByteArray MobileconfigExporter::generate(const AccountSettings& settings,
                                          const ProviderProfile& profile,
                                          QString* error) const
{
    const MobileconfigResult result = generateMobileconfig(settings, profile);
    if (result.xml.isEmpty() && error)
        *error = result.error;
    return result.xml;
}

} // namespace mailsetup
