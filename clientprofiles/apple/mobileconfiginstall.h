// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "toolrunner.h"

#include <QString>
#include <QStringList>

namespace mailsetup {

// The major macOS version of this computer (10 for Mac OS X 10.x, 13 for Ventura),
// 0 when not on a Mac or unknown.
int currentMacosMajorVersion();

// Where the person approves a downloaded profile, in plain words for that macOS
// version (0: unknown, both places are named).
QString profileApprovalText(int macosMajorVersion);

struct OpenProfileResult
{
    bool ok = false;
    QString error;        // for people, when !ok
    QString approvalText; // what to do next, when ok
};

// Hands the file to macOS's own profile installer, as a double-click in the Finder
// does (`/usr/bin/open <file>`): macOS shows it as a downloaded profile and waits
// for the person to approve it. Nothing is installed without that approval; the
// `profiles` command cannot install configuration profiles since macOS 11.
// runner starts it (ProcessToolRunner; tests record the exact command line instead).
OpenProfileResult openProfileForInstall(const QString& file, ToolRunner& runner, int macosMajorVersion);

} // namespace mailsetup
