#!/usr/bin/env python3
"""make_queries.py — a fixed, seeded query mix for the benchmarks, drawn from a corpus made by
make_corpus.py: single words, two- and three-word AND queries, phrases, facet-filtered queries,
mode=any natural-language queries and deep pages. Writes one JSON object per line:
{"q": "...", "mode": "all|any", "page": N, "facets": {"year": ["1987"]}}.

  bench/make_queries.py --corpus var/bench/20k --out var/bench/queries.jsonl [--n 500] [--seed 7]
"""
import argparse
import glob
import json
import random
import re

STOP = set("the a an of to in and or for on at by with from as is was be are were that this it its "
           "said says will would has have had not but which who mln pct dlrs vs cts".split())


def load(corpus, limit=3000):
    titles, bodies, years = [], [], set()
    for path in sorted(glob.glob(corpus + "/jsonl/*.jsonl"))[:5]:
        for line in open(path, encoding="utf-8"):
            a = json.loads(line)
            titles.append(a["title"])
            bodies.append(a["body"])
            years.add(a["date"][:4])
            if len(titles) >= limit:
                return titles, bodies, sorted(years)
    return titles, bodies, sorted(years)


def words(text):
    return [w for w in re.findall(r"[A-Za-z]{3,}", text) if w.lower() not in STOP]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    titles, bodies, years = load(args.corpus)
    out = []
    kinds = ["word", "and2", "and3", "phrase", "facet", "any", "deep"]
    for i in range(args.n):
        kind = kinds[i % len(kinds)]
        body_words = words(rng.choice(bodies))
        q = {"q": "", "mode": "all", "page": 1, "facets": {}, "kind": kind}
        if kind == "word":
            q["q"] = rng.choice(body_words).lower()
        elif kind in ("and2", "and3"):
            q["q"] = " ".join(w.lower() for w in rng.sample(body_words, 2 if kind == "and2" else 3))
        elif kind == "phrase":
            text = rng.choice(bodies).split()
            start = rng.randrange(max(1, len(text) - 3))
            q["q"] = '"' + " ".join(re.sub(r"[^\w'-]", "", w) for w in text[start:start + 2]) + '"'
        elif kind == "facet":
            q["q"] = rng.choice(body_words).lower()
            q["facets"] = {"year": [rng.choice(years)]}
        elif kind == "any":
            q["q"] = rng.choice(titles)
            q["mode"] = "any"
        else:
            q["q"] = rng.choice(body_words).lower()
            q["page"] = rng.randint(5, 20)
        out.append(q)
    with open(args.out, "w", encoding="utf-8") as f:
        for q in out:
            f.write(json.dumps(q) + "\n")
    print("wrote %d queries to %s" % (len(out), args.out))


if __name__ == "__main__":
    main()
