// SPDX-License-Identifier: GPL-3.0-or-later
// engine.h with everything linked into the program (MAILSETUP_ENGINE_MODULE off).
#include "commandline.h"
#include "engine.h"

#ifdef MAILSETUP_WITH_WIZARD
#include "wizardengineimpl.h"
#endif

namespace mailsetup {

int runEngineCommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    return runCommandLine(arguments, out, err);
}

#ifdef MAILSETUP_WITH_WIZARD
WizardEngineFactory wizardEngineFactory()
{
    return [](const std::shared_ptr<WizardLog>& log, QString*) {
        return makeWizardEngine(WizardContext{}, log);
    };
}
#endif

} // namespace mailsetup
