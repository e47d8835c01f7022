#!/usr/bin/env python3
"""Python jieba.posseg over a bounded sample of a corpus: the first step of
the pipeline a user would write in Python instead of chainkg.

Takes whole files in chainkg's order (sorted walk: .txt .md .html .htm
.jsonl) until --mb megabytes of files are taken, pulls their text (JSONL:
the "text" field; HTML: the text without tags), and POS-tags it with
jieba.posseg. The speed counts file bytes, as `chainkg build` does, over the
time spent in jieba only (dictionary loading is timed apart).

    python3 bench/posseg.py --mb 2 CORPUS_DIR

Prints one line: docs=… bytes=… tokens=… load_s=… seg_s=… mb_per_s=…
"""

import argparse
import html
import json
import os
import re
import sys
import time

EXTS = (".txt", ".md", ".html", ".htm", ".jsonl")
TAG = re.compile(r"<script.*?</script>|<style.*?</style>|<[^>]+>", re.S | re.I)


def files(root):
    if os.path.isfile(root):
        yield root
        return
    for entry in sorted(os.listdir(root)):
        path = os.path.join(root, entry)
        if os.path.isdir(path):
            yield from files(path)
        elif entry.lower().endswith(EXTS):
            yield path


def texts(path):
    with open(path, encoding="utf-8-sig") as f:
        data = f.read()
    if path.endswith(".jsonl"):
        return [json.loads(line).get("text", "") for line in data.splitlines() if line.strip()]
    if path.endswith((".html", ".htm")):
        return [html.unescape(TAG.sub("\n", data))]
    return [data]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--mb", type=float, default=2.0, help="sample size in MB (10^6 bytes)")
    args = ap.parse_args()

    t = time.perf_counter()
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(60)
    jieba.initialize()
    load_s = time.perf_counter() - t

    limit = int(args.mb * 1e6)
    sample, size = [], 0
    for root in args.paths:
        for path in files(root):
            if size >= limit:
                break
            size += os.path.getsize(path)
            sample.extend(texts(path))
    t = time.perf_counter()
    tokens = 0
    for text in sample:
        tokens += sum(1 for _ in pseg.cut(text))
    seg_s = time.perf_counter() - t
    print(
        f"docs={len(sample)} bytes={size} tokens={tokens} load_s={load_s:.3f} "
        f"seg_s={seg_s:.3f} mb_per_s={size / 1e6 / seg_s:.4f}"
    )


if __name__ == "__main__":
    sys.exit(main())
