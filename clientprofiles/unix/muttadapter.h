// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientadapter.h"

#include <QStringList>

namespace mailsetup {

// Mutt and NeoMutt: one installation per muttrc that one of them reads when it
// starts (each reads only the first it finds), plus a new ~/.muttrc when a mutt or
// neomutt program is on PATH but has no settings file yet. Changes are top-level
// "set" lines in that file; hooks, sourced files and passwords are never touched.
class MuttAdapter : public ClientAdapter
{
public:
    QString id() const override { return QStringLiteral("mutt"); }
    QString displayName() const override { return QStringLiteral("Mutt / NeoMutt"); }

    QList<ClientInstallation> detect(const HostEnvironment& env) const override;
    QString runningReason(const QString& location) const override;
    ChangePlan plan(const ClientInstallation& installation, const AccountSettings& settings) const override;

    // The files each program tries, in its order; the first that exists is read.
    // Mutt: muttmua/mutt init.c mutt_find_cfg (~/.muttrc-VERSION and muttrc-VERSION
    // files are found by detect()). NeoMutt: neomutt/neomutt main.c find_cfg.
    static QStringList muttFiles(const HostEnvironment& env);
    static QStringList neomuttFiles(const HostEnvironment& env);
};

} // namespace mailsetup
