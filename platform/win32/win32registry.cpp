// SPDX-License-Identifier: GPL-3.0-or-later
#include "win32registry.h"

#include <cwctype>
#include <windows.h>

namespace mailsetup::win32 {
namespace {

bool startsWithNoCase(const std::wstring& text, const wchar_t* prefix)
{
    size_t i = 0;
    for (; prefix[i]; ++i) {
        if (i >= text.size() || std::towupper(text[i]) != std::towupper(prefix[i]))
            return false;
    }
    return i == text.size() || text[i] == L'\\';
}

// Splits "HKEY_CURRENT_USER\Software\X" into the predefined root and the rest.
bool splitKey(const std::wstring& key, HKEY* root, std::wstring* rest)
{
    static const struct
    {
        const wchar_t* name;
        HKEY root;
    } roots[] = {{L"HKEY_CURRENT_USER", HKEY_CURRENT_USER},
                 {L"HKCU", HKEY_CURRENT_USER},
                 {L"HKEY_LOCAL_MACHINE", HKEY_LOCAL_MACHINE},
                 {L"HKLM", HKEY_LOCAL_MACHINE},
                 {L"HKEY_CLASSES_ROOT", HKEY_CLASSES_ROOT},
                 {L"HKCR", HKEY_CLASSES_ROOT},
                 {L"HKEY_USERS", HKEY_USERS},
                 {L"HKU", HKEY_USERS},
                 {L"HKEY_CURRENT_CONFIG", HKEY_CURRENT_CONFIG}};
    for (const auto& candidate : roots) {
        if (startsWithNoCase(key, candidate.name)) {
            *root = candidate.root;
            const size_t length = wcslen(candidate.name);
            *rest = key.size() > length ? key.substr(length + 1) : std::wstring();
            while (!rest->empty() && rest->back() == L'\\')
                rest->pop_back();
            return true;
        }
    }
    return false;
}

// Opens an existing key; the handle is closed by the caller.
long openKey(const std::wstring& key, REGSAM access, HKEY* handle)
{
    HKEY root = nullptr;
    std::wstring rest;
    if (!splitKey(key, &root, &rest))
        return ERROR_INVALID_PARAMETER;
    return RegOpenKeyExW(root, rest.c_str(), 0, access, handle);
}

struct KeyCloser
{
    HKEY key = nullptr;
    ~KeyCloser()
    {
        if (key)
            RegCloseKey(key);
    }
};

} // namespace

long readValue(const std::wstring& key, const std::wstring& name, std::optional<RegData>* out)
{
    out->reset();
    KeyCloser handle;
    long rc = openKey(key, KEY_QUERY_VALUE, &handle.key);
    if (rc == ERROR_FILE_NOT_FOUND)
        return ERROR_SUCCESS;
    if (rc != ERROR_SUCCESS)
        return rc;
    DWORD type = 0;
    DWORD size = 0;
    rc = RegQueryValueExW(handle.key, name.c_str(), nullptr, &type, nullptr, &size);
    if (rc == ERROR_FILE_NOT_FOUND)
        return ERROR_SUCCESS;
    if (rc != ERROR_SUCCESS)
        return rc;
    RegData data;
    data.type = type;
    data.bytes.resize(size);
    // The value may grow between the two calls; ask again while it does.
    for (;;) {
        size = DWORD(data.bytes.size());
        rc = RegQueryValueExW(handle.key, name.c_str(), nullptr, &type,
                              data.bytes.empty() ? nullptr : data.bytes.data(), &size);
        if (rc != ERROR_MORE_DATA)
            break;
        data.bytes.resize(size);
    }
    if (rc != ERROR_SUCCESS)
        return rc;
    data.type = type;
    data.bytes.resize(size);
    *out = std::move(data);
    return ERROR_SUCCESS;
}

long keyExists(const std::wstring& key, bool* exists)
{
    KeyCloser handle;
    const long rc = openKey(key, KEY_READ, &handle.key);
    *exists = rc == ERROR_SUCCESS;
    return rc == ERROR_FILE_NOT_FOUND ? ERROR_SUCCESS : rc;
}

long listSubkeys(const std::wstring& key, std::vector<std::wstring>* out)
{
    out->clear();
    KeyCloser handle;
    long rc = openKey(key, KEY_ENUMERATE_SUB_KEYS, &handle.key);
    if (rc == ERROR_FILE_NOT_FOUND)
        return ERROR_SUCCESS;
    if (rc != ERROR_SUCCESS)
        return rc;
    for (DWORD index = 0;; ++index) {
        wchar_t name[256]; // key names are at most 255 characters
        DWORD length = 256;
        rc = RegEnumKeyExW(handle.key, index, name, &length, nullptr, nullptr, nullptr, nullptr);
        if (rc == ERROR_NO_MORE_ITEMS)
            return ERROR_SUCCESS;
        if (rc != ERROR_SUCCESS)
            return rc;
        out->emplace_back(name, length);
    }
}

long listValueNames(const std::wstring& key, std::vector<std::wstring>* out)
{
    out->clear();
    KeyCloser handle;
    long rc = openKey(key, KEY_QUERY_VALUE, &handle.key);
    if (rc == ERROR_FILE_NOT_FOUND)
        return ERROR_SUCCESS;
    if (rc != ERROR_SUCCESS)
        return rc;
    DWORD longest = 0;
    rc = RegQueryInfoKeyW(handle.key, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, &longest,
                          nullptr, nullptr, nullptr);
    if (rc != ERROR_SUCCESS)
        return rc;
    std::wstring name(longest + 1, L'\0');
    for (DWORD index = 0;; ++index) {
        DWORD length = DWORD(name.size());
        rc = RegEnumValueW(handle.key, index, name.data(), &length, nullptr, nullptr, nullptr, nullptr);
        if (rc == ERROR_NO_MORE_ITEMS)
            return ERROR_SUCCESS;
        if (rc != ERROR_SUCCESS)
            return rc;
        out->emplace_back(name.data(), length);
    }
}

long writeValue(const std::wstring& key, const std::wstring& name, const RegData& data)
{
    HKEY root = nullptr;
    std::wstring rest;
    if (!splitKey(key, &root, &rest))
        return ERROR_INVALID_PARAMETER;
    KeyCloser handle;
    long rc = RegCreateKeyExW(root, rest.c_str(), 0, nullptr, REG_OPTION_NON_VOLATILE, KEY_SET_VALUE, nullptr,
                              &handle.key, nullptr);
    if (rc != ERROR_SUCCESS)
        return rc;
    return RegSetValueExW(handle.key, name.c_str(), 0, data.type,
                          data.bytes.empty() ? nullptr : data.bytes.data(), DWORD(data.bytes.size()));
}

long deleteValue(const std::wstring& key, const std::wstring& name)
{
    KeyCloser handle;
    long rc = openKey(key, KEY_SET_VALUE, &handle.key);
    if (rc == ERROR_FILE_NOT_FOUND)
        return ERROR_SUCCESS;
    if (rc != ERROR_SUCCESS)
        return rc;
    rc = RegDeleteValueW(handle.key, name.c_str());
    return rc == ERROR_FILE_NOT_FOUND ? ERROR_SUCCESS : rc;
}

long deleteEmptyKey(const std::wstring& key)
{
    std::vector<std::wstring> names;
    long rc = listSubkeys(key, &names);
    if (rc != ERROR_SUCCESS || !names.empty())
        return rc;
    rc = listValueNames(key, &names);
    if (rc != ERROR_SUCCESS || !names.empty())
        return rc;
    HKEY root = nullptr;
    std::wstring rest;
    if (!splitKey(key, &root, &rest) || rest.empty())
        return ERROR_INVALID_PARAMETER;
    // RegDeleteKeyW removes only a key without subkeys, which we checked above.
    rc = RegDeleteKeyW(root, rest.c_str());
    return rc == ERROR_FILE_NOT_FOUND ? ERROR_SUCCESS : rc;
}

std::wstring errorText(long code)
{
    wchar_t* buffer = nullptr;
    const DWORD length = FormatMessageW(
        FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr,
        DWORD(code), 0, reinterpret_cast<wchar_t*>(&buffer), 0, nullptr);
    std::wstring text = length ? std::wstring(buffer, length) : L"Windows error " + std::to_wstring(code);
    if (buffer)
        LocalFree(buffer);
    while (!text.empty() && (text.back() == L'\n' || text.back() == L'\r' || text.back() == L'.'))
        text.pop_back();
    return text;
}

} // namespace mailsetup::win32
