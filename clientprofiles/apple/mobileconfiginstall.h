// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace mailsetup {

// Starts a program and waits for it; behind an interface so tests see the exact
// command line without a Mac.
class CommandRunner
{
public:
    virtual ~CommandRunner() = default;
    // The exit code, or -1 when the program could not be started (*error says why).
    virtual int run(const QString& program, const QStringList& arguments, QString* error) = 0;
};

// The real one (QProcess), waiting up to 30 seconds.
class ProcessRunner : public CommandRunner
{
public:
    int run(const QString& program, const QStringList& arguments, QString* error) override;
};

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
OpenProfileResult openProfileForInstall(const QString& file, CommandRunner& runner, int macosMajorVersion);

} // namespace mailsetup
