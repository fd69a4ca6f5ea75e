// SPDX-License-Identifier: GPL-3.0-or-later
#include "branding.h"

#include "branding_config.h"

namespace mailsetup {

QString productName()
{
    return QStringLiteral(MAILSETUP_PRODUCT_NAME);
}

QString productId()
{
    return QStringLiteral(MAILSETUP_PRODUCT_ID);
}

QString productLogoPath()
{
    return QStringLiteral(":/branding/logo.png");
}

} // namespace mailsetup
