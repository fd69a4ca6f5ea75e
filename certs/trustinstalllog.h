// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "truststore.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace mailsetup {

// What Mail Setup added to which trust store, so that uninstall (and undo) takes
// out exactly that and never a certificate that was there before us. A JSON file,
// by default ~/.local/share/mailsetup/trust-installs.json (mode 0600).
struct TrustInstallRecord
{
    QString storeId;   // TrustStore::id()
    QString storeName; // TrustStore::displayName() when it was added
    QString entry;     // TrustResult::addedEntry: file, nickname, keychain entry
    QString sha256;    // "07:ED:..." of the certificate added
    QString subject;
    QDateTime installedAt;
};

class TrustInstallLog
{
public:
    explicit TrustInstallLog(QString path = defaultPath());
    static QString defaultPath();

    QString path() const { return m_path; }
    QList<TrustInstallRecord> records() const;
    std::optional<TrustInstallRecord> find(const QString& storeId, const QByteArray& sha256) const;
    bool add(const TrustInstallRecord& record, QString* error);
    bool remove(const QString& storeId, const QByteArray& sha256, QString* error);

private:
    bool write(const QList<TrustInstallRecord>& records, QString* error) const;
    QString m_path;
};

// Install and uninstall with the record kept: install records only what it added
// (AlreadyPresent adds no record), uninstall refuses what has no record.
TrustResult installAndRecord(TrustStore& store,
                             const TrustAnchor& anchor,
                             const QString& confirmedFingerprint,
                             TrustInstallLog& log);
TrustResult uninstallRecorded(TrustStore& store, const TrustAnchor& anchor, TrustInstallLog& log);

} // namespace mailsetup
