#!/usr/bin/env python3
"""Bounded load test of `chainkg serve`, loopback only.

Starts the server on a free 127.0.0.1 port over a store (or uses --url, which
must be loopback), sends a fixed number of queries from concurrent clients,
mixed from the query page's examples (data/queries/*.rq), and stops by itself:
after --queries requests or --max-seconds, whichever comes first. Reports
throughput and latency percentiles; exits 1 if any request failed.

    python3 bench/load.py --binary target/release/chainkg --store chainkg-store
    python3 bench/load.py --url http://127.0.0.1:7878   # a running server
"""

import argparse
import http.client
import itertools
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The page's examples; ASK and a CONSTRUCT keep the other result paths busy.
QUERY_FILES = ["chain-leaders.rq", "projects.rq", "product-flow.rq", "provenance.rq"]
EXTRA = [
    ("ask-zone", "PREFIX ck: <https://w3id.org/chainkg/ontology#> ASK { ?z a ck:Zone }",
     "application/sparql-results+json"),
    ("construct-focus",
     "PREFIX ck: <https://w3id.org/chainkg/ontology#> "
     "CONSTRUCT { ?z ck:focusesOn ?i } WHERE { ?z ck:focusesOn ?i }", "text/turtle"),
]
ACCEPTS = ["application/sparql-results+json", "text/csv", "application/sparql-results+xml"]


def workload():
    jobs = []
    for i, name in enumerate(QUERY_FILES):
        with open(os.path.join(ROOT, "data", "queries", name), encoding="utf-8") as f:
            jobs.append((name, f.read(), ACCEPTS[i % len(ACCEPTS)]))
    return jobs + EXTRA


def start_server(binary, store, threads):
    args = [binary, "serve", "--store", store, "--bind", "127.0.0.1:0"]
    if threads:
        args += ["--threads", str(threads)]
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT)
    first = proc.stderr.readline()
    m = re.search(r"http://(127\.0\.0\.1:\d+)/", first)
    if not m:
        proc.kill()
        sys.exit(f"server did not start: {first!r}")
    # Drain the access log so the pipe never fills; count its lines.
    log = {"lines": 0}

    def drain():
        for _ in proc.stderr:
            log["lines"] += 1

    threading.Thread(target=drain, daemon=True).start()
    return proc, "http://" + m.group(1), log


def client(host, port, jobs, counter, lock, deadline, results):
    conn = http.client.HTTPConnection(host, port, timeout=30)
    while True:
        with lock:
            n = next(counter, None)
        if n is None or time.monotonic() > deadline:
            break
        name, query, accept = jobs[n % len(jobs)]
        body = urllib.parse.urlencode({"query": query})
        t = time.perf_counter()
        try:
            conn.request("POST", "/sparql", body=body, headers={
                "Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
            resp = conn.getresponse()
            data = resp.read()
            ok = resp.status == 200 and len(data) > 0
            status = resp.status
        except (OSError, http.client.HTTPException) as e:
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=30)
            ok, status = False, repr(e)
        results.append((name, time.perf_counter() - t, ok, status))
    conn.close()


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = max(0, min(len(sorted_values) - 1, round(p / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[k]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "chainkg"))
    ap.add_argument("--store", default=os.path.join(ROOT, "chainkg-store"))
    ap.add_argument("--url", help="use a running server (loopback only)")
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--queries", type=int, default=5000)
    ap.add_argument("--max-seconds", type=float, default=120.0)
    ap.add_argument("--threads", type=int, help="server worker threads")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    a = ap.parse_args()

    proc, log = None, None
    if a.url:
        url = a.url
    else:
        proc, url, log = start_server(a.binary, a.store, a.threads)
    parsed = urllib.parse.urlparse(url)
    if parsed.hostname not in ("127.0.0.1", "localhost", "::1"):
        sys.exit(f"refusing a non-loopback server: {url}")

    jobs = workload()
    total = a.queries
    base = itertools.count()
    counter = (n if n < total else None for n in base)
    lock = threading.Lock()
    results = []
    try:
        # Warm-up outside the measurement: one of each query.
        warm = []
        client(parsed.hostname, parsed.port, jobs, iter(range(len(jobs))), lock,
               time.monotonic() + 30, warm)
        bad = [r for r in warm if not r[2]]
        if bad:
            sys.exit(f"warm-up failed: {bad}")
        deadline = time.monotonic() + a.max_seconds
        started = time.perf_counter()
        threads = [threading.Thread(target=client, args=(
            parsed.hostname, parsed.port, jobs, counter, lock, deadline, results))
            for _ in range(a.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - started
    finally:
        if proc:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()

    lat = sorted(r[1] for r in results)
    errors = [r for r in results if not r[2]]
    per_query = {}
    for name, secs, _, _ in results:
        per_query.setdefault(name, []).append(secs)
    report = {
        "clients": a.clients,
        "queries": len(results),
        "errors": len(errors),
        "seconds": round(elapsed, 2),
        "throughput_qps": round(len(results) / elapsed, 1) if elapsed else 0,
        "p50_ms": round(percentile(lat, 50) * 1000, 2),
        "p99_ms": round(percentile(lat, 99) * 1000, 2),
        "max_ms": round(lat[-1] * 1000, 2) if lat else None,
        "per_query_p50_ms": {k: round(percentile(sorted(v), 50) * 1000, 2)
                             for k, v in sorted(per_query.items())},
        "stopped_early": len(results) < total,
        "server_exit": proc.returncode if proc else None,
        "access_log_lines": log["lines"] if log else None,
    }
    if a.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(f"{report['queries']} queries from {a.clients} clients in {report['seconds']} s: "
              f"{report['throughput_qps']} queries/s, p50 {report['p50_ms']} ms, "
              f"p99 {report['p99_ms']} ms, max {report['max_ms']} ms, {report['errors']} errors")
        for k, v in report["per_query_p50_ms"].items():
            print(f"  {k:<20} p50 {v} ms")
        if report["stopped_early"]:
            print(f"  stopped at the {a.max_seconds} s limit")
    for e in errors[:5]:
        print(f"  error: {e}", file=sys.stderr)
    sys.exit(1 if errors or report["stopped_early"] else 0)


if __name__ == "__main__":
    main()
