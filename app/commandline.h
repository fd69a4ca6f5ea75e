// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace mailsetup {

// The words that select the command line instead of the wizard (invocation.cpp:
// the program tells without loading the commands).
bool isCommandLineInvocation(const QStringList& arguments);
// Every word that starts a command: this file's own (profiles, clients, apply,
// undo) and commandtable.cpp's.
const QStringList& commandWords();

// Runs `mailsetup COMMAND ...` and returns the exit code: 0 done, 1 refused or
// failed (the reason is on err), 2 wrong usage.
int runCommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace mailsetup
