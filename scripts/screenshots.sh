#!/usr/bin/env bash
# Renders docs/screenshots/*.png: the wizard's GUI tests walk through every page
# against a fixture home (and, for the connection check and the certificate, the
# real shared mail service, which needs root) and save each one, under Xvfb with
# the xcb platform so fonts and widgets look as on a desktop (the offscreen
# platform draws no text antialiasing and no window decorations worth showing).
#
#   scripts/screenshots.sh [build-dir]      (default: build)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/build}"
out="$here/docs/screenshots"

cmake --build "$build" --target test_wizard test_wizard_flow
mkdir -p "$out"
rm -f "$out"/*.png
# A neutral desktop: no user style or theme leaks into the pictures.
shoot() {
    env -i PATH="$PATH" HOME="$(mktemp -d)" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
        QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion MAILSETUP_SCREENSHOT_DIR="$out" \
        xvfb-run -a -s "-screen 0 1280x900x24" "$@"
}
# Provider and details with the built-in profiles; the clients page while Thunderbird runs.
shoot "$build/tests/test_wizard" appliesAndUndoesTheAccount lockedProfileIsRefusedUntilCheckedAgain
# Every further page, the failures and the helpdesk view, against the real mail service.
shoot "$build/tests/test_wizard_flow"
ls -l "$out"/*.png
