#!/usr/bin/env bash
# Driver for test_win32_trusthelper (cmake/MingwWine.cmake runs it with WINEPREFIX set):
# runs the real mailsetup-trust-helper.exe under wine and checks what it wrote with
# wine's own reg.exe, the way Windows keeps ROOT stores in the registry
# (HKCU/HKLM\Software\Microsoft\SystemCertificates\Root\Certificates\<SHA-1 thumbprint>).
# Arguments: HELPER.exe CLASS1.pem CLASS3.pem CLASS1-2003.pem
set -uo pipefail
exe=$1 class1=$2 class3=$3 original=$4
pin=07:ED:BD:82:4A:49:88:CF:EF:42:15:DA:20:D4:8C:2B:41:D7:15:29:D7:C9:00:F5:70:92:6F:27:7C:C2:30:C5
thumb=DDFCDA541E7577ADDCA87E8827A98A50603252A5 # SHA-1 of the Class 1 root (shared/certs/README.md)
user='HKCU\Software\Microsoft\SystemCertificates\Root\Certificates'
machine='HKLM\Software\Microsoft\SystemCertificates\Root\Certificates'
failures=0
w() { winepath -w "$1" 2>/dev/null; }
helper() { wine "$exe" "$@" 2>&1 | tr -d '\r'; return "${PIPESTATUS[0]}"; }
# The whole listing first: grep -q would stop reading early and pipefail would count that.
has() { local listing; listing=$(wine reg query "$1" 2>/dev/null | tr -d '\r'); grep -i "\\\\$thumb\$" <<<"$listing" >/dev/null; }
expect() { # expect WHAT CODE-WANTED CODE-GOT
    if [ "$2" = "$3" ]; then echo "PASS: $1"; else echo "FAIL: $1 (exit $3, wanted $2)"; failures=$((failures + 1)); fi
}
truthy() { if "$@"; then echo 0; else echo 1; fi; }

# Clean slate: a crashed earlier run may have left the root behind.
helper uninstall --certificate "$(w "$class1")" --sha256 "$pin" >/dev/null
helper uninstall --certificate "$(w "$class1")" --sha256 "$pin" --machine >/dev/null

# Refused input: nothing is written.
cut=$(mktemp --suffix=.pem); head -c 1000 "$class1" > "$cut"
out=$(helper install --certificate "$(w "$original")" --sha256 "$pin"); expect "same subject, other root: refused" 1 $?
echo "  $out"
helper install --certificate "$(w "$class3")" --sha256 "$pin" >/dev/null; expect "Class 3 with Class 1's pin: refused" 1 $?
helper install --certificate "$(w "$cut")" --sha256 "$pin" >/dev/null; expect "truncated PEM: refused" 1 $?
helper install --certificate "$(w "$class1")" --sha256 "12:34" >/dev/null; expect "not a fingerprint: refused" 1 $?
helper install --certificate "$(w "$class1")" >/dev/null; expect "no pin: usage" 2 $?
helper install --certificate "$(w "$class1")" --sha256 "$pin" --store-path 'C:\x' >/dev/null; expect "unknown option: usage" 2 $?
expect "nothing in the user's ROOT store" 1 "$(truthy has "$user")"
rm -f "$cut"

for where in user machine; do
    flag=; key=$user
    [ "$where" = machine ] && flag=--machine && key=$machine
    out=$(helper install --certificate "$(w "$class1")" --sha256 "$pin" $flag); expect "$where: install" 0 $?
    echo "  $out"
    expect "$where: reg query shows $thumb" 0 "$(truthy has "$key")"
    helper status --certificate "$(w "$class1")" --sha256 "$pin" $flag >/dev/null; expect "$where: status" 0 $?
    helper install --certificate "$(w "$class1")" --sha256 "$pin" $flag >/dev/null; expect "$where: again: already present" 3 $?
    helper uninstall --certificate "$(w "$class1")" --sha256 "$pin" $flag >/dev/null; expect "$where: uninstall" 0 $?
    expect "$where: reg query no longer shows it" 1 "$(truthy has "$key")"
    helper uninstall --certificate "$(w "$class1")" --sha256 "$pin" $flag >/dev/null; expect "$where: again: not present" 4 $?
done

echo "$failures failure(s)"
[ "$failures" = 0 ]
