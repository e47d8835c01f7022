#!/usr/bin/env python3
"""Renders bench/compare.sh's metrics (size, name, key, value lines) as
bench/RESULTS.md and prints the same tables.

    python3 bench/report.py METRICS.tsv OUT.md CORES SEED PY_MB
"""

import collections
import datetime
import platform
import os
import subprocess
import sys


def load(path):
    m = collections.defaultdict(dict)
    with open(path, encoding="utf-8") as f:
        for line in f:
            size, name, key, value = line.rstrip("\n").split("\t", 3)
            m[(int(size), name)][key] = value
    return m


def num(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def fmt(x, digits=2):
    if x is None:
        return "–"
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    return f"{x:.{digits}f}"


def cpu():
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def main():
    metrics_path, out_path, cores, seed, py_mb = sys.argv[1:6]
    m = load(metrics_path)
    sizes = sorted({s for s, _ in m})
    first, last = sizes[0], sizes[-1]
    lines = []
    say = lines.append
    rev = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    say("# chainkg throughput: results of `bench/compare.sh`")
    say("")
    say(
        f"Measured {datetime.date.today()} on {cores} cores ({cpu()}), commit {rev} "
        f"plus the working tree; corpus from `chainkg gen-corpus --seed {seed}`. "
        "MB = 10^6 bytes of input files; wall times and peak RSS from "
        "`/usr/bin/time -v`; *others' cores* is the CPU other processes of this shared "
        "machine used meanwhile (from /proc/stat): a step run beside others is slower, "
        "and the all-thread steps suffer most. Reproduce with `bench/compare.sh "
        + " ".join(str(s) for s in sizes)
        + "`."
    )
    say("")
    py = m.get((first, "python-posseg"), {})
    py_speed = num(py.get("mb_per_s"))
    checks = []
    for size in sizes:
        mb = num(m[(size, "corpus")]["bytes"]) / 1e6
        build = m.get((size, "build"), {})
        arts = num(build.get("articles"))
        facts = num(build.get("facts"))
        say(f"## {size} MB corpus ({mb:.1f} MB, {fmt(arts, 0)} articles, {fmt(facts, 0)} facts)")
        say("")
        say("| step | wall s | MB/s | articles/s | facts/s | peak RSS MB | CPU s | others' cores | × Python posseg |")
        say("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        rows = [
            ("jieba-rs tag, 1 thread (`examples/segment --tag`)", "floor-tag"),
            ("jieba-rs cut, 1 thread (`examples/segment`)", "floor-cut"),
            ("extraction, no store, 1 thread (`build --dry-run --threads 1`)", "extract-1"),
            (f"extraction, no store, {cores} threads (`build --dry-run`)", "extract-all"),
            ("**`chainkg build` end to end** (new store, bulk load)", "build"),
        ]
        if size == first:
            rows.append(("`chainkg build --threads 1` end to end", "build-1"))
        speeds = {}
        for label, key in rows:
            r = m.get((size, key))
            if not r:
                continue
            wall = num(r.get("wall_s"))
            speed = mb / wall if wall else None
            speeds[key] = speed
            a = num(r.get("articles")) or arts
            f = num(r.get("facts")) or (facts if key.startswith(("build", "extract")) else None)
            rss = num(r.get("rss_kb"))
            ratio = speed / py_speed if speed and py_speed else None
            say(
                f"| {label} | {fmt(wall)} | {fmt(speed)} | {fmt(a / wall if a and wall else None, 0)} "
                f"| {fmt(f / wall if f and wall else None, 0)} | {fmt(rss / 1024 if rss else None, 0)} "
                f"| {fmt(num(r.get('cpu_s')), 1)} | {fmt(num(r.get('others_cores')))} "
                f"| {fmt(ratio, 1)}× |"
            )
        if size == first and py:
            pr = m[(size, "python-posseg")]
            say(
                f"| Python `jieba.posseg`, {py_mb} MB sample (`bench/posseg.py`) | {fmt(num(py.get('seg_s')))} "
                f"| {fmt(py_speed, 3)} | – | – | {fmt(num(pr.get('rss_kb')) / 1024, 0)} "
                f"| {fmt(num(pr.get('cpu_s')), 1)} | {fmt(num(pr.get('others_cores')))} | 1.0× |"
            )
        say("")
        tag = m.get((size, "floor-tag"), {})
        tag_speed = num(tag.get("mb_per_s"))
        if tag_speed:
            say(
                f"jieba-rs speeds counted over the time spent in jieba only (without reading "
                f"and dictionary loading): tag {fmt(tag_speed)} MB/s, cut "
                f"{fmt(num(m.get((size, 'floor-cut'), {}).get('mb_per_s')))} MB/s."
            )
        store_s = num(build.get("store_s"))
        quads = num(build.get("quads"))
        if store_s and quads:
            say(
                f"Store: {fmt(quads, 0)} quads ({fmt(quads / arts if arts else None, 0)} per article), "
                f"written in {fmt(store_s)} s of loader time ({fmt(quads / store_s, 0)} quads/s), "
                f"{fmt(num(build.get('store_kb')) / 1024, 0)} MB on disk."
            )
        say("")
        if py_speed and speeds.get("build"):
            checks.append((f"{size} MB: build ≥ 50× Python jieba.posseg", speeds["build"] / py_speed, 50, ">="))
        if tag_speed and speeds.get("extract-1"):
            checks.append((f"{size} MB: extraction 1 thread ≥ 0.5× jieba-rs tag floor", speeds["extract-1"] / tag_speed, 0.5, ">="))
        if speeds.get("extract-1") and speeds.get("extract-all"):
            checks.append((f"{size} MB: extraction all threads ≥ 1.6× one thread", speeds["extract-all"] / speeds["extract-1"], 1.6, ">="))
    ox = m.get((first, "oxigraph-bulk"), {})
    b = m.get((first, "build"), {})
    b1 = m.get((first, "build-1"), {})
    e1 = m.get((first, "extract-1"), {})
    if ox and b.get("store_s"):
        theirs = num(ox["quads_per_s"])
        quads = num(b["quads"])
        say(f"## Loading ({first} MB corpus)")
        say("")
        say("| writer | quads | seconds | quads/s |")
        say("| --- | ---: | ---: | ---: |")
        say(
            f"| chainkg build, loader thread busy (bulk; its sorting threads overlap extraction) "
            f"| {fmt(quads, 0)} | {fmt(num(b['store_s']))} | {fmt(quads / num(b['store_s']), 0)} |"
        )
        extra = None
        if b1.get("wall_s") and e1.get("wall_s"):
            extra = num(b1["wall_s"]) - num(e1["wall_s"])
            say(
                f"| chainkg build, 1 thread, wall time beyond the dry run (`build-1` − `extract-1`) "
                f"| {fmt(quads, 0)} | {fmt(extra)} | {fmt(quads / extra if extra > 0 else None, 0)} |"
            )
        say(
            f"| Oxigraph `bulk_load` of the exported N-Quads (pyoxigraph, parsing included) "
            f"| {fmt(num(ox['quads']), 0)} | {fmt(num(ox['load_s']))} | {fmt(theirs, 0)} |"
        )
        say("")
        ours = quads / extra if extra and extra > 0 else quads / num(b["store_s"])
        checks.append((f"{first} MB: store writes ≥ 0.8× Oxigraph bulk loader", ours / theirs, 0.8, ">="))
    vs = sorted(k[1] for k in m if k[0] == first and k[1].startswith("vs-"))
    if vs:
        rounds = sorted({int(k.rsplit("-", 1)[1]) for k in vs})
        say(f"## Against an older build (`BASELINE`, {first} MB corpus, alternating)")
        say("")
        say("| round | baseline wall s | current wall s | baseline / current | baseline RSS MB | current RSS MB | baseline store MB | current store MB |")
        say("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        ratios = []
        for r in rounds:
            old, new = m[(first, f"vs-baseline-{r}")], m[(first, f"vs-current-{r}")]
            ow, nw = num(old.get("wall_s")), num(new.get("wall_s"))
            ratios.append(ow / nw)
            say(
                f"| {r} | {fmt(ow)} | {fmt(nw)} | {fmt(ow / nw)}× | {fmt(num(old.get('rss_kb')) / 1024, 0)} "
                f"| {fmt(num(new.get('rss_kb')) / 1024, 0)} | {fmt(num(old.get('store_kb')) / 1024, 0)} "
                f"| {fmt(num(new.get('store_kb')) / 1024, 0)} |"
            )
        say("")
        median = sorted(ratios)[len(ratios) // 2]
        disk = num(m[(first, f"vs-current-{rounds[-1]}")].get("store_kb")) / num(
            m[(first, f"vs-baseline-{rounds[-1]}")].get("store_kb"))
        facts = num(b.get("facts"))
        quads = num(m[(first, f"vs-current-{rounds[-1]}")].get("store_quads"))
        say(
            f"Median: the build is {fmt(median)}× faster than the baseline "
            f"({m.get((first, 'vs'), {}).get('baseline', '?')}); its store is {fmt(disk)}× the size on disk; "
            f"{fmt(quads, 0)} quads in the store for {fmt(facts, 0)} facts, {fmt(quads / facts)} per fact."
        )
        say("")
        checks.append((f"{first} MB: build ≥ 2× faster than the baseline (median of {len(rounds)})", median, 2, ">="))
        checks.append((f"{first} MB: store on disk ≤ 0.6× the baseline's", disk, 0.6, "<="))
        checks.append((f"{first} MB: quads per fact ≤ 8 (store, copies included)", quads / facts, 8, "<="))
    d = m.get((first, "determinism"))
    if d:
        same = d["all_threads"] == d["one_thread"]
        say(
            f"Same graph with 1 and {cores} threads ({first} MB, sorted N-Quads sha256 "
            f"`{d['all_threads']}` vs `{d['one_thread']}`): **{'yes' if same else 'NO'}**."
        )
        say("")
        checks.append((f"{first} MB: same graph with 1 and all threads", 1.0 if same else 0.0, 1.0, ">="))
    rss = [num(m.get((s, "build"), {}).get("rss_kb")) for s in (first, last)]
    if first != last and all(rss):
        checks.append((f"peak RSS {last} MB ≤ 1.5× peak RSS {first} MB", rss[1] / rss[0], 1.5, "<="))
    q = sorted(k for k in m if k[0] == last and k[1].startswith("query:"))
    if q:
        zone = m.get((last, "queries"), {}).get("zone", "?")
        chain = m.get((last, "queries"), {}).get("chain", "?")
        say(f"## Analyst queries ({last} MB graph, zone {zone}, chain {chain})")
        say("")
        say("| query (`bench/queries/`) | results | p50 ms | min ms | max ms |")
        say("| --- | ---: | ---: | ---: | ---: |")
        for k in q:
            r = m[k]
            say(f"| {k[1][6:]} | {r['results']} | {r['p50_ms']} | {r['min_ms']} | {r['max_ms']} |")
            checks.append((f"query {k[1][6:]} p50 < 100 ms ({r['p50_ms']})", num(r["p50_ms"]), 100, "<"))
        say("")
    # Issue 19: the three ratios at a glance, all from this run.
    ex = m.get((first, "extract-all"), {})
    tag = m.get((first, "floor-tag"), {})
    mb_first = num(m[(first, "corpus")]["bytes"]) / 1e6
    build_s, ex_s, ex1_s = num(b.get("wall_s")), num(ex.get("wall_s")), num(e1.get("wall_s"))
    ox_s = num(ox.get("load_s")) if ox else None
    say(f"## Ratios ({first} MB corpus, this run)")
    say("")
    say("| ratio | measured | goal (issue 19) |")
    say("| --- | ---: | ---: |")
    if build_s and py_speed:
        say(f"| build speed / Python jieba.posseg speed (MB/s; posseg on its {py_mb} MB sample) "
            f"| {fmt(mb_first / build_s / py_speed, 1)}× | ≥ 10× |")
        checks.append((f"{first} MB: build ≥ 10× Python jieba.posseg", mb_first / build_s / py_speed, 10, ">="))
    tag_speed = num(tag.get("mb_per_s"))
    tag_wall = num(tag.get("wall_s"))
    for key, t_s in (("1 thread", ex1_s), (f"{cores} threads", ex_s)):
        if t_s and tag_speed:
            # Against jieba's own time (its MB/s), and wall against wall
            # (both then include reading and dictionary loading).
            walls = f"; wall/wall {fmt(tag_wall / t_s)}×" if tag_wall else ""
            say(f"| extraction {key} speed / jieba-rs tag speed (1 thread, time in jieba{walls}) "
                f"| {fmt(mb_first / t_s / tag_speed)}× | {'≥ 0.5×' if key == '1 thread' else '–'} |")
    if build_s and ex_s and ox_s:
        bound = max(ex_s, ox_s)
        which = "extraction" if ex_s >= ox_s else "Oxigraph load"
        say(f"| build time / max(extraction {cores} threads {fmt(ex_s)} s, Oxigraph bulk load "
            f"{fmt(ox_s)} s) = {fmt(build_s)} / {fmt(bound)} s ({which}) | {fmt(build_s / bound)}× | ≤ 1.3× |")
        checks.append((f"{first} MB: build ≤ 1.3× max(extraction, Oxigraph load)", build_s / bound, 1.3, "<="))
    say("")
    say("## Targets of issue 6")
    say("")
    say("| target | measured | met |")
    say("| --- | ---: | :---: |")
    for label, value, bound, op in checks:
        # A query stopped by its time limit (or killed) has no value: not met.
        ok = value is not None and {">=": value >= bound, "<=": value <= bound, "<": value < bound}[op]
        say(f"| {label} | {fmt(value)} | {'yes' if ok else '**no**'} |")
    say("")
    text = "\n".join(lines)
    print(text)
    # Sections not from this script ("## Issue …", written by hand from other
    # benchmarks) stay at the end of the file.
    kept = ""
    if os.path.exists(out_path):
        with open(out_path, encoding="utf-8") as f:
            old = f.read()
        at = old.find("\n## Issue ")
        if at >= 0:
            kept = old[at:]
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(text.rstrip("\n") + "\n" + kept)


if __name__ == "__main__":
    main()
