#!/usr/bin/env python3
"""Bounded load test of `chainkg serve`, loopback only.

Starts the server on a free 127.0.0.1 port over a store (or uses --url, which
must be loopback), sends a fixed number of queries from concurrent clients,
and stops by itself: after --queries requests or --max-seconds, whichever
comes first. Reports throughput and latency percentiles, in all and per kind;
exits 1 if any request failed.

Mixes (--mix):
  page    the query page's examples (data/queries/*.rq), an ASK, a CONSTRUCT
  named   kinds: lookup (rdfs:label "…" → entity, over labels sampled from
          the store at start), entity (an entity's own triples), join (an
          entity's neighbours with their labels, and the page's joins with a
          LIMIT), aggregate (COUNT … GROUP BY), provenance (the sentence and
          article each fact about an entity was read from); --reports adds
          the page's whole-graph joins (kind report: sorted over every match)
  lookup  lookups and entity queries only (the ≥1,000 q/s target)
--slow K adds K more clients that send only a query running into the server's
time limit, to see whether it delays the others (their figures exclude it).

    python3 bench/load.py --binary target/release/chainkg --store chainkg-store
    python3 bench/load.py --mix named --clients 16 --slow 2
    python3 bench/load.py --url http://127.0.0.1:7878   # a running server
"""

import argparse
import http.client
import itertools
import json
import os
import random
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


CK = "PREFIX ck: <https://w3id.org/chainkg/ontology#> "
RDFS = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
PROV = "PREFIX prov: <http://www.w3.org/ns/prov#> "
JSON_RESULTS = "application/sparql-results+json"
# Run into any time limit. "path": a three-step path counted to its end; it
# reads the store all along, so the evaluator sees its cancellation at once.
# "cartesian": a product with no shared variable; the evaluator loops in
# memory and only notices the cancellation much later (or never).
SLOW_QUERIES = {
    "path": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?c ?d ?e . ?e ?f ?g . ?g ?h ?i }",
    "cartesian": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
}


def page_workload():
    jobs = []
    for i, name in enumerate(QUERY_FILES):
        with open(os.path.join(ROOT, "data", "queries", name), encoding="utf-8") as f:
            jobs.append((name, f.read(), ACCEPTS[i % len(ACCEPTS)]))
    return jobs + EXTRA


def sparql_json(host, port, query):
    conn = http.client.HTTPConnection(host, port, timeout=60)
    body = urllib.parse.urlencode({"query": query})
    conn.request("POST", "/sparql", body=body, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": JSON_RESULTS})
    resp = conn.getresponse()
    data = resp.read()
    conn.close()
    if resp.status != 200:
        sys.exit(f"sampling query failed ({resp.status}): {data[:200]!r}")
    return json.loads(data)["results"]["bindings"]


def sparql_literal(text):
    return json.dumps(text, ensure_ascii=False)


def named_workload(host, port, mix, sample, seed, reports):
    """Jobs (kind, query, accept) over entities sampled from the store."""
    rows = sparql_json(host, port, RDFS + "SELECT ?e ?l WHERE { ?e rdfs:label ?l } LIMIT 20000")
    pairs = sorted({(r["e"]["value"], r["l"]["value"]) for r in rows
                    if r["e"]["type"] == "uri"})
    if not pairs:
        sys.exit("no labelled entities in the store")
    rng = random.Random(seed)
    pairs = rng.sample(pairs, min(sample, len(pairs)))
    facts = sparql_json(host, port,
                        "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 20000")
    subjects = sorted({r["s"]["value"] for r in facts if r["s"]["type"] == "uri"})
    subjects = rng.sample(subjects, min(sample, len(subjects))) or [pairs[0][0]]
    jobs = []
    for iri, label in pairs:
        jobs.append(("lookup", RDFS + f"SELECT ?e WHERE {{ ?e rdfs:label {sparql_literal(label)} }}",
                     JSON_RESULTS))
        jobs.append(("entity", f"SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }} LIMIT 100", JSON_RESULTS))
    if mix == "lookup":
        rng.shuffle(jobs)
        return jobs
    for iri, _ in pairs[: max(1, len(pairs) // 4)]:
        jobs.append(("join", RDFS + f"SELECT ?p ?o ?label WHERE {{ {{ <{iri}> ?p ?o }} UNION "
                     f"{{ ?o ?p <{iri}> }} ?o rdfs:label ?label }} LIMIT 100", JSON_RESULTS))
    for iri in subjects[: max(1, len(pairs) // 4)]:
        jobs.append(("provenance", CK + PROV +
                     f"SELECT ?p ?o ?article ?rule ?text WHERE {{ GRAPH ?g {{ <{iri}> ?p ?o }} "
                     "?g ck:rule ?rule ; prov:wasDerivedFrom ?s . "
                     "?s ck:inArticle ?article ; ck:text ?text } LIMIT 50", JSON_RESULTS))
    for name in ("product-flow.rq", "chain-leaders.rq", "projects.rq") if reports else ():
        with open(os.path.join(ROOT, "data", "queries", name), encoding="utf-8") as f:
            text = f.read()
        if "LIMIT" not in text.upper():
            text = text.rstrip() + "\nLIMIT 100\n"
        jobs.extend([("report", text, JSON_RESULTS)] * max(1, len(pairs) // 40))
    aggregates = [
        "SELECT ?t (COUNT(?e) AS ?n) WHERE { ?e a ?t } GROUP BY ?t ORDER BY DESC(?n)",
        CK + "SELECT ?z (COUNT(?p) AS ?n) WHERE { ?z ck:hostsProject ?p } "
        "GROUP BY ?z ORDER BY DESC(?n) LIMIT 10",
        CK + "SELECT ?c (COUNT(?e) AS ?n) WHERE { ?e ck:leadsChain ?c } "
        "GROUP BY ?c ORDER BY DESC(?n) LIMIT 10",
    ]
    for q in aggregates:
        jobs.extend([("aggregate", q, JSON_RESULTS)] * max(1, len(pairs) // 20))
    rng.shuffle(jobs)
    return jobs


def start_server(binary, store, threads, timeout):
    args = [binary, "serve", "--store", store, "--bind", "127.0.0.1:0"]
    if threads:
        args += ["--threads", str(threads)]
    if timeout:
        args += ["--timeout", str(timeout)]
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


def slow_client(host, port, stop, results, query):
    """Sends the slow query again and again until stopped."""
    conn = http.client.HTTPConnection(host, port, timeout=120)
    body = urllib.parse.urlencode({"query": query})
    while not stop.is_set():
        t = time.perf_counter()
        try:
            conn.request("POST", "/sparql", body=body, headers={
                "Content-Type": "application/x-www-form-urlencoded", "Accept": JSON_RESULTS})
            resp = conn.getresponse()
            resp.read()
            status = resp.status
        except (OSError, http.client.HTTPException) as e:
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=120)
            status = repr(e)
        results.append(("slow", time.perf_counter() - t, True, status))
    conn.close()


def stats(values, seconds):
    v = sorted(values)
    return {
        "n": len(v),
        "qps": round(len(v) / seconds, 1) if seconds else 0,
        "p50_ms": round(percentile(v, 50) * 1000, 2),
        "p99_ms": round(percentile(v, 99) * 1000, 2),
        "max_ms": round(v[-1] * 1000, 2) if v else None,
    }


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
    ap.add_argument("--timeout", type=float, help="server time limit per query (s)")
    ap.add_argument("--mix", choices=["page", "named", "lookup"], default="page")
    ap.add_argument("--sample", type=int, default=400, help="entities sampled (named mixes)")
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--reports", action="store_true",
                    help="named mix: add the page's whole-graph joins (ORDER BY over every "
                    "match, LIMIT 100) as kind report")
    ap.add_argument("--slow", type=int, default=0, help="extra clients sending a slow query")
    ap.add_argument("--slow-query", choices=sorted(SLOW_QUERIES), default="path")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    a = ap.parse_args()

    proc, log = None, None
    if a.url:
        url = a.url
    else:
        proc, url, log = start_server(a.binary, a.store, a.threads, a.timeout)
    parsed = urllib.parse.urlparse(url)
    if parsed.hostname not in ("127.0.0.1", "localhost", "::1"):
        sys.exit(f"refusing a non-loopback server: {url}")

    total = a.queries
    base = itertools.count()
    counter = (n if n < total else None for n in base)
    lock = threading.Lock()
    results = []
    slow_results = []
    try:
        if a.mix == "page":
            jobs = page_workload()
        else:
            jobs = named_workload(parsed.hostname, parsed.port, a.mix, a.sample, a.seed,
                                  a.reports)
        # Warm-up outside the measurement: one of each kind of query.
        warm = []
        firsts = {}
        for i, job in enumerate(jobs):
            firsts.setdefault(job[0], i)
        client(parsed.hostname, parsed.port, [jobs[i] for i in firsts.values()],
               iter(range(len(firsts))), lock, time.monotonic() + 30, warm)
        bad = [r for r in warm if not r[2]]
        if bad:
            sys.exit(f"warm-up failed: {bad}")
        deadline = time.monotonic() + a.max_seconds
        started = time.perf_counter()
        threads = [threading.Thread(target=client, args=(
            parsed.hostname, parsed.port, jobs, counter, lock, deadline, results))
            for _ in range(a.clients)]
        stop_slow = threading.Event()
        slow = [threading.Thread(target=slow_client, args=(
            parsed.hostname, parsed.port, stop_slow, slow_results,
            SLOW_QUERIES[a.slow_query])) for _ in range(a.slow)]
        for t in slow + threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - started
        stop_slow.set()
        for t in slow:
            t.join()
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
        "mix": a.mix,
        "per_kind": {k: stats(v, elapsed) for k, v in sorted(per_query.items())},
        "slow": dict(stats([r[1] for r in slow_results], elapsed),
                     statuses=sorted({str(r[3]) for r in slow_results})) if a.slow else None,
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
        for k, v in report["per_kind"].items():
            print(f"  {k:<20} {v['n']:>6} q {v['qps']:>8} q/s  p50 {v['p50_ms']} ms  "
                  f"p99 {v['p99_ms']} ms  max {v['max_ms']} ms")
        if report["slow"]:
            v = report["slow"]
            print(f"  {'(slow, apart)':<20} {v['n']:>6} q  p50 {v['p50_ms']} ms  "
                  f"max {v['max_ms']} ms  statuses {v['statuses']}")
        if report["stopped_early"]:
            print(f"  stopped at the {a.max_seconds} s limit")
    for e in errors[:5]:
        print(f"  error: {e}", file=sys.stderr)
    sys.exit(1 if errors or report["stopped_early"] else 0)


if __name__ == "__main__":
    main()
