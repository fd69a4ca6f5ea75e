// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settingsexporter.h"

namespace mailsetup {

class ToolRunner;

// `mailsetup export --format mobileconfig`: the Apple configuration profile (see
// mobileconfig.h), the same file an MDM deploys to a fleet. Its own options:
//   --sign-cert FILE --sign-key FILE, or --sign-p12 FILE [--sign-password-stdin]:
//       sign it (mobileconfigsigner.h); the .p12 password is read from standard input,
//       never taken as an argument;
//   --open: hand the written file to macOS's own profile installer and say where
//       macOS asks for approval (mobileconfiginstall.h). On a Mac only.
class MobileconfigExporter : public SettingsExporter
{
public:
    // runner: what starts `open` (null: a real process, certs/toolrunner.h);
    // macosMajorVersion: this Mac's version, 0 when this is not a Mac (-1: ask the
    // system when needed).
    explicit MobileconfigExporter(ToolRunner* runner = nullptr, int macosMajorVersion = -1);

    QString id() const override { return QStringLiteral("mobileconfig"); }
    QString displayName() const override;
    QString howToUse() const override;
    QString suggestedFileName(const AccountSettings& settings) const override;
    QByteArray
    generate(const AccountSettings& settings, const ProviderProfile& profile, QString* error) const override;

    QList<QCommandLineOption> extraOptions() const override;
    QByteArray generateWithOptions(const AccountSettings& settings,
                                   const ProviderProfile& profile,
                                   const ExportOptionValues& options,
                                   QString* error,
                                   bool* usage) const override;
    bool afterWriting(const QString& file,
                      const ExportOptionValues& options,
                      QString* message,
                      QString* error) const override;

private:
    int macosVersion() const;

    ToolRunner* m_runner = nullptr;
    int m_macosMajorVersion = -1;
};

} // namespace mailsetup
