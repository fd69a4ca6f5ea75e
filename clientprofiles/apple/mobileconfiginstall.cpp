// SPDX-License-Identifier: GPL-3.0-or-later
#include "mobileconfiginstall.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QOperatingSystemVersion>
#include <QProcess>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

} // namespace

int ProcessRunner::run(const QString& program, const QStringList& arguments, QString* error)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        *error = tr("cannot start %1: %2").arg(program, process.errorString());
        return -1;
    }
    if (!process.waitForFinished(30000)) {
        process.kill();
        *error = tr("%1 did not finish within 30 seconds").arg(program);
        return -1;
    }
    if (process.exitStatus() != QProcess::NormalExit) {
        *error = tr("%1 stopped unexpectedly").arg(program);
        return -1;
    }
    if (process.exitCode() != 0)
        *error = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    return process.exitCode();
}

int currentMacosMajorVersion()
{
    const QOperatingSystemVersion os = QOperatingSystemVersion::current();
    if (os.type() != QOperatingSystemVersion::MacOS)
        return 0;
    return os.majorVersion();
}

QString profileApprovalText(int macosMajorVersion)
{
    // macOS 13 (Ventura) moved the profile list from System Preferences > Profiles
    // to System Settings > Privacy & Security > Profiles (research section 6.3).
    // Later versions may list it under General > Device Management: UNCONFIRMED,
    // so it is offered as the place to look if the first is not there.
    const QString steps = tr("Then click the profile, check that it names your address and your provider, "
                             "click Install and enter your Mac's password, then your email password when "
                             "Mail asks for it.");
    if (macosMajorVersion >= 13)
        return tr("macOS has received the profile but has not installed it yet. Open System Settings > "
                  "Privacy & Security, scroll down to Profiles and open it (on newer versions it may be "
                  "under System Settings > General > Device Management). ") +
               steps;
    if (macosMajorVersion >= 10)
        return tr("macOS has received the profile but has not installed it yet. Open System Preferences > "
                  "Profiles. ") +
               steps;
    return tr("To install the profile on a Mac, double-click it, then open System Settings > Privacy & "
              "Security > Profiles (macOS 13 and later) or System Preferences > Profiles (earlier "
              "versions). ") +
           steps;
}

OpenProfileResult openProfileForInstall(const QString& file, CommandRunner& runner, int macosMajorVersion)
{
    OpenProfileResult result;
    const QString absolute = QFileInfo(file).absoluteFilePath();
    if (!QFileInfo(absolute).isFile()) {
        result.error = tr("%1 does not exist").arg(absolute);
        return result;
    }
    QString error;
    const int code = runner.run(QStringLiteral("/usr/bin/open"), {absolute}, &error);
    if (code != 0) {
        result.error = tr("macOS could not open %1 (%2). Double-click it in the Finder instead.")
                           .arg(absolute, error.isEmpty() ? tr("exit code %1").arg(code) : error);
        return result;
    }
    result.ok = true;
    result.approvalText = profileApprovalText(macosMajorVersion);
    return result;
}

} // namespace mailsetup
