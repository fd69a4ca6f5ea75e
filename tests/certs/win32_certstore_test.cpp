// SPDX-License-Identifier: GPL-3.0-or-later
// platform/win32/certstore under wine: the real Crypt32 of wine, its registry-backed
// ROOT stores. Arguments: the CAcert Class 1 root (0F, SHA-256 re-signed), the Class 3
// certificate it issued, and the 2003 Class 1 root (same subject and key, other
// signature, other fingerprint) from ../shared/certs. Leaves the stores as it found them.
#include "certstore.h"

#include <cstdio>
#include <fstream>
#include <iterator>

using namespace mailsetup::win32;

namespace {

int failures = 0;

void check(bool ok, const char* what, const std::wstring& detail = std::wstring())
{
    std::printf("%s: %s", ok ? "PASS" : "FAIL", what);
    if (!detail.empty())
        std::printf(" -- %ls", detail.c_str());
    std::printf("\n");
    if (!ok)
        ++failures;
}

std::wstring windowsPath(const char* unixPath)
{
    std::wstring path = L"Z:";
    for (const char* p = unixPath; *p; ++p)
        path += *p == '/' ? L'\\' : wchar_t(*p);
    return path;
}

Bytes readFile(const char* unixPath)
{
    std::ifstream in(windowsPath(unixPath).c_str(), std::ios::binary);
    return Bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc != 4) {
        std::printf("usage: win32_certstore_test CLASS1.pem CLASS3.pem CLASS1-2003.pem\n");
        return 2;
    }
    const Bytes class1 = readFile(argv[1]);
    const Bytes class3 = readFile(argv[2]);
    const Bytes original = readFile(argv[3]);
    check(!class1.empty() && !class3.empty() && !original.empty(), "fixtures read");

    Sha256 pin;
    check(parseSha256(L"07:ED:BD:82:4A:49:88:CF:EF:42:15:DA:20:D4:8C:2B:41:D7:15:29:D7:C9:00:F5:70:92:6F:27:"
                      L"7C:C2:30:C5",
                      &pin),
          "pin parses");
    Sha256 digest = {};
    const bool hashed = sha256(decodeCertificate(class1), &digest);
    check(hashed && digest == pin, "SHA-256 of the DER is CAcert's published one", formatSha256(digest));

    // A run that crashed before could have left its roots behind.
    Sha256 originalPin = {};
    sha256(decodeCertificate(original), &originalPin);
    for (StoreLocation where : {StoreLocation::CurrentUser, StoreLocation::LocalMachine}) {
        uninstallRoot(where, pin);
        uninstallRoot(where, originalPin);
    }

    // Bad input, each refused.
    check(checkAnchor(class1, pin).status == Status::Done, "the pinned root passes",
          checkAnchor(class1, pin).message);
    check(checkAnchor(original, pin).status == Status::Refused, "same subject, other root: refused",
          checkAnchor(original, pin).message);
    Sha256 class3Pin;
    sha256(decodeCertificate(class3), &class3Pin);
    check(checkAnchor(class3, class3Pin).status == Status::Refused, "not a root (issued by Class 1): refused",
          checkAnchor(class3, class3Pin).message);
    const Bytes truncated(class1.begin(), class1.begin() + class1.size() / 2);
    check(checkAnchor(truncated, pin).status == Status::Refused, "truncated PEM: refused");
    Bytes der = decodeCertificate(class1);
    Bytes cut(der.begin(), der.end() - 10);
    check(checkAnchor(cut, pin).status == Status::Refused, "truncated DER: refused");
    Bytes twice = class1;
    twice.insert(twice.end(), class1.begin(), class1.end());
    check(checkAnchor(twice, pin).status == Status::Refused, "two certificates: refused");
    check(installRoot(StoreLocation::CurrentUser, original, pin).status == Status::Refused,
          "installing the other root with the pin: refused");
    check(findRoot(StoreLocation::CurrentUser, pin).status == Status::NotPresent, "nothing was installed");

    for (StoreLocation where : {StoreLocation::CurrentUser, StoreLocation::LocalMachine}) {
        const char* name = where == StoreLocation::CurrentUser ? "current user" : "local machine";
        std::printf("-- %s\n", name);
        check(verifyIssued(where, class3).status == Status::Failed, "before: Class 3 not trusted",
              verifyIssued(where, class3).message);
        const Result added = installRoot(where, class1, pin);
        check(added.status == Status::Done, "install", added.message);
        check(findRoot(where, pin).status == Status::Done, "found after install",
              findRoot(where, pin).message);
        check(installRoot(where, der, pin).status == Status::AlreadyPresent,
              "second install (DER): already present");
        const Result trusted = verifyIssued(where, class3);
        check(trusted.status == Status::Done, "Class 3 trusted through the installed root", trusted.message);
        const Result removed = uninstallRoot(where, pin);
        check(removed.status == Status::Done, "uninstall", removed.message);
        check(findRoot(where, pin).status == Status::NotPresent, "gone after uninstall");
        check(uninstallRoot(where, pin).status == Status::NotPresent, "second uninstall: nothing to remove");
        check(verifyIssued(where, class3).status == Status::Failed, "after: Class 3 not trusted");
    }

    // A root the user had (the 2003 one, same subject) is not touched by our uninstall.
    check(installRoot(StoreLocation::CurrentUser, original, originalPin).status == Status::Done,
          "the user's own 2003 root installed");
    check(uninstallRoot(StoreLocation::CurrentUser, pin).status == Status::NotPresent,
          "our uninstall does not take the same-subject root");
    check(findRoot(StoreLocation::CurrentUser, originalPin).status == Status::Done,
          "the user's root is still there");
    uninstallRoot(StoreLocation::CurrentUser, originalPin);

    std::printf("%d failure(s)\n", failures);
    return failures == 0 ? 0 : 1;
}
