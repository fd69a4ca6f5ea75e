#!/usr/bin/env bash
# Installs everything Mail Setup needs to build, run and test on Debian 12.
# Run as root (or through sudo). Safe to run again.
set -euo pipefail
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive

build=(build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6svg6 qt6-translations-l10n libgl-dev libssl-dev libplist-dev libc-ares-dev)
run=(libqt6widgets6 libqt6concurrent6 libqt6network6 libqt6gui6 qt6-qpa-plugins openssl ca-certificates pkexec)
# Real peers the tests drive: the mail service, real clients, a display for screenshots.
test=(postfix dovecot-core dovecot-pop3d dovecot-imapd iproute2 procps
  swaks libnet-ssleay-perl neomutt alpine tmux thunderbird libnss3-tools xvfb xauth python3
  libkf5config-bin poppler-utils groff-base man-db
  claws-mail evolution-data-server gir1.2-edataserver-1.2 python3-gi dbus-daemon
  libplist-utils mingw-w64 wine wine64 dnsmasq-base
  clang libclang-rt-14-dev)

# Building and checking the .deb (tests/installer).
package=(dpkg-dev lintian appstream desktop-file-utils file)

$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "${build[@]}" "${run[@]}" "${test[@]}" "${package[@]}"
