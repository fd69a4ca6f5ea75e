// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlookadapter.h"

#include "iamaccounts.h"
#include "outlookprofiles.h"
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

// Outlook 97-2000 "Internet Mail Only": TB-OL (mailnews/import/outlook/src/nsOutlookSettings.cpp).
const QString omiManagerKey =
    QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\Outlook\\OMI Account Manager");

// HKLM\Software\Clients\Mail\Microsoft Outlook (popfile adduser-EmailConfig.nsh), the
// App Paths entry of OUTLOOK.EXE, or its data folder.
bool installed(const WindowsRegistryView& view, const HostEnvironment& env)
{
    const QString clients = QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Clients\\Mail\\Microsoft Outlook");
    const QString appPath = QStringLiteral(
        "HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows\\CurrentVersion\\App Paths\\OUTLOOK.EXE");
    return view.forKey(clients)->keyExists(clients) || view.forKey(appPath)->keyExists(appPath) ||
           QDir(env.path(QStringLiteral("AppData/Local/Microsoft/Outlook"))).exists();
}

outlook::ProfileKey profileFromKey(const QString& key)
{
    outlook::ProfileKey profile;
    profile.key = key;
    profile.profile = key.section(QLatin1Char('\\'), -2, -2);
    const QStringList parts = key.split(QLatin1Char('\\'));
    const int office = parts.indexOf(QStringLiteral("Office"));
    if (office >= 0 && office + 1 < parts.size())
        profile.version = parts[office + 1];
    return profile;
}

QString versionLabel(const outlook::ProfileKey& profile)
{
    if (profile.version.isEmpty())
        return tr("Outlook 2002-2010");
    if (profile.version == QLatin1String("15.0"))
        return tr("Outlook 2013");
    if (profile.version == QLatin1String("16.0"))
        return tr("Outlook 2016-2021/365");
    return tr("Outlook %1").arg(profile.version);
}

} // namespace

QList<ClientInstallation> OutlookAdapter::detect(const HostEnvironment& env) const
{
    QList<ClientInstallation> found;
    const WindowsRegistryView view = openWindowsRegistry(env);
    if (!view.user)
        return found;
    const Registry& registry = *view.user;
    const QString where = view.userStore.isEmpty() ? tr("registry") : env.displayPath(view.userStore);
    const QString defaultClient =
        registryText(*view.forKey(QStringLiteral("HKEY_LOCAL_MACHINE")),
                     QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Clients\\Mail"), QString());
    const auto base = [&](const QString& key, const QString& label) {
        ClientInstallation installation;
        installation.clientId = id();
        installation.clientName = displayName();
        installation.location = registryLocation(view.userStore, key);
        installation.label = QStringLiteral("%1 (%2)").arg(label, where);
        installation.isDefault = defaultClient == QLatin1String("Microsoft Outlook");
        if (!view.problem.isEmpty())
            installation.problems << view.problem;
        return installation;
    };
    for (const outlook::ProfileKey& profile : outlook::findProfiles(registry)) {
        ClientInstallation installation =
            base(profile.key, tr("%1, profile \"%2\"").arg(versionLabel(profile), profile.profile));
        installation.isDefault = installation.isDefault && profile.isDefault;
        installation.accounts = outlook::readAccounts(registry, profile);
        found << installation;
    }
    if (registry.keyExists(omiManagerKey + QStringLiteral("\\Accounts"))) {
        ClientInstallation installation = base(omiManagerKey, tr("Outlook 97-2000, Internet Mail Only"));
        installation.accounts = iam::readAccounts(registry, omiManagerKey);
        found << installation;
    }
    if (found.isEmpty() && installed(view, env)) {
        // Installed, no profile yet: the plan says how to add one.
        found << base(QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Office"),
                      tr("Outlook, no mail profile yet"));
    }
    return found;
}

QString OutlookAdapter::runningReason(const QString&) const
{
    // Outlook holds its profile open and rewrites account settings when it closes.
    const QString running = findRunning({QStringLiteral("outlook.exe")}, Qt::CaseInsensitive);
    if (running.isEmpty())
        return {};
    return tr("Microsoft Outlook is running (%1). Close it (File, Exit) and wait until it has gone from the "
              "taskbar, then try again: it keeps its accounts in memory and would undo the changes.")
        .arg(running);
}

ChangePlan OutlookAdapter::plan(const ClientInstallation& installation, const AccountSettings& settings) const
{
    ChangePlan plan = newPlan(installation);
    QString key;
    const std::unique_ptr<Registry> registry =
        openRegistryForPlan(installation.location, runningReason(installation.location), &plan, &key);
    if (!registry)
        return plan;
    if (key.compare(omiManagerKey, Qt::CaseInsensitive) == 0) {
        iam::planAccount(*registry, key, settings, displayName(), &plan);
        return plan;
    }
    if (!key.endsWith(QString::fromLatin1(outlook::accountListSubkey()), Qt::CaseInsensitive)) {
        plan.refusal =
            tr("Outlook has no mail profile yet. Quit Outlook, then run outlook.exe /importprf "
               "\"<the .prf file Mail Setup writes for Outlook>\": it creates the profile with the "
               "account.");
        return plan;
    }
    outlook::planAccount(*registry, profileFromKey(key), settings, &plan);
    return plan;
}

} // namespace mailsetup
