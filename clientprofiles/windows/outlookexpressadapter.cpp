// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlookexpressadapter.h"

#include "iamaccounts.h"
#include "system/runningprocesses.h"
#include "windowsregistryhome.h"

#include <QCoreApplication>
#include <QDir>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

const QString identitiesKey = QStringLiteral("HKEY_CURRENT_USER\\Identities");
const QString mainManagerKey =
    QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Internet Account Manager");

// Installed: HKLM\Software\Clients\Mail\Outlook Express (jgrahamc/popfile
// adduser-EmailConfig.nsh enumerates it), msimn.exe's App Paths entry, or its store folder.
bool installed(const WindowsRegistryView& view, const HostEnvironment& env)
{
    const QString clients = QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Clients\\Mail\\Outlook Express");
    const QString appPath = QStringLiteral(
        "HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows\\CurrentVersion\\App Paths\\msimn.exe");
    return view.forKey(clients)->keyExists(clients) || view.forKey(appPath)->keyExists(appPath) ||
           QDir(env.path(QStringLiteral("Local Settings/Application Data/Identities"))).exists();
}

struct Identity
{
    QString managerKey;
    QString label;
};

// Where each identity keeps its accounts. Thunderbird's importer reads the identity
// named by "Default User ID", then the main location (nsOESettings.cpp FindAccountsKey);
// POPFile maps "Identity Ordinal" 1 (or none) to the main location. Both are offered.
QList<Identity> identities(const Registry& registry)
{
    QList<Identity> out;
    const QString defaultId = registryText(registry, identitiesKey, QStringLiteral("Default User ID"));
    QString mainLabel;
    for (const QString& guid : registry.subkeys(identitiesKey)) {
        const QString key = identitiesKey + QLatin1Char('\\') + guid;
        const QString name = registryText(registry, key, QStringLiteral("Username"));
        const auto ordinal = registryDword(registry, key, QStringLiteral("Identity Ordinal"));
        const QString manager = key + QStringLiteral("\\Software\\Microsoft\\Internet Account Manager");
        if (!ordinal || *ordinal == 1)
            mainLabel = name;
        if (registry.keyExists(manager + QStringLiteral("\\Accounts")))
            out << Identity{manager, tr("identity \"%1\"%2")
                                         .arg(name.isEmpty() ? guid : name,
                                              guid.compare(defaultId, Qt::CaseInsensitive) == 0
                                                  ? tr(" (the one it starts with)")
                                                  : QString())};
    }
    if (registry.keyExists(mainManagerKey + QStringLiteral("\\Accounts")) || out.isEmpty())
        out.prepend(Identity{mainManagerKey, mainLabel.isEmpty() ? tr("main identity")
                                                                 : tr("identity \"%1\"").arg(mainLabel)});
    return out;
}

} // namespace

QList<ClientInstallation> OutlookExpressAdapter::detect(const HostEnvironment& env) const
{
    QList<ClientInstallation> found;
    const WindowsRegistryView view = openWindowsRegistry(env);
    if (!view.user)
        return found;
    const Registry& registry = *view.user;
    const bool isInstalled = installed(view, env);
    const QString defaultClient =
        registryText(*view.forKey(QStringLiteral("HKEY_LOCAL_MACHINE")),
                     QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Clients\\Mail"), QString());
    for (const Identity& identity : identities(registry)) {
        const bool hasAccounts = registry.keyExists(identity.managerKey + QStringLiteral("\\Accounts"));
        if (!hasAccounts && !isInstalled)
            continue;
        ClientInstallation installation;
        installation.clientId = id();
        installation.clientName = displayName();
        installation.location = registryLocation(view.userStore, identity.managerKey);
        installation.label =
            tr("Outlook Express, %1 (%2)")
                .arg(identity.label,
                     view.userStore.isEmpty() ? tr("registry") : env.displayPath(view.userStore));
        installation.isDefault = defaultClient == QLatin1String("Outlook Express");
        installation.accounts = iam::readAccounts(registry, identity.managerKey);
        if (!view.problem.isEmpty())
            installation.problems << view.problem;
        found << installation;
    }
    return found;
}

QString OutlookExpressAdapter::runningReason(const QString&) const
{
    // OE keeps its accounts in memory and writes them back when it closes.
    const QString running = findRunning({QStringLiteral("msimn.exe")}, Qt::CaseInsensitive);
    if (running.isEmpty())
        return {};
    return tr("Outlook Express is running (%1). Close it (File, Exit), then try again: it writes its account "
              "settings back when it closes and would undo the changes.")
        .arg(running);
}

ChangePlan OutlookExpressAdapter::plan(const ClientInstallation& installation,
                                       const AccountSettings& settings) const
{
    ChangePlan plan = newPlan(installation);
    QString managerKey;
    const std::unique_ptr<Registry> registry =
        openRegistryForPlan(installation.location, runningReason(installation.location), &plan, &managerKey);
    if (!registry)
        return plan;
    if (!registry->keyExists(managerKey + QStringLiteral("\\Accounts"))) {
        plan.refusal =
            tr("Outlook Express has not been set up for this identity yet. Start it once and let it "
               "create a mail account (any details will do), close it, then run Mail Setup again.");
        return plan;
    }
    iam::planAccount(*registry, managerKey, settings, displayName(), &plan);
    return plan;
}

} // namespace mailsetup
