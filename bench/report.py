#!/usr/bin/env python3
"""report.py — turns bench/run.sh results into the tables and plots of docs/BENCHMARKS.md.

    bench/report.py [--results var/bench] [--plots docs/bench]

Prints one Markdown section per measured size (indexing, in-process queries, HTTP, each with
ratios to the peers of the same run) and draws, with gnuplot, how indexing time, index size and
query p99 grow with the number of articles (PNG files in --plots).
"""
import argparse
import glob
import json
import os
import subprocess
import tempfile

SYSTEMS = [("tonle", "tonle"), ("omindex", "omindex"), ("fts5", "SQLite FTS5"), ("sphinx", "Sphinx 2.2")]
# The in-process query rows: (system, variant key, name). Sphinx runs each query twice over:
# bare (the exact total and ten ids) and as tonle answers (every facet counted, ten snippets).
QUERY_ROWS = [("tonle", "query", "tonle"), ("omindex", "query", "omindex"), ("fts5", "query", "SQLite FTS5"),
              ("sphinx", "query", "Sphinx 2.2, bare (exact total, ten ids)"),
              ("sphinx", "query_faceted", "Sphinx 2.2, FACET ×7 + CALL SNIPPETS")]


def load(results_dir):
    runs = []
    for path in glob.glob(os.path.join(results_dir, "results-*.json")):
        r = json.load(open(path))
        if r["articles"] >= 1000:  # smoke runs prove the kit works; they are not figures
            runs.append(r)
    return sorted(runs, key=lambda r: r["articles"])


def ratio(a, b, higher_is_better=True):
    if not a or not b:
        return "—"
    return "%.2f×" % ((a / b) if higher_is_better else (b / a))


def fmt(v, digits=1):
    return "—" if v is None else ("%.*f" % (digits, v))


def query_of(r, key, variant="query"):
    """A system's query figures in run r, or None (runs before Sphinx was a peer, or it failed)."""
    return (r.get(key) or {}).get(variant)


def p99_ratio(t, other):
    return "%.2f×" % (t["p99_ms"] / other["p99_ms"]) if t and other and other.get("p99_ms") else "—"


def section(r):
    n = r["articles"]
    t, o, f = r["tonle"], r["omindex"], r["fts5"]
    m = r.get("machine", {})
    lines = ["### %s articles (%s MB of input)" % (format(n, ","), fmt(r["input_mb"], 0)), "",
             "Machine: %s CPUs (%s), %s GiB." % (m.get("cpus", "?"), m.get("model", "?"), m.get("mem_gb", "?")), "",
             "| system | index s | articles/s | MB/s | peak RSS MB | index MB |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for key, name in SYSTEMS:
        s = r.get(key)
        if not s:
            continue
        lines.append("| %s | %s | %s | %s | %s | %s |" % (name, fmt(s["seconds"]), fmt(s.get("articles_per_s"), 0),
                     fmt(s.get("mb_per_s"), 2), fmt(s["peak_rss_mb"], 0), fmt(s["index_mb"], 0)))
    lines += ["", "tonle indexes %s as fast as omindex (articles/s) with an index %s the size." % (
        ratio(t.get("articles_per_s"), o.get("articles_per_s")),
        "%.2f×" % (t["index_mb"] / o["index_mb"]) if t["index_mb"] and o["index_mb"] else "—")]
    sp = r.get("sphinx")
    if sp and sp.get("seconds"):
        lines += ["", "Sphinx is fed the JSON Lines with tonle's own facet values as multi-valued attributes "
                  "(it extracts no entities; handing them over, `tonle_facet_dump`, took %s s and is not in its "
                  "time); its time and peak RSS are `indexer`'s with its xmlpipe2 feed (`bench/sphinx.py`). "
                  "tonle indexes %s as fast as Sphinx with an index %s the size." % (
                      fmt(sp.get("facet_dump_seconds")), ratio(t.get("articles_per_s"), sp.get("articles_per_s")),
                      "%.2f×" % (t["index_mb"] / sp["index_mb"]) if t["index_mb"] and sp.get("index_mb") else "—")]
    lines += ["", "| queries in process | p50 ms | p95 ms | p99 ms | queries/s |", "| --- | ---: | ---: | ---: | ---: |"]
    for key, variant, name in QUERY_ROWS:
        q = query_of(r, key, variant)
        if q:
            lines.append("| %s | %s | %s | %s | %s |" % (name, fmt(q["p50_ms"], 2), fmt(q["p95_ms"], 2),
                         fmt(q["p99_ms"], 2), fmt(q["qps"], 0)))
    lines += ["", "tonle's p99 is %s omindex's and %s FTS5's (below 1× means faster), with exact counts of "
              "all seven facets and highlighted snippets on every query." % (
                  p99_ratio(t["query"], o["query"]), p99_ratio(t["query"], f["query"]))]
    sq, sf = query_of(r, "sphinx"), query_of(r, "sphinx", "query_faceted")
    if sq or sf:
        lines[-1] += (" Against Sphinx doing the same work (FACET on all seven attributes, exact total, "
                      "CALL SNIPPETS for the ten hits): %s; against Sphinx's bare query: %s." % (
                          p99_ratio(t["query"], sf), p99_ratio(t["query"], sq)))
    agree = r.get("totals_vs_tonle") or {}
    if agree:
        parts = []
        for key, name in (("sphinx", "Sphinx"), ("omindex", "omindex"), ("fts5", "FTS5")):
            kinds = agree.get(key)
            if kinds:
                same = sum(k["equal"] for k in kinds.values())
                n_q = sum(k["queries"] for k in kinds.values())
                parts.append("%s %d of %d (%s)" % (name, same, n_q, ", ".join(
                    "%s %d/%d" % (kind, k["equal"], k["queries"]) for kind, k in sorted(kinds.items()))))
        lines += ["", "Totals equal to tonle's, by kind of query: " + "; ".join(parts) + "."]
    kinds = t["query"].get("by_kind", {})
    if kinds:
        lines += ["", "tonle p50 / p99 ms by kind of query: " + "; ".join(
            "%s %s / %s" % (k, fmt(v["p50_ms"], 1), fmt(v["p99_ms"], 1)) for k, v in sorted(kinds.items())) + "."]
    lines += ["", "| HTTP (wrk) | connections | requests/s | p50 ms | p99 ms | errors |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for key, name in (("tonle", "tonle serve"), ("omindex", "Omega CGI, Apache mod_cgid")):
        for c, h in sorted(r[key].get("http", {}).items(), key=lambda kv: int(kv[0][1:])):
            lines.append("| %s | %s | %s | %s | %s | %s |" % (name, c[1:], fmt(h["requests_per_s"], 0), fmt(h["p50_ms"], 1),
                         fmt(h["p99_ms"], 1), h["errors"]))
    th, oh = t.get("http", {}).get("c8"), o.get("http", {}).get("c8")
    if th and oh:
        lines += ["", "At 8 connections tonle serves %s Omega's requests/s." % ratio(th["requests_per_s"], oh["requests_per_s"])]
    return "\n".join(lines) + "\n"


def plot(runs, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    charts = [("indexing.png", "Indexing time (s)", lambda s, v: s.get("seconds")),
              ("index-size.png", "Index size on disk (MB)", lambda s, v: s.get("index_mb")),
              ("query-p99.png", "Query p99 in process (ms)", lambda s, v: (s.get(v) or {}).get("p99_ms"))]
    # Sphinx's query line is the variant that does tonle's work (facets and snippets).
    variant = lambda k: "query_faceted" if k == "sphinx" else "query"
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "data.txt")
        for png, title, get in charts:
            with open(data, "w") as f:
                for r in runs:
                    f.write("%d %s\n" % (r["articles"], " ".join(str(get(r.get(k) or {}, variant(k)) or "NaN")
                                                                  for k, _ in SYSTEMS)))
            script = "\n".join([
                "set terminal pngcairo size 720,420 font 'DejaVu Sans,10'",
                "set output '%s'" % os.path.join(out_dir, png),
                "set title '%s'" % title, "set xlabel 'articles'", "set logscale xy", "set grid",
                "set key left top", "set format x '%.0s%c'",
                "plot " + ", ".join("'%s' using 1:%d with linespoints lw 2 title '%s'" % (data, i + 2, name.split(" (")[0])
                                    for i, (_, name) in enumerate(SYSTEMS))])
            subprocess.run(["gnuplot"], input=script, text=True, check=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--results", default="var/bench")
    ap.add_argument("--plots", default="docs/bench")
    a = ap.parse_args()
    runs = load(a.results)
    for r in runs:
        print(section(r))
    if len(runs) >= 2:
        plot(runs, a.plots)
        print("plots: " + ", ".join(sorted(os.listdir(a.plots))))


if __name__ == "__main__":
    main()
