// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace mailsetup {

// mailsetup diagnose --profile P [--email E] [--password-stdin] [--json] [--timeout S] [--ca FILE]
// Exit 0: a safe way to send (and receive, when the profile offers it) works from here,
// and the log-in worked when a password was given; 1: not; 2: wrong usage.
int runDiagnoseCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace mailsetup
