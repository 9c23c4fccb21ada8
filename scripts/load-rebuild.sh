#!/usr/bin/env bash
# Rebuild under load: serves an index of generated articles, loads it with wrk (CONNECTIONS
# connections for SECONDS seconds, walking a mix of searches through bench/http-mix.lua), swaps
# in a full rebuild with
# more articles half-way, and checks that no request failed and that answers moved to the new
# index. Exits non-zero on any failed request.
#   scripts/load-rebuild.sh [SECONDS=60] [CONNECTIONS=32]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
connections="${2:-32}"
bin=build/app/tonle
work=$(mktemp -d)
trap 'kill "${server_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

make_articles() {  # FIRST COUNT: corpus-based articles with distinct ids and marker words
  local n=0 files=(corpus/*.txt)
  for ((i = $1; i < $1 + $2; i++)); do
    cp "${files[$((i % ${#files[@]}))]}" "$work/in/a$i.txt"
    printf '\n\nMarker word zq%d.\n' "$i" >>"$work/in/a$i.txt"
  done
}
mkdir -p "$work/in"
make_articles 0 2000
$bin index "$work/in" --db "$work/db" --quiet >/dev/null
$bin serve --db "$work/db" --port 0 --quiet 2>"$work/serve.log" &
server_pid=$!
port=""
for _ in $(seq 100); do
  port=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.log" | grep -o '[0-9]*$' || true)
  [[ -n "$port" ]] && curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
  sleep 0.1
done

cat >"$work/paths.lua" <<'LUA'
paths = {
  "/api/search?q=%22Human+Rights+Watch%22", "/api/search?q=report",
  "/api/search?q=ministry+spokesman", "/api/search?q=HRW&ngo=Human+Rights+Watch",
  "/api/search?q=elections&mode=any", "/api/search?q=&year=2023&sort=newest",
  "/api/search?q=rights&page=5", "/search?q=Sokkhoeurn", "/api/search?q=%22unbalanced",
  "/api/articles/a1", "/api/search?q=-rights", "/api/search?q=", "/healthz",
}
LUA
wrk -t2 -c"$connections" -d"${seconds}s" --timeout 5s --latency -s bench/http-mix.lua \
  "http://127.0.0.1:$port" -- "$work/paths.lua" >"$work/wrk.txt" &
wrk_pid=$!
sleep $((seconds / 2))
make_articles 2000 500
start=$(date +%s%N)
$bin index "$work/in" --db "$work/db" --quiet >/dev/null
echo "rebuild with 2500 articles swapped in after $(( ($(date +%s%N) - start) / 1000000 )) ms, under load"
wait "$wrk_pid"
cat "$work/wrk.txt"
total=$(curl -sf "http://127.0.0.1:$port/api/search?q=&per_page=1" | grep -o '"total":[0-9]*' | grep -o '[0-9]*$')
echo "articles served after the rebuild: $total"
failed=$(grep -o 'non200=[0-9]*' "$work/wrk.txt" | grep -o '[0-9]*$')
socket=$(grep -o 'socket_errors=[0-9]*' "$work/wrk.txt" | grep -o '[0-9]*$')
if [[ "$failed" != 0 || "$socket" != 0 || "$total" != 2500 ]]; then
  echo "load-rebuild: FAILED (non-200 $failed, socket errors $socket, served $total)"
  exit 1
fi
echo "load-rebuild: ok"
