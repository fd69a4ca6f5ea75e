// SPDX-License-Identifier: GPL-3.0-or-later
// SetupWizard with everything linked in (tests, builds without the engine module). Its
// own file: the engine module must not contain SetupWizard, which is the program's.
#include "setupwizard.h"
#include "wizardengineimpl.h"

namespace mailsetup {

SetupWizard::SetupWizard(WizardContext context, QWidget* parent)
    : SetupWizard([context](const std::shared_ptr<WizardLog>& log,
                            QString*) { return makeWizardEngine(context, log); },
                  parent)
{
    if (context.helpdesk)
        setHelpdeskMode(true);
}

} // namespace mailsetup
