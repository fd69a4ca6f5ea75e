// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "toolrunner.h"
#include "truststore.h"

#include <QList>
#include <QString>

namespace mailsetup {

// An NSS certificate database a program reads its roots from: a Thunderbird,
// SeaMonkey or Firefox profile, or Chromium's ~/.pki/nssdb.
struct NssDatabase
{
    QString directory;
    QString program;             // "Thunderbird", "Firefox", "SeaMonkey", "Chromium (shared NSS database)"
    bool mozillaProfile = false; // a Mozilla program keeps it open while running on it
    // "sql:" for cert9.db (NSS >= 3.35), "dbm:" for the old cert8.db; sql: for a new one.
    QString prefix() const;
    QString spec() const { return prefix() + directory; }
};

// Every NSS database below home, following mkcert's truststore_nss.go list
// (~/.pki/nssdb, snap Chromium, Firefox profiles) plus Thunderbird and SeaMonkey
// profiles (research section 1.8/11). A folder counts when it holds cert9.db or cert8.db.
QList<NssDatabase> findNssDatabases(const QString& home);

// One NSS database, changed with NSS's own certutil (libnss3-tools):
// -A -t "C,," to add a root trusted for servers, -L to look, -D to delete,
// -M to put back trust we changed; vfychain checks a chain against it.
// Refuses to write while a Mozilla program runs on the profile (its own copy of the
// database would not see ours; cert8.db must not be written concurrently at all).
class NssTrustStore : public TrustStore
{
public:
    NssTrustStore(NssDatabase database, ToolRunner& runner);

    QString id() const override;
    QString displayName() const override;
    TrustResult isInstalled(const TrustAnchor& anchor) override;
    TrustResult verify(const TrustAnchor& anchor, const QByteArray& issuedCertificate) override;
    TrustResult uninstall(const TrustAnchor& anchor, const QString& addedEntry) override;

    // The nickname holding this certificate and its trust ("C,,"), if any.
    struct Entry
    {
        QString nickname;
        QString trust;
    };
    std::optional<Entry> findEntry(const TrustAnchor& anchor, QString* error);

protected:
    TrustResult installChecked(const TrustAnchor& anchor) override;

private:
    QString certutil();
    QString refuseWhileRunning() const;

    NssDatabase m_db;
    ToolRunner& m_runner;
};

} // namespace mailsetup
