// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <vector>

class QTextStream;

namespace mailsetup {

// A command with its own options (app/commands/<name>command.cpp). `arguments` is
// the whole argv: program name, the command word, then its options.
using CommandFunction = int (*)(const QStringList& arguments, QTextStream& out, QTextStream& err);

struct CommandLineCommand
{
    const char* name;
    const char* summary; // one line for --help, translated in context "mailsetup"
    CommandFunction run;
};

const std::vector<CommandLineCommand>& commandTable();
const CommandLineCommand* findCommand(const QString& name);

} // namespace mailsetup
