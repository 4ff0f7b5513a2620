#!/usr/bin/env bash
# Runs every fuzz target for a while, one at a time on one worker (the machine is shared),
# then replays everything each one found — its seeds and the corpus it built — one input at
# a time, and prints a Markdown table: executions, new corpus entries, and the slowest input.
# An input over 1 s is a stall, a bug to fix.
#
#   bench/fuzz.sh [DURATION [PKG:FUZZ...]]   # default 30m per target, every target
set -euo pipefail
cd "$(dirname "$0")/.."
dur=${1:-30m}
shift || true
targets=${*:-"docsparse:FuzzParse internal/featuregen:FuzzGenerate internal/lint:FuzzCheck internal/config:FuzzLoad"}
cache=$(go env GOCACHE)/fuzz/$(go list -m)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "| target | time | execs | corpus | slowest input | result |"
echo "|---|---|---|---|---|---|"
for t in $targets; do
  pkg=${t%%:*} fn=${t##*:}
  rc=0
  go test -run '^$' -fuzz "^$fn\$" -fuzztime "$dur" -parallel 1 "./$pkg" >"$tmp/$fn.log" 2>&1 || rc=$?
  execs=$(grep -o 'execs: [0-9]*' "$tmp/$fn.log" | tail -1 | cut -d' ' -f2)
  # Replay seeds, testdata and the generated corpus in a scratch copy, timing each input.
  rm -rf "$tmp/repo" && mkdir "$tmp/repo" && git ls-files -z | xargs -0 cp --parents -t "$tmp/repo"
  mkdir -p "$tmp/repo/$pkg/testdata/fuzz/$fn"
  [ -d "$cache/$pkg/$fn" ] && cp "$cache/$pkg/$fn"/* "$tmp/repo/$pkg/testdata/fuzz/$fn/" 2>/dev/null || true
  corpus=$(ls "$tmp/repo/$pkg/testdata/fuzz/$fn" | wc -l)
  slowest=$(cd "$tmp/repo" && go test -count=1 -run "^$fn\$" -v "./$pkg" 2>&1 |
    sed -n 's/^ \{4,\}--- [A-Z]*: [^ ]*\/[^ ]* (\([0-9.]*\)s)$/\1/p' | sort -n | tail -1)
  result=ok
  [ "$rc" -eq 0 ] || result="FAIL: $(grep -m1 -A2 -- '--- FAIL' "$tmp/$fn.log" | tail -1 | sed 's/^ *//')"
  awk -v s="${slowest:-0}" 'BEGIN { exit !(s > 1) }' && result="$result; STALL: ${slowest}s"
  echo "| $pkg $fn | $dur | ${execs:-?} | $corpus | ${slowest:-?} s | $result |"
done
