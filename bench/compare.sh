#!/usr/bin/env bash
# chainkg against the Python stack, side by side on the same generated corpus.
#
#   bench/compare.sh [MB...]          # default: 20 200
#
# For each size: generates the corpus (chainkg gen-corpus, seed $SEED), then
# measures with /usr/bin/time -v
#   - jieba-rs alone (examples/segment --tag, one thread): the floor of any
#     jieba-based pipeline, and examples/segment (cut only);
#   - extraction without the store (chainkg build --dry-run), one thread and
#     all threads;
#   - chainkg build end to end into a new store (bulk load);
# and once, on the first size:
#   - Python jieba.posseg on a bounded sample ($PY_MB MB; it runs ~0.1 MB/s);
#   - the same build with one thread, to check the graph is the same
#     (sorted N-Quads);
#   - Oxigraph's own bulk loader (pyoxigraph) on the build's quads;
# and on the last size the analyst queries (bench/queries/*.rq, p50 of
# $RUNS runs). Prints the tables, with the ratios of issue 19 (build /
# posseg, extraction / jieba-rs tagging, build / max(extraction, Oxigraph's
# bulk load of the same quads)), and writes them at the head of
# bench/RESULTS.md (its hand-written "## Issue …" sections are kept).
#
# With BASELINE=/path/to/an/older/chainkg, the first size is also built
# ROUNDS times (3) by that binary and by this one, alternating, each into a
# new store: wall time, peak RSS, store on disk and quads in the store, and
# the ratios (issue 16 asks for a build 2× faster than commit b74d20d's).
#
# Environment: SEED (1), PY_MB (2), RUNS (10), WORK (/tmp/chainkg-bench;
# corpora are kept there and reused while the generator is the same), OUT
# (bench/RESULTS.md), BASELINE (none), ROUNDS (3).
# Needs: python3 with jieba and pyoxigraph (pip install jieba pyoxigraph).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(20 200)
SEED=${SEED:-1}
PY_MB=${PY_MB:-2}
RUNS=${RUNS:-10}
ROUNDS=${ROUNDS:-3}
BASELINE=${BASELINE:-}
WORK=${WORK:-/tmp/chainkg-bench}
OUT=${OUT:-bench/RESULTS.md}
mkdir -p "$WORK/log"
METRICS="$WORK/metrics.tsv"
: >"$METRICS"

python3 -c 'import jieba, pyoxigraph' 2>/dev/null || {
  echo "compare.sh: needs python3 with jieba and pyoxigraph (pip install jieba pyoxigraph)" >&2
  exit 2
}
[ -x /usr/bin/time ] || { echo "compare.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

echo "== building (release)" >&2
nice -n 19 cargo build --release --quiet --bin chainkg --example segment --example query_time
TARGET=$(cargo metadata --format-version 1 --no-deps |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
# Private copies: a rebuild in the shared target dir cannot change them
# half-way through the run.
mkdir -p "$WORK/bin"
cp "$TARGET/release/chainkg" "$TARGET/release/examples/segment" \
  "$TARGET/release/examples/query_time" "$WORK/bin/"
if [ -n "$BASELINE" ]; then
  [ -x "$BASELINE" ] || { echo "compare.sh: BASELINE $BASELINE is not an executable" >&2; exit 2; }
  cp "$BASELINE" "$WORK/bin/chainkg-baseline"
fi
BIN="$WORK/bin/chainkg"
EX="$WORK/bin"

metric() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$METRICS"; }

# Busy CPU time of the whole machine so far, in seconds (user + nice +
# system + irq + softirq + steal from /proc/stat).
busy() { awk '/^cpu / {print ($2 + $3 + $4 + $7 + $8 + $9) / 100}' /proc/stat; }

# measure SIZE NAME CMD...: runs CMD under /usr/bin/time -v; records wall
# seconds, peak RSS (KB), the CPU seconds CMD used and the cores other
# processes kept busy meanwhile (this machine is shared: a measurement
# with others_cores near the number of cores is not a clean one). CMD's
# stdout and stderr go to $WORK/log/.
measure() {
  local size=$1 name=$2
  shift 2
  local log="$WORK/log/$size-$name"
  echo "== $size MB: $name" >&2
  local before after
  before=$(busy)
  /usr/bin/time -v -o "$log.time" "$@" >"$log.out" 2>"$log.err" || {
    echo "compare.sh: $name failed:" >&2
    tail -5 "$log.err" >&2
    exit 1
  }
  after=$(busy)
  local wall rss cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {
      n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log.time")
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$log.time")
  metric "$size" "$name" wall_s "$wall"
  metric "$size" "$name" rss_kb "$rss"
  metric "$size" "$name" cpu_s "$cpu"
  metric "$size" "$name" others_cores "$(awk -v a="$before" -v b="$after" -v c="$cpu" -v w="$wall" \
    'BEGIN {o = (b - a - c) / w; if (o < 0) o = 0; printf "%.2f", o}')"
}

# kv SIZE NAME FILE: records the key=value pairs of a one-line report.
kv() {
  tr ' ' '\n' <"$3" | while IFS='=' read -r k v; do
    [ -n "$v" ] && metric "$1" "$2" "$k" "$v"
  done
}

# summary SIZE NAME: counts from chainkg's summary line.
summary() {
  local err="$WORK/log/$1-$2.err"
  local line
  line=$(grep -E '^(built|read) [0-9]+ articles' "$err")
  metric "$1" "$2" articles "$(echo "$line" | awk '{print $2}')"
  metric "$1" "$2" facts "$(echo "$line" | sed -E 's/.*: ([0-9]+) facts.*/\1/')"
  metric "$1" "$2" quads "$(echo "$line" | sed -E 's/.*, ([0-9]+) quads.*/\1/')"
  local store
  store=$(grep -E '^store writes:' "$err" | sed -E 's/store writes: ([0-9.]+) s.*/\1/' || true)
  [ -z "$store" ] || metric "$1" "$2" store_s "$store"
}

first=${SIZES[0]}
last=${SIZES[${#SIZES[@]}-1]}
# Kept corpora are named by what makes them: a changed generator, demo
# corpus or lexicon gives a new corpus (and the stale one is removed).
GEN=$(cat src/tools/corpus.rs data/demo/* data/lexicon/places.tsv data/lexicon/industries.txt |
  sha256sum | cut -c1-8)
for size in "${SIZES[@]}"; do
  corpus="$WORK/corpus-${size}mb-seed$SEED-$GEN"
  if [ ! -d "$corpus" ]; then
    find "$WORK" -maxdepth 1 \( -name "corpus-${size}mb-seed$SEED" -o -name "corpus-${size}mb-seed$SEED-*" \) \
      -exec rm -rf {} +
    echo "== generating $size MB" >&2
    "$BIN" gen-corpus --out "$corpus" --mb "$size" --seed "$SEED"
  fi
  bytes=$(find "$corpus" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
  metric "$size" corpus bytes "$bytes"

  measure "$size" floor-tag "$EX/segment" --tag "$corpus"
  kv "$size" floor-tag "$WORK/log/$size-floor-tag.out"
  measure "$size" floor-cut "$EX/segment" "$corpus"
  kv "$size" floor-cut "$WORK/log/$size-floor-cut.out"

  measure "$size" extract-1 "$BIN" build --dry-run --stats --threads 1 "$corpus"
  summary "$size" extract-1
  measure "$size" extract-all "$BIN" build --dry-run --stats "$corpus"
  summary "$size" extract-all

  store="$WORK/store-$size"
  rm -rf "$store"
  measure "$size" build "$BIN" build --stats --store "$store" "$corpus"
  summary "$size" build
  du -sk "$store" | awk -v s="$size" '{printf "%s\tbuild\tstore_kb\t%s\n", s, $1}' >>"$METRICS"

  if [ "$size" = "$first" ]; then
    measure "$size" python-posseg python3 bench/posseg.py --mb "$PY_MB" "$corpus"
    kv "$size" python-posseg "$WORK/log/$size-python-posseg.out"

    rm -rf "$store-t1"
    measure "$size" build-1 "$BIN" build --stats --threads 1 --store "$store-t1" "$corpus"
    summary "$size" build-1
    echo "== $size MB: same graph with 1 and all threads?" >&2
    a=$("$BIN" export --store "$store" --format nq | sha256sum | cut -c1-16)
    b=$("$BIN" export --store "$store-t1" --format nq | sha256sum | cut -c1-16)
    metric "$size" determinism all_threads "$a"
    metric "$size" determinism one_thread "$b"
    rm -rf "$store-t1"

    measure "$size" oxigraph-bulk python3 bench/oxload.py --store "$store" --work "$WORK/oxload"
    kv "$size" oxigraph-bulk "$WORK/log/$size-oxigraph-bulk.out"

    # Against an older binary: the same inputs, new stores, alternating.
    if [ -n "$BASELINE" ]; then
      for round in $(seq 1 "$ROUNDS"); do
        for who in baseline current; do
          bin="$BIN"
          [ "$who" = baseline ] && bin="$WORK/bin/chainkg-baseline"
          side="$WORK/store-$size-$who"
          rm -rf "$side"
          measure "$size" "vs-$who-$round" "$bin" build --store "$side" "$corpus"
          du -sk "$side" | awk -v s="$size" -v n="vs-$who-$round" '{printf "%s\t%s\tstore_kb\t%s\n", s, n, $1}' >>"$METRICS"
          # Quads in the store: the named graphs and the default graph
          # (whatever layer a version puts in front of it, this counts
          # what SPARQL sees: for b74d20d that is its de-duplicated union).
          n=$("$bin" query --store "$side" --format csv \
            'SELECT (COUNT(*) AS ?n) WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }' | tail -1 | tr -d '\r')
          metric "$size" "vs-$who-$round" store_quads "$n"
          rm -rf "$side"
        done
      done
      metric "$size" vs baseline "$(basename "$BASELINE") $("$WORK/bin/chainkg-baseline" --version 2>/dev/null | head -1)"
    fi
  fi

  if [ "$size" = "$last" ]; then
    # The analyst queries ask about one zone: the 经济技术开发区 of the first
    # generated web page (picked from the text: a SPARQL query that ranks
    # zones is itself too slow on this graph, see docs/throughput.md).
    zone=$(grep -o -m1 '[^，。、 ]\{2\}经济技术开发区' "$corpus/0000/000000-web.txt" | head -1 || true)
    # and one chain: the one that page's zone 做强 (its head is an industry
    # of the lexicon, of any length).
    chain=$(tr -d ' \n' <"$corpus/0000/000000-web.txt" | grep -o -m1 '做强[^，。、“”]*产业链' | head -1 | sed 's/^做强//' || true)
    metric "$size" queries zone "$zone"
    metric "$size" queries chain "$chain"
    echo "== $size MB: queries (zone $zone, chain $chain)" >&2
    # Bounded: each query in its own process, cancelled after 10 s, with
    # 4 GB of memory at most (a query that multiplies the copies of a
    # triple across article graphs can take all the machine has).
    : >"$WORK/log/$size-queries.out"
    for q in bench/queries/*.rq; do
      (ulimit -v 4000000 && timeout -s KILL 120 "$EX/query_time" --store "$store" --runs "$RUNS" --timeout 10 \
        --set "ZONE=$zone" --set "CHAIN=$chain" "$q") >>"$WORK/log/$size-queries.out" 2>/dev/null ||
        echo "$(basename "$q" .rq) p50_ms=failed min_ms=– max_ms=– results=?" >>"$WORK/log/$size-queries.out"
    done
    while read -r name rest; do
      echo "$rest" | tr ' ' '\n' | while IFS='=' read -r k v; do
        metric "$size" "query:$name" "$k" "$v"
      done
    done <"$WORK/log/$size-queries.out"
  fi
done

python3 bench/report.py "$METRICS" "$OUT" "$(nproc)" "$SEED" "$PY_MB"
