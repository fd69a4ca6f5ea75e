// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Helpers for the end-to-end tests, which drive real programs: the built mailsetup,
// Thunderbird, Postfix/Dovecot, swaks and Python's poplib.
namespace e2e {

struct ProcessResult
{
    QString command; // for messages
    bool started = false;
    bool finished = false; // false: it ran past the timeout and was killed
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    bool ok() const { return started && finished && exitCode == 0; }
    QString stdOut() const { return QString::fromUtf8(out); }
    QString stdErr() const { return QString::fromUtf8(err); }
    // The command, how it ended and both outputs: what a failing test should print.
    QString describe() const;
};

// Runs a program to completion, killing it after timeoutMs.
ProcessResult runProcess(const QString& program,
                         const QStringList& arguments,
                         const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
                         int timeoutMs = 60000);

// The mailsetup program this build made (the tests depend on it).
QString mailsetupBinary();

// `mailsetup --home HOME --backup-dir BACKUP <arguments>`, with HOME also set in its
// environment, as for a user whose home that is.
ProcessResult runMailsetup(const QString& home, const QString& backupDir, const QStringList& arguments);

// The system's python3 (pyenv shims and the like depend on the caller's HOME, which
// the tests change), else the first one on PATH; empty if there is none.
QString python3();

bool isRoot();

// A fresh directory under /tmp: Thunderbird and the mail service's uid 65534 must be
// able to reach it, which a TMPDIR under /root would not allow.
QString tmpTemplate(const QString& name);

} // namespace e2e
