#!/usr/bin/env bash
# Regenerates the alpine-*.pinerc fixtures with the real Alpine (Debian package
# alpine, run in tmux): Alpine saves the whole file at its first start with a file
# that lacks last-version-used, keeping comments and unknown lines.
#   alpine-<v>-first-start.pinerc   what Alpine writes when there is no .pinerc
#   alpine-<v>-<name>.pinerc        what Alpine made of <name>.input
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
version=$(alpine -v | sed -n 's/^Alpine \([0-9.]*\).*/\1/p')
work=$(mktemp -d)
trap 'tmux -S "$work/tmux" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

wait_for() { # text
  for _ in $(seq 100); do
    tmux -S "$work/tmux" capture-pane -p -t fx 2>/dev/null | grep -q "$1" && return 0
    sleep 0.1
  done
  echo "timed out waiting for: $1" >&2; exit 1
}

run_alpine() { # home
  : > "$1/empty"
  tmux -S "$work/tmux" new-session -d -s fx -x 200 -y 50 \
    "HOME=$1 TERM=xterm alpine -P /dev/null -f $1/empty; sleep 60"
  wait_for 'Exit this greeting'; tmux -S "$work/tmux" send-keys -t fx E
  wait_for 'MAIN MENU'; tmux -S "$work/tmux" send-keys -t fx Q
  wait_for 'Really quit'; tmux -S "$work/tmux" send-keys -t fx Y
  wait_for 'Alpine finished'
  tmux -S "$work/tmux" kill-server
}

mkdir "$work/first"
run_alpine "$work/first"
cp "$work/first/.pinerc" "$here/alpine-$version-first-start.pinerc"
for input in "$here"/*.input; do
  name=$(basename "$input" .input)
  mkdir "$work/$name"
  cp "$input" "$work/$name/.pinerc"
  run_alpine "$work/$name"
  cp "$work/$name/.pinerc" "$here/alpine-$version-$name.pinerc"
done
ls -l "$here"/alpine-"$version"-*.pinerc
