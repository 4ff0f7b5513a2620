#!/usr/bin/env bash
# Scores docdrift's understanding of real docs: runs `docdrift explain` over a folder of
# real how-to docs (testdata/corpus unless --corpus says otherwise) and compares every
# procedure sentence with the folder's GOLD.tsv, the hand-checked reading. Prints, per
# product, the share of `ui` sentences understood and the share of `notstep`/`nonui`
# sentences docdrift would perform in a browser (noise); the last three lines are the figures
# BENCHMARKS.md quotes. Exit 1 when below target.
#
#   bench/understanding.sh                 # the table and the three figures
#   bench/understanding.sh --list misses   # also every ui sentence not understood
#   bench/understanding.sh --list noise    # also every notstep/nonui sentence that would run
#   bench/understanding.sh --corpus testdata/heldout   # the held-out set (its own GOLD.tsv
#                                          # and MANIFEST.tsv); combines with --list
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=testdata/corpus
args=()
while [ $# -gt 0 ]; do
  case "$1" in
  --corpus) [ $# -ge 2 ] || { echo "understanding.sh: --corpus needs a folder" >&2; exit 2; }
    corpus=${2%/}; shift 2 ;;
  --corpus=*) corpus=${1#--corpus=}; corpus=${corpus%/}; shift ;;
  *) args+=("$1"); shift ;;
  esac
done
for f in GOLD.tsv MANIFEST.tsv; do
  [ -f "$corpus/$f" ] || { echo "understanding.sh: $corpus/$f: no such file (a corpus folder holds the docs, GOLD.tsv and MANIFEST.tsv)" >&2; exit 2; }
done
export PATH="/usr/local/go/bin:$PATH"
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
go build -o "$bin/docdrift" ./cmd/docdrift
go build -o "$bin/understanding" ./bench/understanding
config=()
# The docs set's [[product]] names name the products in the table, where it has them.
[ -f "$corpus/docdrift.toml" ] && config=(--config "$corpus/docdrift.toml")
# The set's docs are its manifest's (not its README, which holds the labellers' notes).
tail -n +2 "$corpus/MANIFEST.tsv" | cut -f1 | sed "s|^|$corpus/|" | tr '\n' '\0' |
  xargs -0 "$bin/docdrift" explain --format json 2>/dev/null |
  "$bin/understanding" --gold "$corpus/GOLD.tsv" --manifest "$corpus/MANIFEST.tsv" ${config[@]+"${config[@]}"} ${args[@]+"${args[@]}"}
