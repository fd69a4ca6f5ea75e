// SPDX-License-Identifier: GPL-3.0-or-later
// The Win32 registry and process code of platform/win32, run under wine by
// tests/windows/run-under-wine.sh:
//   write KEY     writes the round-trip values (the driver then checks them with
//                 `wine reg query` and compares `wine reg export` with our .reg file)
//   read KEY      reads what `wine reg import` put there from our .reg file
//   selftest KEY  write, read, enumerate, delete, and the Toolhelp32 process list
// The values are the ones tests/windows/test_regfile.cpp writes into
// tests/data/windows/roundtrip.reg; keep the two lists equal.
#include "processlist.h"
#include "win32registry.h"

#include <cstdio>
#include <string>
#include <vector>
#include <windows.h>

using namespace mailsetup::win32;

namespace {

int failures = 0;

void check(bool ok, const char* what)
{
    std::printf("%s: %s\n", ok ? "PASS" : "FAIL", what);
    if (!ok)
        ++failures;
}

std::vector<unsigned char> utf16z(const std::wstring& text)
{
    std::vector<unsigned char> bytes;
    for (wchar_t c : text) {
        bytes.push_back(static_cast<unsigned char>(c & 0xff));
        bytes.push_back(static_cast<unsigned char>((c >> 8) & 0xff));
    }
    bytes.push_back(0);
    bytes.push_back(0);
    return bytes;
}

struct Expected
{
    std::wstring name;
    RegData data;
};

std::vector<Expected> expectedValues()
{
    std::vector<unsigned char> servers = utf16z(L"mailhost.pcug.org.au");
    const std::vector<unsigned char> second = utf16z(L"smtps.tip.net.au");
    servers.insert(servers.end(), second.begin(), second.end());
    servers.push_back(0);
    servers.push_back(0);
    std::vector<unsigned char> counting;
    for (int i = 0; i < 100; ++i)
        counting.push_back(static_cast<unsigned char>(i));
    return {
        {L"", {REG_SZ, utf16z(L"C:\\Program Files\\\"Outlook Express\"\\msimn.exe")}},
        {L"Account Name", {REG_BINARY, utf16z(L"PCUG \u00fcber M\u00e4il")}},
        {L"Empty", {REG_SZ, utf16z(L"")}},
        {L"Long Binary", {REG_BINARY, counting}},
        {L"Servers", {REG_MULTI_SZ, servers}},
        {L"SMTP Port", {REG_DWORD, {0xd1, 0x01, 0x00, 0x00}}},
        {L"SMTP Server", {REG_SZ, utf16z(L"smtps.tip.net.au")}},
        {L"Store Root", {REG_EXPAND_SZ, utf16z(L"%APPDATA%\\Mail Setup")}},
    };
}

std::wstring widen(const char* text)
{
    const int length = MultiByteToWideChar(CP_UTF8, 0, text, -1, nullptr, 0);
    std::wstring out(length > 0 ? length - 1 : 0, L'\0');
    if (length > 1)
        MultiByteToWideChar(CP_UTF8, 0, text, -1, out.data(), length);
    return out;
}

int writeAll(const std::wstring& key)
{
    for (const Expected& value : expectedValues())
        check(writeValue(key, value.name, value.data) == 0, "writeValue");
    return failures;
}

int readAll(const std::wstring& key)
{
    for (const Expected& value : expectedValues()) {
        std::optional<RegData> data;
        check(readValue(key, value.name, &data) == 0, "readValue returns success");
        check(data.has_value(), "the value exists");
        if (data) {
            check(data->type == value.data.type, "the type is the one in the .reg file");
            check(data->bytes == value.data.bytes, "the data is the one in the .reg file");
        }
    }
    std::vector<std::wstring> names;
    check(listValueNames(key, &names) == 0 && names.size() == expectedValues().size(),
          "listValueNames finds every value");
    return failures;
}

int selfTest(const std::wstring& key)
{
    writeAll(key + L"\\Values");
    readAll(key + L"\\Values");

    std::optional<RegData> missing;
    check(readValue(key, L"No Such Value", &missing) == 0 && !missing, "a missing value reads as absent");
    check(readValue(key + L"\\No\\Such\\Key", L"x", &missing) == 0 && !missing,
          "a missing key reads as absent");

    std::vector<std::wstring> subkeys;
    check(listSubkeys(key, &subkeys) == 0 && subkeys.size() == 1 && subkeys[0] == L"Values",
          "listSubkeys finds the one subkey");
    bool exists = false;
    check(keyExists(key + L"\\Values", &exists) == 0 && exists, "keyExists sees the key");

    check(deleteEmptyKey(key + L"\\Values") == 0, "deleteEmptyKey on a key with values succeeds");
    check(keyExists(key + L"\\Values", &exists) == 0 && exists, "and keeps the key that still has values");
    for (const Expected& value : expectedValues())
        check(deleteValue(key + L"\\Values", value.name) == 0, "deleteValue");
    check(deleteValue(key + L"\\Values", L"SMTP Port") == 0, "deleting an absent value is success");
    check(deleteEmptyKey(key + L"\\Values") == 0, "deleteEmptyKey on the emptied key");
    check(keyExists(key + L"\\Values", &exists) == 0 && !exists, "the emptied key is gone");
    check(deleteEmptyKey(key) == 0, "deleteEmptyKey on the test key");

    check(!errorText(ERROR_ACCESS_DENIED).empty(), "errorText explains an error code");

    // Our own process is in the Toolhelp32 snapshot, found whatever the case of its name.
    wchar_t path[MAX_PATH];
    const DWORD length = GetModuleFileNameW(nullptr, path, MAX_PATH);
    std::wstring self(path, length);
    self = self.substr(self.find_last_of(L"\\/") + 1);
    std::wstring upper = self;
    for (wchar_t& c : upper)
        c = static_cast<wchar_t>(towupper(c));
    const auto processes = listProcesses();
    const ProcessEntry* found = findProcess(processes, {L"no-such-program.exe", upper});
    check(found != nullptr, "the process list has this program");
    check(found && found->pid == GetCurrentProcessId(), "with this process's id");
    check(findProcess(processes, {L"msimn.exe"}) == nullptr, "and no Outlook Express");
    return failures;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s write|read|selftest KEY\n", argv[0]);
        return 2;
    }
    const std::string mode = argv[1];
    const std::wstring key = widen(argv[2]);
    if (mode == "write")
        writeAll(key);
    else if (mode == "read")
        readAll(key);
    else if (mode == "selftest")
        selfTest(key);
    else
        return 2;
    std::printf("%d failed\n", failures);
    return failures == 0 ? 0 : 1;
}
