#!/usr/bin/env python3
"""peers.py — the peers tonle is measured against, driven the same way from Python:

  peers.py fts5-index  --jsonl DIR --db FILE        SQLite FTS5 (porter tokenizer) from JSON Lines
  peers.py fts5-query  --db FILE --queries Q.jsonl  count(*) + top 10 by bm25 with snippet()
  peers.py xapian-query --db DIR --queries Q.jsonl  an omindex database through Xapian's own
                                                    QueryParser (what Omega does), exact count
                                                    and MSet.snippet

Query commands print {"queries", "p50_ms", "p95_ms", "p99_ms", "qps"} as JSON, after a warm-up
pass, over --passes passes (default 3). --totals FILE also writes each query's total (JSON Lines,
{"q", "kind", "total"}, mix order) for bench/sphinx.py compare.
"""
import argparse
import glob
import json
import os
import re
import sqlite3
import sys
import time


def percentiles(ms, seconds):
    ms = sorted(ms)
    pick = lambda p: ms[min(len(ms) - 1, int(p / 100.0 * len(ms)))] if ms else 0
    return {"queries": len(ms), "p50_ms": round(pick(50), 3), "p95_ms": round(pick(95), 3),
            "p99_ms": round(pick(99), 3), "qps": round(len(ms) / seconds, 1)}


def load_queries(path):
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]


def fts5_index(args):
    if os.path.exists(args.db):
        os.remove(args.db)
    con = sqlite3.connect(args.db)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("CREATE VIRTUAL TABLE t USING fts5(id UNINDEXED, title, body, year UNINDEXED, "
                "tokenize='porter')")
    n = 0
    for path in sorted(glob.glob(os.path.join(args.jsonl, "*.jsonl"))):
        rows = []
        for line in open(path, encoding="utf-8"):
            a = json.loads(line)
            rows.append((a["id"], a["title"], a["body"], a.get("date", "")[:4]))
        con.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", rows)
        n += len(rows)
    con.commit()
    con.close()
    print(json.dumps({"articles": n}))


def fts5_match(q):
    words = re.findall(r"\w+", q["q"])
    if not words:
        return None
    if q["q"].startswith('"'):
        return '"' + " ".join(words) + '"'
    return (" OR " if q.get("mode") == "any" else " AND ").join('"%s"' % w for w in words)


def fts5_query(args):
    con = sqlite3.connect(args.db)
    qs = [(fts5_match(q), q) for q in load_queries(args.queries)]
    qs = [(m, q) for m, q in qs if m]

    def one(m, q):
        year = (q.get("facets") or {}).get("year", [None])[0]
        where = "t MATCH ?" + (" AND year = ?" if year else "")
        params = [m] + ([year] if year else [])
        total = con.execute("SELECT count(*) FROM t WHERE " + where, params).fetchone()[0]
        offset = (q.get("page", 1) - 1) * 10
        con.execute("SELECT id, snippet(t, 2, '<mark>', '</mark>', '…', 20) FROM t WHERE " + where +
                    " ORDER BY bm25(t) LIMIT 10 OFFSET ?", params + [offset]).fetchall()
        return total

    run(qs, one, args.passes, args.totals)


def xapian_query(args):
    import xapian
    db = xapian.Database(args.db)
    qp = xapian.QueryParser()
    qp.set_stemmer(xapian.Stem("english"))
    qp.set_stemming_strategy(xapian.QueryParser.STEM_SOME)
    qp.set_database(db)
    qp.add_prefix("title", "S")
    enquire = xapian.Enquire(db)
    stem = xapian.Stem("english")
    qs = [(q, q) for q in load_queries(args.queries)]

    def one(q, _):
        qp.set_default_op(xapian.Query.OP_OR if q.get("mode") == "any" else xapian.Query.OP_AND)
        query = qp.parse_query(q["q"], xapian.QueryParser.FLAG_DEFAULT)
        enquire.set_query(query)
        mset = enquire.get_mset((q.get("page", 1) - 1) * 10, 10, db.get_doccount())
        total = mset.get_matches_estimated()
        for m in mset:
            data = m.document.get_data().decode("utf-8", "replace")
            sample = re.search(r"sample=(.*)", data)
            mset.snippet(sample.group(1) if sample else "", 200, stem)
        return total

    run(qs, one, args.passes, args.totals)


def run(qs, one, passes, totals_path=None):
    totals = [one(m, q) for m, q in qs]  # the warm-up pass
    if totals_path:
        with open(totals_path, "w") as f:
            for (_, q), t in zip(qs, totals):
                f.write(json.dumps({"q": q["q"], "kind": q.get("kind", "other"), "total": t}) + "\n")
    ms = []
    start = time.perf_counter()
    for _ in range(passes):
        for m, q in qs:
            t0 = time.perf_counter()
            one(m, q)
            ms.append((time.perf_counter() - t0) * 1000)
    print(json.dumps(percentiles(ms, time.perf_counter() - start)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["fts5-index", "fts5-query", "xapian-query"])
    ap.add_argument("--jsonl")
    ap.add_argument("--db", required=True)
    ap.add_argument("--queries")
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--totals")
    args = ap.parse_args()
    {"fts5-index": fts5_index, "fts5-query": fts5_query, "xapian-query": xapian_query}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
