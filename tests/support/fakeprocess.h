// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>

namespace testsupport {

// A running program called `name`: a copy of sleep in a folder of its own. To the
// adapters' "is the mail program running?" check (findRunning in
// clientprofiles/system/runningprocesses.h) that mail program is running. It is
// stopped when this goes out of scope; one that cannot be started stops the test.
class FakeProcess
{
public:
    explicit FakeProcess(const QString& name, int seconds = 60)
    {
        const QString exe = m_dir.filePath(name);
        if (!QFile::copy(QStandardPaths::findExecutable(QStringLiteral("sleep")), exe) ||
            !QFile::setPermissions(exe, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qFatal("cannot make %s", qPrintable(exe));
        m_process.start(exe, {QString::number(seconds)});
        if (!m_process.waitForStarted(5000))
            qFatal("cannot start %s", qPrintable(exe));
    }
    ~FakeProcess()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    FakeProcess(const FakeProcess&) = delete;
    FakeProcess& operator=(const FakeProcess&) = delete;

    qint64 processId() const { return m_process.processId(); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};

} // namespace testsupport
