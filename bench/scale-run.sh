#!/usr/bin/env bash
# Run time against the number of procedures and the concurrency: a doc with N copies of the
# reference draft's first procedure (each under its own heading: log in, create an API account,
# save it), run on the embedded 2017 panel with --concurrency C, as a whole process (Chromium's
# start included). Prints wall time, time per procedure and procedures per second, and beside
# them the procedures per second of bench/floor doing the same procedures with fixed selectors
# on as many workers (each signing in once): what this machine's browser allows at all.
#
#   bench/scale-run.sh [-c "1 2 4"] [COUNTS...]     COUNTS default to 1 5 10 25 50 100 200
#
# -c lists the concurrencies to run each count at (default "1 2 4"). A run in which a procedure
# did not pass keeps its row, with its verdicts; the script then exits 1. DOCDRIFT=path times that
# binary instead of one built from this checkout (a before figure). Target (issue 14): 50
# procedures at --concurrency 2 at 2.5 procedures/s or more on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/scaled.sh
concurrencies="1 2 4"
if [ "${1:-}" = -c ]; then
  concurrencies=$2
  shift 2
fi
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(1 5 10 25 50 100 200)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin=${DOCDRIFT:-}
if [ -z "$bin" ]; then
  bin=$tmp/docdrift
  go build -o "$bin" ./cmd/docdrift
fi
go build -o "$tmp/floor" ./bench/floor

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start; $(date -u +%Y-%m-%dT%H:%MZ)"
echo "| procedures | concurrency | wall | per procedure | procedures/s | floor procedures/s | load average (1 min) after | verdicts |"
echo "|---|---|---|---|---|---|---|---|"
failed=0
for n in "${counts[@]}"; do
  doc=$tmp/scaled-$n.md
  scaled_doc "$doc" 1 "$n"
  for c in $concurrencies; do
    t0=$(date +%s%N)
    rc=0
    "$bin" run -q --concurrency "$c" "$doc" >"$tmp/out" 2>&1 || rc=$?
    ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    run_verdicts "$rc" "$tmp/out" || failed=1
    t0=$(date +%s%N)
    "$tmp/floor" -procedures "$n" -concurrency "$c" >"$tmp/floor.out" 2>&1 || { cat "$tmp/floor.out" >&2; exit 1; }
    fms=$(( ($(date +%s%N) - t0) / 1000000 ))
    awk -v n="$n" -v c="$c" -v ms="$ms" -v fms="$fms" -v la="$(cut -d' ' -f1 /proc/loadavg)" -v v="$verdicts" \
      'BEGIN {printf "| %d | %d | %.1f s | %.2f s | %.2f | %.2f | %s | %s |\n", n, c, ms/1000, ms/1000/n, n*1000/ms, n*1000/fms, la, v}'
  done
done
[ "$failed" -eq 0 ]
