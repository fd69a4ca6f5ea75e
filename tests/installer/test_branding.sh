#!/usr/bin/env bash
# Configures a build with -DMAILSETUP_BRANDING=installer/branding/example, builds
# only what carries the brand, and checks the product name, bundled profile and
# logo that build would show.
#   test_branding.sh SOURCE_DIR WORK_DIR
set -euo pipefail
src="$1"
work="$2"
rm -rf "$work"
cmake -S "$src" -B "$work" -G Ninja -DMAILSETUP_BUILD_TESTS=OFF -DMAILSETUP_BUILD_WIZARD=OFF \
    -DMAILSETUP_BRANDING="$src/installer/branding/example" >"$work.log" 2>&1 || { cat "$work.log"; exit 1; }
grep -q "Branded build: Example Mail Setup" "$work.log" || { echo "FAIL: the brand was not taken"; exit 1; }
grep -q '"Example Mail Setup"' "$work/resources/branding_config.h" || { echo "FAIL: product name"; exit 1; }
grep -q 'example.xml' "$work"/resources/.rcc/profiles.qrc || { echo "FAIL: brand profile not bundled"; exit 1; }
if grep -q 'pcug.xml' "$work"/resources/.rcc/profiles.qrc; then echo "FAIL: default profiles still bundled"; exit 1; fi
grep -q "branding/example/logo.png" "$work"/resources/.rcc/branding.qrc || { echo "FAIL: logo"; exit 1; }
grep -q "Name=Example Mail Setup" "$work/installer/org.mailsetup.MailSetup.desktop" || { echo "FAIL: desktop name"; exit 1; }
cmake --build "$work" --target mailsetup_resources >/dev/null
echo PASS
