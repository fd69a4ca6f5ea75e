// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

// Homes for the proofs (crash consistency, secrets) and the benchmarks: every mail
// program's fixtures from tests/data, laid out where each program keeps them on Linux.
namespace proof {

// Thunderbird (profile from Thunderbird 153), SeaMonkey 2.53, Evolution, KMail, Claws
// Mail 4.1.1, Alpine 2.26 (as first started) and NeoMutt, each as its own fixtures have
// it; with netscape4 also Netscape 4's preferences.js. Netscape 4 holds one account
// (alice@pcug.org.au) and rightly refuses to take a second one, which refuses a whole
// apply for another address; the proofs apply for zed@pcug.org.au without it.
void writeEveryClient(const QString& home, const QString& testData, bool netscape4 = false);

// `count` more Thunderbird profiles under ~/.thunderbird, each with a prefs.js of about
// `prefsBytes` bytes: Thunderbird 153's own file followed by generated preferences of
// the kinds a long-used profile accumulates (mail.server.*, extensions, UI state).
void addThunderbirdProfiles(const QString& home, const QString& testData, int count, qint64 prefsBytes);

// Every regular file below dir, by path relative to it.
QMap<QString, QByteArray> readTree(const QString& dir);

} // namespace proof
