// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "providerprofile.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace mailsetup {

// The values of a format's own options (SettingsExporter::extraOptions) as the export
// command parsed them, and a way to ask for a secret without it ever being an argument.
struct ExportOptionValues
{
    QHash<QString, QString> given; // option name -> value ("" for a switch); only those given
    // One line of standard input (e.g. the password of a .p12 file); never logged.
    std::function<QString()> readSecret;
    bool toStandardOutput = false; // the file goes to the screen (-o -), not to a file

    bool isSet(const QString& name) const { return given.contains(name); }
    QString value(const QString& name) const { return given.value(name); }
};

// A file a mail program (or its administrator) imports: an Outlook PRF, a
// Windows Mail .oeaccount, an Apple configuration profile, a .reg for regedit.
// For programs we may not write directly, and for helpdesks that hand files out.
class SettingsExporter
{
public:
    virtual ~SettingsExporter() = default;

    virtual QString id() const = 0;          // for --format, e.g. "prf"
    virtual QString displayName() const = 0; // "Outlook profile file (.prf)"
    // How to use the file, in plain words (shown after writing it).
    virtual QString howToUse() const = 0;
    virtual QString suggestedFileName(const AccountSettings& settings) const = 0;
    // The file's bytes; an empty result means it cannot be made, and *error says why.
    virtual QByteArray
    generate(const AccountSettings& settings, const ProviderProfile& profile, QString* error) const = 0;

    // Options only this format understands (e.g. signing a configuration profile). The
    // export command lists every format's in its --help and refuses them with another
    // format. None by default.
    virtual QList<QCommandLineOption> extraOptions() const { return {}; }
    // The file's bytes with those options applied; by default generate(). An empty
    // result means it cannot be made; *usage says the options themselves are wrong
    // (a missing partner option, --open without a file), *error says why in both cases.
    virtual QByteArray generateWithOptions(const AccountSettings& settings,
                                           const ProviderProfile& profile,
                                           const ExportOptionValues& options,
                                           QString* error,
                                           bool* usage) const
    {
        Q_UNUSED(options)
        Q_UNUSED(usage)
        return generate(settings, profile, error);
    }
    // After the file was written to `file`: what the options ask for next (e.g. open it
    // with the system's installer). *message is shown instead of howToUse() when not
    // empty; false with *error when it failed (the file stays written).
    virtual bool afterWriting(const QString& file,
                              const ExportOptionValues& options,
                              QString* message,
                              QString* error) const
    {
        Q_UNUSED(file)
        Q_UNUSED(options)
        Q_UNUSED(message)
        Q_UNUSED(error)
        return true;
    }
};

// Every exporter this build has, in the order people see them.
const std::vector<std::unique_ptr<SettingsExporter>>& settingsExporters();
const SettingsExporter* findSettingsExporter(const QString& id);

} // namespace mailsetup
