#!/usr/bin/env bash
# run-wine-test.sh PREFIX EXE DRIVER|- [ARGS...]: runs a Windows test program under wine
# in PREFIX (made on first use), directly or through a driver script (MingwWine.cmake).
set -uo pipefail
prefix=$1 exe=$2 driver=$3
shift 3
export WINEPREFIX="$prefix" WINEDEBUG=-all
# No Mono or Gecko install dialogs, and no window: nothing here needs a display.
export WINEDLLOVERRIDES="mscoree,mshtml="
unset DISPLAY WAYLAND_DISPLAY
wineserver=$(command -v wineserver || ls /usr/lib/wine/wineserver64 /usr/lib/wine/wineserver 2>/dev/null | head -n1)

mkdir -p "$(dirname "$prefix")"
(
    flock 9
    if [ ! -f "$prefix/system.reg" ]; then
        echo "making the wine prefix $prefix (once per build folder)"
        wineboot -i >/dev/null 2>&1
        "$wineserver" -w
    fi
) 9>"$prefix.lock"
if [ ! -f "$prefix/system.reg" ]; then
    echo "FAIL: wineboot could not make the wine prefix $prefix" >&2
    exit 1
fi

status=0
if [ "$driver" = "-" ]; then
    wine "$exe" "$@" || status=$?
else
    bash "$driver" "$exe" "$@" || status=$?
fi
"$wineserver" -w || true
exit "$status"
