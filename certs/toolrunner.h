// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mailsetup {

struct ToolResult
{
    bool started = false;
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;

    bool ok() const { return started && exitCode == 0; }
    // "certutil exited with 255: <first line of its error output>", for messages.
    QString describeFailure(const QString& program) const;
};

// How trust stores run the system's tools (update-ca-certificates, certutil,
// security, pkexec). The real one runs them; tests of stores that cannot run here
// (update-ca-trust, trust anchor, macOS security) record the exact command lines.
class ToolRunner
{
public:
    virtual ~ToolRunner() = default;
    virtual ToolResult run(const QString& program,
                           const QStringList& arguments,
                           const QByteArray& standardInput = QByteArray()) = 0;
    // The full path of a program on PATH, empty when there is none.
    virtual QString findProgram(const QString& name) = 0;
};

class ProcessToolRunner : public ToolRunner
{
public:
    explicit ProcessToolRunner(int timeoutMs = 120000) : m_timeoutMs(timeoutMs) {}
    ToolResult run(const QString& program,
                   const QStringList& arguments,
                   const QByteArray& standardInput = QByteArray()) override;
    QString findProgram(const QString& name) override;

private:
    int m_timeoutMs;
};

} // namespace mailsetup
