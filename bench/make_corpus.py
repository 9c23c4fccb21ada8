#!/usr/bin/env python3
"""make_corpus.py — builds a benchmark corpus of N articles from Reuters-21578.

Deterministic from --seed. Up to 19,043 articles are the real Reuters articles that have a body,
as they are (dates of 1987). Above that, new articles are assembled from real paragraphs and
headlines, dated over 2010-2024, with mentions of the gazetteer's ministries, NGOs, parties and
officials in the house style of Cambodian news ("Ministry spokesman NAME said ...") so that the
entity facets have real work to do.

Writes OUT/files/NNN/ID.txt (plain text with front matter) and OUT/jsonl/part-NNNN.jsonl
(20,000 articles per part, under tonle's per-file limit).

  bench/make_corpus.py --n 100000 --out var/bench/100k [--seed 1] [--reuters DIR] [--gazetteer F]
"""
import argparse
import html
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MONTHS = {m: i + 1 for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"])}


def read_reuters(folder):
    """The Reuters articles that have a body, in NEWID order."""
    out = []
    for i in range(22):
        path = os.path.join(folder, "reut2-%03d.sgm" % i)
        text = open(path, "rb").read().decode("utf-8", errors="replace")
        for block in re.findall(r"<REUTERS(.*?)</REUTERS>", text, re.S):
            body = re.search(r"<BODY>(.*?)</BODY>", block, re.S)
            if not body:
                continue
            newid = re.search(r'NEWID="(\d+)"', block).group(1)
            title = re.search(r"<TITLE>(.*?)</TITLE>", block, re.S)
            date = re.search(r"<DATE>\s*(\d+)-([A-Z]+)-(\d+)", block)
            clean = html.unescape(body.group(1)).replace("\x03", "").strip()
            clean = re.sub(r"\s*Reuter\s*$", "", clean)
            paragraphs = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s{3,}|\n\n", clean)]
            out.append({
                "id": "reuters-" + newid,
                "title": html.unescape(title.group(1)).strip().title() if title else "Reuters " + newid,
                "date": "%04d-%02d-%02d" % (int(date.group(3)), MONTHS[date.group(2)], int(date.group(1))),
                "paragraphs": [p for p in paragraphs if p],
            })
    return out


def read_gazetteer(path):
    kinds = {}
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split("|")]
        kinds.setdefault(fields[0], []).append(fields[1])
    return kinds


def entity_paragraph(rng, gaz):
    """One paragraph in the house style, naming a spokesperson, a body, an NGO and a party."""
    ministry = rng.choice(gaz["ministry"])
    person = rng.choice(gaz["person"])
    ngo = rng.choice(gaz["ngo"])
    party = rng.choice(gaz["party"])
    verb = rng.choice(["said", "told reporters", "stressed", "added"])
    forms = [
        "%s spokesman %s %s the report by %s was biased." % (ministry, person, verb, ngo),
        "%s, a spokesperson for the %s, %s that %s had misread the situation." % (person, ministry, verb, ngo),
        "A spokesperson for the %s dismissed criticism from %s and the %s." % (ministry, ngo, party),
        "%s of the %s said the %s should respond to %s." % (person, party, ministry, ngo),
    ]
    return rng.choice(forms)


def synthetic(rng, index, real, gaz):
    paragraphs = []
    for _ in range(rng.randint(3, 8)):
        paragraphs.append(rng.choice(rng.choice(real)["paragraphs"]))
    for _ in range(rng.randint(1, 3)):
        paragraphs.insert(rng.randint(0, len(paragraphs)), entity_paragraph(rng, gaz))
    date = "%04d-%02d-%02d" % (rng.randint(2010, 2024), rng.randint(1, 12), rng.randint(1, 28))
    return {"id": "syn-%07d" % index, "title": rng.choice(real)["title"], "date": date,
            "paragraphs": paragraphs}


def write(article, out, n_written, jsonl):
    sub = os.path.join(out, "files", "%04d" % (n_written // 1000))
    os.makedirs(sub, exist_ok=True)
    body = "\n\n".join(article["paragraphs"])
    with open(os.path.join(sub, article["id"] + ".txt"), "w", encoding="utf-8") as f:
        f.write("---\ntitle: %s\ndate: %s\nsource: Reuters\n---\n%s\n\n%s\n" % (
            article["title"].replace("\n", " "), article["date"], article["title"], body))
    jsonl.write(json.dumps({"id": article["id"], "title": article["title"], "body": body,
                            "date": article["date"], "source": "Reuters"}, ensure_ascii=False) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--reuters", default=os.path.join(ROOT, "..", "shared", "data", "news-reuters21578"))
    ap.add_argument("--gazetteer", default=os.path.join(ROOT, "data", "gazetteer.txt"))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    real = read_reuters(args.reuters)
    gaz = read_gazetteer(args.gazetteer)
    os.makedirs(os.path.join(args.out, "jsonl"), exist_ok=True)
    jsonl = None
    for i in range(args.n):
        if i % 20000 == 0:
            if jsonl:
                jsonl.close()
            jsonl = open(os.path.join(args.out, "jsonl", "part-%04d.jsonl" % (i // 20000)), "w", encoding="utf-8")
        article = real[i] if i < len(real) else synthetic(rng, i, real, gaz)
        write(article, args.out, i, jsonl)
    if jsonl:
        jsonl.close()
    print("wrote %d articles (%d real Reuters) to %s" % (args.n, min(args.n, len(real)), args.out))


if __name__ == "__main__":
    sys.exit(main())
