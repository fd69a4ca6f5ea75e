// SPDX-License-Identifier: GPL-3.0-or-later
// mailsetup-trust-helper.exe: the Windows twin of certs/helper (Qt-free). The wizard
// starts it through UAC (runElevated, verb "runas") for the local machine's store, or
// directly for the current user's. Its single input is the certificate file and the
// pin, checked here before any store is opened:
//   mailsetup-trust-helper install|uninstall|status --certificate FILE --sha256 FP [--machine]
// Exit codes as on Linux: 0 done, 1 refused or failed, 2 usage, 3 already present, 4 not present.
#include "certstore.h"

#include <cstdio>
#include <fstream>
#include <iterator>
// clang-format off
#include <windows.h>
#include <shellapi.h>
// clang-format on

using namespace mailsetup::win32;

namespace {

int exitCode(Status s)
{
    switch (s) {
    case Status::Done:
        return 0;
    case Status::AlreadyPresent:
        return 3;
    case Status::NotPresent:
        return 4;
    default:
        return 1;
    }
}

} // namespace

int main()
{
    // The wide command line (file names outside the ANSI code page), without -municode.
    int argc = 0;
    wchar_t** argv = CommandLineToArgvW(GetCommandLineW(), &argc);
    if (!argv)
        return 2;
    std::wstring action, file, pinText;
    bool machine = false;
    for (int i = 1; i < argc; ++i) {
        const std::wstring arg = argv[i];
        if ((arg == L"install" || arg == L"uninstall" || arg == L"status") && action.empty())
            action = arg;
        else if (arg == L"--certificate" && i + 1 < argc && file.empty())
            file = argv[++i];
        else if (arg == L"--sha256" && i + 1 < argc && pinText.empty())
            pinText = argv[++i];
        else if (arg == L"--machine")
            machine = true;
        else {
            fwprintf(stderr, L"mailsetup-trust-helper: unexpected argument \"%ls\"\n", arg.c_str());
            return 2;
        }
    }
    if (action.empty() || file.empty() || pinText.empty()) {
        fwprintf(stderr,
                 L"usage: mailsetup-trust-helper install|uninstall|status --certificate FILE --sha256 "
                 L"FINGERPRINT [--machine]\n");
        return 2;
    }
    Sha256 pin;
    if (!parseSha256(pinText, &pin)) {
        fwprintf(stderr, L"\"%ls\" is not a SHA-256 fingerprint; nothing was changed\n", pinText.c_str());
        return 1;
    }
    std::ifstream in(file.c_str(), std::ios::binary);
    const Bytes bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) {
        fwprintf(stderr, L"cannot read %ls; nothing was changed\n", file.c_str());
        return 1;
    }
    if (bytes.empty() || bytes.size() > 256 * 1024) {
        fwprintf(stderr, L"%ls is not one certificate; nothing was changed\n", file.c_str());
        return 1;
    }
    const Result check = checkAnchor(bytes, pin);
    if (check.status != Status::Done) {
        fwprintf(stderr, L"%ls: %ls\n", file.c_str(), check.message.c_str());
        return 1;
    }
    const StoreLocation where = machine ? StoreLocation::LocalMachine : StoreLocation::CurrentUser;
    Result r;
    if (action == L"install")
        r = installRoot(where, bytes, pin);
    else if (action == L"uninstall")
        r = uninstallRoot(where, pin);
    else
        r = findRoot(where, pin);
    fwprintf(r.status == Status::Refused || r.status == Status::Failed ? stderr : stdout, L"%ls\n",
             r.message.c_str());
    return exitCode(r.status);
}
