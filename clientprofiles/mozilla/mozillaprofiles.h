// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mailsetup {

// One profile listed in a Mozilla profiles.ini.
struct MozillaProfile
{
    QString name;
    QString directory; // absolute
    QString root;      // the folder holding profiles.ini
    bool isDefault = false;
};

// Reads ROOT/profiles.ini (and ROOT/installs.ini for older files without
// [Install...] sections), following toolkit/profile/nsToolkitProfileService.cpp
// (../shared/research/unix-mozilla-apple-clients.md section 1.2): [ProfileN]
// sections are read from 0 and reading stops at the first missing N; the
// default is the profile an [Install<hash>] section names, else Default=1, else
// the only profile. We cannot compute the install hash of a program we did not
// start, so every profile any [Install...] names counts as a default.
QList<MozillaProfile> readMozillaProfiles(const QString& root, QStringList* problems);

} // namespace mailsetup
