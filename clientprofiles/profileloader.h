// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providerprofile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace mailsetup {

// Where a profile is wrong: enough for a helpdesk to open the file and fix it.
struct ProfileError
{
    QString file;
    int line = 0;
    QString field; // the element or attribute, e.g. "<port>" or "sha256"
    QString message;

    QString toString() const; // "pcug.xml:14: <port>: ..."
};

// Where a profile's XML came from. Fetched documents are held to stricter rules:
// no document type declaration, and a root certificate only from the ones built
// into Mail Setup, never a file named by the document.
enum class ProfileOrigin
{
    Local,             // a bundled profile or a file the person chose
    FetchedTrusted,    // fetched over HTTPS from a server whose certificate was verified
    FetchedLessTrusted // plain HTTP, unauthenticated DNS or a guess: never carries a CA
};

struct ProfileLoadResult
{
    std::optional<ProviderProfile> profile;
    QList<ProfileError> errors;

    bool ok() const { return profile.has_value(); }
    QString errorText() const; // every error, one per line
};

// Reads provider profiles: Mozilla autoconfig files (clientConfig version 1.1, as
// Thunderbird's readFromXML.sys.mjs reads them) plus our additions in the XML
// namespace urn:mailsetup:profile:1, which other readers ignore. Any ISP's
// config-v1.1.xml therefore loads unchanged. A profile with any error is refused
// whole: half a profile would configure half an account.
class ProfileLoader
{
public:
    static constexpr qint64 MaxFileSize = 1024 * 1024;
    static constexpr const char* Namespace = "urn:mailsetup:profile:1";

    static ProfileLoadResult loadFile(const QString& path);
    // baseDir resolves relative file names (the CA certificate).
    static ProfileLoadResult
    loadData(const QByteArray& xml, const QString& sourceName, const QString& baseDir);

    // A document fetched from the network; sourceName is its URL, named in every message.
    // A FetchedTrusted document may name a root certificate only by the file name of one
    // built into Mail Setup (and must pin it); a FetchedLessTrusted one's is dropped
    // with a warning. A <!DOCTYPE> (entity declarations) refuses either.
    static ProfileLoadResult
    loadFetched(const QByteArray& xml, const QString& sourceName, ProfileOrigin origin);

    // The profiles built into the program (resources/profiles), by id.
    static QStringList bundledIds();
    static ProfileLoadResult loadBundled(const QString& id);
    // What a list of providers shows of a bundled profile: read as loadBundled does,
    // except that its root certificate is not yet loaded and checked against its pin
    // (that starts OpenSSL, which the first page of the wizard need not wait for).
    // For showing only: once the provider is chosen, use loadBundled's profile.
    static ProfileLoadResult listBundled(const QString& id);
    // A bundled id, or else a file path.
    static ProfileLoadResult load(const QString& idOrPath);
};

} // namespace mailsetup
