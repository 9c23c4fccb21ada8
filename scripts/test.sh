#!/usr/bin/env bash
# The second README command (and what CI runs): install what is missing, build, run every test,
# then run the whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer, the fuzz
# targets for a short budget (FUZZ_SECONDS each, default 15) and a rebuild under load
# (LOAD_SECONDS, default 60).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
# playwright-core for the browser test (it drives Debian's chromium; no browser download).
if [[ ! -d tests/browser/node_modules/playwright-core ]]; then
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi
jobs=$(nproc)

echo "== build and test"
scripts/build.sh
ctest --test-dir build --output-on-failure -j"$jobs"

echo "== the same tests under AddressSanitizer and UndefinedBehaviorSanitizer"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DTONLE_SANITIZE=ON >/dev/null
cmake --build build-asan --parallel
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 LSAN_OPTIONS=suppressions="$PWD/tests/lsan.supp" \
  UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j"$jobs"

echo "== fuzz targets, ${FUZZ_SECONDS:-15} s each"
scripts/fuzz.sh "${FUZZ_SECONDS:-15}"

echo "== a full rebuild swapped in under wrk load (${LOAD_SECONDS:-60} s, 32 connections)"
scripts/load-rebuild.sh "${LOAD_SECONDS:-60}" 32

echo "== benchmark kit smoke run (300 articles; proves the kit works, times nothing)"
rm -rf build/bench-smoke
BENCH_SECONDS=2 bench/run.sh 300 build/bench-smoke
/usr/bin/python3 - build/bench-smoke/results-300.json <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
for system in ("tonle", "omindex", "fts5", "sphinx"):
    assert r[system]["seconds"] and r[system]["index_mb"] and r[system]["query"]["queries"], system
assert r["sphinx"]["query_faceted"]["queries"], "Sphinx's faceted queries did not run"
assert all(level["errors"] == 0 and level["requests_per_s"] > 0 for level in r["tonle"]["http"].values())
assert r["omindex"]["http"]["c8"]["requests_per_s"] > 0, "Omega's CGI behind Apache did not answer"
print("bench smoke: ok (tonle, omindex, FTS5, Sphinx indexed and queried; tonle and Omega's CGI over HTTP)")
PY
