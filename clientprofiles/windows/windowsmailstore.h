// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostenvironment.h"

#include <QList>
#include <QString>

namespace mailsetup {

// Where Windows Live Mail and Windows Mail (Vista) keep their .oeaccount files, as the
// programs themselves find them: the REG_EXPAND_SZ value "Store Root" of
// HKCU\Software\Microsoft\Windows Live Mail (or \Windows Mail), environment variables
// expanded; without it, the program's default folder under %LOCALAPPDATA%. The same
// key's "Default Mail Account" names the default account's file.
// Source: mozilla/releases-comm-central mailnews/import/winlivemail/nsWMUtils.cpp
// (FindWMKey, GetRootFolder: "Store Root", ExpandEnvironmentStringsW) and
// nsWMSettings.cpp (DoImport: "Default Mail Account" compared with the file's leaf
// name); research/windows-clients.md section 3.1.
struct WindowsMailStore
{
    QString program;            // "Windows Live Mail" or "Windows Mail"
    QString registryKey;        // HKEY_CURRENT_USER\Software\Microsoft\<program>
    QString root;               // the store folder (it may not exist)
    bool fromRegistry = false;  // root is the registry's Store Root, not the default
    QString defaultMailAccount; // file name of the default account, e.g. account{...}.oeaccount
    QString problem;            // a Store Root that names no folder here, for people
};

// Both programs, Windows Live Mail first (Thunderbird's importer prefers it); a store
// whose root is the same folder as an earlier one is left out.
QList<WindowsMailStore> findWindowsMailStores(const HostEnvironment& env);

// %NAME% replaced as ExpandEnvironmentStrings does (names case-insensitive, unknown
// ones left as they are), with the variables of env; for another home, USERPROFILE,
// LOCALAPPDATA and APPDATA default to that home's folders. The result uses '/'.
QString expandWindowsVariables(const QString& text, const HostEnvironment& env);

} // namespace mailsetup
