// SPDX-License-Identifier: GPL-3.0-or-later
// engine.h from the module libmailsetup-engine, loaded on first use: beside the
// program (the build tree) or where it is installed (MAILSETUP_ENGINE_RELATIVE_DIR,
// relative to the program's folder).
#include "engine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QTextStream>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

using VersionFunction = const char* (*)();
using MetaObjectFunction = const QMetaObject* (*)();
using RunCommandLineFunction = int (*)(const QStringList&, QTextStream&, QTextStream&);
#ifdef MAILSETUP_WITH_WIZARD
using MakeWizardEngineFunction = WizardEngine* (*)(const std::shared_ptr<WizardLog>&);
#endif

struct EngineModule
{
    QString error; // for people; empty when loaded
    RunCommandLineFunction runCommandLine = nullptr;
#ifdef MAILSETUP_WITH_WIZARD
    MakeWizardEngineFunction makeWizardEngine = nullptr;
#endif
};

QStringList candidatePaths()
{
    const QDir programDir(QCoreApplication::applicationDirPath());
    return {programDir.filePath(QStringLiteral(MAILSETUP_ENGINE_FILE)),
            QDir::cleanPath(programDir.filePath(
                QStringLiteral(MAILSETUP_ENGINE_RELATIVE_DIR "/" MAILSETUP_ENGINE_FILE)))};
}

EngineModule load()
{
    EngineModule module;
    const QStringList paths = candidatePaths();
    QString path;
    for (const QString& candidate : paths) {
        if (QFileInfo::exists(candidate)) {
            path = candidate;
            break;
        }
    }
    if (path.isEmpty()) {
        module.error = tr("Mail Setup is incomplete: its part %1 is missing (looked for %2).")
                           .arg(QStringLiteral(MAILSETUP_ENGINE_FILE), paths.join(tr(" and ")));
        return module;
    }
    // Never unloaded: the wizard's pages and their objects are the module's code.
    static QLibrary library;
    library.setFileName(path);
    library.setLoadHints(QLibrary::PreventUnloadHint);
    if (!library.load()) {
        module.error = tr("Mail Setup cannot load its part %1: %2").arg(path, library.errorString());
        return module;
    }
    const auto version = reinterpret_cast<VersionFunction>(library.resolve("mailsetup_engine_version"));
    const auto sharedMetaObject =
        reinterpret_cast<MetaObjectFunction>(library.resolve("mailsetup_engine_shared_meta_object"));
    module.runCommandLine =
        reinterpret_cast<RunCommandLineFunction>(library.resolve("mailsetup_engine_run_command_line"));
#ifdef MAILSETUP_WITH_WIZARD
    module.makeWizardEngine =
        reinterpret_cast<MakeWizardEngineFunction>(library.resolve("mailsetup_engine_make_wizard_engine"));
    const bool complete = module.makeWizardEngine;
#else
    const bool complete = true;
#endif
    if (!version || !sharedMetaObject || !module.runCommandLine || !complete) {
        module.error = tr("Mail Setup cannot use its part %1: it is not Mail Setup's engine.").arg(path);
    } else if (qstrcmp(version(), MAILSETUP_VERSION) != 0) {
        module.error = tr("Mail Setup cannot use its part %1: it belongs to version %2, this is version %3.")
                           .arg(path, QString::fromUtf8(version()), QStringLiteral(MAILSETUP_VERSION));
#ifdef MAILSETUP_WITH_WIZARD
    } else if (sharedMetaObject() != &WizardLog::staticMetaObject) {
        // A module with its own copy of the shared classes (engineentry.cpp), whose
        // signals would not reach the program's.
        module.error = tr("Mail Setup cannot use its part %1: it was not built for this program.").arg(path);
#endif
    }
    if (!module.error.isEmpty()) {
        module.runCommandLine = nullptr;
#ifdef MAILSETUP_WITH_WIZARD
        module.makeWizardEngine = nullptr;
#endif
    }
    return module;
}

const EngineModule& engineModule()
{
    static const EngineModule module = load();
    return module;
}

} // namespace

int runEngineCommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const EngineModule& module = engineModule();
    if (!module.runCommandLine) {
        err << "mailsetup: " << module.error << "\n" << tr("Install Mail Setup again.") << "\n";
        return 1;
    }
    return module.runCommandLine(arguments, out, err);
}

#ifdef MAILSETUP_WITH_WIZARD
WizardEngineFactory wizardEngineFactory()
{
    return [](const std::shared_ptr<WizardLog>& log, QString* error) -> std::unique_ptr<WizardEngine> {
        const EngineModule& module = engineModule();
        if (!module.makeWizardEngine) {
            *error = module.error;
            return nullptr;
        }
        return std::unique_ptr<WizardEngine>(module.makeWizardEngine(log));
    };
}
#endif

} // namespace mailsetup
