#!/usr/bin/env bash
# Renders docs/screenshots/*.png: the wizard's GUI test walks through every page
# against a fixture home and saves each one, under Xvfb with the xcb platform so
# fonts and widgets look as on a desktop (the offscreen platform draws no text
# antialiasing and no window decorations worth showing).
#
#   scripts/screenshots.sh [build-dir]      (default: build)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/build}"
out="$here/docs/screenshots"

cmake --build "$build" --target test_wizard
mkdir -p "$out"
# A neutral desktop: no user style or theme leaks into the pictures.
env -i PATH="$PATH" HOME="$(mktemp -d)" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion MAILSETUP_SCREENSHOT_DIR="$out" \
    xvfb-run -a -s "-screen 0 1024x768x24" \
    "$build/tests/test_wizard" appliesAndUndoesTheAccount lockedProfileIsRefusedUntilCheckedAgain
ls -l "$out"/*.png
