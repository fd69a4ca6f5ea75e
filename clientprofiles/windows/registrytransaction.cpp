// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrytransaction.h"

#include "regfile.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mailsetup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

QJsonValue valueToJson(const std::optional<RegistryValue>& value)
{
    if (!value)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("type"), qint64(value->type)},
                       {QStringLiteral("data"), QString::fromLatin1(value->data.toHex())}};
}

std::optional<RegistryValue> valueFromJson(const QJsonValue& json)
{
    if (!json.isObject())
        return std::nullopt;
    const QJsonObject object = json.toObject();
    return RegistryValue{quint32(object.value(QStringLiteral("type")).toInteger()),
                         QByteArray::fromHex(object.value(QStringLiteral("data")).toString().toLatin1())};
}

QString parentKey(const QString& key)
{
    const int slash = key.lastIndexOf(QLatin1Char('\\'));
    return slash > 0 ? key.left(slash) : QString();
}

} // namespace

Registry* RegistryStores::open(const QString& store, QString* error)
{
    auto it = m_stores.find(store);
    if (it != m_stores.end())
        return it->second.get();
    std::unique_ptr<Registry> registry = openRegistryStore(store, error);
    if (!registry)
        return nullptr;
    Registry* raw = registry.get();
    m_stores.emplace(store, std::move(registry));
    return raw;
}

bool RegistryStores::commitAll(QString* error)
{
    for (auto& [store, registry] : m_stores) {
        if (!registry->commit(error))
            return false;
    }
    return true;
}

QJsonObject registryEntryToJson(const RegistryBackupEntry& entry)
{
    return QJsonObject{{QStringLiteral("store"), entry.store},
                       {QStringLiteral("key"), entry.key},
                       {QStringLiteral("name"), entry.name},
                       {QStringLiteral("before"), valueToJson(entry.before)},
                       {QStringLiteral("after"), valueToJson(entry.after)},
                       {QStringLiteral("createdKeys"), QJsonArray::fromStringList(entry.createdKeys)},
                       {QStringLiteral("client"), entry.clientId},
                       {QStringLiteral("installation"), entry.installation}};
}

RegistryBackupEntry registryEntryFromJson(const QJsonObject& json)
{
    RegistryBackupEntry entry;
    entry.store = json.value(QStringLiteral("store")).toString();
    entry.key = json.value(QStringLiteral("key")).toString();
    entry.name = json.value(QStringLiteral("name")).toString();
    entry.before = valueFromJson(json.value(QStringLiteral("before")));
    entry.after = valueFromJson(json.value(QStringLiteral("after")));
    for (const QJsonValue& key : json.value(QStringLiteral("createdKeys")).toArray())
        entry.createdKeys << key.toString();
    entry.clientId = json.value(QStringLiteral("client")).toString();
    entry.installation = json.value(QStringLiteral("installation")).toString();
    return entry;
}

QString registryEntryName(const RegistryBackupEntry& entry)
{
    const QString where = entry.store.isEmpty() ? tr("the Windows registry") : entry.store;
    return tr("%1 \"%2\" in %3").arg(entry.key, entry.name, where);
}

QString checkRegistryUnchanged(RegistryStores& stores, const ChangePlan& plan)
{
    if (plan.registry.isEmpty())
        return {};
    QString error;
    Registry* registry = stores.open(plan.registryStore, &error);
    if (!registry)
        return error;
    for (const RegistryChange& change : plan.registry) {
        if (registry->value(change.key, change.name) != change.before) {
            return tr("the registry value %1 \"%2\" in %3 changed after the plan was made (was %4 started?). "
                      "Nothing was written; review the plan again.")
                .arg(change.key, change.name, registry->describe(), plan.clientName);
        }
    }
    return {};
}

bool prepareRegistryEntries(RegistryStores& stores,
                            const ChangePlan& plan,
                            QList<RegistryBackupEntry>* out,
                            QString* error)
{
    if (plan.registry.isEmpty())
        return true;
    Registry* registry = stores.open(plan.registryStore, error);
    if (!registry)
        return false;
    QStringList planned; // keys an earlier entry of this plan creates already
    for (const RegistryChange& change : plan.registry) {
        RegistryBackupEntry entry;
        entry.store = plan.registryStore;
        entry.key = change.key;
        entry.name = change.name;
        entry.before = change.before;
        entry.after = change.after;
        entry.clientId = plan.clientId;
        entry.installation = plan.installation;
        if (change.after) {
            for (QString key = change.key;
                 !key.isEmpty() && key.contains(QLatin1Char('\\')) && !registry->keyExists(key) &&
                 !planned.contains(key, Qt::CaseInsensitive);
                 key = parentKey(key)) {
                entry.createdKeys << key;
                planned << key;
            }
        }
        *out << entry;
    }
    return true;
}

bool applyRegistryEntries(RegistryStores& stores,
                          const QList<RegistryBackupEntry>& entries,
                          int* applied,
                          QString* error)
{
    *applied = 0;
    for (const RegistryBackupEntry& entry : entries) {
        Registry* registry = stores.open(entry.store, error);
        if (!registry)
            return false;
        const bool ok = entry.after ? registry->setValue(entry.key, entry.name, *entry.after, error)
                                    : registry->deleteValue(entry.key, entry.name, error);
        if (!ok)
            return false;
        ++*applied;
    }
    return stores.commitAll(error);
}

bool restoreRegistryEntries(RegistryStores& stores, const QList<RegistryBackupEntry>& entries, QString* error)
{
    for (int i = entries.size() - 1; i >= 0; --i) {
        const RegistryBackupEntry& entry = entries[i];
        Registry* registry = stores.open(entry.store, error);
        if (!registry)
            return false;
        const bool ok = entry.before ? registry->setValue(entry.key, entry.name, *entry.before, error)
                                     : registry->deleteValue(entry.key, entry.name, error);
        if (!ok)
            return false;
        for (const QString& key : entry.createdKeys) {
            if (!registry->deleteEmptyKey(key, error))
                return false;
        }
    }
    return stores.commitAll(error);
}

QByteArray registryEntriesExport(RegistryStores& stores, const QList<RegistryBackupEntry>& entries)
{
    RegFile file;
    for (const RegistryBackupEntry& entry : entries) {
        QString ignored;
        Registry* registry = stores.open(entry.store, &ignored);
        if (!registry)
            continue;
        if (const auto current = registry->value(entry.key, entry.name))
            file.setValue(entry.key, entry.name, *current);
    }
    return file.toBytes();
}

} // namespace mailsetup
