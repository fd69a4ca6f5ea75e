// SPDX-License-Identifier: GPL-3.0-or-later
#include "trusthelper.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace mailsetup::trusthelper {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

int exitCodeFor(const TrustResult& r)
{
    switch (r.status) {
    case TrustResult::Status::Done:
        return Done;
    case TrustResult::Status::AlreadyPresent:
        return AlreadyPresent;
    case TrustResult::Status::NotPresent:
        return NotPresent;
    case TrustResult::Status::Refused:
    case TrustResult::Status::Failed:
        break;
    }
    return RefusedOrFailed;
}

} // namespace

int run(const QStringList& arguments,
        QTextStream& out,
        QTextStream& err,
        const LinuxTrustLayout& layout,
        ToolRunner& runner)
{
    // Exactly: ACTION --certificate FILE --sha256 FINGERPRINT, in any order of the two options.
    const QStringList actions = {QStringLiteral("install"), QStringLiteral("uninstall"),
                                 QStringLiteral("status")};
    QString action, file, pinText;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (actions.contains(arg) && action.isEmpty()) {
            action = arg;
        } else if (arg == QLatin1String("--certificate") && i + 1 < arguments.size() && file.isEmpty()) {
            file = arguments[++i];
        } else if (arg == QLatin1String("--sha256") && i + 1 < arguments.size() && pinText.isEmpty()) {
            pinText = arguments[++i];
        } else {
            err << tr("mailsetup-trust-helper: unexpected argument \"%1\"").arg(arg) << "\n";
            return Usage;
        }
    }
    if (action.isEmpty() || file.isEmpty() || pinText.isEmpty()) {
        err << tr("usage: mailsetup-trust-helper install|uninstall|status --certificate FILE --sha256 "
                  "FINGERPRINT")
            << "\n";
        return Usage;
    }
    const QByteArray pin = parseSha256Fingerprint(pinText);
    if (pin.isEmpty()) {
        err << tr("\"%1\" is not a SHA-256 fingerprint (64 hexadecimal digits); nothing was changed")
                   .arg(pinText)
            << "\n";
        return RefusedOrFailed;
    }
    if (!QFileInfo(file).isFile()) {
        err << tr("%1 is not a file; nothing was changed").arg(file) << "\n";
        return RefusedOrFailed;
    }
    const TrustAnchorCheck check = TrustAnchor::checkFile(file, pin);
    if (!check.anchor) {
        err << check.refusal << "\n";
        return RefusedOrFailed;
    }
    const TrustAnchor& anchor = *check.anchor;
    LinuxSystemTrustStore store(layout, runner);

    TrustResult result;
    if (action == QLatin1String("status")) {
        result = store.isInstalled(anchor);
    } else if (action == QLatin1String("install")) {
        // The caller's pin is what the user confirmed: the wizard refuses before it
        // gets here when they differ, and the anchor matches the pin.
        result = store.install(anchor, anchor.fingerprint());
    } else {
        const QString entry = layout.family == LinuxTrustLayout::Family::Arch
                                  ? QStringLiteral("p11-kit:") + anchor.storeLabel()
                                  : store.anchorFile(anchor);
        result = store.uninstall(anchor, entry);
    }
    (result.succeeded() || result.status == TrustResult::Status::NotPresent ? out : err)
        << result.message << "\n";
    if (!result.addedEntry.isEmpty())
        out << "entry: " << result.addedEntry << "\n";
    return exitCodeFor(result);
}

QString helperPath()
{
    // Beside the program first (bin/../libexec), so a package installed under any
    // prefix finds its own helper; then the configured prefix; then the build tree.
    if (QCoreApplication::instance()) {
        const QString beside = QDir(QCoreApplication::applicationDirPath())
                                   .absoluteFilePath(QStringLiteral("../libexec/mailsetup-trust-helper"));
        if (QFileInfo(beside).isExecutable())
            return QDir::cleanPath(beside);
    }
    const QString installed = QStringLiteral(MAILSETUP_LIBEXECDIR "/mailsetup-trust-helper");
    if (QFileInfo(installed).isExecutable())
        return installed;
    const QString built = QStringLiteral(MAILSETUP_HELPER_BUILD_PATH);
    if (QFileInfo(built).isExecutable())
        return built;
    return installed;
}

} // namespace mailsetup::trusthelper
