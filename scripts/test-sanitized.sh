#!/usr/bin/env bash
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer, built with
# clang, plus the libFuzzer targets (fuzz/) and a short run of each (CTest label "fuzz").
# Any memory error, leak or undefined behaviour fails the test it happens in.
#
#   scripts/test-sanitized.sh [BUILD_DIR] [extra ctest arguments...]
#
# BUILD_DIR defaults to build-sanitized beside the sources. Needs clang and
# libclang-rt-dev (scripts/install-deps.sh installs both).
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build-sanitized}
shift || true
jobs=${MAILSETUP_JOBS:-2}

flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -O1"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_COMPILER="${CXX_SANITIZED:-clang++}" "${launcher[@]}" \
    -DCMAKE_CXX_FLAGS="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DCMAKE_MODULE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DMAILSETUP_FUZZ=ON
cmake --build "$build" -j "$jobs"

# halt_on_error/abort: a report fails the test instead of scrolling past.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$src/scripts/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
# The .deb (label package) is built and installed once, from the normal build; the
# Win32 code under wine (label wine) is built by mingw, which has no sanitizers.
ctest --test-dir "$build" --output-on-failure -j "$jobs" -LE "package|wine" "$@"
