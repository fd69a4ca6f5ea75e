// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace testsupport {

// What a command printed and how it ended.
struct CommandRun
{
    int code = -1; // 0 done, 1 refused or failed, 2 wrong usage
    QString out;
    QString err;
};

// Runs a command function as the program does, capturing both streams: runCommandLine
// (app/commandline.h) or any app/commands/ one, all of them
// `int (const QStringList& arguments, QTextStream& out, QTextStream& err)` with
// arguments the whole argv (program name first).
template <typename Command> CommandRun runCommand(Command command, const QStringList& arguments)
{
    CommandRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = command(arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

} // namespace testsupport
