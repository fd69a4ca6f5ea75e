// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Windows registry through the Win32 API (advapi32), free of Qt so that it builds
// with mingw-w64 and is tested under wine (tests/windows). The core wraps it on
// Windows (clientprofiles/windows/registrywin32.cpp).

#include <optional>
#include <string>
#include <vector>

namespace mailsetup::win32 {

// winnt.h REG_* numbers.
struct RegData
{
    unsigned long type = 1; // REG_SZ
    std::vector<unsigned char> bytes;

    bool operator==(const RegData& other) const { return type == other.type && bytes == other.bytes; }
};

// Keys are full paths: "HKEY_CURRENT_USER\Software\..." (HKCU, HKLM, HKCR, HKU also).
// Every function returns a Win32 error code: 0 (ERROR_SUCCESS) on success.
long readValue(const std::wstring& key, const std::wstring& name, std::optional<RegData>* out);
long keyExists(const std::wstring& key, bool* exists);
long listSubkeys(const std::wstring& key, std::vector<std::wstring>* out);
long listValueNames(const std::wstring& key, std::vector<std::wstring>* out);
long writeValue(const std::wstring& key, const std::wstring& name, const RegData& data); // creates the key
long deleteValue(const std::wstring& key, const std::wstring& name);                     // absent is success
long deleteEmptyKey(const std::wstring& key); // non-empty or absent: kept, success
std::wstring errorText(long code);

} // namespace mailsetup::win32
