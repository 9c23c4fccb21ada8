#!/usr/bin/env python3
"""Connection floods against a running `tonle serve`, with a normal client searching meanwhile.

    python3 bench/flood.py --tonle build/app/tonle            # builds a 2,000-article index
    python3 bench/flood.py --tonle build/app/tonle --db DIR --only idle,export -- --connections 512

Starts `tonle serve` on a private port (arguments after `--` go to it), then for each flood
(idle sockets, slowloris, keep-alive clients, export loops) holds it for the whole measurement
while a normal client on 127.0.0.1 runs N searches, each on a new connection. Attackers connect
from 127.0.0.2 and up (--attackers addresses; Linux routes all of 127/8 to lo), so tonle's
per-address caps apply to them and not to the normal client. Prints one row per flood: its
size, the normal client's p50 / p99 / max and failed requests. Speed claims in
docs/RELIABILITY.md come from this output.
"""
import argparse
import http.client
import os
import selectors
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

HEAD = b"GET /api/search?q=slow HTTP/1.1\r\nHost: x\r\nX-Slow: "


def attacker_address(i, n):
    k = 2 + i % n
    return "127.0.%d.%d" % (k // 250, k % 250)


def connect_from(source, port):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setblocking(False)
    s.bind((source, 0))
    try:
        s.connect(("127.0.0.1", port))
    except BlockingIOError:
        pass
    except OSError:
        s.close()
        return None
    return s


class SocketFlood:
    """Holds `n` raw connections open (idle, slowloris or keep-alive), reconnecting closed ones."""

    def __init__(self, kind, n, port, addresses, reconnects_per_second=200):
        self.kind, self.n, self.port, self.addresses = kind, n, port, addresses
        self.rate = reconnects_per_second
        self.socks = [None] * n
        self.sent = [0] * n
        self.stop = threading.Event()
        self.reconnects = 0
        self.answers = 0
        for i in range(n):
            self.socks[i] = connect_from(attacker_address(i, addresses), port)
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        next_tick = time.monotonic()
        while not self.stop.is_set():
            sel = selectors.DefaultSelector()
            for i, s in enumerate(self.socks):
                if s is not None:
                    sel.register(s, selectors.EVENT_READ, i)
            ready = sel.select(timeout=0.05)
            sel.close()
            closed = set(i for i, s in enumerate(self.socks) if s is None)
            for key, _ in ready:
                i = key.data
                try:
                    data = self.socks[i].recv(65536)
                    if not data:
                        closed.add(i)
                    else:
                        self.answers += data.count(b"HTTP/1.1 ")
                except BlockingIOError:
                    pass
                except OSError:
                    closed.add(i)
            budget = max(1, self.rate // 20)
            for i in sorted(closed):
                if budget == 0:
                    break
                budget -= 1
                if self.socks[i] is not None:
                    self.socks[i].close()
                self.socks[i] = connect_from(attacker_address(i, self.addresses), self.port)
                self.sent[i] = 0
                self.reconnects += 1
            now = time.monotonic()
            if now >= next_tick:
                next_tick = now + 1.0
                for i, s in enumerate(self.socks):
                    if s is None:
                        continue
                    if self.kind == "slowloris":
                        b = HEAD[self.sent[i]:self.sent[i] + 1] or b"a"
                    elif self.kind == "keepalive" and (self.sent[i] == 0 or int(now) % 4 == 0):
                        # a request on connecting, then one every 4 s: idle in between, as a
                        # browser holding its connection open
                        b = b"GET /static/app.css HTTP/1.1\r\nHost: x\r\n\r\n"
                    else:
                        continue
                    try:
                        s.send(b)
                        self.sent[i] += 1
                    except OSError:
                        pass

    def close(self):
        self.stop.set()
        self.thread.join()
        for s in self.socks:
            if s is not None:
                s.close()


class ExportFlood:
    """`n` clients, each from its own address, looping /export?format=csv&q=."""

    def __init__(self, n, port, addresses):
        self.stop = threading.Event()
        self.exported = 0
        self.turned_away = 0
        self.threads = [threading.Thread(target=self.loop, args=(attacker_address(i, addresses), port),
                                         daemon=True) for i in range(n)]
        for t in self.threads:
            t.start()

    def loop(self, source, port):
        while not self.stop.is_set():
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=60, source_address=(source, 0))
                c.request("GET", "/export?format=csv&q=")
                r = c.getresponse()
                r.read()
                c.close()
                if r.status == 200:
                    self.exported += 1
                else:
                    self.turned_away += 1
                    time.sleep(0.005)
            except OSError:
                time.sleep(0.01)

    def close(self):
        self.stop.set()
        for t in self.threads:
            t.join()


def time_searches(port, n, timeout, pause):
    seconds, failed = [], 0
    for _ in range(n):
        start = time.monotonic()
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout, source_address=("127.0.0.1", 0))
            c.request("GET", "/api/search?q=ministry")
            r = c.getresponse()
            r.read()
            c.close()
            ok = r.status == 200
        except OSError:
            ok = False
        took = time.monotonic() - start
        if not ok:
            failed += 1
            took = max(took, timeout)
        seconds.append(took)
        time.sleep(pause)
    seconds.sort()
    return seconds, failed


def pct(sorted_values, p):
    rank = max(1, min(len(sorted_values), int(p * len(sorted_values) + 0.999999)))
    return sorted_values[rank - 1]


def build_index(tonle, root, n):
    corpus = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus")
    texts = [open(os.path.join(corpus, f), encoding="utf-8").read()
             for f in sorted(os.listdir(corpus)) if f.endswith(".txt")]
    src = os.path.join(root, "in")
    os.makedirs(src)
    for i in range(n):
        with open(os.path.join(src, "a%d.txt" % i), "w", encoding="utf-8") as f:
            f.write(texts[i % len(texts)] + "\n\nMarker word zq%d.\n" % i)
    db = os.path.join(root, "db")
    subprocess.run([tonle, "index", src, "--db", db, "--quiet"], check=True, stdout=subprocess.DEVNULL)
    return db


def wait_ready(port, proc):
    for _ in range(200):
        if proc.poll() is not None:
            sys.exit("tonle serve exited with %d" % proc.returncode)
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/healthz")
            if c.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    sys.exit("tonle serve did not answer /healthz")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tonle", default="build/app/tonle")
    ap.add_argument("--db", help="index to serve (default: build one of --articles articles)")
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--port", type=int, default=18931)
    ap.add_argument("--searches", type=int, default=50)
    ap.add_argument("--timeout", type=float, default=60, help="seconds before a search counts as failed")
    ap.add_argument("--pause", type=float, default=0.25,
                    help="seconds between searches (50 x 0.25 s outlasts tonle's 10 s request deadline)")
    ap.add_argument("--settle", type=float, default=5, help="seconds a flood runs before the searches start")
    ap.add_argument("--attackers", type=int, default=8, help="attacker addresses (127.0.0.2 and up)")
    ap.add_argument("--only", help="comma-separated flood names to run")
    ap.add_argument("serve_args", nargs="*", help="after --: extra `tonle serve` arguments")
    a = ap.parse_args()

    import resource
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))

    tmp = tempfile.mkdtemp(prefix="tonle-flood-")
    try:
        db = a.db or build_index(a.tonle, tmp, a.articles)
        log = open(os.path.join(tmp, "serve.log"), "w")
        proc = subprocess.Popen([a.tonle, "serve", "--db", db, "--port", str(a.port), "--quiet"] + a.serve_args,
                                stderr=log)
        try:
            wait_ready(a.port, proc)
            floods = [
                ("none", 0, lambda: None),
                ("idle", 500, lambda: SocketFlood("idle", 500, a.port, a.attackers)),
                ("idle", 2000, lambda: SocketFlood("idle", 2000, a.port, a.attackers)),
                ("slowloris", 65, lambda: SocketFlood("slowloris", 65, a.port, a.attackers)),
                ("slowloris", 200, lambda: SocketFlood("slowloris", 200, a.port, a.attackers)),
                ("keepalive", 500, lambda: SocketFlood("keepalive", 500, a.port, a.attackers)),
                ("export", 4, lambda: ExportFlood(4, a.port, a.attackers)),
                ("export", 8, lambda: ExportFlood(8, a.port, a.attackers)),
            ]
            only = set(a.only.split(",")) if a.only else None
            print("%-10s %6s %9s %9s %9s %7s  %s" % ("flood", "size", "p50 s", "p99 s", "max s", "failed", "note"))
            for name, size, start in floods:
                if only and name not in only:
                    continue
                flood = start()
                time.sleep(a.settle)  # let the flood take hold
                seconds, failed = time_searches(a.port, a.searches, a.timeout, a.pause)
                note = ""
                if isinstance(flood, SocketFlood):
                    note = "reconnects %d" % flood.reconnects
                elif isinstance(flood, ExportFlood):
                    note = "exports answered %d, turned away %d" % (flood.exported, flood.turned_away)
                if flood:
                    flood.close()
                print("%-10s %6d %9.3f %9.3f %9.3f %7d  %s" % (name, size, pct(seconds, 0.5), pct(seconds, 0.99),
                                                               seconds[-1], failed, note), flush=True)
                time.sleep(3)  # let the server shed the flood
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
