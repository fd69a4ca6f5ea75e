// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mailsetup {

// The product as this build is branded (cmake -DMAILSETUP_BRANDING=...): its name
// for window titles and messages, and the logo the wizard shows (":/branding/logo.png").
QString productName();
QString productId();
QString productLogoPath();

} // namespace mailsetup
