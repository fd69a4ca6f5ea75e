// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsettings.h"
#include "changeplan.h"
#include "hostenvironment.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace mailsetup {

// An account as a client has it now.
struct ExistingAccount
{
    QString key; // the client's own id for it (e.g. "account3")
    QString email;
    QString name;
    std::optional<ServerSettings> incoming;
    std::optional<ServerSettings> outgoing;
    bool isDefault = false;

    QString describe() const; // one line for people
};

// One place a client keeps its settings: a Thunderbird profile, a .pinerc, ...
struct ClientInstallation
{
    QString clientId;
    QString clientName;
    QString location; // a directory or file; what the plan and the backups name
    QString label;    // for people
    bool isDefault = false;
    QList<ExistingAccount> accounts;
    QStringList problems; // what could not be read, with file and line
};

// Everything Mail Setup knows about one mail client. Adapters only read and plan;
// the applier does all writing, so backup, atomic replace and undo are the same
// for every client.
class ClientAdapter
{
public:
    virtual ~ClientAdapter() = default;

    virtual QString id() const = 0;
    virtual QString displayName() const = 0;

    virtual QList<ClientInstallation> detect(const HostEnvironment& env) const = 0;
    // Non-empty when the client runs on this installation now: writing would be
    // overwritten by the client's own rewrite. Says which and what to do.
    virtual QString runningReason(const QString& location) const = 0;
    virtual ChangePlan plan(const ClientInstallation& installation,
                            const AccountSettings& settings) const = 0;

    // An empty plan that names this client and the installation, for plan() to fill.
    ChangePlan newPlan(const ClientInstallation& installation) const;
};

// Which installations to set up when the person did not choose (indexes into all):
// those that already have the address; else the default ones of programs that are
// set up already (their settings exist), so a program merely installed does not get
// a new settings file; else any default ones; else the first.
QList<int> suggestedInstallations(const QList<ClientInstallation>& all, const QString& email);

// The adapters this build knows, in the order people see them.
class ClientRegistry
{
public:
    ClientRegistry();
    ~ClientRegistry();

    const std::vector<std::unique_ptr<ClientAdapter>>& adapters() const { return m_adapters; }
    const ClientAdapter* find(const QString& id) const;
    QList<ClientInstallation> detectAll(const HostEnvironment& env) const;

private:
    std::vector<std::unique_ptr<ClientAdapter>> m_adapters;
};

} // namespace mailsetup
