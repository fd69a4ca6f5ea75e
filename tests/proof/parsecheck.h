// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace proof {

// Empty when `bytes` reads without errors with the parser of the mail program that owns
// a file of this name (prefs.js, profiles.ini, accountrc, mailtransports, .pinerc,
// muttrc, *.source, manifest.json); else what is wrong. Unknown names always pass.
QString parseProblem(const QString& path, const QByteArray& bytes);

} // namespace proof
