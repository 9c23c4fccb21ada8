#!/usr/bin/env bash
# The second README command (and what CI runs): install what is missing, build, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
# playwright-core for the browser test (it drives Debian's chromium; no browser download).
if [[ ! -d tests/browser/node_modules/playwright-core ]]; then
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi
scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
