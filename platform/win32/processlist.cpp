// SPDX-License-Identifier: GPL-3.0-or-later
#include "processlist.h"

#include <cwctype>

// windows.h first: tlhelp32.h uses its types. The .clang-format's IncludeBlocks:
// Regroup merges include groups across blank lines and sorts tlhelp32.h first, so
// only "clang-format off" keeps this order (as in certstore.cpp).
// clang-format off
#include <windows.h>
#include <tlhelp32.h>
// clang-format on

namespace mailsetup::win32 {

std::vector<ProcessEntry> listProcesses()
{
    std::vector<ProcessEntry> processes;
    HANDLE snapshot = CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0);
    if (snapshot == INVALID_HANDLE_VALUE)
        return processes;
    PROCESSENTRY32W entry;
    entry.dwSize = sizeof(entry);
    for (BOOL more = Process32FirstW(snapshot, &entry); more; more = Process32NextW(snapshot, &entry))
        processes.push_back({entry.th32ProcessID, entry.szExeFile});
    CloseHandle(snapshot);
    return processes;
}

const ProcessEntry* findProcess(const std::vector<ProcessEntry>& processes,
                                const std::vector<std::wstring>& names)
{
    const auto equalNoCase = [](const std::wstring& a, const std::wstring& b) {
        if (a.size() != b.size())
            return false;
        for (size_t i = 0; i < a.size(); ++i) {
            if (std::towlower(a[i]) != std::towlower(b[i]))
                return false;
        }
        return true;
    };
    for (const ProcessEntry& process : processes) {
        for (const std::wstring& name : names) {
            if (equalNoCase(process.exeName, name))
                return &process;
        }
    }
    return nullptr;
}

} // namespace mailsetup::win32
