#!/usr/bin/env sh
# The demo: build the graph of the bundled demo corpus, show what it answers,
# and draw the chains. Everything lands in ./demo-out/.
set -eu
cd "$(dirname "$0")/.."
cargo build --quiet
ck() { cargo run --quiet --bin chainkg -- "$@"; }
out=demo-out
rm -rf "$out" && mkdir -p "$out"

echo "== chainkg build data/demo"
ck build data/demo --store "$out/store"

echo
echo "== chain leaders (链主) by zone: data/queries/chain-leaders.rq"
ck query --store "$out/store" --file data/queries/chain-leaders.rq

echo
echo "== projects by investment: data/queries/projects.rq"
ck query --store "$out/store" --file data/queries/projects.rq

ck dot --store "$out/store" -o "$out/chains.dot"
if command -v dot >/dev/null 2>&1; then
  ck dot --store "$out/store" -o "$out/chains.svg"
  echo
  echo "diagram: $out/chains.svg (and $out/chains.dot)"
else
  echo
  echo "diagram: $out/chains.dot (install graphviz to render it as SVG)"
fi
