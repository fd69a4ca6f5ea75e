// SPDX-License-Identifier: GPL-3.0-or-later
#include "apple/entourageadapter.h"

#include "system/runningprocesses.h"

#include <QCoreApplication>
#include <QDir>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

} // namespace

QList<ClientInstallation> EntourageAdapter::detect(const HostEnvironment& env) const
{
    if (env.os != HostEnvironment::Os::MacOS)
        return {};
    // "Documents:Microsoft User Data:Identities:<identity>:" holding Database,
    // Messages and Preferences (research 6.4, [C2] OE5 documentation).
    const QDir identities(env.path(QStringLiteral("Documents/Microsoft User Data/Identities")));
    QList<ClientInstallation> found;
    for (const QString& name : identities.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir identity(identities.filePath(name));
        if (!identity.exists(QStringLiteral("Database")))
            continue;
        ClientInstallation inst;
        inst.clientId = id();
        inst.clientName = displayName();
        inst.location = identity.absolutePath();
        inst.label = tr("identity \"%1\" (%2)").arg(name, env.displayPath(inst.location));
        inst.isDefault = found.isEmpty();
        found << inst;
    }
    return found;
}

QString EntourageAdapter::runningReason(const QString&) const
{
    const QString running =
        findRunning({QStringLiteral("Microsoft Entourage"), QStringLiteral("Outlook Express")});
    return running.isEmpty() ? QString() : tr("%1 is running; quit it first.").arg(running);
}

ChangePlan EntourageAdapter::plan(const ClientInstallation& installation,
                                  const AccountSettings& settings) const
{
    ChangePlan plan = newPlan(installation);
    plan.refusal =
        tr("Entourage and Outlook Express 5 keep their accounts in a database whose format Microsoft "
           "never published, so Mail Setup does not change it. Follow the step-by-step instructions "
           "for %1 instead (Tools > Accounts); they include the outgoing server's \"requires SSL\" "
           "setting and port, which these programs need because they cannot use STARTTLS.")
            .arg(settings.email);
    return plan;
}

} // namespace mailsetup
