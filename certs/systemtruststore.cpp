// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemtruststore.h"

#include "helpertruststore.h"
#include "linuxtruststore.h"
#include "macostruststore.h"

#include <QCoreApplication>
#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace mailsetup {

std::unique_ptr<TrustStore> makeSystemTrustStore(ToolRunner& runner, const QString& home, QString* error)
{
    error->clear();
#if defined(Q_OS_MACOS)
    return std::make_unique<MacKeychainTrustStore>(MacKeychainTrustStore::Domain::System, home, runner);
#elif defined(Q_OS_LINUX)
    Q_UNUSED(home)
    const std::optional<LinuxTrustLayout> layout = LinuxTrustLayout::detect();
    if (!layout) {
        *error = QCoreApplication::translate("mailsetup",
                                             "this Linux system has no certificate store Mail Setup knows "
                                             "(update-ca-certificates, update-ca-trust or p11-kit's trust)");
        return nullptr;
    }
    // Root writes directly; anyone else goes through pkexec and the trust helper.
    if (::geteuid() == 0)
        return std::make_unique<LinuxSystemTrustStore>(*layout, runner);
    return std::make_unique<HelperTrustStore>(*layout, runner);
#else
    Q_UNUSED(runner)
    Q_UNUSED(home)
    return nullptr;
#endif
}

} // namespace mailsetup
