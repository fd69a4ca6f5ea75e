// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The running processes through a Toolhelp32 snapshot, free of Qt (see win32registry.h).

#include <string>
#include <vector>

namespace mailsetup::win32 {

struct ProcessEntry
{
    unsigned long pid = 0;
    std::wstring exeName; // "OUTLOOK.EXE", as the snapshot has it
};

// Empty when the snapshot cannot be taken.
std::vector<ProcessEntry> listProcesses();

// The first process whose executable name equals one of names, ignoring case.
const ProcessEntry* findProcess(const std::vector<ProcessEntry>& processes,
                                const std::vector<std::wstring>& names);

} // namespace mailsetup::win32
