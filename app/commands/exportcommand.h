// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace mailsetup {

// mailsetup export --format F --profile P --email E [--output FILE]
int runExportCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace mailsetup
