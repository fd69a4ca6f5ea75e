// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientadapter.h"
#include "nsstruststore.h"
#include "providerprofile.h"
#include "truststore.h"
#include "wizardcontext.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace mailsetup {

class ToolRunner;
class TrustStore;

// A certificate store that matters for the mail programs on this computer: the
// NSS database inside a Mozilla profile (Thunderbird, SeaMonkey read only their
// own), or the system store that OpenSSL/GnuTLS programs read (Evolution, KMail,
// Claws Mail, Mutt, Alpine; research section 11). No widgets: plain data that a
// worker thread turns into a TrustStore of its own.
struct TrustStoreChoice
{
    enum class Kind
    {
        System,
        Nss
    };
    Kind kind = Kind::System;
    NssDatabase nss;      // Kind::Nss
    QString name;         // for people
    QStringList programs; // the mail programs that read it, for people
    bool needsAdministrator = false;
};

// One choice per store, system store first (when any program needs it), then each
// Mozilla profile that has a certificate database. Programs whose profile has no
// database yet are named in `missing` (it is made at the program's first start).
QList<TrustStoreChoice> trustStoresFor(const QList<ClientInstallation>& installations,
                                       const WizardContext& context,
                                       QStringList* missing = nullptr);

// What installing into one store did, as the certificate and done pages show it.
struct TrustInstallOutcome
{
    TrustResult result;
    TrustStoreChoice store; // its name for people; what to make to take it out again

    bool added() const { return result.status == TrustResult::Status::Done && !result.addedEntry.isEmpty(); }
};

// The store itself, made on the thread that uses it; empty with *error set when
// this system has no store Mail Setup knows.
std::unique_ptr<TrustStore> makeTrustStore(const TrustStoreChoice& choice,
                                           const WizardContext& context,
                                           ToolRunner& runner,
                                           QString* error);

// Undo for certificates: takes `ca` out of every store in `installed` that it was
// added to (not those that had it before), through the install record. On the
// thread that calls it, as makeTrustStore.
QList<TrustInstallOutcome> uninstallAdded(const QList<TrustInstallOutcome>& installed,
                                          const CaCertificate& ca,
                                          const WizardContext& context,
                                          ToolRunner& runner);

} // namespace mailsetup
