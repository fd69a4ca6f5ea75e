// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandtable.h"

#include "commands/exportcommand.h"

#include <QtGlobal>

namespace mailsetup {

const std::vector<CommandLineCommand>& commandTable()
{
    // One line per command; the summaries are marked for translation here and
    // translated where --help prints them.
    static const std::vector<CommandLineCommand> table = {
        {"export", QT_TRANSLATE_NOOP("mailsetup", "write a settings file for a mail program to import"),
         runExportCommand},
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
