// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace mailsetup {

// mailsetup certificate show|install|verify|uninstall --profile P [--store S]
//     [--confirm-fingerprint F] [--issued FILE] [--home DIR]
// The provider's pinned root certificate and the trust stores it goes into.
int runCertificateCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace mailsetup
