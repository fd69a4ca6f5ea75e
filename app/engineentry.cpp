// SPDX-License-Identifier: GPL-3.0-or-later
// The entry points of the module libmailsetup-engine (enginemodule.cpp loads it).
// The program exports its own symbols (ENABLE_EXPORTS), and the module's references
// to the code both contain (SetupWizard, WizardLog, ...) bind to the program's: one
// copy of every class, so signals and qobject_cast work across the two.
#include "commandline.h"
#include "wizardengineimpl.h"

#include <QtGlobal>

extern "C" {

// The program refuses a module of another version: the classes they share must agree.
Q_DECL_EXPORT const char* mailsetup_engine_version()
{
    return MAILSETUP_VERSION;
}

// Where the module sees WizardLog's meta-object: the program checks that it is its own.
Q_DECL_EXPORT const QMetaObject* mailsetup_engine_shared_meta_object()
{
    return &mailsetup::WizardLog::staticMetaObject;
}

Q_DECL_EXPORT int
mailsetup_engine_run_command_line(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    return mailsetup::runCommandLine(arguments, out, err);
}

Q_DECL_EXPORT mailsetup::WizardEngine*
mailsetup_engine_make_wizard_engine(const std::shared_ptr<mailsetup::WizardLog>& log)
{
    return mailsetup::makeWizardEngine(mailsetup::WizardContext{}, log).release();
}

} // extern "C"
