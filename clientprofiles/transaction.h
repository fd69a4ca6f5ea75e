// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeplan.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace mailsetup {

class ClientRegistry;

// One file an apply touched, as recorded in the transaction's manifest.
struct BackupEntry
{
    QString path;
    bool existed = false;
    QString backupFile; // relative to the transaction folder; empty when the file was new
    QString sha256Before;
    QString sha256After;
    QString clientId;
    QString installation;
};

// One registry value an apply touched (Windows clients): where, what it was before
// (empty: it did not exist) and what the apply wrote, so undo restores it exactly.
struct RegistryBackupEntry
{
    QString store; // a .reg file path, or empty for this computer's registry
    QString key;
    QString name;
    std::optional<RegistryValue> before;
    std::optional<RegistryValue> after;
    QStringList createdKeys; // keys the apply created for this value, deepest first
    QString clientId;
    QString installation;
};

struct TransactionRecord
{
    enum class State
    {
        Prepared,
        Applied,
        Failed,
        Undone
    };

    QString id;
    QString directory;
    QDateTime created;
    State state = State::Prepared;
    QString description;
    QStringList summary;
    QList<BackupEntry> entries;
    QList<RegistryBackupEntry> registry;

    static QString stateName(State state);
};

// The folder that keeps, per apply, a copy of every file before it was touched
// and a manifest (JSON) saying where each belongs, so undo works after a crash,
// a reboot or from the command line. Private to the user (0700).
class BackupStore
{
public:
    explicit BackupStore(const QString& root);
    // $MAILSETUP_DATA_DIR/backups if set, else the per-user application data folder.
    static QString defaultRoot();

    QString root() const { return m_root; }
    QList<TransactionRecord> transactions() const; // newest first
    std::optional<TransactionRecord> find(const QString& id) const;

    bool create(TransactionRecord* record, QString* error);
    bool save(const TransactionRecord& record, QString* error) const;

private:
    QString m_root;
};

// Non-empty when the client runs on that installation, saying what to do.
using RunningCheck = std::function<QString(const QString& clientId, const QString& installation)>;
RunningCheck runningCheck(const ClientRegistry& registry);

struct ApplyResult
{
    bool ok = false;
    QString transactionId;
    QString error;
    QStringList written;
};

// Writes the plans as one transaction: checks that no client runs and that no file
// changed since planning, backs every file up, then replaces each atomically.
// If any write fails, the files already written are put back.
ApplyResult applyPlans(const QList<ChangePlan>& plans,
                       BackupStore& store,
                       const RunningCheck& running,
                       const QString& description);

struct UndoResult
{
    bool ok = false;
    QString error;
    QStringList restored;
    QStringList conflicts; // files (and registry values) changed since the apply
};

// Puts back every file of a transaction byte for byte. A file changed since the
// apply is a conflict and stops the undo unless force is set; even then its
// current version is first kept in the transaction folder, so nothing is lost.
UndoResult undoTransaction(BackupStore& store, const QString& id, const RunningCheck& running, bool force);

QString sha256Hex(const QByteArray& data);

} // namespace mailsetup
