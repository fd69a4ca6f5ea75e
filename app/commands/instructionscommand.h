// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace mailsetup {

// mailsetup instructions --profile P --email E --client C [--html]
// Step-by-step instructions for one mail program, in the words of its menus.
int runInstructionsCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace mailsetup
