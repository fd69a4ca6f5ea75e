// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mailsetup {

class SetupWizard;

// How the program starts the wizard (main.cpp, and bench/firstpage.cpp which
// measures it): the window icon, the language, the wizard with its engine
// (engine.h), the language menu and `--helpdesk`.
void setUpWizardApplication();
// The wizard in `language` (empty: the system's). Choosing another language in
// it opens a new wizard in that language where the old one was: every text is
// set when a page is built, so building anew is what translates them all.
SetupWizard* openWizard(const QString& language, const SetupWizard* replacing = nullptr);

} // namespace mailsetup
