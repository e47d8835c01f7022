#!/usr/bin/env python3
"""Sharded chainkg build on Apache Spark: the same graph as `chainkg build`.

    spark_build.py INPUT... OUT_DIR [--master local[*]] [--partitions N]
                   [--chainkg PATH] [--lexicon DIR] [--store DIR] [--endpoint URL]

The stages are those of a single-machine build, run apart:

1. **List** (driver): the files chainkg would read — folders recursively,
   `.txt .md .html .htm .jsonl`, sorted as chainkg walks them. A JSONL file
   becomes one record per line, each given `"chainkg_source": "PATH#L<n>"`,
   the `dcterms:source` a single build records for line n of PATH (PATH as
   given on the command line, joined with the names under a folder, exactly
   as chainkg spells it). A `.txt`/`.md` file that is UTF-8 text becomes a
   record too (`"text"` = the file, `"chainkg_source"` = PATH): its text then
   travels inside the job to wherever the task runs. HTML pages, and text in
   other encodings, are read by chainkg itself from PATH on the executor.
2. **Map** (`chainkg extract`, per partition): records are dealt round-robin
   to `--partitions` partitions, so what one article introduces (全称) and
   another names later (简称) usually lands in different partitions; each
   partition runs `chainkg extract` once and yields its article quads. If an
   article (same text, same IRI) is in several partitions, the copy of the
   earliest input is kept, as a single build keeps the first copy.
3. **Reduce** (`chainkg resolve --map-out`, on the driver): only the names —
   the `rdfs:label` / `skos:altLabel` triples, de-duplicated — come to the
   driver; resolving them gives the global alias map (which IRI each entity
   becomes, and its label), which is far smaller than the text.
4. **Apply** (`chainkg resolve --map`, per partition): every partition's
   quads are streamed through the map; quads are then grouped by article
   (its article graph, its fact graphs `<A#s3/rule>` and their provenance
   in the default graph lie whole in one output part, so a part can go to
   a loader on its own), sorted by Spark, de-duplicated, and written as
   N-Quads: OUT_DIR/part-NNNNN (Spark's text output). No stage holds a
   partition's quads in memory: chainkg's output is streamed, Spark spills
   to disk.
5. **Load** (`--store DIR`: `chainkg load OUT_DIR/part-*`, which adds the
   default graph's copies of the named graphs) and **push** (`--endpoint
   URL`: `chainkg push --default-graph`, each named graph, and the default
   graph, PUT to a SPARQL 1.1 Graph Store Protocol endpoint: Fuseki,
   GraphDB, Virtuoso, QLever, Oxigraph server), on the driver.

How the binary and the lexicons reach the executors: the driver registers
the `chainkg` binary (`--chainkg`, a static-enough Linux build of the same
architecture as the workers, e.g. `cargo build --release`) and the lexicon
folder (`--lexicon`, default `data/lexicon` beside this script) with
`SparkContext.addFile`; Spark copies them into every executor's work folder,
and each task finds them with `SparkFiles.get`. The alias map of step 3 is
shipped the same way. Nothing needs to be installed on the workers but
Python 3 (for PySpark itself).

On a cluster only the master URL changes:

    spark-submit --master spark://HOST:7077 scale/spark_build.py corpus/ out/ \\
        --partitions 400 --chainkg target/release/chainkg
    spark-submit --master yarn --deploy-mode client ...
    spark-submit --master k8s://https://API:6443 --conf spark.kubernetes.container.image=... ...

(`--master` of this script is only used when it is not run by spark-submit
with a master of its own.) The driver reads the inputs and OUT_DIR must be a
folder every executor can write (HDFS, S3, NFS: any Hadoop file system URL
works for OUT_DIR); HTML pages and non-UTF-8 text are read on the executors
by path, so they need a file system the executors share (or convert them to
JSONL records first). `--store` and `--endpoint` run on the driver and need
OUT_DIR on a local or mounted file system.
"""

import argparse
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import time
import zlib

EXTENSIONS = (".txt", ".md", ".html", ".htm", ".jsonl")
RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
SKOS_ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>"
DCTERMS_SOURCE = "<http://purl.org/dc/terms/source>"


def log(msg):
    print(f"spark_build: {msg}", file=sys.stderr, flush=True)


class InputError(Exception):
    """Bad input, named by file and line (exit status 2, as chainkg's)."""


# ---------------------------------------------------------------- listing


def walk(path, ancestors=()):
    """Files chainkg reads under `path`, in chainkg's order (sorted per
    folder, folders recursed in place), skipping folder loops."""
    real = os.path.realpath(path)
    if real in ancestors:
        return
    try:
        names = sorted(os.listdir(path))
    except OSError as e:
        raise InputError(f"{path}: {e.strerror}") from e
    for name in names:
        child = os.path.join(path, name)
        if os.path.isdir(child):
            yield from walk(child, ancestors + (real,))
        elif os.path.isfile(child) and known(child):
            yield child


def known(path):
    """An extension chainkg reads (`.txt` alone is a name, not an extension)."""
    return os.path.splitext(os.path.basename(path))[1].lower() in EXTENSIONS


def input_files(inputs):
    for given in inputs:
        if os.path.isdir(given):
            yield from walk(given)
        elif os.path.isfile(given):
            yield given
        else:
            raise InputError(f"{given}: no such file or folder")


def utf8_text(path):
    """The file as text when it is UTF-8 (one BOM dropped), else None."""
    with open(path, "rb") as f:
        data = f.read()
    if b"\0" in data:
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def with_source(line, source):
    """A JSONL record line with `chainkg_source` put first: the rest of the
    record keeps its bytes, and a `chainkg_source` the record already has
    comes later and wins, as it does in a single build."""
    body = line.lstrip()
    field = json.dumps({"chainkg_source": source}, ensure_ascii=False)[1:-1]
    rest = body[1:].lstrip()
    sep = "" if rest.startswith("}") else ","
    return "{" + field + sep + body[1:]


def items_of(inputs):
    """(index, kind, payload) in single-build order: kind "record" (a JSONL
    line for chainkg, with its source set) or "path" (read by chainkg)."""
    index = 0
    for path in input_files(inputs):
        ext = os.path.splitext(os.path.basename(path))[1].lower()
        text = utf8_text(path) if ext in (".txt", ".md", ".jsonl") else None
        if text is None:
            yield index, "path", path
            index += 1
        elif not text.strip():
            raise InputError(f"{path}: empty input: no text to read")
        elif ext == ".jsonl":
            # str.lines() in Rust: split at \n, drop a \r before it.
            lines = text.split("\n")
            if lines and lines[-1] == "":
                lines.pop()
            for n, line in enumerate(lines, start=1):
                line = line[:-1] if line.endswith("\r") else line
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except ValueError as e:
                    raise InputError(f"{path}:{n}: malformed JSON: {e}") from e
                if not isinstance(record, dict):
                    raise InputError(f"{path}:{n}: not a JSON object")
                # chainkg's own checks, said here with the file and line.
                body = record.get("text")
                if body is None:
                    raise InputError(f'{path}:{n}: record has no "text" field')
                if not isinstance(body, str):
                    raise InputError(f'{path}:{n}: record\'s "text" field is not a string')
                if not body.strip():
                    raise InputError(f'{path}:{n}: record\'s "text" field is empty')
                yield index, "record", with_source(line, f"{path}#L{n}")
                index += 1
        else:
            record = {"text": text, "chainkg_source": path}
            yield index, "record", json.dumps(record, ensure_ascii=False)
            index += 1


# ------------------------------------------------------------ N-Quads terms

TERM = re.compile(
    r'\s*(<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?)'
)


def terms(line):
    """The terms of an N-Quads line (3 or 4)."""
    out, pos = [], 0
    while len(out) < 4:
        m = TERM.match(line, pos)
        if not m:
            break
        out.append(m.group(1))
        pos = m.end()
    return out


ARTICLE_BASE = "<https://w3id.org/chainkg/id/article/"
MENTIONED_IN = "<https://w3id.org/chainkg/ontology#mentionedIn>"


def article_of(line):
    """The article IRI a quad belongs to: its graph (the article graph, or a
    fact graph `<A#s3/rule>`), or for the default graph's provenance its
    subject (`<A#s3/rule>`, a sentence `<A#char=0,9>`) or the article an
    entity is mentioned in; "" for anything else (an entity's type, which
    is no one article's)."""
    t = terms(line)
    if len(t) == 4:
        iri = t[3]
    elif len(t) == 3 and t[0].startswith(ARTICLE_BASE):
        iri = t[0]
    elif len(t) == 3 and t[1] == MENTIONED_IN:
        iri = t[2]
    else:
        return ""
    if "#" in iri:
        iri = iri.split("#", 1)[0] + ">"
    return iri


# ------------------------------------------------------------- executors


def tool(name):
    """A file shipped with addFile, on this executor; executable."""
    from pyspark import SparkFiles

    path = SparkFiles.get(name)
    if name == "chainkg":
        mode = os.stat(path).st_mode
        if not mode & stat.S_IXUSR:
            os.chmod(path, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def run(cmd, what, cwd=None):
    """Runs a chainkg command to its end (driver side); a one-line error."""
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd)
    if done.returncode != 0:
        raise RuntimeError(failure(what, done.returncode, done.stderr))


def failure(what, code, stderr):
    err = stderr.decode("utf-8", "replace").strip().splitlines()
    return f"{what}: chainkg exited with {code}: " + (err[-1] if err else "no message")


def stream(cmd, what, work, cwd=None, feed=None):
    """Runs a chainkg command, yielding its stdout lines as they come (a
    partition's quads never sit whole in memory); `feed` lines go to its
    stdin from a thread. A one-line error when it fails."""
    import threading

    errors = open(os.path.join(work, "stderr.txt"), "w+b")
    proc = subprocess.Popen(
        cmd,
        stdin=subprocess.PIPE if feed is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=errors,
        cwd=cwd,
    )
    writer = None
    if feed is not None:

        def write():
            try:
                for line in feed:
                    proc.stdin.write(line.encode("utf-8") + b"\n")
            except BrokenPipeError:
                pass  # chainkg stopped early: its exit status says why
            finally:
                try:
                    proc.stdin.close()
                except BrokenPipeError:
                    pass

        writer = threading.Thread(target=write, daemon=True)
        writer.start()
    try:
        for raw in proc.stdout:
            line = raw.decode("utf-8").rstrip("\n")
            if line.strip():
                yield line
        code = proc.wait()
        if writer is not None:
            writer.join()
        if code != 0:
            errors.seek(0)
            raise RuntimeError(failure(what, code, errors.read()))
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        errors.close()


def extract_partition(conf):
    threads, cwd = conf["threads"], conf["cwd"]

    def extract(part, items):
        items = list(items)
        if not items:
            return
        work = tempfile.mkdtemp(prefix=f"chainkg-extract-{part}-")
        try:
            # Inputs in index order: runs of records as JSONL files, paths
            # as they are.
            inputs, run_lines = [], []

            def flush():
                if run_lines:
                    p = os.path.join(work, f"records-{len(inputs):05d}.jsonl")
                    with open(p, "w", encoding="utf-8") as f:
                        f.write("\n".join(run_lines) + "\n")
                    inputs.append(p)
                    run_lines.clear()

            for _, kind, payload in items:
                if kind == "record":
                    run_lines.append(payload)
                else:
                    flush()
                    inputs.append(payload)
            flush()
            del items
            listing = os.path.join(work, "inputs.txt")
            with open(listing, "w", encoding="utf-8") as f:
                f.write("\n".join(inputs) + "\n")
            cmd = [tool("chainkg"), "extract", "--files-from", listing]
            cmd += ["--lexicon", tool("lexicon"), "--threads", str(threads)]
            # Paths as the driver was given them: from the driver's folder
            # when this machine has it (local mode, a shared file system).
            here = cwd if os.path.isdir(cwd) else None
            for line in stream(cmd, f"partition {part}: extract", work, cwd=here):
                yield part, line
        finally:
            shutil.rmtree(work, ignore_errors=True)

    return extract


def apply_map(lines):
    """Streams one partition's quads through `chainkg resolve --map -`."""
    work = tempfile.mkdtemp(prefix="chainkg-resolve-")
    try:
        cmd = [tool("chainkg"), "resolve", "--map", tool("alias-map.tsv"), "-"]
        yield from stream(cmd, "resolve --map", work, feed=lines)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def article_part(n):
    """Partition of an (article, line) key: by article, stable across runs."""
    return lambda key: zlib.crc32(key[0].encode("utf-8")) % n


def unique_sorted(keys):
    """Lines of sorted (article, line) keys, repeats dropped."""
    last = None
    for key in keys:
        if key != last:
            yield key[1]
            last = key


# ------------------------------------------------------------------ driver


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Build a chainkg graph on Spark: extract per partition, "
        "resolve aliases globally, write partitioned N-Quads."
    )
    ap.add_argument("inputs", nargs="+", help="files or folders, as for chainkg build")
    ap.add_argument("output", help="output folder (new): N-Quads parts")
    ap.add_argument("--master", default="local[*]")
    ap.add_argument("--partitions", type=int, default=0, help="default: Spark's parallelism")
    ap.add_argument("--chainkg", default=shutil.which("chainkg") or "chainkg")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--lexicon", default=os.path.join(here, "..", "data", "lexicon"))
    ap.add_argument("--threads", type=int, default=1, help="threads of each chainkg extract")
    ap.add_argument("--store", help="then load the output into this store")
    ap.add_argument("--endpoint", help="then push the store to this Graph Store Protocol URL")
    args = ap.parse_args(argv)

    chainkg = shutil.which(args.chainkg) or args.chainkg
    if not (os.path.isfile(chainkg) and os.access(chainkg, os.X_OK)):
        log(f"--chainkg {args.chainkg}: not an executable file")
        return 2
    if not os.path.isdir(args.lexicon):
        log(f"--lexicon {args.lexicon}: not a folder")
        return 2
    if os.path.exists(args.output):
        log(f"{args.output}: exists; give a new output folder")
        return 2

    timings = {}
    t0 = time.time()
    try:
        items = list(items_of(args.inputs))
    except InputError as e:
        log(str(e))
        return 2
    if not items:
        log("no input files (.txt .md .html .htm .jsonl)")
        return 2
    sources = {}
    for i, kind, payload in items:
        src = payload if kind == "path" else json.loads(payload)["chainkg_source"]
        sources.setdefault(src, i)
    timings["list"] = time.time() - t0

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark import SparkConf, SparkContext, StorageLevel

    conf = (
        SparkConf()
        .setAppName("chainkg-build")
        .setIfMissing("spark.master", args.master)
        .setIfMissing("spark.ui.enabled", "false")
        .setIfMissing("spark.ui.showConsoleProgress", "false")
    )
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    work = tempfile.mkdtemp(prefix="chainkg-spark-")
    try:
        n = args.partitions or sc.defaultParallelism
        # The binary and the lexicons, to every executor.
        binary = os.path.join(work, "chainkg")
        shutil.copy2(chainkg, binary)
        sc.addFile(binary)
        shipped = os.path.join(work, "lexicon")
        shutil.copytree(args.lexicon, shipped)
        sc.addFile(shipped, recursive=True)

        # Map: extract, round-robin partitions.
        t = time.time()
        buckets = [[it for it in items if it[0] % n == k] for k in range(n)]
        extracted = (
            sc.parallelize(buckets, n)
            .flatMap(lambda bucket: bucket)
            .mapPartitionsWithIndex(
                extract_partition({"threads": args.threads, "cwd": os.getcwd()})
            )
            .persist(StorageLevel.MEMORY_AND_DISK)
        )
        # An article in several partitions: the earliest input's copy wins.
        src_b = sc.broadcast(sources)

        def first_source(pl):
            part, line = pl
            t = terms(line)
            if len(t) == 4 and t[1] == DCTERMS_SOURCE and t[2].startswith('"'):
                try:
                    value = json.loads(t[2][: t[2].rindex('"') + 1])
                except ValueError:
                    value = t[2]
                return [(t[3], (src_b.value.get(value, 1 << 62), part))]
            return []

        winners = (
            extracted.flatMap(first_source)
            .distinct()
            .groupByKey()
            .mapValues(list)
            .filter(lambda kv: len({p for _, p in kv[1]}) > 1)
            .mapValues(lambda v: min(v)[1])
            .collectAsMap()
        )
        win_b = sc.broadcast(winners)
        kept = extracted.filter(
            lambda pl: win_b.value.get(article_of(pl[1]), pl[0]) == pl[0]
        ).map(lambda pl: pl[1])
        count = kept.count()
        timings["extract"] = time.time() - t
        log(f"extracted {len(items)} inputs in {n} partitions: {count} quads"
            + (f" ({len(winners)} repeated articles kept once)" if winners else ""))

        # Reduce: the names only, to the driver; the map back out.
        t = time.time()
        names_path = os.path.join(work, "names.nt")
        with open(names_path, "w", encoding="utf-8") as f:
            names = (
                kept.map(terms)
                .filter(lambda t: len(t) >= 3 and t[1] in (RDFS_LABEL, SKOS_ALT))
                .map(lambda t: f"{t[0]} {t[1]} {t[2]} .")
                .distinct()
            )
            for line in names.toLocalIterator():
                f.write(line + "\n")
        map_path = os.path.join(work, "alias-map.tsv")
        run([chainkg, "resolve", names_path, "--map-out", map_path], "resolve --map-out")
        sc.addFile(map_path)
        timings["resolve"] = time.time() - t

        # Apply and write, each article whole in one part.
        t = time.time()
        resolved = kept.mapPartitions(apply_map)
        # Sorted by Spark (spilling to disk as it needs), not in memory.
        (
            resolved.map(lambda l: ((article_of(l), l), None))
            .repartitionAndSortWithinPartitions(n, article_part(n))
            .keys()
            .mapPartitions(unique_sorted)
            .saveAsTextFile(args.output)
        )
        timings["apply+write"] = time.time() - t
    except Exception as e:  # one clear line; Spark's trace goes before it
        msg = str(e)
        found = re.findall(r"^(?:\w+\.)*(\w+(?:Error|Exception): .*)$", msg, re.M)
        log("failed: " + (found[-1] if found else msg.strip().splitlines()[-1] if msg.strip() else repr(e)))
        return 1
    finally:
        sc.stop()
        shutil.rmtree(work, ignore_errors=True)

    parts = sorted(
        os.path.join(args.output, p)
        for p in os.listdir(args.output)
        if p.startswith("part-")
    )
    store = args.store
    tmp_store = None
    if args.endpoint and not store:
        tmp_store = tempfile.mkdtemp(prefix="chainkg-push-store-")
        store = os.path.join(tmp_store, "store")
    try:
        if store:
            t = time.time()
            done = subprocess.run([chainkg, "load", *parts, "--store", store])
            if done.returncode != 0:
                log(f"chainkg load failed ({done.returncode})")
                return 1
            timings["load"] = time.time() - t
        if args.endpoint:
            t = time.time()
            done = subprocess.run(
                [chainkg, "push", "--endpoint", args.endpoint, "--store", store,
                 "--default-graph"]
            )
            if done.returncode != 0:
                log(f"chainkg push failed ({done.returncode})")
                return 1
            timings["push"] = time.time() - t
    finally:
        if tmp_store:
            shutil.rmtree(tmp_store, ignore_errors=True)
    log(
        f"wrote {len(parts)} parts to {args.output}; seconds: "
        + ", ".join(f"{k} {v:.2f}" for k, v in timings.items())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
