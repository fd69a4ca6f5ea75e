// SPDX-License-Identifier: GPL-3.0-or-later
// The entry points of the module libmailsetup-engine (enginemodule.cpp loads it).
// The classes the wizard's first page and the later pages share (mailsetup_wizard_common:
// WizardLog, DiscoveryRun, StatusLabel, ...) are not in the module: the program exports
// its symbols (ENABLE_EXPORTS) and the module uses its copy, so there is one of each
// class in the process and signals and qobject_cast work across the two.
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
