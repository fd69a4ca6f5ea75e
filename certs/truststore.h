// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trustanchor.h"

#include <QByteArray>
#include <QString>

namespace mailsetup {

// The outcome of one trust-store operation, in plain words that name the store.
struct TrustResult
{
    enum class Status
    {
        Done,           // installed, removed, or (isInstalled/verify) yes
        AlreadyPresent, // install: it was there before; nothing was added
        NotPresent,     // isInstalled: no; uninstall: nothing to remove
        Refused,        // a check said no (confirmation, lock, foreign entry); nothing changed
        Failed          // the store's tool or file said no
    };
    Status status = Status::Failed;
    QString message;
    // install: what exactly was added (a file path, an NSS nickname, a keychain),
    // so that uninstall removes that and nothing else. Empty when nothing was added.
    QString addedEntry;

    bool succeeded() const { return status == Status::Done || status == Status::AlreadyPresent; }
    static TrustResult done(const QString& message, const QString& entry = QString());
    static TrustResult make(Status status, const QString& message);
};

// One place that decides which root certificates a program trusts: the system
// store, an NSS database, a macOS keychain, a Windows certificate store.
class TrustStore
{
public:
    virtual ~TrustStore() = default;

    // Stable id for records, e.g. "linux-system:debian", "nss:/home/a/.thunderbird/x.default".
    virtual QString id() const = 0;
    // For people: "the system certificate store (/usr/local/share/ca-certificates, Debian)".
    virtual QString displayName() const = 0;
    virtual bool needsAdministrator() const { return false; }

    // Installs only when confirmedFingerprint is the fingerprint the user was shown
    // (TrustAnchor::refuseConfirmation) and only when the store does not trust the
    // certificate already (then AlreadyPresent, nothing added).
    TrustResult install(const TrustAnchor& anchor, const QString& confirmedFingerprint);
    // Done when the store trusts exactly this certificate (by SHA-256), NotPresent otherwise.
    virtual TrustResult isInstalled(const TrustAnchor& anchor) = 0;
    // Whether a certificate issued by the anchor (an intermediate or a server's
    // certificate, PEM or DER) is trusted through this store. Done = trusted.
    virtual TrustResult verify(const TrustAnchor& anchor, const QByteArray& issuedCertificate) = 0;
    // Removes the entry install() reported (addedEntry), after checking it still
    // holds this certificate. Entries we did not add are never passed here.
    virtual TrustResult uninstall(const TrustAnchor& anchor, const QString& addedEntry) = 0;

protected:
    virtual TrustResult installChecked(const TrustAnchor& anchor) = 0;
};

} // namespace mailsetup
