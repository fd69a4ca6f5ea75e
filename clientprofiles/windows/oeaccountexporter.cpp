// SPDX-License-Identifier: GPL-3.0-or-later
#include "oeaccountexporter.h"

#include "oeaccountadapter.h"
#include "oeaccountfile.h"

#include <QCoreApplication>

namespace mailsetup {

QString OeAccountExporter::howToUse() const
{
    // The provisioning route Microsoft documents for Windows Mail (oe-account-entry.md).
    return QCoreApplication::translate(
        "mailsetup",
        "Close Windows Mail, copy this file into its store folder (usually "
        "%LOCALAPPDATA%\\Microsoft\\Windows "
        "Mail; for Windows Live Mail %LOCALAPPDATA%\\Microsoft\\Windows Live Mail) and start it again: it "
        "takes the account over and asks for your password.");
}

QString OeAccountExporter::suggestedFileName(const AccountSettings& settings) const
{
    return OeAccountAdapter::newFileName(settings.email);
}

QByteArray OeAccountExporter::generate(const AccountSettings& settings,
                                       const ProviderProfile& profile,
                                       QString* error) const
{
    Q_UNUSED(profile)
    if (!settings.incoming) {
        if (error)
            *error = QCoreApplication::translate(
                         "mailsetup", "%1 sets up outgoing mail only; a new Windows Mail account needs "
                                      "an incoming server too.")
                         .arg(settings.providerName);
        return {};
    }
    return OeAccountFile::create(OeAccountFile::propertiesFor(settings));
}

} // namespace mailsetup
