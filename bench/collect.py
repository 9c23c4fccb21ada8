#!/usr/bin/env python3
"""collect.py — gathers one bench/run.sh size's measurements into a JSON object."""
import argparse
import glob
import json
import os
import re
import subprocess


def du_mb(path):
    return round(int(subprocess.check_output(["du", "-sk", path]).split()[0]) / 1024, 1)


def timed(work, name):
    try:
        seconds, rss = open(os.path.join(work, name + ".time")).read().split()[-2:]
        return float(seconds), int(rss)
    except (OSError, ValueError):
        return None, None


def load_json(work, name):
    """A peer's JSON answer, or None if that peer did not run (e.g. searchd would not start)."""
    try:
        return json.load(open(os.path.join(work, name)))
    except (OSError, ValueError):
        return None


def wrk_results(work, name):
    """Requests/s, p50, p99 and errors per concurrency from wrk-NAME-cC.txt (bench/http-mix.lua)."""
    http = {}
    for path in sorted(glob.glob(os.path.join(work, "wrk-%s-c*.txt" % name))):
        m = re.search(r"RESULT (.*)", open(path).read())
        if m:
            fields = dict(kv.split("=") for kv in m.group(1).split())
            c = re.search(r"-c(\d+)", os.path.basename(path)).group(1)
            http["c" + c] = {"requests_per_s": round(int(fields["requests"]) / float(fields["seconds"]), 1),
                             "p50_ms": float(fields["p50_ms"]), "p99_ms": float(fields["p99_ms"]),
                             "errors": int(fields["non200"]) + int(fields["socket_errors"])}
    return http


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--input-mb", type=float, required=True)
    a = ap.parse_args()
    out = {"articles": a.n, "input_mb": a.input_mb, "machine": {
        "cpus": os.cpu_count(),
        "model": next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?"),
        "mem_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)}}
    for system, name, db, query in [("tonle", "tonle-index", "tonle-db", "tonle-query.json"),
                                    ("omindex", "omindex-index", "omindex-db", "omindex-query.json"),
                                    ("fts5", "fts5-index", "fts5.db", "fts5-query.json"),
                                    ("sphinx", "sphinx-index", "sphinx/index", "sphinx-bare-query.json")]:
        seconds, rss = timed(a.work, name)
        entry = {"seconds": seconds, "peak_rss_mb": round(rss / 1024, 1) if rss else None,
                 "index_mb": du_mb(os.path.join(a.work, db)) if os.path.exists(os.path.join(a.work, db)) else None}
        if seconds:
            entry["articles_per_s"] = round(a.n / seconds, 1)
            entry["mb_per_s"] = round(a.input_mb / seconds, 2)
        entry["query"] = load_json(a.work, query)
        out[system] = entry
    # Sphinx: the query with FACET on every facet and CALL SNIPPETS for the page (the bare query
    # above has neither), and the time tonle_facet_dump took to hand it tonle's facet values
    # (not part of its indexing time: a user of Sphinx would bring their own).
    out["sphinx"]["query_faceted"] = load_json(a.work, "sphinx-faceted-query.json")
    out["sphinx"]["facet_dump_seconds"] = timed(a.work, "tonle-facets")[0]
    out["totals_vs_tonle"] = load_json(a.work, "totals-vs-tonle.json")
    for system in ("tonle", "omindex"):
        out[system]["http"] = wrk_results(a.work, "omega" if system == "omindex" else system)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
