// SPDX-License-Identifier: GPL-3.0-or-later
#include "mobileconfiginstall.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QOperatingSystemVersion>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

// Why a run of `program` did not succeed, for "macOS could not open FILE (REASON)".
QString failureReason(const QString& program, const ToolResult& ran)
{
    if (!ran.started)
        return tr("cannot start %1").arg(program);
    const QString said = QString::fromLocal8Bit(ran.standardError).trimmed();
    return said.isEmpty() ? tr("exit code %1").arg(ran.exitCode) : said;
}

} // namespace

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

OpenProfileResult openProfileForInstall(const QString& file, ToolRunner& runner, int macosMajorVersion)
{
    OpenProfileResult result;
    const QString absolute = QFileInfo(file).absoluteFilePath();
    if (!QFileInfo(absolute).isFile()) {
        result.error = tr("%1 does not exist").arg(absolute);
        return result;
    }
    const QString program = QStringLiteral("/usr/bin/open");
    const ToolResult ran = runner.run(program, {absolute});
    if (!ran.ok()) {
        result.error = tr("macOS could not open %1 (%2). Double-click it in the Finder instead.")
                           .arg(absolute, failureReason(program, ran));
        return result;
    }
    result.ok = true;
    result.approvalText = profileApprovalText(macosMajorVersion);
    return result;
}

} // namespace mailsetup
