#!/usr/bin/env bash
# The benchmark kit: one size per run, everything measured in the same run on this machine.
#   bench/run.sh N [OUT]      e.g. bench/run.sh 20000   (OUT defaults to var/bench)
#   BENCH_SECONDS=3 bench/run.sh 300 build/bench-smoke   (the CI smoke run)
#   BENCH_ONLY=http bench/run.sh N   (re-measure only HTTP on the indexes of an earlier run)
# Builds the corpus (bench/make_corpus.py) and query mix (bench/make_queries.py), indexes it with
# tonle, omindex, SQLite FTS5 and Sphinx 2.2 (bench/sphinx.py: xmlpipe2 with tonle's own facet
# values as multi-valued attributes), answers the query mix in process with each (tonle with exact
# facets and snippets; Sphinx over SphinxQL from a private searchd, bare and with FACET and CALL
# SNIPPETS), loads tonle's HTTP server with wrk at concurrency 1, 8 and 64, and writes
# OUT/results-N.json. bench/report.py turns the results into docs/BENCHMARKS.md tables.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:?usage: bench/run.sh N [OUT]}"
out="${2:-var/bench}"
mkdir -p "$out"
scripts/install-deps.sh --bench
[[ -x build/app/tonle && -x build/bench/tonle_query_bench && -x build/bench/tonle_facet_dump ]] || scripts/build.sh
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
free_port() { $py -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# Whatever this run started is stopped however it ends: tonle's server, Sphinx's searchd, Omega.
server=""
sphinx_pid=""
omega_up=no
stop_searchd() {  # TERM, and KILL if it will not go (searchd ignores TERM while it retries a taken port)
  kill "$sphinx_pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$sphinx_pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$sphinx_pid" 2>/dev/null || true
  wait "$sphinx_pid" 2>/dev/null || true
  sphinx_pid=""
}
cleanup() {
  if [[ -n "$server" ]]; then kill "$server" 2>/dev/null || true; fi
  if [[ -n "$sphinx_pid" ]]; then stop_searchd; fi
  if [[ "$omega_up" == yes ]]; then bench/omega-cgi.sh stop "$work/omega-run" || true; fi
}
trap cleanup EXIT
if [[ "$only" != http ]]; then
  measure tonle-index build/app/tonle index "$corpus/files" --db "$work/tonle-db" --quiet
  measure omindex-index omindex --db "$work/omindex-db" --url / "$corpus/files"
  measure fts5-index $py bench/peers.py fts5-index --jsonl "$corpus/jsonl" --db "$work/fts5.db"
  # Sphinx gets tonle's facet values (it extracts none), then indexes the JSON Lines through
  # bench/sphinx.py's xmlpipe2 feed: the time and peak RSS are indexer's and its feed's.
  measure tonle-facets bash -c 'exec build/bench/tonle_facet_dump --db "$1" >"$2"' _ "$work/tonle-db" "$work/tonle-facets.jsonl"
  sphinx=("$work/sphinx" "$corpus/jsonl" "$work/tonle-facets.jsonl")
  $py bench/sphinx.py conf --dir "${sphinx[0]}" --jsonl "${sphinx[1]}" --facets "${sphinx[2]}" --port 9306
  measure sphinx-index indexer --config "$work/sphinx/sphinx.conf" --all

  build/bench/tonle_query_bench --db "$work/tonle-db" --queries "$work/queries.jsonl" >"$work/tonle-query.json"
  $py bench/peers.py xapian-query --db "$work/omindex-db" --queries "$work/queries.jsonl" \
    --totals "$work/omindex-totals.jsonl" >"$work/omindex-query.json"
  $py bench/peers.py fts5-query --db "$work/fts5.db" --queries "$work/queries.jsonl" \
    --totals "$work/fts5-totals.jsonl" >"$work/fts5-query.json"

  # Sphinx: a private searchd (no watchdog, pid and log in OUT) on a free loopback port, retried
  # if the port is taken meanwhile; stopped here, or by the trap if the run dies.
  if [[ -e "$work/sphinx/index/tonle.spd" ]]; then
    for _ in 1 2 3; do
      sphinx_port=$(free_port)
      $py bench/sphinx.py conf --dir "${sphinx[0]}" --jsonl "${sphinx[1]}" --facets "${sphinx[2]}" --port "$sphinx_port"
      searchd --config "$work/sphinx/sphinx.conf" --nodetach >"$work/searchd.out" 2>&1 &
      sphinx_pid=$!
      $py bench/sphinx.py wait --port "$sphinx_port" --pid "$sphinx_pid" --log "$work/searchd.out" --seconds 60 && break
      stop_searchd
    done
    if [[ -n "$sphinx_pid" ]]; then
      for variant in bare faceted; do
        $py bench/sphinx.py query --port "$sphinx_port" --dir "$work/sphinx" --queries "$work/queries.jsonl" \
          --variant "$variant" --totals "$work/sphinx-$variant-totals.jsonl" >"$work/sphinx-$variant-query.json" \
          2>"$work/sphinx-$variant-query.err" || echo "bench: Sphinx $variant queries failed (see $work/sphinx-$variant-query.err)"
      done
      stop_searchd
    else
      echo "bench: searchd did not start (see $work/searchd.out); no Sphinx query figures"
    fi
  else
    echo "bench: Sphinx's indexer failed (see $work/sphinx-index.err); no Sphinx figures"
  fi

  # Totals against tonle's, per kind of query, where the semantics match (bench/sphinx.py compare).
  build/bench/tonle_query_bench --db "$work/tonle-db" --queries "$work/queries.jsonl" --passes 1 \
    --slowest 1000000 >"$work/tonle-totals.json"
  $py bench/sphinx.py compare --queries "$work/queries.jsonl" --tonle "$work/tonle-totals.json" \
    sphinx="$work/sphinx-bare-totals.jsonl" sphinx_faceted="$work/sphinx-faceted-totals.jsonl" \
    omindex="$work/omindex-totals.jsonl" fts5="$work/fts5-totals.jsonl" >"$work/totals-vs-tonle.json"
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
for _ in $(seq 100); do grep -q 'http://' "$work/serve.log" && break; sleep 0.1; done
port=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.log" | grep -o '[0-9]*$')
load tonle "http://127.0.0.1:$port" "$work/paths.lua"
kill $server
server=""
chmod -R a+rX "$work/omindex-db"
for _ in 1 2 3; do  # a port free a moment ago can be taken (wrk's own connections use the same range)
  omega_port=$(free_port)
  bench/omega-cgi.sh start "$work/omega-run" "$omega_port" "$work/omindex-db" && { omega_up=yes; break; }
done
if [[ "$omega_up" == yes ]]; then
  load omega "http://127.0.0.1:$omega_port" "$work/omega-paths.lua"
  bench/omega-cgi.sh stop "$work/omega-run"
  omega_up=no
fi

$py bench/collect.py --n "$n" --work "$work" --input-mb "$input_mb" >"$out/results-$n.json"
echo "bench: wrote $out/results-$n.json"
