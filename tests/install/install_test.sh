#!/usr/bin/env bash
# install_test.sh BUILD_DIR SOURCE_DIR — `cmake --install` into a temporary prefix, then the
# installed tonle run from / (not from the source or build tree): it indexes the corpus with its
# shipped gazetteer, serves the web UI's assets from <prefix>/share/tonle/static and answers a
# search; the manual page is installed and renders. Needs curl (skips with 77 otherwise).
set -euo pipefail
build="${1:?usage: install_test.sh BUILD_DIR SOURCE_DIR}"
src="${2:?usage: install_test.sh BUILD_DIR SOURCE_DIR}"
command -v curl >/dev/null || { echo "SKIPPED: needs curl"; exit 77; }

work="$(mktemp -d /tmp/tonle-install-XXXXXX)"
pid=""
cleanup() {
  [[ -n "$pid" ]] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; cat "$work/serve.log" 2>/dev/null || true; exit 1; }

cmake --install "$build" --prefix "$work/prefix" >/dev/null
prefix="$work/prefix"
for f in bin/tonle share/tonle/gazetteer.txt share/tonle/static/app.css share/tonle/static/app.js \
         share/man/man1/tonle.1; do
  [[ -f "$prefix/$f" ]] || fail "$f was not installed"
done
# Nothing of the test suite or the benchmarks is installed.
extra="$(cd "$prefix" && find . -type f | grep -v -E '^\./(bin/tonle|share/tonle/|share/man/man1/tonle\.1|share/doc/tonle/nginx/tonle\.conf)' || true)"
[[ -z "$extra" ]] || fail "unexpected installed files: $extra"

# Run from /, with the source tree out of reach of any relative path.
cd /
"$prefix/bin/tonle" index "$src/corpus" --db "$work/db" --quiet >/dev/null || fail "index"
# A port the kernel has just handed out and nobody holds (a random one once met another test's server).
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$prefix/bin/tonle" serve --db "$work/db" --port "$port" >"$work/serve.log" 2>&1 &
pid=$!
for _ in $(seq 1 50); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
  sleep 0.2
done
css="$(curl -sf "http://127.0.0.1:$port/static/app.css")" || fail "app.css not served"
cmp -s <(printf '%s' "$css") <(printf '%s' "$(cat "$src/web/static/app.css")") || fail "app.css differs from the source's"
curl -sf "http://127.0.0.1:$port/api/search?q=rights" | grep -q '"total":[1-9]' || fail "search found nothing"
# The installed binary's help names its shipped gazetteer, not the source tree's.
"$prefix/bin/tonle" index --help | grep -q "$prefix/share/tonle/gazetteer.txt" || fail "default gazetteer is not the installed one"
if command -v man >/dev/null; then
  man -l "$prefix/share/man/man1/tonle.1" 2>/dev/null | grep -q "tonle serve" || fail "man page does not render"
fi
echo "ok: installed to $prefix, served from /"
