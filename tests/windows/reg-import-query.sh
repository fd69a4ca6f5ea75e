#!/usr/bin/env bash
# reg-import-query.sh REGFILE KEY... (run by cmake/run-wine-test.sh with WINEPREFIX set;
# REGFILE stands where that script puts the program): Windows' own reg.exe (wine's)
# imports the .reg file Mail Setup wrote, then prints what `reg query` reads in each KEY,
# after a line "==> KEY". Each KEY is deleted first, so every value shown came from
# this import. test_wine_apply compares the output with the plan.
set -uo pipefail
regfile=$1
shift
for key in "$@"; do wine reg delete "$key" /f >/dev/null 2>&1; done
if ! wine reg import "$(winepath -w "$regfile" 2>/dev/null)" >/dev/null 2>&1; then
    echo "reg import failed for $regfile" >&2
    exit 1
fi
status=0
for key in "$@"; do
    echo "==> $key"
    wine reg query "$key" 2>&1 | tr -d '\r' || status=1
done
exit "$status"
