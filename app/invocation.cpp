// SPDX-License-Identifier: GPL-3.0-or-later
// Command line or wizard? Decided before anything else is loaded: the wizard's first
// page must not wait for the commands (and the libraries they need). The command
// words are listed here once more; test_commandline checks them against the commands.
#include "commandline.h"

namespace mailsetup {

const QStringList& commandWords()
{
    static const QStringList words = {// commandline.cpp
                                      QStringLiteral("profiles"), QStringLiteral("clients"),
                                      QStringLiteral("apply"), QStringLiteral("undo"),
                                      // commandtable.cpp
                                      QStringLiteral("certificate"), QStringLiteral("diagnose"),
                                      QStringLiteral("discover"), QStringLiteral("export"),
                                      QStringLiteral("instructions"), QStringLiteral("sheet")};
    return words;
}

bool isCommandLineInvocation(const QStringList& arguments)
{
    static const QStringList options = {QStringLiteral("--help"), QStringLiteral("-h"),
                                        QStringLiteral("--version"), QStringLiteral("-v"),
                                        QStringLiteral("--help-all")};
    for (const QString& arg : arguments.mid(1)) {
        if (commandWords().contains(arg) || options.contains(arg))
            return true;
    }
    return false;
}

} // namespace mailsetup
