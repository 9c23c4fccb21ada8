#!/usr/bin/env python3
"""cranfield.py — ranking quality on the Cranfield collection: MAP and nDCG@10 of tonle
(mode=any) against Xapian's default BM25 (TermGenerator + QueryParser, English stemming) and
SQLite FTS5's bm25 (porter tokenizer), all scored by the same code over the same top 100.

Relevance: Cleverdon's codes 1-4 are relevant (gain 5 - code for nDCG), 5 and -1 are not. The
qrels number queries 1..225 in file order (cran.qry's own .I numbers skip), as usual.

  bench/cranfield.py --tonle build/app/tonle --work var/bench/cranfield [--data DIR]
Prints a JSON object with the metrics of each system.
"""
import argparse
import json
import math
import os
import re
import sqlite3
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEPTH = 100


def parse_smart(path):
    """Records of a SMART-style file: list of dicts of field letter -> text."""
    records, cur, field = [], None, None
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.rstrip("\r\n")
        m = re.match(r"^\.([ITABW])\s*(.*)$", line)
        if m:
            if m.group(1) == "I":
                cur = {"I": m.group(2).strip()}
                records.append(cur)
                field = None
            else:
                field = m.group(1)
                cur[field] = m.group(2)
        elif cur is not None and field:
            cur[field] = (cur.get(field, "") + " " + line).strip()
    return records


def qrels(path):
    rel = {}
    for line in open(path):
        parts = line.split()
        if len(parts) >= 3:
            q, d, code = int(parts[0]), parts[1], int(parts[2])
            if 1 <= code <= 4:
                rel.setdefault(q, {})[d] = 5 - code
    return rel


def average_precision(ranked, rel):
    hits, total = 0, 0.0
    for i, d in enumerate(ranked, 1):
        if d in rel:
            hits += 1
            total += hits / i
    return total / len(rel) if rel else 0.0


def ndcg10(ranked, rel):
    dcg = sum(rel.get(d, 0) / math.log2(i + 1) for i, d in enumerate(ranked[:10], 1))
    ideal = sorted(rel.values(), reverse=True)[:10]
    idcg = sum(g / math.log2(i + 1) for i, g in enumerate(ideal, 1))
    return dcg / idcg if idcg else 0.0


def score(runs, rel):
    qs = [q for q in rel]
    return {"MAP": round(sum(average_precision(runs.get(q, []), rel[q]) for q in qs) / len(qs), 4),
            "nDCG@10": round(sum(ndcg10(runs.get(q, []), rel[q]) for q in qs) / len(qs), 4),
            "queries": len(qs)}


def run_tonle(tonle, docs, queries, work):
    jsonl = os.path.join(work, "cranfield.jsonl")
    with open(jsonl, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps({"id": d["I"], "title": d.get("T", ""), "body": d.get("W", "")}) + "\n")
    db = os.path.join(work, "tonle-db")
    # Documents 471 and 995 are empty: tonle skips them and exits 1 (partial), as it should.
    done = subprocess.run([tonle, "index", jsonl, "--db", db, "--quiet"], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)
    if done.returncode not in (0, 1):
        raise SystemExit("tonle index failed on the Cranfield collection")
    runs = {}
    for i, q in enumerate(queries, 1):
        out = subprocess.run([tonle, "search", "--db", db, "--json", "--mode", "any", "--exact",
                              "--per-page", str(DEPTH), "--", q["W"]], check=True,
                             capture_output=True, text=True).stdout
        runs[i] = [h["id"] for h in json.loads(out)["hits"]]
    return runs


def run_xapian(docs, queries, work):
    import xapian
    db = xapian.WritableDatabase(os.path.join(work, "xapian-db"), xapian.DB_CREATE_OR_OVERWRITE)
    tg = xapian.TermGenerator()
    tg.set_stemmer(xapian.Stem("english"))
    for d in docs:
        doc = xapian.Document()
        tg.set_document(doc)
        tg.index_text(d.get("T", ""), 1, "S")
        tg.index_text(d.get("T", ""))
        tg.increase_termpos()
        tg.index_text(d.get("W", ""))
        doc.add_boolean_term("Q" + d["I"])
        doc.set_data(d["I"])
        db.add_document(doc)
    db.commit()
    qp = xapian.QueryParser()
    qp.set_stemmer(xapian.Stem("english"))
    qp.set_stemming_strategy(xapian.QueryParser.STEM_SOME)
    qp.set_database(db)
    qp.set_default_op(xapian.Query.OP_OR)
    enquire = xapian.Enquire(db)
    runs = {}
    for i, q in enumerate(queries, 1):
        enquire.set_query(qp.parse_query(q["W"]))
        runs[i] = [m.document.get_data().decode() for m in enquire.get_mset(0, DEPTH)]
    return runs


def run_fts5(docs, queries, work):
    path = os.path.join(work, "fts5.db")
    if os.path.exists(path):
        os.remove(path)
    con = sqlite3.connect(path)
    con.execute("CREATE VIRTUAL TABLE t USING fts5(id UNINDEXED, title, body, tokenize='porter')")
    con.executemany("INSERT INTO t VALUES (?, ?, ?)", [(d["I"], d.get("T", ""), d.get("W", "")) for d in docs])
    con.commit()
    runs = {}
    for i, q in enumerate(queries, 1):
        words = re.findall(r"[A-Za-z0-9]+", q["W"])
        match = " OR ".join('"%s"' % w for w in words)
        rows = con.execute("SELECT id FROM t WHERE t MATCH ? ORDER BY bm25(t) LIMIT ?", (match, DEPTH))
        runs[i] = [r[0] for r in rows]
    return runs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tonle", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--data", default=os.path.join(HERE, "..", "..", "shared", "data", "ir-cranfield"))
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    docs = parse_smart(os.path.join(args.data, "cran.all.1400"))
    queries = parse_smart(os.path.join(args.data, "cran.qry"))
    rel = qrels(os.path.join(args.data, "cranqrel"))
    result = {"tonle (mode=any)": score(run_tonle(args.tonle, docs, queries, args.work), rel),
              "Xapian BM25 (QueryParser)": score(run_xapian(docs, queries, args.work), rel),
              "SQLite FTS5 bm25": score(run_fts5(docs, queries, args.work), rel)}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    sys.exit(main())
