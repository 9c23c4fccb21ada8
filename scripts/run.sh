#!/usr/bin/env bash
# The first README command: install what is missing, build, index corpus/ and serve it on
# http://127.0.0.1:8080 (HOST and PORT override; Ctrl-C stops the server).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
TARGETS="tonle manpage" scripts/build.sh   # only what serving needs: scripts/test.sh builds the rest
./build/app/tonle index corpus --db var/index
exec ./build/app/tonle serve --db var/index --host "${HOST:-127.0.0.1}" --port "${PORT:-8080}"
