#!/usr/bin/env bash
# Makes the registry fixtures in real regedit format: the hand-written *.source.reg
# files (values and types after the sources named in README.md) are imported into a
# wine prefix with Windows' reg.exe (wine 8.0) and exported again with `reg export`;
# exports of several keys are joined as one regedit export of them would be.
# Usage: make-fixtures.sh [WINEPREFIX]   (needs wine; a scratch prefix is made if absent)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export WINEPREFIX=${1:-$(mktemp -d)/prefix} WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
[ -f "$WINEPREFIX/system.reg" ] || wineboot -i >/dev/null 2>&1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

make() { # fixture source key...
    local fixture=$1 source=$2 parts=() i=0
    shift 2
    for key in "$@"; do wine reg delete "$key" /f >/dev/null 2>&1 || true; done
    # As regedit's own Version 5.00 files: UTF-16LE with BOM (in an ANSI file reg.exe
    # would read hex(2) bytes as ANSI text and widen them).
    { printf '\xff\xfe'; iconv -f utf-8 -t utf-16le "$here/$source"; } >"$work/source.reg"
    wine reg import "$(winepath -w "$work/source.reg")" >/dev/null 2>&1
    for key in "$@"; do
        i=$((i + 1))
        wine reg export "$key" "$(winepath -w "$work/$i.reg")" /y >/dev/null
        parts+=("$work/$i.reg")
        wine reg delete "$key" /f >/dev/null 2>&1 || true
    done
    python3 - "$here/$fixture" "${parts[@]}" <<'PY'
import sys
out, parts = sys.argv[1], sys.argv[2:]
texts = [open(p, 'rb').read().decode('utf-16') for p in parts]  # BOM removed by the codec
header = 'Windows Registry Editor Version 5.00\r\n'
body = ''.join(t[len(header):-2] if i < len(texts) - 1 else t[len(header):] for i, t in enumerate(texts))
open(out, 'wb').write(b'\xff\xfe' + (header + body).encode('utf-16-le'))
PY
}

make oe6-hkcu.reg oe6.source.reg 'HKCU\Identities' 'HKCU\Software\Microsoft\Internet Account Manager'
make outlook2003-hkcu.reg outlook2003.source.reg \
    'HKCU\Software\Microsoft\Windows NT\CurrentVersion\Windows Messaging Subsystem'
make outlook2016-hkcu.reg outlook2016.source.reg 'HKCU\Software\Microsoft\Office\16.0'
make outlook2000-omi-hkcu.reg outlook2000-omi.source.reg 'HKCU\Software\Microsoft\Office\Outlook'
make hklm.reg hklm.source.reg 'HKLM\Software\Clients\Mail' \
    'HKLM\Software\Microsoft\Windows\CurrentVersion\App Paths\msimn.exe' \
    'HKLM\Software\Microsoft\Windows\CurrentVersion\App Paths\OUTLOOK.EXE'
make wlm-hkcu.reg wlm.source.reg 'HKCU\Software\Microsoft\Windows Live Mail' 'HKCU\Software\Microsoft\Windows Mail'
