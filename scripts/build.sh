#!/usr/bin/env bash
# Configures and builds tonle into build/ (Release with debug info). Extra arguments go to cmake;
# TARGETS (space-separated) builds only those targets ("tonle manpage" is all serving needs),
# otherwise everything: the tests, benchmarks and tools too.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
if [[ -n "${TARGETS:-}" ]]; then
  # shellcheck disable=SC2086  # the targets are words
  cmake --build build --parallel --target ${TARGETS}
else
  cmake --build build --parallel
fi
