// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

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

    bool canApply() const { return refusal.isEmpty() && !files.isEmpty(); }
    bool isNoOp() const { return refusal.isEmpty() && files.isEmpty(); }
    // The whole plan for a person: summary, notes, and a unified diff per file.
    QString toText(bool withDiff = true) const;
};

// The line with any password value replaced by ***, for everything people see.
QString redactSecrets(const QString& line);

} // namespace mailsetup
