#!/usr/bin/env bash
# Soak: runs the reference draft N times in a row against one simulator with latency jitter
# (0–300 ms per request) and tables that render 500 ms late, and counts the runs whose verdict
# is not the expected one (exit 0: the live procedure passes, the struck ones are skipped).
# Then checks that no account was left behind.
#
#   bench/soak.sh [RUNS]     RUNS defaults to 100
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-100}
doc=testdata/seed/includes/_api_oauth_tokens.md

tmp=$(mktemp -d)
go build -o "$tmp/docdrift" ./cmd/docdrift
"$tmp/docdrift" panel --jitter 300ms --table-delay 500ms >"$tmp/panel.out" 2>&1 &
panel=$!
trap 'kill -INT $panel 2>/dev/null || true; wait $panel 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 100); do grep -q "test API" "$tmp/panel.out" 2>/dev/null && break; sleep 0.1; done
base=$(sed -n 's/.* at \(http:[^ ]*\)\/$/\1/p' "$tmp/panel.out" | head -1)
export DOCDRIFT_USERNAME=$(awk '/^  owner:/ {print $2}' "$tmp/panel.out")
export DOCDRIFT_PASSWORD=$(awk '/^  owner:/ {print $4}' "$tmp/panel.out")

flaky=0
declare -a times
for i in $(seq "$runs"); do
  t0=$(date +%s%N)
  rc=0
  "$tmp/docdrift" run --base-url "$base" "$doc" >"$tmp/run.out" 2>&1 || rc=$?
  times+=($(( ($(date +%s%N) - t0) / 1000000 )))
  if [ "$rc" -ne 0 ]; then
    flaky=$((flaky + 1))
    echo "run $i: exit $rc"; grep -E "^(testdata|docdrift:)" "$tmp/run.out" | head -5
  fi
done
left=$(curl -s "$base/__test/accounts" | { grep -o '"\(name\|username\)":"docdrift-[^"]*"' || true; } | wc -l)
stats=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "min %.2fs median %.2fs max %.2fs", a[1]/1000, a[int((NR+1)/2)]/1000, a[NR]/1000}')
echo "soak: $runs runs with 0-300 ms jitter and 500 ms late tables: $flaky unexpected verdicts, $left leftover accounts; per run $stats"
[ "$flaky" -eq 0 ] && [ "$left" -eq 0 ]
