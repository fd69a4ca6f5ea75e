// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "windows/registryvalue.h"

namespace mailsetup {

// One file a plan writes: its bytes now (as read while planning) and after.
struct FileChange
{
    QString path;
    bool existed = false;
    QByteArray before;
    QByteArray after;
    QStringList details; // per-setting changes, for people: `hostname: "a" → "b"`
};

// One registry value a plan writes (Windows clients): as read while planning and after.
// An empty before: the value did not exist; an empty after: the plan deletes it.
struct RegistryChange
{
    QString key;  // full path: HKEY_CURRENT_USER\Identities\{...}\...\Accounts\00000001
    QString name; // empty: the key's default value
    std::optional<RegistryValue> before;
    std::optional<RegistryValue> after;

    QString describe() const; // one line for people
};

// Everything one client installation would change, computed without writing
// anything. A plan is shown first; the applier writes exactly these bytes and
// refuses if a file changed since it was read.
struct ChangePlan
{
    QString clientId;          // adapter id, e.g. "thunderbird"
    QString clientName;        // "Thunderbird"
    QString installation;      // the profile directory or equivalent key
    QString installationLabel; // "profile default-release (~/.thunderbird/abcd.default-release)"
    QStringList summary;       // what happens, in plain words
    QStringList notes;         // what was left alone or could not be expressed, and why
    QString refusal;           // when set, nothing may be written, and this says why and what to do
    QList<FileChange> files;
    // Registry values to write, and where: a .reg file standing for HKEY_CURRENT_USER
    // (a Windows home on another system), or empty for this computer's registry.
    QString registryStore;
    QList<RegistryChange> registry;

    bool canApply() const { return refusal.isEmpty() && (!files.isEmpty() || !registry.isEmpty()); }
    bool isNoOp() const { return refusal.isEmpty() && files.isEmpty() && registry.isEmpty(); }
    // The whole plan for a person: summary, notes, and a unified diff per file.
    QString toText(bool withDiff = true) const;
};

// The line with any password value replaced by ***, for everything people see.
QString redactSecrets(const QString& line);

} // namespace mailsetup
