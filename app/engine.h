// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#ifdef MAILSETUP_WITH_WIZARD
#include "wizardengine.h"
#endif

class QTextStream;

namespace mailsetup {

// Everything beyond the wizard's first page: the commands and the wizard's engine.
// Either linked into the program (enginelinked.cpp) or, with the CMake option
// MAILSETUP_ENGINE_MODULE, in the module libmailsetup-engine loaded when first
// needed (enginemodule.cpp), so that the first page does not wait for OpenSSL,
// Qt Network, Qt Print Support and the rest to be loaded.

// `mailsetup COMMAND ...` (commandline.h). Exit code 1 with the reason on err when
// the module cannot be loaded.
int runEngineCommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err);

#ifdef MAILSETUP_WITH_WIZARD
// For SetupWizard: makes the engine with this computer's settings.
WizardEngineFactory wizardEngineFactory();
#endif

} // namespace mailsetup
