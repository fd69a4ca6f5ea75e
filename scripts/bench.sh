#!/usr/bin/env bash
# Builds the benchmarks (bench/) in a release build and runs every one of them; each
# prints its figures beside the goal and whether it is met. Timing is never a test:
# this is for people and for the record.
#
#   scripts/bench.sh [BUILD_DIR]      (default: build-bench beside the sources)
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build-bench}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" \
    -DMAILSETUP_BUILD_BENCH=ON >/dev/null
cmake --build "$build" -j "${MAILSETUP_JOBS:-2}" --target benchmarks

export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
results=$(mktemp)
trap 'rm -f "$results"' EXIT
failed=0
while read -r program; do
    [ -n "$program" ] || continue
    echo "== $(basename "$program")"
    if ! "$program" | tee -a "$results"; then
        echo "!! $(basename "$program") failed"
        failed=1
    fi
done <"$build/bench/benchmarks.list"
met=$(grep -c ' met$' "$results" || true)
missed=$(grep -c ' MISSED$' "$results" || true)
echo "== $met goals met, $missed missed"
exit $failed
