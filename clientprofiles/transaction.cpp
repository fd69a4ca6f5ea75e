// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "clientadapter.h"
#include "system/filesnapshot.h"
#include "windows/registrytransaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcApply, "mailsetup.apply", QtWarningMsg)

namespace mailsetup {
namespace {

const QString manifestName = QStringLiteral("manifest.json");

QString tr(const char* text)
{
    return QCoreApplication::translate("mailsetup", text);
}

const char* stateKey(TransactionRecord::State state)
{
    switch (state) {
    case TransactionRecord::State::Prepared:
        return "prepared";
    case TransactionRecord::State::Applied:
        return "applied";
    case TransactionRecord::State::Failed:
        return "failed";
    case TransactionRecord::State::Undone:
        return "undone";
    }
    return "prepared";
}

TransactionRecord::State stateFromKey(const QString& key)
{
    if (key == QLatin1String("applied"))
        return TransactionRecord::State::Applied;
    if (key == QLatin1String("failed"))
        return TransactionRecord::State::Failed;
    if (key == QLatin1String("undone"))
        return TransactionRecord::State::Undone;
    return TransactionRecord::State::Prepared;
}

// Atomic replace: readers see the old or the new file, never a mix, even if we are
// killed halfway. New files get 0600: they hold account details.
bool writeAtomically(const QString& path, const QByteArray& bytes, QString* error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    const bool existed = info.exists();
    const QFileDevice::Permissions permissions =
        existed ? QFile::permissions(path) : QFileDevice::Permissions();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // On the temporary file, before it takes the name: a kill between the rename and a
    // later chmod would leave a new file readable by others (test_crashconsistency).
    file.setPermissions(existed ? permissions : (QFile::ReadOwner | QFile::WriteOwner));
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

QJsonObject toJson(const TransactionRecord& record)
{
    QJsonArray registry;
    for (const RegistryBackupEntry& e : record.registry)
        registry.append(registryEntryToJson(e));
    QJsonArray entries;
    for (const BackupEntry& e : record.entries) {
        entries.append(QJsonObject{{QStringLiteral("path"), e.path},
                                   {QStringLiteral("existed"), e.existed},
                                   {QStringLiteral("backup"), e.backupFile},
                                   {QStringLiteral("sha256Before"), e.sha256Before},
                                   {QStringLiteral("sha256After"), e.sha256After},
                                   {QStringLiteral("client"), e.clientId},
                                   {QStringLiteral("installation"), e.installation}});
    }
    return QJsonObject{{QStringLiteral("format"), 1},
                       {QStringLiteral("id"), record.id},
                       {QStringLiteral("created"), record.created.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("state"), QLatin1String(stateKey(record.state))},
                       {QStringLiteral("description"), record.description},
                       {QStringLiteral("summary"), QJsonArray::fromStringList(record.summary)},
                       {QStringLiteral("entries"), entries},
                       {QStringLiteral("registry"), registry}};
}

std::optional<TransactionRecord> fromJson(const QJsonObject& json, const QString& directory)
{
    if (json.value(QStringLiteral("format")).toInt() != 1)
        return std::nullopt;
    TransactionRecord record;
    record.id = json.value(QStringLiteral("id")).toString();
    record.directory = directory;
    record.created =
        QDateTime::fromString(json.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    record.state = stateFromKey(json.value(QStringLiteral("state")).toString());
    record.description = json.value(QStringLiteral("description")).toString();
    for (const QJsonValue& line : json.value(QStringLiteral("summary")).toArray())
        record.summary << line.toString();
    for (const QJsonValue& value : json.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject e = value.toObject();
        record.entries << BackupEntry{e.value(QStringLiteral("path")).toString(),
                                      e.value(QStringLiteral("existed")).toBool(),
                                      e.value(QStringLiteral("backup")).toString(),
                                      e.value(QStringLiteral("sha256Before")).toString(),
                                      e.value(QStringLiteral("sha256After")).toString(),
                                      e.value(QStringLiteral("client")).toString(),
                                      e.value(QStringLiteral("installation")).toString()};
    }
    for (const QJsonValue& value : json.value(QStringLiteral("registry")).toArray())
        record.registry << registryEntryFromJson(value.toObject());
    if (record.id.isEmpty())
        return std::nullopt;
    return record;
}

// Puts files back to their recorded state; used by undo and by a failed apply.
bool restoreEntry(const TransactionRecord& record, const BackupEntry& entry, QString* error)
{
    if (!entry.existed) {
        if (QFile::exists(entry.path) && !QFile::remove(entry.path)) {
            *error = tr("cannot remove %1").arg(entry.path);
            return false;
        }
        return true;
    }
    QFile backup(QDir(record.directory).filePath(entry.backupFile));
    if (!backup.open(QIODevice::ReadOnly)) {
        *error = tr("the backup copy %1 is missing: %2").arg(backup.fileName(), backup.errorString());
        return false;
    }
    const QByteArray bytes = backup.readAll();
    if (sha256Hex(bytes) != entry.sha256Before) {
        *error = tr("the backup copy %1 is damaged (its checksum does not match)").arg(backup.fileName());
        return false;
    }
    return writeAtomically(entry.path, bytes, error);
}

QString checkRunning(const QList<QPair<QString, QString>>& installations, const RunningCheck& running)
{
    if (!running)
        return {};
    QStringList reasons;
    for (const auto& [client, location] : installations) {
        const QString reason = running(client, location);
        if (!reason.isEmpty() && !reasons.contains(reason))
            reasons << reason;
    }
    return reasons.join(QLatin1Char('\n'));
}

} // namespace

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString TransactionRecord::stateName(State state)
{
    return QString::fromLatin1(stateKey(state));
}

BackupStore::BackupStore(const QString& root) : m_root(root) {}

QString BackupStore::defaultRoot()
{
    const QString overridden = qEnvironmentVariable("MAILSETUP_DATA_DIR");
    const QString base = overridden.isEmpty()
                             ? QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                                   QStringLiteral("/mailsetup")
                             : overridden;
    return base + QStringLiteral("/backups");
}

QList<TransactionRecord> BackupStore::transactions() const
{
    QList<TransactionRecord> records;
    const QDir root(m_root);
    const auto dirs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString& name : dirs) {
        QFile manifest(root.filePath(name + QLatin1Char('/') + manifestName));
        if (!manifest.open(QIODevice::ReadOnly))
            continue;
        const auto record =
            fromJson(QJsonDocument::fromJson(manifest.readAll()).object(), root.filePath(name));
        if (record)
            records << *record;
    }
    return records;
}

std::optional<TransactionRecord> BackupStore::find(const QString& id) const
{
    for (const TransactionRecord& record : transactions()) {
        if (record.id == id)
            return record;
    }
    return std::nullopt;
}

bool BackupStore::create(TransactionRecord* record, QString* error)
{
    if (!QDir().mkpath(m_root)) {
        *error = tr("cannot create the backup folder %1").arg(m_root);
        return false;
    }
    QFile::setPermissions(m_root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    record->created = QDateTime::currentDateTimeUtc();
    // Sortable by time; the random tail keeps two applies in one millisecond apart.
    record->id =
        record->created.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + QLatin1Char('-') +
        QString::number(QRandomGenerator::global()->bounded(0x10000), 16).rightJustified(4, QLatin1Char('0'));
    record->directory = QDir(m_root).filePath(record->id);
    if (!QDir().mkpath(record->directory + QStringLiteral("/files"))) {
        *error = tr("cannot create the backup folder %1").arg(record->directory);
        return false;
    }
    QFile::setPermissions(record->directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return true;
}

bool BackupStore::save(const TransactionRecord& record, QString* error) const
{
    return writeAtomically(QDir(record.directory).filePath(manifestName),
                           QJsonDocument(toJson(record)).toJson(QJsonDocument::Indented), error);
}

RunningCheck runningCheck(const ClientRegistry& registry)
{
    return [&registry](const QString& clientId, const QString& installation) -> QString {
        const ClientAdapter* adapter = registry.find(clientId);
        return adapter ? adapter->runningReason(installation) : QString();
    };
}

ApplyResult applyPlans(const QList<ChangePlan>& plans,
                       BackupStore& store,
                       const RunningCheck& running,
                       const QString& description)
{
    ApplyResult result;
    QList<QPair<QString, QString>> installations;
    QList<QPair<const ChangePlan*, const FileChange*>> changes;
    QList<const ChangePlan*> registryPlans;
    QStringList summary;
    for (const ChangePlan& plan : plans) {
        if (!plan.refusal.isEmpty()) {
            result.error =
                QStringLiteral("%1 (%2): %3").arg(plan.clientName, plan.installationLabel, plan.refusal);
            return result;
        }
        installations << qMakePair(plan.clientId, plan.installation);
        for (const FileChange& change : plan.files)
            changes << qMakePair(&plan, &change);
        if (!plan.registry.isEmpty())
            registryPlans << &plan;
        for (const QString& line : plan.summary)
            summary << QStringLiteral("%1: %2").arg(plan.clientName, line);
    }
    if (changes.isEmpty() && registryPlans.isEmpty()) {
        result.ok = true; // nothing to do is success, and needs no transaction
        return result;
    }

    result.error = checkRunning(installations, running);
    if (!result.error.isEmpty())
        return result;

    // The plan was shown to a person; write nothing if what it was made from moved.
    for (const auto& [plan, change] : changes) {
        const FileSnapshot current = FileSnapshot::read(change->path);
        if (!current.error.isEmpty()) {
            result.error = current.error;
            return result;
        }
        if (current.exists != change->existed || current.bytes != change->before) {
            result.error = tr("%1 changed after the plan was made (was %2 started?). Nothing was written; "
                              "review the plan again.")
                               .arg(change->path, plan->clientName);
            return result;
        }
    }

    RegistryStores registryStores;
    for (const ChangePlan* plan : registryPlans) {
        result.error = checkRegistryUnchanged(registryStores, *plan);
        if (!result.error.isEmpty())
            return result;
    }

    TransactionRecord record;
    record.description = description;
    record.summary = summary;
    for (const ChangePlan* plan : registryPlans) {
        if (!prepareRegistryEntries(registryStores, *plan, &record.registry, &result.error))
            return result;
    }
    if (!store.create(&record, &result.error))
        return result;
    int index = 0;
    for (const auto& [plan, change] : changes) {
        BackupEntry entry;
        entry.path = change->path;
        entry.existed = change->existed;
        entry.sha256Before = sha256Hex(change->before);
        entry.sha256After = sha256Hex(change->after);
        entry.clientId = plan->clientId;
        entry.installation = plan->installation;
        if (change->existed) {
            entry.backupFile = QStringLiteral("files/%1-%2")
                                   .arg(++index, 3, 10, QLatin1Char('0'))
                                   .arg(QFileInfo(change->path).fileName());
            if (!writeAtomically(QDir(record.directory).filePath(entry.backupFile), change->before,
                                 &result.error))
                return result;
        }
        record.entries << entry;
    }
    // The manifest is on disk before the first client file changes, so even a
    // crash in the middle leaves a transaction that undo can finish.
    if (!store.save(record, &result.error))
        return result;

    for (int i = 0; i < changes.size(); ++i) {
        const FileChange* change = changes[i].second;
        QString error;
        if (!writeAtomically(change->path, change->after, &error)) {
            qCWarning(lcApply) << "apply failed, rolling back:" << error;
            QStringList rollbackErrors;
            for (int j = i - 1; j >= 0; --j) {
                QString rollbackError;
                if (!restoreEntry(record, record.entries[j], &rollbackError))
                    rollbackErrors << rollbackError;
            }
            record.state = TransactionRecord::State::Failed;
            QString ignored;
            store.save(record, &ignored);
            result.error = rollbackErrors.isEmpty()
                               ? tr("%1 Every file was put back as it was.").arg(error)
                               : tr("%1 Putting the other files back also failed: %2. The copies are in %3.")
                                     .arg(error, rollbackErrors.join(QStringLiteral("; ")), record.directory);
            return result;
        }
        result.written << change->path;
        qCInfo(lcApply) << "wrote" << change->path;
    }
    if (!record.registry.isEmpty()) {
        int applied = 0;
        QString error;
        if (!applyRegistryEntries(registryStores, record.registry, &applied, &error)) {
            qCWarning(lcApply) << "registry apply failed, rolling back:" << error;
            QStringList rollbackErrors;
            QString rollbackError;
            if (!restoreRegistryEntries(registryStores, record.registry.mid(0, applied), &rollbackError))
                rollbackErrors << rollbackError;
            for (int j = record.entries.size() - 1; j >= 0; --j) {
                if (!restoreEntry(record, record.entries[j], &rollbackError))
                    rollbackErrors << rollbackError;
            }
            record.state = TransactionRecord::State::Failed;
            QString ignored;
            store.save(record, &ignored);
            result.error = rollbackErrors.isEmpty()
                               ? tr("%1 Everything was put back as it was.").arg(error)
                               : tr("%1 Putting the rest back also failed: %2. The copies are in %3.")
                                     .arg(error, rollbackErrors.join(QStringLiteral("; ")), record.directory);
            result.written.clear();
            return result;
        }
        for (const RegistryBackupEntry& entry : record.registry)
            result.written << registryEntryName(entry);
    }
    record.state = TransactionRecord::State::Applied;
    if (!store.save(record, &result.error))
        return result;
    result.ok = true;
    result.transactionId = record.id;
    return result;
}

UndoResult undoTransaction(BackupStore& store, const QString& id, const RunningCheck& running, bool force)
{
    UndoResult result;
    std::optional<TransactionRecord> found = store.find(id);
    if (!found) {
        result.error = tr("there is no change with the id %1 in %2").arg(id, store.root());
        return result;
    }
    TransactionRecord record = *found;
    if (record.state == TransactionRecord::State::Undone) {
        result.error = tr("the change %1 was already undone").arg(id);
        return result;
    }

    QList<QPair<QString, QString>> installations;
    for (const BackupEntry& entry : record.entries)
        installations << qMakePair(entry.clientId, entry.installation);
    for (const RegistryBackupEntry& entry : record.registry)
        installations << qMakePair(entry.clientId, entry.installation);
    result.error = checkRunning(installations, running);
    if (!result.error.isEmpty())
        return result;

    QList<const BackupEntry*> toRestore;
    for (const BackupEntry& entry : record.entries) {
        const FileSnapshot current = FileSnapshot::read(entry.path);
        if (!current.error.isEmpty()) {
            result.error = current.error;
            return result;
        }
        const QString hash = current.exists ? sha256Hex(current.bytes) : QString();
        const bool isBefore =
            entry.existed ? (current.exists && hash == entry.sha256Before) : !current.exists;
        if (isBefore)
            continue; // already as it was (an apply that stopped before this file)
        if (!current.exists || hash != entry.sha256After)
            result.conflicts << entry.path;
        toRestore << &entry;
    }
    // Registry values: as for files, a value changed since the apply is a conflict.
    RegistryStores registryStores;
    QList<RegistryBackupEntry> registryToRestore;
    QList<RegistryBackupEntry> registryConflicts;
    for (const RegistryBackupEntry& entry : record.registry) {
        Registry* registry = registryStores.open(entry.store, &result.error);
        if (!registry)
            return result;
        const std::optional<RegistryValue> current = registry->value(entry.key, entry.name);
        if (current == entry.before && entry.createdKeys.isEmpty())
            continue; // already as it was
        if (current != entry.after && current != entry.before) {
            result.conflicts << registryEntryName(entry);
            registryConflicts << entry;
        }
        registryToRestore << entry;
    }
    if (!result.conflicts.isEmpty() && !force) {
        result.error = tr("these files were changed after Mail Setup wrote them (a mail program rewrites its "
                          "settings when it starts or closes): %1. Undoing would also take back those later "
                          "changes. Run the undo again with --force to restore them anyway; their current "
                          "versions will be kept in %2.")
                           .arg(result.conflicts.join(QStringLiteral(", ")), record.directory);
        return result;
    }

    for (const BackupEntry* entry : toRestore) {
        if (result.conflicts.contains(entry->path) && QFile::exists(entry->path)) {
            const FileSnapshot current = FileSnapshot::read(entry->path);
            const QString keep =
                QStringLiteral("files/before-undo-%1-%2")
                    .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")),
                         QFileInfo(entry->path).fileName());
            if (!writeAtomically(QDir(record.directory).filePath(keep), current.bytes, &result.error))
                return result;
        }
        QString error;
        if (!restoreEntry(record, *entry, &error)) {
            result.error = error;
            return result;
        }
        result.restored << entry->path;
    }
    if (!registryConflicts.isEmpty()) {
        const QString keep = QStringLiteral("files/before-undo-%1-registry.reg")
                                 .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
        if (!writeAtomically(QDir(record.directory).filePath(keep),
                             registryEntriesExport(registryStores, registryConflicts), &result.error))
            return result;
    }
    if (!registryToRestore.isEmpty()) {
        if (!restoreRegistryEntries(registryStores, registryToRestore, &result.error))
            return result;
        for (const RegistryBackupEntry& entry : registryToRestore)
            result.restored << registryEntryName(entry);
    }
    record.state = TransactionRecord::State::Undone;
    if (!store.save(record, &result.error))
        return result;
    result.ok = true;
    return result;
}

} // namespace mailsetup
