// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizardcontext.h"
#include "wizardengine.h"

#include <memory>

namespace mailsetup {

// The wizard's engine (wizardengine.h) with this context: the later pages share one
// WizardState, made here.
std::unique_ptr<WizardEngine> makeWizardEngine(WizardContext context, std::shared_ptr<WizardLog> log);

} // namespace mailsetup
