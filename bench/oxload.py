#!/usr/bin/env python3
"""Oxigraph's own bulk loader on chainkg's quads: the reference for how fast
the store can be written.

Dumps a chainkg store to N-Quads with pyoxigraph (not timed), then loads the
file into a new store with `Store.bulk_load` (timed) and prints one line:
quads=… dump_s=… load_s=… quads_per_s=…

    python3 bench/oxload.py --store chainkg-store --work /tmp/oxload
"""

import argparse
import os
import shutil
import sys
import time

import pyoxigraph as ox


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", required=True, help="chainkg store to read")
    ap.add_argument("--work", required=True, help="scratch folder (emptied)")
    args = ap.parse_args()

    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    nq = os.path.join(args.work, "graph.nq")
    t = time.perf_counter()
    src = ox.Store.read_only(args.store)
    src.dump(output=nq, format=ox.RdfFormat.N_QUADS)
    del src
    dump_s = time.perf_counter() - t

    target = ox.Store(os.path.join(args.work, "store"))
    t = time.perf_counter()
    target.bulk_load(path=nq, format=ox.RdfFormat.N_QUADS)
    target.flush()
    load_s = time.perf_counter() - t
    quads = len(target)
    print(
        f"quads={quads} nq_bytes={os.path.getsize(nq)} dump_s={dump_s:.2f} "
        f"load_s={load_s:.2f} quads_per_s={quads / load_s:.0f}"
    )
    del target
    shutil.rmtree(args.work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
