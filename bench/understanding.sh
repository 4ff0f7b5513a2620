#!/usr/bin/env bash
# Scores docdrift's understanding of real docs: runs `docdrift explain` over the corpus of
# real how-to docs in testdata/corpus and compares every procedure sentence with GOLD.tsv,
# the hand-checked reading. Prints, per product, the share of `ui` sentences understood and
# the share of `notstep`/`nonui` sentences docdrift would perform in a browser (noise); the
# last three lines are the figures BENCHMARKS.md quotes. Exit 1 when below target.
#
#   bench/understanding.sh              # the table and the three figures
#   bench/understanding.sh --list misses   # also every ui sentence not understood
#   bench/understanding.sh --list noise    # also every notstep/nonui sentence that would run
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/usr/local/go/bin:$PATH"
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
go build -o "$bin/docdrift" ./cmd/docdrift
go build -o "$bin/understanding" ./bench/understanding
"$bin/docdrift" explain --format json testdata/corpus 2>/dev/null |
  "$bin/understanding" --gold testdata/corpus/GOLD.tsv --manifest testdata/corpus/MANIFEST.tsv "$@"
