#!/usr/bin/env bash
# The state of the translations, and what is left to do after new strings:
#
#   scripts/translations-status.sh [build-dir]
#
# 1. refreshes translations/*.ts from the sources (the update_translations target),
# 2. prints finished/total per language,
# 3. writes the texts still to translate to build-dir/i18n-todo.json, one entry per
#    distinct text. Translate them into a file like
#      {"from": "BUILD/i18n-todo.json", "items": {"0": ["de", "fr", "es"], ...}}
#    (plural texts: a list of two forms per language) and apply it with
#      scripts/i18n/tstool.py apply FILE
#    which refuses translations whose %1, %n or HTML tags differ from the source.
# test_translations (ctest -R test_translations) fails until nothing is left.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/build}"
cmake --build "$build" --target update_translations 2>&1 | grep -v "lacks Q_OBJECT macro" || true
python3 "$here/scripts/i18n/tstool.py" status
python3 "$here/scripts/i18n/tstool.py" export "$build/i18n-todo.json"
