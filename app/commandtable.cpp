// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandtable.h"

#include "commands/certificatecommand.h"
#include "commands/diagnosecommand.h"
#include "commands/discovercommand.h"
#include "commands/exportcommand.h"
#include "commands/instructionscommand.h"
#include "commands/sheetcommand.h"

#include <QtGlobal>

namespace mailsetup {

const std::vector<CommandLineCommand>& commandTable()
{
    // One line per command; the summaries are marked for translation here and
    // translated where --help prints them.
    static const std::vector<CommandLineCommand> table = {
        {"certificate",
         QT_TRANSLATE_NOOP("mailsetup", "show, install, check or remove the provider's root certificate"),
         runCertificateCommand},
        {"diagnose",
         QT_TRANSLATE_NOOP("mailsetup", "check from this computer which servers of a provider work, and why"),
         runDiagnoseCommand},
        {"discover",
         QT_TRANSLATE_NOOP("mailsetup",
                           "find a provider's server settings from an email address (changes nothing)"),
         runDiscoverCommand},
        {"export", QT_TRANSLATE_NOOP("mailsetup", "write a settings file for a mail program to import"),
         runExportCommand},
        {"instructions", QT_TRANSLATE_NOOP("mailsetup", "step-by-step instructions for one mail program"),
         runInstructionsCommand},
        {"sheet", QT_TRANSLATE_NOOP("mailsetup", "the settings sheet: text, HTML or PDF (never a password)"),
         runSheetCommand},
    };
    return table;
}

const CommandLineCommand* findCommand(const QString& name)
{
    for (const CommandLineCommand& command : commandTable()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

} // namespace mailsetup
