// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace mailsetup {

// mailsetup sheet --profile P --email E [--pdf FILE | --html]
// The one-page settings sheet: as text, as HTML, or as a PDF file.
int runSheetCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace mailsetup
