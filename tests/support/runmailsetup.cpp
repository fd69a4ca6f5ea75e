// SPDX-License-Identifier: GPL-3.0-or-later
#include "runmailsetup.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <unistd.h>

namespace e2e {

QString ProcessResult::describe() const
{
    QString how = !started    ? QStringLiteral("did not start")
                  : !finished ? QStringLiteral("timed out and was killed")
                              : QStringLiteral("exit code %1").arg(exitCode);
    return QStringLiteral("%1\n  -> %2\n--- stdout:\n%3\n--- stderr:\n%4")
        .arg(command, how, QString::fromUtf8(out), QString::fromUtf8(err));
}

ProcessResult runProcess(const QString& program,
                         const QStringList& arguments,
                         const QProcessEnvironment& environment,
                         int timeoutMs)
{
    ProcessResult result;
    QStringList quoted;
    for (const QString& arg : arguments)
        quoted << (arg.contains(QLatin1Char(' ')) || arg.isEmpty() ? QLatin1Char('"') + arg + QLatin1Char('"')
                                                                   : arg);
    result.command = program + QLatin1Char(' ') + quoted.join(QLatin1Char(' '));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    result.started = process.waitForStarted(10000);
    if (!result.started) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (result.finished)
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

QString mailsetupBinary()
{
    return QStringLiteral(MAILSETUP_BINARY_DIR "/app/mailsetup");
}

ProcessResult runMailsetup(const QString& home, const QString& backupDir, const QStringList& arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QStringList args{QStringLiteral("--home"), home, QStringLiteral("--backup-dir"), backupDir};
    args << arguments;
    return runProcess(mailsetupBinary(), args, env);
}

QString python3()
{
    if (QFileInfo(QStringLiteral("/usr/bin/python3")).isExecutable())
        return QStringLiteral("/usr/bin/python3");
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

bool isRoot()
{
    return ::geteuid() == 0;
}

QString tmpTemplate(const QString& name)
{
    return QStringLiteral("/tmp/%1-XXXXXX").arg(name);
}

} // namespace e2e
