// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "toolrunner.h"
#include "truststore.h"

#include <QString>
#include <memory>

namespace mailsetup {

// This computer's own certificate store, the one every program that does not keep
// its own list trusts. Linux: the store of its distribution (LinuxTrustLayout::detect),
// written directly as root and otherwise through pkexec and the trust helper
// (HelperTrustStore). macOS: the System keychain (home: whose login keychain is
// near). Null with *error when Linux has no store Mail Setup knows; null with *error
// empty where this build has none (Windows: the trust helper of the Windows build),
// for the caller to say where to go instead.
std::unique_ptr<TrustStore> makeSystemTrustStore(ToolRunner& runner, const QString& home, QString* error);

} // namespace mailsetup
