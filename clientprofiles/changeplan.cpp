// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeplan.h"

#include "textdiff.h"

#include <QCoreApplication>

namespace mailsetup {

QString ChangePlan::toText(bool withDiff) const
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("mailsetup", text); };
    QStringList out;
    out << QStringLiteral("%1: %2").arg(clientName, installationLabel);
    if (!refusal.isEmpty()) {
        out << QStringLiteral("  ") + tr("Nothing will be changed: %1").arg(refusal);
    } else if (files.isEmpty()) {
        out << QStringLiteral("  ") + tr("Already set up as asked; nothing to change.");
    }
    for (const QString& line : summary)
        out << QStringLiteral("  * ") + line;
    for (const QString& line : notes)
        out << QStringLiteral("  ! ") + line;
    for (const FileChange& file : files) {
        out << QStringLiteral("  ") +
                   (file.existed ? tr("Changes to %1:").arg(file.path) : tr("New file %1:").arg(file.path));
        for (const QString& detail : file.details)
            out << QStringLiteral("      ") + detail;
        if (withDiff) {
            const QString diff = unifiedDiff(
                file.before, file.after, file.existed ? file.path : QStringLiteral("/dev/null"), file.path);
            for (const QString& line : diff.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                out << QStringLiteral("    ") + line;
        }
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace mailsetup
