// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientadapter.h"
#include "formats/inifile.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mailsetup {

// One Eudora personality: the Dominant one is the [Settings] section, every other
// one a [Persona-<Name>] section listed in [Personalities] (Eudora 7.1 persona.cpp).
struct EudoraPersonality
{
    QString name;    // "" for the Dominant personality
    QString section; // "Settings" or "Persona-<Name>"

    bool isDominant() const { return name.isEmpty(); }
    QString displayName() const; // "<Dominant>" or the name
};

// Eudora.ini as Eudora reads it: Windows-ANSI text, keys and sections compared
// without case (GetPrivateProfileString), and every personality falling back to
// [Settings] and then to the built-in default for keys it does not set (rs.cpp).
// The bytes are kept exactly: the file is mapped byte for byte to Latin-1 for the
// format-preserving IniFile and back.
class EudoraIni
{
public:
    static EudoraIni parse(const QByteArray& bytes);
    QByteArray toBytes() const;
    const QList<IniParseError>& errors() const { return m_ini.errors(); }

    QList<EudoraPersonality> personalities() const; // the Dominant one first
    // The value Eudora uses: the personality's own, else [Settings], else the default.
    QString effective(const EudoraPersonality& persona, const QString& key) const;
    int effectiveInt(const EudoraPersonality& persona, const QString& key) const;
    bool hasOwn(const EudoraPersonality& persona, const QString& key) const;
    QString own(const QString& section, const QString& key) const;
    void setOwn(const QString& section, const QString& key, const QString& value);

    // The address a personality sends from: ReturnAddress, else the POPAccount.
    QString address(const EudoraPersonality& persona) const;
    ExistingAccount account(const EudoraPersonality& persona) const;
    // The personality whose SMTP server sends this one's mail (SMTP Relay Personality).
    EudoraPersonality sender(const EudoraPersonality& persona) const;
    std::optional<EudoraPersonality> relayPersonality() const;
    std::optional<EudoraPersonality> find(const QString& name) const;

    // Text Eudora can store: Windows-ANSI has no room for other characters.
    static bool isStorable(const QString& text);
    static QString defaultValue(const QString& key);

private:
    IniFile m_ini;
};

} // namespace mailsetup
