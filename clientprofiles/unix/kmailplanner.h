// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "kmailsettings.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace mailsetup {

// One key of an existing group, as it is and as it should be.
struct KConfigChange
{
    QString group;
    QString key;
    std::optional<QString> before;
    QString after;

    QString describe() const; // `[group] key: "a" → "b"` or `[group] key = "b" (new)`
};

struct KConfigNewGroup
{
    QString group;
    QList<QPair<QString, QString>> entries; // in the order KConfig writes them (sorted keys)
};

struct KConfigFileChanges
{
    QList<KConfigChange> changes;
    QList<KConfigNewGroup> newGroups;
    bool isEmpty() const { return changes.isEmpty() && newGroups.isEmpty(); }
};

struct KMailAccountPlan
{
    KConfigFileChanges transports; // mailtransports
    KConfigFileChanges identities; // emailidentities
    QStringList summary;
    QStringList notes;
    QString refusal;
};

// A random id in [1, RAND_MAX), as TransportManagerPrivate::createId and
// IdentityManagerPrivate::newUoid make them; tests may pass their own.
using KMailIdSource = std::function<int()>;

// Decides what to change so that the identity with the address sends through the
// provider's server: the identity's own transport when nobody else uses it, else a new
// one (another identity's server never changes). Without such an identity, a new
// identity and transport are added (only when the provider also offers incoming mail,
// which KMail keeps in Akonadi and the notes explain how to add).
KMailAccountPlan planKMailAccount(const KMailSettings& kmail,
                                  const AccountSettings& settings,
                                  const KMailIdSource& newId = {});

} // namespace mailsetup
