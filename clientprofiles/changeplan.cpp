// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeplan.h"

#include "textdiff.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mailsetup {

QString redactSecrets(const QString& line)
{
    // A settings file may already hold a password we never wrote (smtp_pass in a
    // muttrc, user:password@ in a URL); the plan shows the file, so it must not.
    static const QRegularExpression assignment(
        QStringLiteral("(\\w*pass(?:word)?\\w*[\"']?\\s*[=,]\\s*)(?!(?:true|false|yes|no|0|1)\\b)\\S.*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression urlPassword(QStringLiteral("(://[^:/@\\s]+:)[^@\\s]+@"));
    QString redacted = line;
    redacted.replace(urlPassword, QStringLiteral("\\1***@"));
    redacted.replace(assignment, QStringLiteral("\\1***"));
    return redacted;
}

QString ChangePlan::toText(bool withDiff) const
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("mailsetup", text); };
    QStringList out;
    out << QStringLiteral("%1: %2").arg(clientName, installationLabel);
    if (!refusal.isEmpty()) {
        out << QStringLiteral("  ") + tr("Nothing will be changed: %1").arg(refusal);
    } else if (isNoOp()) {
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
            out << QStringLiteral("      ") + redactSecrets(detail);
        if (withDiff) {
            const QString diff = unifiedDiff(
                file.before, file.after, file.existed ? file.path : QStringLiteral("/dev/null"), file.path);
            for (const QString& line : diff.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                out << QStringLiteral("    ") + redactSecrets(line);
        }
    }
    if (!registry.isEmpty()) {
        out << QStringLiteral("  ") + tr("Registry changes in %1:")
                                          .arg(registryStore.isEmpty() ? tr("the Windows registry") : registryStore);
        for (const RegistryChange& change : registry)
            out << QStringLiteral("      ") + redactSecrets(change.describe());
    }
    return out.join(QLatin1Char('\n'));
}

QString RegistryChange::describe() const
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("mailsetup", text); };
    const QString valueName = name.isEmpty() ? tr("(default)") : QStringLiteral("\"%1\"").arg(name);
    const QString from = before ? before->describe() : tr("(not set)");
    const QString to = after ? after->describe() : tr("(removed)");
    return QStringLiteral("%1 %2: %3 \u2192 %4").arg(key, valueName, from, to);
}

} // namespace mailsetup
