// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "linuxtruststore.h"
#include "toolrunner.h"

#include <QStringList>

class QTextStream;

namespace mailsetup {

// The one privileged step, as mailsetup-trust-helper runs it (as root, through
// pkexec): `install|uninstall|status --certificate FILE --sha256 FINGERPRINT`.
// Its single input is the certificate file and the pin; it reads and checks the
// file itself (one certificate, the pinned one, a self-signed CA, valid now)
// before it touches anything, writes its own PEM encoding of what it checked, and
// only ever adds or removes its own file in the system anchor folder. Which store
// (layout) is decided by the system, never by the caller.
//
// Output: the result in plain words on the first line of out; after an install
// that added something, a second line "entry: <what was added>".
// Exit codes: 0 done, 3 already present (nothing added), 4 not present (nothing
// removed), 1 refused or failed, 2 wrong usage.
namespace trusthelper {

enum ExitCode
{
    Done = 0,
    RefusedOrFailed = 1,
    Usage = 2,
    AlreadyPresent = 3,
    NotPresent = 4
};

int run(const QStringList& arguments,
        QTextStream& out,
        QTextStream& err,
        const LinuxTrustLayout& layout,
        ToolRunner& runner);

// Where the installed helper lives (CMAKE_INSTALL_FULL_LIBEXECDIR), or the build
// tree's copy next to the running program's build.
QString helperPath();

} // namespace trusthelper
} // namespace mailsetup
