// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profileloader.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace mailsetup {

// Inside ProfileLoader: the XML reading (profilereader.cpp) and the certificate check
// (profileloader.cpp) are apart, so that listing profiles does not load OpenSSL.

// ":/profiles". A function, not a global object: the program and its engine module
// (app/engine.h) both contain this file, and a global would be made twice.
QString bundledProfileDir();

// Checks the root certificate a profile names (the file's first 256 KB) against
// ca.pin and fills in ca.certificate; returns what is wrong, with its field.
using PinnedCertificateCheck = std::optional<ProfileError> (*)(CaCertificate& ca, const QByteArray& file);

// checkPin null: the certificate is neither read nor checked (a list only shows
// profiles; the chosen one is loaded again with the check).
ProfileLoadResult readProfile(const QByteArray& xml,
                              const QString& sourceName,
                              const QString& baseDir,
                              ProfileOrigin origin,
                              PinnedCertificateCheck checkPin);
ProfileLoadResult readProfileFile(const QString& path, PinnedCertificateCheck checkPin);

} // namespace mailsetup
