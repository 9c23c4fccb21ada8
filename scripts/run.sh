#!/usr/bin/env bash
# The first README command: install what is missing, build, index corpus/ and serve it on
# http://127.0.0.1:8080 (PORT and HOST override).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
mkdir -p var
./build/app/tonle index corpus --db var/index
if ./build/app/tonle --help 2>/dev/null | grep -q '^  serve'; then
  exec ./build/app/tonle serve --db var/index --host "${HOST:-127.0.0.1}" --port "${PORT:-8080}"
fi
./build/app/tonle stats --db var/index
