// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolrunner.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

} // namespace

QString ToolResult::describeFailure(const QString& program) const
{
    if (!started)
        return tr("%1 could not be started").arg(program);
    QString reason = QString::fromLocal8Bit(standardError).trimmed();
    if (reason.isEmpty())
        reason = QString::fromLocal8Bit(standardOutput).trimmed();
    reason = reason.section(QLatin1Char('\n'), -3); // the last lines say why
    return reason.isEmpty() ? tr("%1 exited with %2").arg(program).arg(exitCode)
                            : tr("%1 exited with %2: %3").arg(program).arg(exitCode).arg(reason);
}

ToolResult
ProcessToolRunner::run(const QString& program, const QStringList& arguments, const QByteArray& input)
{
    ToolResult result;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted())
        return result;
    result.started = true;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(m_timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.exitCode = -1;
        result.standardError = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    return result;
}

QString ProcessToolRunner::findProgram(const QString& name)
{
    // /usr/sbin and /sbin: update-ca-certificates lives there and a user's PATH may lack it.
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                                      QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
    return found;
}

} // namespace mailsetup
