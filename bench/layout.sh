#!/usr/bin/env bash
# The same text as one large file and as many files, side by side (issue 19).
#
#   bench/layout.sh [MB] [FILES]      # default: 50 1000
#
# Generates a corpus (chainkg gen-corpus, seed $SEED) holding MB megabytes
# of newspaper pages (*-page.txt), then writes those pages
#   - as FILES text files (consecutive pages joined by a newline), and
#   - as one text file: the FILES files joined by a newline (the same text),
# and, with JSONL=1, the pages as JSONL records (one per page) in FILES
# files and in one file. Each layout is built into a new store with
# `chainkg build` (bulk load, all cores), alternating layouts, ROUNDS times;
# /usr/bin/time -v gives the elapsed time and the peak RSS. Prints every run
# and the ratio one file / many files of each round (the machine may be
# shared: compare the ratios of one round, not absolute times).
#
# Environment: SEED (1), ROUNDS (2), JSONL (0), DRY (0: 1 adds `--dry-run`,
# extraction only), WORK (/tmp/chainkg-layout; the corpus is kept there and
# reused), BIN (target/release/chainkg, built first when unset).
set -euo pipefail
cd "$(dirname "$0")/.."

MB=${1:-50}
FILES=${2:-1000}
SEED=${SEED:-1}
ROUNDS=${ROUNDS:-2}
JSONL=${JSONL:-0}
DRY=${DRY:-0}
WORK=${WORK:-/tmp/chainkg-layout}
[ -x /usr/bin/time ] || { echo "layout.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
mkdir -p "$WORK/log" "$WORK/bin"

if [ -z "${BIN:-}" ]; then
  echo "== building (release)" >&2
  nice -n 19 cargo build --release --quiet --bin chainkg
  TARGET=$(cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
  # A private copy: a rebuild in the shared target dir cannot change it.
  cp "$TARGET/release/chainkg" "$WORK/bin/chainkg"
  BIN="$WORK/bin/chainkg"
fi

# Pages are about 43% of a generated corpus.
GEN_MB=$(( MB * 100 / 43 + 1 ))
CORPUS="$WORK/corpus-$GEN_MB-$SEED"
if [ ! -d "$CORPUS" ]; then
  echo "== gen-corpus --mb $GEN_MB --seed $SEED" >&2
  "$BIN" gen-corpus --mb "$GEN_MB" --seed "$SEED" --out "$CORPUS" >&2
fi

LAY="$WORK/layout-$MB-$FILES-$SEED"
if [ ! -f "$LAY/done" ]; then
  echo "== writing the layouts" >&2
  rm -rf "$LAY"
  python3 - "$CORPUS" "$LAY" "$MB" "$FILES" <<'EOF'
import json, os, sys
corpus, lay, mb, files = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
pages = sorted(os.path.join(d, f) for d, _, fs in os.walk(corpus) for f in fs if f.endswith("-page.txt"))
texts, size = [], 0
for p in pages:
    t = open(p, encoding="utf-8").read().rstrip("\n")
    texts.append(t)
    size += len(t.encode()) + 1
    if size >= mb * 10**6:
        break
per = -(-len(texts) // files)
groups = [texts[i:i + per] for i in range(0, len(texts), per)]
for kind in ("txt", "jsonl"):
    os.makedirs(os.path.join(lay, kind + "-files"))
joined = []
for i, g in enumerate(groups):
    body = "\n".join(g) + "\n"
    joined.append(body)
    open(os.path.join(lay, "txt-files", "%05d.txt" % i), "w", encoding="utf-8").write(body)
    recs = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in g)
    open(os.path.join(lay, "jsonl-files", "%05d.jsonl" % i), "w", encoding="utf-8").write(recs)
open(os.path.join(lay, "one.txt"), "w", encoding="utf-8").write("\n".join(joined))
with open(os.path.join(lay, "one.jsonl"), "w", encoding="utf-8") as out:
    for i in range(len(groups)):
        out.write(open(os.path.join(lay, "jsonl-files", "%05d.jsonl" % i), encoding="utf-8").read())
print("%d pages, %d files, %.1f MB" % (len(texts), len(groups), size / 1e6), file=sys.stderr)
EOF
  touch "$LAY/done"
fi

# run NAME INPUT: one build into a new store; prints "seconds max_rss_kb".
run() {
  local name=$1 input=$2 log="$WORK/log/$1.log" store="$WORK/store"
  local extra=()
  [ "$DRY" = 1 ] && extra=(--dry-run)
  rm -rf "$store"
  /usr/bin/time -v "$BIN" build "${extra[@]}" --store "$store" "$input" >"$log" 2>&1 || {
    echo "layout.sh: $name failed, see $log" >&2
    exit 1
  }
  rm -rf "$store"
  local secs rss
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  echo "$secs $rss"
}

PAIRS=("txt:$LAY/one.txt:$LAY/txt-files")
[ "$JSONL" = 1 ] && PAIRS+=("jsonl:$LAY/one.jsonl:$LAY/jsonl-files")
echo "layout: $MB MB of pages, one file vs $FILES files, $ROUNDS rounds, dry run $DRY"
printf '%-6s %5s %10s %10s %10s %10s %8s %8s\n' kind round one_s files_s one_MB files_MB time× RSS×
for pair in "${PAIRS[@]}"; do
  IFS=: read -r kind one many <<<"$pair"
  for r in $(seq "$ROUNDS"); do
    # Alternate which layout goes first.
    if [ $((r % 2)) = 1 ]; then
      read -r s1 m1 <<<"$(run "$kind-one-$r" "$one")"
      read -r s2 m2 <<<"$(run "$kind-files-$r" "$many")"
    else
      read -r s2 m2 <<<"$(run "$kind-files-$r" "$many")"
      read -r s1 m1 <<<"$(run "$kind-one-$r" "$one")"
    fi
    awk -v k="$kind" -v r="$r" -v s1="$s1" -v s2="$s2" -v m1="$m1" -v m2="$m2" 'BEGIN {
      printf "%-6s %5d %10.1f %10.1f %10.0f %10.0f %8.2f %8.2f\n", k, r, s1, s2, m1 / 1024, m2 / 1024, s1 / s2, m1 / m2 }'
  done
done
