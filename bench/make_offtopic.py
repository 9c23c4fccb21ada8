#!/usr/bin/env python3
"""make_offtopic.py — Reuters-21578 as raw wire copy, for the off-topic entity audit.

Writes each Reuters article that has a body as a plain-text file the way a wire archive holds it:
the headline as sent (all capitals), a blank line, then the story with its dateline
("TOKYO, March 3 - ..."). No front matter and no date, so whatever date and entities tonle
files come from the text alone. None of it is about Cambodia, which is the point: see
bench/entity_audit (README "Entities on news tonle has never seen").

  bench/make_offtopic.py --out var/offtopic [--reuters DIR] [--limit N]
"""
import argparse
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def articles(folder):
    for i in range(22):
        text = open(os.path.join(folder, "reut2-%03d.sgm" % i), "rb").read().decode("utf-8", "replace")
        for block in re.findall(r"<REUTERS(.*?)</REUTERS>", text, re.S):
            body = re.search(r"<BODY>(.*?)</BODY>", block, re.S)
            if not body:
                continue
            newid = re.search(r'NEWID="(\d+)"', block).group(1)
            title = re.search(r"<TITLE>(.*?)</TITLE>", block, re.S)
            dateline = re.search(r"<DATELINE>(.*?)</DATELINE>", block, re.S)
            clean = html.unescape(body.group(1)).replace("\x03", "").strip()
            clean = re.sub(r"\s*Reuter\s*$", "", clean)
            paragraphs = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s{3,}|\n\n", clean)]
            paragraphs = [p for p in paragraphs if p]
            if dateline and paragraphs:
                paragraphs[0] = re.sub(r"\s+", " ", html.unescape(dateline.group(1))).strip() + " " + paragraphs[0]
            yield newid, html.unescape(title.group(1)).strip() if title else "", paragraphs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--reuters", default=os.path.join(ROOT, "..", "shared", "data", "news-reuters21578"))
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    n = 0
    for newid, title, paragraphs in articles(args.reuters):
        sub = os.path.join(args.out, "%03d" % (n // 1000))
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, "reuters-%s.txt" % newid), "w", encoding="utf-8") as f:
            f.write(title.replace("\n", " ") + "\n\n" + "\n\n".join(paragraphs) + "\n")
        n += 1
        if args.limit and n >= args.limit:
            break
    print("wrote %d Reuters articles to %s" % (n, args.out))


if __name__ == "__main__":
    sys.exit(main())
