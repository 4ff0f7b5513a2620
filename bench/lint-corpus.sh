#!/usr/bin/env bash
# Times whole-process `docdrift lint testdata/corpus` (start-up, reading, parsing, every rule,
# output) and checks the median against the budget a writer running it on save should get.
#
#   bench/lint-corpus.sh [RUNS]        RUNS defaults to 50; BUDGET_MS (default 150) overrides the budget
#
# Uses hyperfine when installed (apt-get install -y hyperfine), else a bash loop. Prints
# min/median/max in milliseconds and exits 1 when the median is over budget.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-50}
budget=${BUDGET_MS:-150}
corpus=testdata/corpus

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/docdrift" ./cmd/docdrift
bin=$tmp/docdrift

# The corpus has error-level findings, so lint exits 1; 2 or 3 would mean the run itself broke.
set +e
"$bin" lint "$corpus" >"$tmp/out" 2>"$tmp/err"
rc=$?
set -e
if [ "$rc" -gt 1 ]; then
  echo "lint-corpus: docdrift lint failed (exit $rc):" >&2
  cat "$tmp/err" >&2
  exit 1
fi
echo "docdrift lint $corpus: $(tail -n1 "$tmp/err" | sed 's/^docdrift lint: //'); $runs runs on $(nproc) cores"

if command -v hyperfine >/dev/null 2>&1; then
  echo "timing with $(hyperfine --version)"
  hyperfine --shell=none --warmup 3 --runs "$runs" --ignore-failure --style none \
    --export-json "$tmp/times.json" "$bin lint $corpus" >/dev/null
  # hyperfine reports seconds; one duration per line in ms.
  tr -d ' \n' <"$tmp/times.json" | sed 's/.*"times":\[\([^]]*\)\].*/\1/' | tr ',' '\n' |
    awk '{ printf "%.3f\n", $1 * 1000 }' >"$tmp/ms"
else
  echo "timing with a bash loop (install hyperfine for steadier figures)"
  for _ in 1 2 3; do "$bin" lint "$corpus" >/dev/null 2>&1 || true; done
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$bin" lint "$corpus" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    awk -v ns=$((end - start)) 'BEGIN { printf "%.3f\n", ns / 1e6 }' >>"$tmp/ms"
  done
fi

sort -n "$tmp/ms" | awk -v budget="$budget" '
  { t[NR] = $1 }
  END {
    median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    printf "min %.1f ms  median %.1f ms  max %.1f ms  (budget %d ms)\n", t[1], median, t[NR], budget
    if (median > budget) { print "OVER BUDGET"; exit 1 }
    print "within budget"
  }'
