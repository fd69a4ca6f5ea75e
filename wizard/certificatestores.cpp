// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatestores.h"

#include "helpertruststore.h"
#include "linuxtruststore.h"
#include "trustanchor.h"
#include "trustinstalllog.h"

#include <QCoreApplication>
#include <QDir>
#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

bool readsMozillaNss(const QString& clientId)
{
    return clientId == QLatin1String("thunderbird") || clientId == QLatin1String("seamonkey");
}

} // namespace

QList<TrustStoreChoice> trustStoresFor(const QList<ClientInstallation>& installations,
                                       const WizardContext& context,
                                       QStringList* missing)
{
    const QList<NssDatabase> databases = findNssDatabases(context.env.home);
    TrustStoreChoice system;
    system.kind = TrustStoreChoice::Kind::System;
    system.name = tr("This computer's certificate store (asks for the administrator password)");
    system.needsAdministrator = true;
    QList<TrustStoreChoice> nss;
    for (const ClientInstallation& inst : installations) {
        if (!readsMozillaNss(inst.clientId)) {
            if (!system.programs.contains(inst.clientName))
                system.programs << inst.clientName;
            continue;
        }
        bool found = false;
        for (const NssDatabase& db : databases) {
            if (QDir::cleanPath(db.directory) != QDir::cleanPath(inst.location))
                continue;
            TrustStoreChoice choice;
            choice.kind = TrustStoreChoice::Kind::Nss;
            choice.nss = db;
            choice.name = tr("%1's own certificate list, %2").arg(inst.clientName, inst.label);
            choice.programs << inst.clientName;
            nss << choice;
            found = true;
        }
        if (!found && missing)
            *missing << QStringLiteral("%1 (%2)").arg(inst.clientName,
                                                      context.env.displayPath(inst.location));
    }
    QList<TrustStoreChoice> out;
    if (!system.programs.isEmpty())
        out << system;
    return out + nss;
}

std::unique_ptr<TrustStore> makeTrustStore(const TrustStoreChoice& choice,
                                           const WizardContext& context,
                                           ToolRunner& runner,
                                           QString* error)
{
    if (choice.kind == TrustStoreChoice::Kind::Nss)
        return std::make_unique<NssTrustStore>(choice.nss, runner);
    if (context.systemTrustStore)
        return context.systemTrustStore(runner);
#if defined(Q_OS_LINUX)
    const std::optional<LinuxTrustLayout> layout = LinuxTrustLayout::detect();
    if (!layout) {
        *error = tr("this Linux system has no certificate store Mail Setup knows (update-ca-certificates, "
                    "update-ca-trust or p11-kit's trust)");
        return nullptr;
    }
    // Root writes directly; anyone else goes through pkexec and the trust helper.
    if (::geteuid() == 0)
        return std::make_unique<LinuxSystemTrustStore>(*layout, runner);
    return std::make_unique<HelperTrustStore>(*layout, runner);
#else
    *error = tr("the system store of this operating system is changed by the command line "
                "(mailsetup certificate install --store system)");
    return nullptr;
#endif
}

QList<TrustInstallOutcome> uninstallAdded(const QList<TrustInstallOutcome>& installed,
                                          const CaCertificate& ca,
                                          const WizardContext& context,
                                          ToolRunner& runner)
{
    QList<TrustInstallOutcome> removed;
    // The certificate as the profile was loaded with it, checked against its pin then:
    // the file may have gone since, and only the fingerprint and entry matter here.
    const TrustAnchorCheck check = TrustAnchor::check(ca.certificate, ca.pin, ca.resolvedPath);
    TrustInstallLog log(context.trustLogPath);
    for (const TrustInstallOutcome& outcome : installed) {
        if (!outcome.added())
            continue;
        if (!check.anchor) {
            removed << TrustInstallOutcome{TrustResult::make(TrustResult::Status::Failed, check.refusal),
                                           outcome.store};
            continue;
        }
        QString error;
        std::unique_ptr<TrustStore> store = makeTrustStore(outcome.store, context, runner, &error);
        removed << TrustInstallOutcome{store ? uninstallRecorded(*store, *check.anchor, log)
                                             : TrustResult::make(TrustResult::Status::Failed, error),
                                       outcome.store};
    }
    return removed;
}

} // namespace mailsetup
