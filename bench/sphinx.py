#!/usr/bin/env python3
"""sphinx.py — Sphinx 2.2 (Debian's sphinxsearch) as a benchmark peer, driven from Python:

  sphinx.py conf    --dir D --jsonl DIR --facets F [--port P]
        writes D/sphinx.conf: an xmlpipe2 source (this script's `xmlpipe`), one plain index
        "tonle" (title and body fields; date timestamp; one multi-valued attribute per tonle
        facet) and a searchd listening for SphinxQL on 127.0.0.1:P
  sphinx.py xmlpipe --jsonl DIR --facets F --dict OUT --docmap OUT
        the corpus as an xmlpipe2 stream on stdout, for Sphinx's `indexer`. F is what
        tonle_facet_dump printed (tonle's own facet values per article); each facet value gets
        an integer id, kept in the dictionary OUT ({"facet": [[key, display], ...]}, id = place
        + 1), since multi-valued attributes hold integers. --docmap records where each document
        is in the JSON Lines (to read hits' texts for snippets)
  sphinx.py query   --port P --dir D --queries Q.jsonl [--variant bare|faceted] [--passes 3]
                    [--totals OUT]
        the query mix over SphinxQL (MySQL protocol, PyMySQL). bare: the MATCH, the facet
        filters and the page with the exact total (SHOW META total_found); faceted: also FACET
        over every facet's attribute (top 50 values, as tonle lists) and CALL SNIPPETS for the
        page's hits, whose texts are read from the JSON Lines as an application would read its
        own store. Prints {"queries", "p50_ms", "p95_ms", "p99_ms", "qps"} like peers.py, after a
        warm-up pass; --totals writes each query's total_found (JSON Lines, mix order).
  sphinx.py wait    --port P [--pid PID --log FILE] [--seconds 10]
        exits 0 once searchd answers SphinxQL on the port (and FILE, its --nodetach output, says
        it accepts connections), 1 if it does not in time, if process PID has exited or if FILE
        says the port was taken (searchd would retry it for minutes)
  sphinx.py compare --queries Q.jsonl --tonle T.json NAME=TOTALS.jsonl...
        how far each peer's totals are from tonle's, by kind of query (JSON on stdout)

Matching follows tonle's query semantics (searcher/query_builder.h): lower-case words match
their English stem (Snowball "english", Xapian's stemmer), capitalised words and numbers match
as written (Sphinx's =exact form, index_exact_words), phrases match their words as written,
mode=any is an OR of the words without stopwords (searcher/stopwords.cc), and the facet filters
are MVA filters on the dictionary ids. Totals are exact: cutoff=0 and max_query_time=0 (no early
stop) and total_found counts every match whatever max_matches is; for FACET, max_matches is set
above the number of distinct values of the widest facet, so that no group is dropped and
re-counted (Sphinx groups in a buffer of max_matches groups).
"""
import argparse
import calendar
import glob
import json
import os
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FACETS = ["spokesperson", "ministry", "ngo", "party", "person", "source", "year"]  # core/article.h
FACET_LIMIT = 50  # tonle's SearchRequest::facet_limit
INDEX = "tonle"


def attr(facet):
    return "f_" + facet  # "year" and "source" would clash with SphinxQL's words


# ---- the text: the same clean-up tonle's analyzer does to words (core/analyzer.cc) ------------
# Given to Sphinx as regexp_filter (RE2, applied to documents and queries) and applied here to the
# queries too: dotted acronyms lose their inner dots (U.S. → US), possessives their 's, digit
# groups their commas (1,300 → 1300). Sphinx's word characters are fixed per character, so the
# joints tonle keeps inside a word — a decimal point (2.2) and an inner apostrophe (don't) —
# become an underscore, a word character, instead of splitting the word in two.
REGEXP_FILTERS = [
    (r"([A-Za-z])\.([A-Za-z])", r"\1\2"),  # twice: U.S.A → US.A → USA
    (r"([A-Za-z])\.([A-Za-z])", r"\1\2"),
    (r"([A-Za-z])['\x{2019}][sS]\b", r"\1"),
    (r"([A-Za-z])['\x{2019}]([A-Za-z])", r"\1_\2"),
    (r"(\d),(\d)", r"\1\2"),  # twice: 1,000,000
    (r"(\d),(\d)", r"\1\2"),
    (r"(\d)\.(\d)", r"\1_\2"),
]
PY_FILTERS = [(re.compile(p.replace(r"\x{2019}", "\u2019"), re.ASCII), r) for p, r in REGEXP_FILTERS]

# Letters and digits, folded to lower case: ASCII, Latin-1, Latin Extended-A, Cyrillic (Sphinx 2.2.11
# has no non_cjk alias yet).
CHARSET_TABLE = ("0..9, A..Z->a..z, _, a..z, U+C0..U+D6->U+E0..U+F6, U+D8..U+DE->U+F8..U+FE, U+DF, "
                 "U+E0..U+F6, U+F8..U+FF, U+100..U+12F/2, U+132..U+137/2, U+139..U+148/2, "
                 "U+14A..U+177/2, U+179..U+17E/2, U+410..U+42F->U+430..U+44F, U+430..U+44F, "
                 "U+401->U+451, U+451")


def normalise(text):
    for pattern, repl in PY_FILTERS:
        text = pattern.sub(repl, text)
    return text


def words(text):
    """Words roughly as Sphinx cuts them (CHARSET_TABLE: letters, digits and _)."""
    return [w for w in re.split(r"\W", normalise(text)) if w]


def load_stopwords():
    try:
        src = open(os.path.join(ROOT, "searcher", "stopwords.cc"), encoding="utf-8").read()
        body = src[src.index("kStopwords"):]
        return set(re.findall(r'"([a-z]+)"', body[:body.index(";")]))
    except (OSError, ValueError):
        return set()


STOPWORDS = load_stopwords()


def match_expr(q):
    """The Sphinx extended query for one query of the mix, or None if it has no words.

    As tonle's query builder (searcher/query_builder.cc): a quoted phrase matches its words as
    written; each space-separated word that splits into several words ("Chip-Export", "86/87")
    is such a phrase too; a single lower-case word matches by stem, a capitalised word or a
    number as written; the parts are ANDed, or ORed in mode=any, where a lone stopword is dropped
    if anything else is left."""
    text = q["q"].strip()
    exact = lambda w: "=" + w.lower()
    phrase = lambda ws: '"%s"' % " ".join(exact(w) for w in ws)
    if text.startswith('"'):
        ws = words(text)
        return phrase(ws) if ws else None
    parts = []
    for chunk in text.split():
        ws = words(chunk)
        if len(ws) > 1:
            parts.append((phrase(ws), False))
        elif ws:
            w = ws[0]
            term = exact(w) if (w[0].isupper() or w[0].isdigit()) else w.lower()
            parts.append((term, len(w) > 0 and w.lower() in STOPWORDS))
    if not parts:
        return None
    if q.get("mode") == "any":
        kept = [p for p, stop in parts if not stop]
        return " | ".join(kept or [p for p, _ in parts])
    return " ".join(p for p, _ in parts)


# ---- conf ---------------------------------------------------------------------------------------
def conf(args):
    d = os.path.abspath(args.dir)
    os.makedirs(os.path.join(d, "index"), exist_ok=True)
    feed = " ".join([sys.executable, os.path.abspath(__file__), "xmlpipe",
                     "--jsonl", os.path.abspath(args.jsonl), "--facets", os.path.abspath(args.facets),
                     "--dict", os.path.join(d, "facet-dict.json"), "--docmap", os.path.join(d, "docmap.txt")])
    filters = "\n".join("  regexp_filter = %s => %s" % f for f in REGEXP_FILTERS)
    text = """# Written by bench/sphinx.py conf: the Sphinx peer of bench/run.sh.
source corpus
{
  type = xmlpipe2
  xmlpipe_command = %(feed)s
  xmlpipe_fixup_utf8 = 1
}

index %(index)s
{
  source = corpus
  path = %(d)s/index/%(index)s
  docinfo = extern
  dict = keywords
  morphology = libstemmer_english
  index_exact_words = 1
  min_word_len = 1
  charset_table = %(charset)s
%(filters)s
}

indexer
{
  mem_limit = 256M
}

searchd
{
  listen = 127.0.0.1:%(port)d:mysql41
  log = %(d)s/searchd.log
  pid_file = %(d)s/searchd.pid
  binlog_path =
  workers = threads
  watchdog = 0
  read_timeout = 10
  max_packet_size = 32M
}
""" % {"feed": feed, "index": INDEX, "d": d, "filters": filters, "port": args.port,
                "charset": CHARSET_TABLE}
    open(os.path.join(d, "sphinx.conf"), "w").write(text)


# ---- xmlpipe ------------------------------------------------------------------------------------
XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(s):
    return XML_BAD.sub(" ", s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xmlpipe(args):
    # tonle's ids are paths in the input ("0000/reuters-1" for files/0000/reuters-1.txt); the
    # JSON Lines carry the bare name.
    facets_of = {}
    for line in open(args.facets, encoding="utf-8"):
        a = json.loads(line)
        facets_of[a["id"].rsplit("/", 1)[-1]] = a["facets"]
    ids = {f: {} for f in FACETS}  # facet → key → id
    values = {f: [] for f in FACETS}  # facet → [[key, display]] in id order
    out = sys.stdout
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<sphinx:docset>\n<sphinx:schema>\n'
              '<sphinx:field name="title"/>\n<sphinx:field name="body"/>\n'
              '<sphinx:attr name="date" type="timestamp"/>\n' +
              "".join('<sphinx:attr name="%s" type="multi"/>\n' % attr(f) for f in FACETS) +
              "</sphinx:schema>\n")
    docmap = open(args.docmap, "w")
    files = sorted(glob.glob(os.path.join(args.jsonl, "*.jsonl")))
    docid = 0
    missing = 0
    for fi, path in enumerate(files):
        with open(path, "rb") as f:
            while True:
                offset = f.tell()
                line = f.readline()
                if not line:
                    break
                a = json.loads(line)
                docid += 1
                docmap.write("%d %d\n" % (fi, offset))
                date = a.get("date", "")
                try:
                    ts = calendar.timegm(time.strptime(date[:10], "%Y-%m-%d"))
                except ValueError:
                    ts = 0
                fac = facets_of.get(a["id"])
                if fac is None:
                    missing += 1
                    fac = {}
                parts = ['<sphinx:document id="%d">' % docid, "<title>", xml_text(a["title"]), "</title><body>",
                         xml_text(a["body"]), "</body><date>%d</date>" % max(ts, 0)]
                for facet in FACETS:
                    mva = []
                    for display, key in fac.get(facet, []):
                        i = ids[facet].get(key)
                        if i is None:
                            values[facet].append([key, display])
                            i = ids[facet][key] = len(values[facet])
                        mva.append(str(i))
                    parts.append("<%s>%s</%s>" % (attr(facet), ",".join(mva), attr(facet)))
                parts.append("</sphinx:document>\n")
                out.write("".join(parts))
    out.write("</sphinx:docset>\n")
    out.flush()
    docmap.close()
    with open(args.dict, "w", encoding="utf-8") as f:
        json.dump({"files": [os.path.abspath(p) for p in files], "facets": values,
                   "articles": docid, "without_facets": missing}, f, ensure_ascii=False)
    print("sphinx.py xmlpipe: %d documents, %d without tonle facets" % (docid, missing), file=sys.stderr)


# ---- query --------------------------------------------------------------------------------------
def percentiles(ms, seconds):
    ms = sorted(ms)
    pick = lambda p: ms[min(len(ms) - 1, int(p / 100.0 * len(ms)))] if ms else 0
    return {"queries": len(ms), "p50_ms": round(pick(50), 3), "p95_ms": round(pick(95), 3),
            "p99_ms": round(pick(99), 3), "qps": round(len(ms) / seconds, 1)}


def sql_string(s):
    # SphinxQL string literal: backslash and quote escaped; control characters (which SphinxQL
    # would unescape differently from MySQL) become spaces.
    return "'" + re.sub(r"[\x00-\x1f]", " ", s).replace("\\", "\\\\").replace("'", "\\'") + "'"


def fold_key(v):
    import unicodedata
    return unicodedata.normalize("NFKC", v.strip()).casefold()


class Store:
    """Hits' texts from the JSON Lines, by Sphinx document id (the docmap written at indexing)."""

    def __init__(self, d, dictionary):
        self.files = [open(p, "rb") for p in dictionary["files"]]
        self.where = [None]
        for line in open(os.path.join(d, "docmap.txt")):
            fi, off = line.split()
            self.where.append((int(fi), int(off)))

    def body(self, docid):
        fi, off = self.where[docid]
        f = self.files[fi]
        f.seek(off)
        return json.loads(f.readline())["body"]


def connect(port):
    import pymysql
    from pymysql.constants import CLIENT
    return pymysql.connect(host="127.0.0.1", port=port, user="", password="", autocommit=None,
                           client_flag=CLIENT.MULTI_STATEMENTS)


def query(args):
    d = os.path.abspath(args.dir)
    dictionary = json.load(open(os.path.join(d, "facet-dict.json"), encoding="utf-8"))
    ids = {f: {} for f in FACETS}
    by_display = {f: {} for f in FACETS}
    for f in FACETS:
        for i, (key, display) in enumerate(dictionary["facets"].get(f, []), 1):
            ids[f][key] = i
            by_display[f].setdefault(display, i)
    widest = max(len(v) for v in dictionary["facets"].values()) if dictionary["facets"] else 0
    # Bare: the deepest page of the mix fits in 1,000 kept matches (total_found counts all).
    bare_opt = "OPTION ranker=bm25, field_weights=(title=4, body=1), cutoff=0, max_query_time=0, max_matches=%d"
    store = Store(d, dictionary) if args.variant == "faceted" else None
    con = connect(args.port)
    cur = con.cursor()

    mix = []
    for q in (json.loads(l) for l in open(args.queries, encoding="utf-8") if l.strip()):
        m = match_expr(q)
        where = ["MATCH(%s)" % sql_string(m)] if m else []
        for f, vs in (q.get("facets") or {}).items():
            if f not in ids:
                continue
            # The folded key, as tonle filters by (its analyzer's NFKC case folding): an unknown
            # value filters to nothing (id 0 is never given).
            wanted = [by_display[f].get(v) or ids[f].get(fold_key(v), 0) for v in vs]
            where.append("%s IN (%s)" % (attr(f), ",".join(str(i) for i in wanted)))
        offset = (q.get("page", 1) - 1) * 10
        max_matches = max(1000, offset + 10)
        sql = "SELECT id FROM %s%s LIMIT %d, 10 " % (INDEX, (" WHERE " + " AND ".join(where)) if where else "", offset)
        if args.variant == "faceted":
            sql += bare_opt % max(max_matches, widest + 1)
            sql += "".join(" FACET %s ORDER BY COUNT(*) DESC LIMIT %d" % (attr(f), FACET_LIMIT) for f in FACETS)
        else:
            sql += bare_opt % max_matches
        mix.append((q, m, sql + "; SHOW META LIKE 'total_found'"))

    def one(q, m, sql):
        cur.execute(sql)
        hits = [row[0] for row in cur.fetchall()]
        facets = []
        while cur.nextset():
            rows = cur.fetchall()
            if rows and rows[0][0] == "total_found":
                total = int(rows[0][1])
            else:
                facets.append(rows)
        if store is not None and hits and m:
            docs = ",".join(sql_string(store.body(h)) for h in hits)
            cur.execute("CALL SNIPPETS((%s), '%s', %s, '<mark>' AS before_match, '</mark>' AS after_match, "
                        "36 AS limit_words, 6 AS around, 1 AS query_mode)" % (docs, INDEX, sql_string(m)))
            cur.fetchall()
        return total

    for q, m, sql in mix:  # warm-up
        one(q, m, sql)
    ms = []
    totals = []
    start = time.perf_counter()
    for p in range(args.passes):
        for q, m, sql in mix:
            t0 = time.perf_counter()
            total = one(q, m, sql)
            ms.append((time.perf_counter() - t0) * 1000)
            if p == 0:
                totals.append(total)
    seconds = time.perf_counter() - start
    con.close()
    if args.totals:
        with open(args.totals, "w") as f:
            for (q, _, _), t in zip(mix, totals):
                f.write(json.dumps({"q": q["q"], "kind": q.get("kind", "other"), "total": t}) + "\n")
    out = percentiles(ms, seconds)
    if args.variant == "faceted":
        out["max_matches"] = max(1000, widest + 1)
    print(json.dumps(out))


def alive(pid):
    try:
        return open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def wait(args):
    deadline = time.time() + args.seconds
    while time.time() < deadline:
        if args.pid and not alive(args.pid):
            return 1  # searchd gave up: the index would not load, say
        log = ""
        if args.log:
            try:
                log = open(args.log, errors="replace").read()
            except OSError:
                pass
            # searchd keeps retrying a taken port for minutes, and whoever holds it may answer
            # SphinxQL too: only our searchd's own word counts.
            if "bind() failed" in log:
                return 1
            if "accepting connections" not in log:
                time.sleep(0.1)
                continue
        try:
            con = connect(args.port)
            cur = con.cursor()
            cur.execute("SHOW STATUS LIKE 'uptime'")
            cur.fetchall()
            con.close()
            return 0
        except Exception:  # not up yet: refused, or the handshake failed
            time.sleep(0.1)
    return 1


# ---- compare ------------------------------------------------------------------------------------
def compare(args):
    """Per kind of query: how many totals equal tonle's, and the median and worst ratio."""
    tonle = {}
    for s in json.load(open(args.tonle)).get("slowest", []):
        tonle.setdefault((s["q"], s["kind"]), set()).add(s["total"])
    out = {}
    for spec in args.peers:
        name, path = spec.split("=", 1)
        if not os.path.exists(path):
            continue
        kinds = {}
        for line in open(path):
            r = json.loads(line)
            t = tonle.get((r["q"], r["kind"]))
            if t is None or len(t) != 1:  # the same text twice with different filters: ambiguous
                continue
            t = next(iter(t))
            k = kinds.setdefault(r["kind"], {"queries": 0, "equal": 0, "ratios": []})
            k["queries"] += 1
            k["equal"] += r["total"] == t
            k["ratios"].append(r["total"] / t if t else (1.0 if r["total"] == 0 else float("inf")))
        for k in kinds.values():
            rs = sorted(k.pop("ratios"))
            k["median_ratio"] = round(rs[len(rs) // 2], 3)
            k["min_ratio"] = round(rs[0], 3)
            k["max_ratio"] = round(rs[-1], 3) if rs[-1] != float("inf") else None
        out[name] = kinds
    print(json.dumps(out, indent=1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["conf", "xmlpipe", "query", "wait", "compare"])
    ap.add_argument("--dir")
    ap.add_argument("--jsonl")
    ap.add_argument("--facets")
    ap.add_argument("--dict")
    ap.add_argument("--docmap")
    ap.add_argument("--port", type=int, default=9306)
    ap.add_argument("--queries")
    ap.add_argument("--variant", choices=["bare", "faceted"], default="bare")
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--totals")
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--pid", type=int)
    ap.add_argument("--log")
    ap.add_argument("--tonle")
    ap.add_argument("peers", nargs="*")
    args = ap.parse_intermixed_args()
    return {"conf": conf, "xmlpipe": xmlpipe, "query": query, "wait": wait, "compare": compare}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
