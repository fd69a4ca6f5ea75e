#!/usr/bin/env bash
# run-under-wine.sh EXE ROUNDTRIP_REG (run by cmake/run-wine-test.sh, WINEPREFIX set):
# what our Win32 code writes, Windows' own reg.exe (wine's) reads back with the right
# types and data and exports as exactly our .reg file; what reg.exe imports from our
# .reg file, our Win32 code reads back.
set -uo pipefail
exe=$1 regfile=$2
key='HKCU\Software\MailSetupTest\RoundTrip'
passed=0 failed=0
pass() { echo "PASS: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL: $1"; failed=$((failed + 1)); }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The line reg.exe prints for one value: "    NAME    TYPE    DATA" (CR removed).
query() { wine reg query "$key" /v "$1" 2>/dev/null | tr -d '\r' | grep -F "    $1    " | head -n1; }
expect_value() { # name type data
    local line
    line=$(query "$1")
    if [ "$line" = "    $1    $2    $3" ]; then pass "reg query: $1 is $2 $3"; else fail "reg query: $1: expected '$2 $3', got '${line}'"; fi
}

wine reg delete 'HKCU\Software\MailSetupTest' /f >/dev/null 2>&1

# 1. Our Win32 writer, read by reg.exe.
if wine "$exe" write "$key" >"$work/write.log"; then pass "Win32 writer ran"; else cat "$work/write.log"; fail "Win32 writer"; fi
expect_value "SMTP Server" REG_SZ "smtps.tip.net.au"
expect_value "SMTP Port" REG_DWORD "0x1d1"
expect_value "Store Root" REG_EXPAND_SZ '%APPDATA%\Mail Setup'
expect_value "Servers" REG_MULTI_SZ 'mailhost.pcug.org.au\0smtps.tip.net.au'
expect_value "Account Name" REG_BINARY "50004300550047002000FC0062006500720020004D00E40069006C000000"
default=$(wine reg query "$key" /ve 2>/dev/null | tr -d '\r' | grep -F '(Default)')
if [ "$default" = '    (Default)    REG_SZ    C:\Program Files\"Outlook Express"\msimn.exe' ]; then
    pass "reg query: the default value"; else fail "reg query: the default value, got '$default'"; fi

# 2. reg.exe's export of what we wrote is, byte for byte, the .reg file our RegFile writes.
wine reg export "$key" "$(winepath -w "$work/export.reg" 2>/dev/null)" /y >/dev/null 2>&1
if cmp -s "$work/export.reg" "$regfile"; then pass "reg export equals our .reg file"; else
    fail "reg export differs from $regfile"; diff <(iconv -f utf-16le -t utf-8 "$work/export.reg") <(iconv -f utf-16le -t utf-8 "$regfile") | head -20; fi

# 3. reg.exe imports our .reg file; our Win32 reader reads it back.
wine reg delete 'HKCU\Software\MailSetupTest' /f >/dev/null 2>&1
if wine reg import "$(winepath -w "$regfile" 2>/dev/null)" >/dev/null 2>&1; then pass "reg import of our .reg file"; else fail "reg import of our .reg file"; fi
if wine "$exe" read "$key" >"$work/read.log"; then pass "Win32 reader reads every imported value"; else cat "$work/read.log"; fail "Win32 reader"; fi

# 4. Delete, enumerate, empty keys and the process list.
if wine "$exe" selftest 'HKCU\Software\MailSetupTest\Self' >"$work/self.log"; then pass "Win32 self test"; else cat "$work/self.log"; fail "Win32 self test"; fi
wine reg delete 'HKCU\Software\MailSetupTest' /f >/dev/null 2>&1

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
