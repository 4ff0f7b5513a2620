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
#   bench/understanding.sh --corpus testdata/heldout --docs 615-650
#                                          # only the docs numbered 615 to 650 (a round of
#                                          # blind batches), as BENCHMARKS.md's tables quote them
#   bench/understanding.sh --at b69bf08 ...  # read with docdrift as built from that commit
#                                          # (scored by this checkout's scorer)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=testdata/corpus
range="" at=""
args=()
while [ $# -gt 0 ]; do
  case "$1" in
  --corpus) [ $# -ge 2 ] || { echo "understanding.sh: --corpus needs a folder" >&2; exit 2; }
    corpus=${2%/}; shift 2 ;;
  --corpus=*) corpus=${1#--corpus=}; corpus=${corpus%/}; shift ;;
  --docs) [ $# -ge 2 ] || { echo "understanding.sh: --docs needs a range such as 615-650" >&2; exit 2; }
    range=$2; shift 2 ;;
  --at) [ $# -ge 2 ] || { echo "understanding.sh: --at needs a commit" >&2; exit 2; }
    at=$2; shift 2 ;;
  *) args+=("$1"); shift ;;
  esac
done
for f in GOLD.tsv MANIFEST.tsv; do
  [ -f "$corpus/$f" ] || { echo "understanding.sh: $corpus/$f: no such file (a corpus folder holds the docs, GOLD.tsv and MANIFEST.tsv)" >&2; exit 2; }
done
export PATH="/usr/local/go/bin:$PATH"
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
gold=$corpus/GOLD.tsv manifest=$corpus/MANIFEST.tsv
if [ -n "$range" ]; then
  lo=${range%-*} hi=${range#*-}
  case "$lo$hi" in
  '' | *[!0-9]*) echo "understanding.sh: --docs $range: want FIRST-LAST, two doc numbers" >&2; exit 2 ;;
  esac
  # A doc's number is the start of its file name ("615__owner__repo__…").
  for f in GOLD.tsv MANIFEST.tsv; do
    awk -F'\t' -v lo="$lo" -v hi="$hi" 'NR == 1 || ($1 ~ /^[0-9]+__/ && $1 + 0 >= lo + 0 && $1 + 0 <= hi + 0)' "$corpus/$f" >"$bin/$f"
  done
  gold=$bin/GOLD.tsv manifest=$bin/MANIFEST.tsv
  [ "$(wc -l <"$manifest")" -gt 1 ] || { echo "understanding.sh: no doc of $corpus is numbered $range" >&2; exit 2; }
fi
if [ -n "$at" ]; then
  # That commit's docdrift, built apart from this checkout; the docs and GOLD are this one's.
  git rev-parse -q --verify "$at^{commit}" >/dev/null || { echo "understanding.sh: --at $at: no such commit" >&2; exit 2; }
  mkdir "$bin/src"
  git archive "$at" | tar -x -C "$bin/src"
  (cd "$bin/src" && go build -o "$bin/docdrift" ./cmd/docdrift)
else
  go build -o "$bin/docdrift" ./cmd/docdrift
fi
go build -o "$bin/understanding" ./bench/understanding
config=()
# The docs set's [[product]] names name the products in the table, where it has them.
[ -f "$corpus/docdrift.toml" ] && config=(--config "$corpus/docdrift.toml")
# The set's docs are its manifest's (not its README, which holds the labellers' notes).
tail -n +2 "$manifest" | cut -f1 | sed "s|^|$corpus/|" | tr '\n' '\0' |
  xargs -0 "$bin/docdrift" explain --format json 2>/dev/null |
  "$bin/understanding" --gold "$gold" --manifest "$manifest" ${config[@]+"${config[@]}"} ${args[@]+"${args[@]}"}
