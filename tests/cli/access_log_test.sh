#!/usr/bin/env bash
# access_log_test.sh TONLE_BIN SOURCE_DIR — `tonle serve --access-log FILE --log-format json`:
# one JSON object a line, and SIGHUP reopens the file after it was moved away (as logrotate
# does), losing no line; the server keeps serving. Needs curl (skips with 77 otherwise).
set -euo pipefail
tonle="${1:?usage: access_log_test.sh TONLE_BIN SOURCE_DIR}"
src="${2:?usage: access_log_test.sh TONLE_BIN SOURCE_DIR}"
command -v curl >/dev/null || { echo "SKIPPED: needs curl"; exit 77; }
work="$(mktemp -d /tmp/tonle-log-XXXXXX)"
pid=""
cleanup() {
  [[ -n "$pid" ]] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; cat "$work/stderr" 2>/dev/null || true; exit 1; }

"$tonle" index "$src/corpus" --db "$work/db" --quiet >/dev/null
# A port the kernel has just handed out and nobody holds (a random one once met another test's server).
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$tonle" serve --db "$work/db" --port "$port" --access-log "$work/access.log" --log-format json 2>"$work/stderr" &
pid=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$port/api/search?q=rights" >/dev/null
curl -s "http://127.0.0.1:$port/no%22such%0Apage" >/dev/null || true
mv "$work/access.log" "$work/access.log.1"
kill -HUP "$pid"
sleep 0.5
curl -sf "http://127.0.0.1:$port/api/search?q=court" >/dev/null || fail "no answer after SIGHUP"
kill -0 "$pid" || fail "the server stopped on SIGHUP"
old_lines="$(cat "$work/access.log.1")"
new_lines="$(cat "$work/access.log" 2>/dev/null)" || fail "SIGHUP did not reopen the access log"
line='^\{"time":"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]{12}Z","address":"127\.0\.0\.1","method":"GET","path":"[^"]*(\\"[^"]*)*","status":[0-9]{3},"bytes":[0-9]+,"seconds":[0-9.]+\}$'
while IFS= read -r l; do
  [[ "$l" =~ $line ]] || fail "not a JSON access line: $l"
done <<<"$old_lines"$'\n'"$new_lines"
grep -q '"path":"/api/search","status":200' <<<"$old_lines" || fail "the first search is not in the moved log"
grep -q 'no\\"such\\u000Apage' <<<"$old_lines" || fail "the quote and newline in a path are not escaped"
grep -q '"path":"/api/search","status":200' <<<"$new_lines" || fail "the search after SIGHUP is not in the new log"
echo "ok: $(wc -l <<<"$old_lines") lines before SIGHUP, $(wc -l <<<"$new_lines") after"
