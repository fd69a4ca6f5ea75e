// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowsregistryhome.h"

#include <QDir>
#include <QFileInfo>

namespace mailsetup {

const Registry* WindowsRegistryView::forKey(const QString& key) const
{
    if (machine && key.startsWith(QLatin1String("HKEY_LOCAL_MACHINE"), Qt::CaseInsensitive))
        return machine.get();
    return user.get();
}

QString userRegistryFile(const HostEnvironment& env)
{
    return env.path(QStringLiteral("registry/HKEY_CURRENT_USER.reg"));
}

QString machineRegistryFile(const HostEnvironment& env)
{
    return env.path(QStringLiteral("registry/HKEY_LOCAL_MACHINE.reg"));
}

WindowsRegistryView openWindowsRegistry(const HostEnvironment& env)
{
    WindowsRegistryView view;
    if (env.os != HostEnvironment::Os::Windows)
        return view;
    const QString userFile = userRegistryFile(env);
    if (QFileInfo::exists(userFile)) {
        view.userStore = userFile;
        view.user = openRegistryStore(userFile, &view.problem);
        if (QFileInfo::exists(machineRegistryFile(env))) {
            QString problem;
            view.machine = openRegistryStore(machineRegistryFile(env), &problem);
            if (!problem.isEmpty())
                view.problem = problem;
        }
        return view;
    }
#if defined(Q_OS_WIN)
    // This computer's own user: the registry itself.
    if (QDir::cleanPath(env.home).compare(QDir::cleanPath(QDir::homePath()), Qt::CaseInsensitive) == 0) {
        view.userStore = nativeRegistryStore();
        view.user = openRegistryStore(nativeRegistryStore(), &view.problem);
    }
#endif
    return view;
}

QString registryLocation(const QString& store, const QString& key)
{
    return store.isEmpty() ? key : store + QLatin1Char('|') + key;
}

void splitRegistryLocation(const QString& location, QString* store, QString* key)
{
    const int bar = location.lastIndexOf(QLatin1Char('|'));
    *store = bar < 0 ? QString() : location.left(bar);
    *key = bar < 0 ? location : location.mid(bar + 1);
}

QString registryText(const Registry& registry, const QString& key, const QString& name)
{
    const auto value = registry.value(key, name);
    if (!value)
        return {};
    if (value->isString() || value->type == quint32(RegistryType::Binary))
        return value->toText();
    return {};
}

std::optional<quint32> registryDword(const Registry& registry, const QString& key, const QString& name)
{
    const auto value = registry.value(key, name);
    return value ? value->toDword() : std::nullopt;
}

std::unique_ptr<Registry>
openRegistryForPlan(const QString& location, const QString& runningReason, ChangePlan* plan, QString* key)
{
    QString store;
    splitRegistryLocation(location, &store, key);
    plan->registryStore = store;
    if (!runningReason.isEmpty()) {
        plan->refusal = runningReason;
        return nullptr;
    }
    QString error;
    std::unique_ptr<Registry> registry = openRegistryStore(store, &error);
    if (!registry)
        plan->refusal = error;
    return registry;
}

void planRegistryValue(const Registry& registry,
                       const QString& key,
                       const QString& name,
                       const RegistryValue& target,
                       ChangePlan* plan)
{
    const std::optional<RegistryValue> current = registry.value(key, name);
    if (current != target)
        plan->registry << RegistryChange{key, name, current, target};
}

} // namespace mailsetup
