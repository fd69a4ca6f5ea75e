#!/usr/bin/env bash
# Everything CI checks, in one command: the normal build and its test suite, then the
# same suite under AddressSanitizer + UndefinedBehaviorSanitizer with a short run of
# every fuzzer (scripts/test-sanitized.sh). Stops at the first failing stage.
#
#   scripts/run-tests.sh            (build dirs: build/ and build-sanitized/)
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
jobs=${MAILSETUP_JOBS:-2}
start=$SECONDS

cmake -S "$src" -B "$src/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$src/build" -j "$jobs"
ctest --test-dir "$src/build" --output-on-failure -j "$jobs"
echo "== normal build and tests: $((SECONDS - start)) s"

sanitized=$SECONDS
"$src/scripts/test-sanitized.sh" "$src/build-sanitized"
echo "== sanitized build, tests and short fuzz runs: $((SECONDS - sanitized)) s"
echo "== everything: $((SECONDS - start)) s"
