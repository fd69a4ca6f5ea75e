#!/usr/bin/env bash
# Builds the .deb from the build tree, checks it with lintian, installs it with
# dpkg, starts the installed program offscreen to its first page, removes it.
#   test_package.sh BUILD_DIR PACKAGE_NAME
set -euo pipefail
build="$1"
name="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
deb="$(ls "$work"/out/*.deb)"
echo "package: $deb ($(du -h "$deb" | cut -f1))"

# What is in it: the program, desktop file, metainfo, icons, man page, copyright.
dpkg-deb -c "$deb" >"$work/contents"
for path in ./usr/bin/mailsetup ./usr/share/applications/org.mailsetup.MailSetup.desktop \
    ./usr/share/metainfo/org.mailsetup.MailSetup.metainfo.xml \
    ./usr/share/icons/hicolor/48x48/apps/mailsetup.png ./usr/share/icons/hicolor/scalable/apps/mailsetup.svg \
    ./usr/share/man/man1/mailsetup.1.gz ./usr/libexec/mailsetup-trust-helper \
    ./usr/share/polkit-1/actions/org.mailsetup.trust-helper.policy \
    "./usr/share/doc/$name/copyright" "./usr/share/doc/$name/changelog.gz"; do
    grep -q " $path\$" "$work/contents" || fail "$path is not in the package"
done
# The engine module (app/engine.h), which the program loads from ../lib/.../mailsetup.
grep -qE " \./usr/lib/([a-z0-9_-]+/)?mailsetup/libmailsetup-engine\.so\$" "$work/contents" ||
    fail "libmailsetup-engine.so is not in the package"
dpkg-deb -f "$deb" Depends | grep -q libqt6widgets6 || fail "Depends does not name the Qt libraries"
# The program starts with Qt Widgets alone; the module needs the rest, so Depends names it.
dpkg-deb -f "$deb" Depends | grep -q libqt6network6 || fail "Depends does not name the engine's libraries"

# The metadata files as the desktop sees them.
dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/org.mailsetup.MailSetup.desktop"
appstreamcli validate --no-net --explain "$work/root/usr/share/metainfo/org.mailsetup.MailSetup.metainfo.xml"

# pkexec runs the helper only by the absolute path the policy names.
grep -q "<annotate key=\"org.freedesktop.policykit.exec.path\">/usr/libexec/mailsetup-trust-helper</annotate>" \
    "$work/root/usr/share/polkit-1/actions/org.mailsetup.trust-helper.policy" ||
    fail "the polkit policy does not name /usr/libexec/mailsetup-trust-helper"

# lintian: no errors (warnings are printed for people to read).
lintian --fail-on error --suppress-tags-from-file /dev/null "$deb" | tee "$work/lintian.log" || fail "lintian reports errors"

if [ "$(id -u)" -ne 0 ]; then
    echo "not root: the package was built and checked, not installed"
    exit 0
fi
# Only an installed package counts: one removed earlier may have left its configuration.
if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q " installed$"; then
    echo "SKIP install: $name is already installed on this machine; not replacing it"
    exit 0
fi
trap 'dpkg -P "$name" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
dpkg -i "$deb"
[ -x /usr/bin/mailsetup ] || fail "/usr/bin/mailsetup was not installed"
/usr/bin/mailsetup --version
# A command runs in the engine module: it was installed where the program looks.
env HOME="$work" /usr/bin/mailsetup profiles | grep -q "^pcug" || fail "the installed program cannot run a command"
shot="$work/first-page.png"
title="$(cd "$work" && env HOME="$work" QT_QPA_PLATFORM=offscreen /usr/bin/mailsetup --screenshot "$shot")"
echo "first page: $title"
case "$title" in
*"Who gave you your email address?"*) ;;
*) fail "the installed program did not show its first page" ;;
esac
file "$shot" | grep -q "PNG image data" || fail "no picture of the first page"
dpkg -P "$name"
[ ! -e /usr/bin/mailsetup ] || fail "dpkg -P left /usr/bin/mailsetup behind"
! ls /usr/lib/*/mailsetup /usr/lib/mailsetup >/dev/null 2>&1 || fail "dpkg -P left the engine module behind"
echo "PASS"
