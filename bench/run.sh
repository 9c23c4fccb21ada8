#!/usr/bin/env bash
# The benchmark kit: one size per run, everything measured in the same run on this machine.
#   bench/run.sh N [OUT]      e.g. bench/run.sh 20000   (OUT defaults to var/bench)
#   BENCH_SECONDS=3 bench/run.sh 300 build/bench-smoke   (the CI smoke run)
#   BENCH_ONLY=http bench/run.sh N   (re-measure only HTTP on the indexes of an earlier run)
# Builds the corpus (bench/make_corpus.py) and query mix (bench/make_queries.py), indexes it with
# tonle, omindex and SQLite FTS5, answers the query mix in process with each (tonle with exact
# facets and snippets), loads tonle's HTTP server with wrk at concurrency 1, 8 and 64, and
# writes OUT/results-N.json. bench/report.py turns the results into docs/BENCHMARKS.md tables.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:?usage: bench/run.sh N [OUT]}"
out="${2:-var/bench}"
mkdir -p "$out"
scripts/install-deps.sh --bench
[[ -x build/app/tonle && -x build/bench/tonle_query_bench ]] || scripts/build.sh
py=/usr/bin/python3
corpus="$out/corpus-$n"
work="$out/work-$n"
only="${BENCH_ONLY:-}"
if [[ "$only" != http ]]; then
  rm -rf "$work"
  mkdir -p "$work"
  [[ -d "$corpus/files" ]] || $py bench/make_corpus.py --n "$n" --out "$corpus" >/dev/null
  $py bench/make_queries.py --corpus "$corpus" --out "$work/queries.jsonl" --n 500 >/dev/null
fi
input_mb=$(du -sm "$corpus/files" | cut -f1)

measure() {  # NAME COMMAND...: wall seconds and peak RSS (KiB) of a command
  local name="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err" || true
}
if [[ "$only" != http ]]; then
  measure tonle-index build/app/tonle index "$corpus/files" --db "$work/tonle-db" --quiet
  measure omindex-index omindex --db "$work/omindex-db" --url / "$corpus/files"
  measure fts5-index $py bench/peers.py fts5-index --jsonl "$corpus/jsonl" --db "$work/fts5.db"

  build/bench/tonle_query_bench --db "$work/tonle-db" --queries "$work/queries.jsonl" >"$work/tonle-query.json"
  $py bench/peers.py xapian-query --db "$work/omindex-db" --queries "$work/queries.jsonl" >"$work/omindex-query.json"
  $py bench/peers.py fts5-query --db "$work/fts5.db" --queries "$work/queries.jsonl" >"$work/fts5-query.json"
fi

# HTTP: tonle's server and Omega's CGI under wrk, walking the same query mix (Omega has no
# facets: its facet-filtered queries are the query text alone).
$py - "$work/queries.jsonl" "$work/paths.lua" "$work/omega-paths.lua" <<'PY'
import json, sys, urllib.parse
tonle, omega = [], []
for line in open(sys.argv[1]):
    q = json.loads(line)
    p = {"q": q["q"], "page": q["page"]}
    o = {"DB": "omega", "P": q["q"], "TOPDOC": (q["page"] - 1) * 10}
    if q["mode"] == "any":
        p["mode"] = "any"
        o["DEFAULTOP"] = "or"
    for f, vs in q["facets"].items():
        p[f] = vs[0]
    tonle.append("/api/search?" + urllib.parse.urlencode(p))
    omega.append("/cgi-bin/omega/omega?" + urllib.parse.urlencode(o))
for path, paths in ((sys.argv[2], tonle), (sys.argv[3], omega)):
    open(path, "w").write("paths = {" + ",".join(json.dumps(p) for p in paths) + "}\n")
PY
load() {  # NAME URL PATHS: wrk at concurrency 1, 8 and 64
  for c in 1 8 64; do
    wrk -t"$(( c < 2 ? 1 : 2 ))" -c"$c" -d"${BENCH_SECONDS:-15}s" --timeout 5s --latency -s bench/http-mix.lua \
      "$2" -- "$3" >"$work/wrk-$1-c$c.txt" 2>&1 || true
  done
}
build/app/tonle serve --db "$work/tonle-db" --port 0 --quiet 2>"$work/serve.log" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q 'http://' "$work/serve.log" && break; sleep 0.1; done
port=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.log" | grep -o '[0-9]*$')
load tonle "http://127.0.0.1:$port" "$work/paths.lua"
kill $server
free_port() { $py -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
chmod -R a+rX "$work/omindex-db"
omega_up=no
for _ in 1 2 3; do  # a port free a moment ago can be taken (wrk's own connections use the same range)
  omega_port=$(free_port)
  bench/omega-cgi.sh start "$work/omega-run" "$omega_port" "$work/omindex-db" && { omega_up=yes; break; }
done
if [[ "$omega_up" == yes ]]; then
  trap 'bench/omega-cgi.sh stop "$work/omega-run"' EXIT
  load omega "http://127.0.0.1:$omega_port" "$work/omega-paths.lua"
  bench/omega-cgi.sh stop "$work/omega-run"
fi

$py bench/collect.py --n "$n" --work "$work" --input-mb "$input_mb" >"$out/results-$n.json"
echo "bench: wrote $out/results-$n.json"
