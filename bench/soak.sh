#!/usr/bin/env bash
# Soak: runs the reference draft N times in a row against one simulator with latency jitter
# (0–300 ms per request) and tables that render 500 ms late, and counts the runs whose verdict
# is not the expected one (exit 0: the live procedure passes, the struck ones are skipped).
# Then checks that no account was left behind.
#
# With --faults the runs go through bench/faultproxy, which cuts 30% of the panel's responses
# after 200 bytes and answers 10% of requests with HTTP 500 (the test API passes untouched),
# and run with --retries 2: a fault may end a run as an infrastructure failure (exit 3) but
# must never be judged drift (exit 1), and nothing may be left behind.
#
#   bench/soak.sh [RUNS] [--faults]     RUNS defaults to 100
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-100}
faults=${2:-}
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

target=$base extra=()
if [ "$faults" = --faults ]; then
  go build -o "$tmp/faultproxy" ./bench/faultproxy
  "$tmp/faultproxy" -target "$base" -cut 0.3 -cut-after 200 -fail 0.1 >"$tmp/proxy.out" 2>&1 &
  proxy=$!
  trap 'kill $proxy 2>/dev/null || true; kill -INT $panel 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$tmp"' EXIT
  for _ in $(seq 100); do grep -q "faultproxy:" "$tmp/proxy.out" 2>/dev/null && break; sleep 0.1; done
  target=$(sed -n 's/^faultproxy: \(http:[^ ]*\) .*/\1/p' "$tmp/proxy.out")
  extra=(--retries 2)
fi

flaky=0 drift=0 infra=0
declare -a times
for i in $(seq "$runs"); do
  t0=$(date +%s%N)
  rc=0
  "$tmp/docdrift" run --base-url "$target" "${extra[@]}" "$doc" >"$tmp/run.out" 2>&1 || rc=$?
  times+=($(( ($(date +%s%N) - t0) / 1000000 )))
  [ "$rc" -eq 1 ] && drift=$((drift + 1))
  [ "$rc" -eq 3 ] && infra=$((infra + 1))
  if [ "$rc" -ne 0 ]; then
    flaky=$((flaky + 1))
    # The steps that failed and why, not the procedure headers and image warnings before them.
    echo "run $i: exit $rc"; grep -E "^(testdata|docdrift:)" "$tmp/run.out" | grep -v -e " › " -e "\[image-drift\]" | head -8
  fi
done
left=$(curl -s "$base/__test/accounts" | { grep -o '"\(name\|username\)":"docdrift-[^"]*"' || true; } | wc -l)
stats=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "min %.2fs median %.2fs max %.2fs", a[1]/1000, a[int((NR+1)/2)]/1000, a[NR]/1000}')
if [ "$faults" = --faults ]; then
  echo "soak with faults: $runs runs through cuts (30% after 200 bytes) and 500s (10%), --retries 2: $drift judged drift (want 0), $infra infrastructure failures, $((runs - drift - infra)) passed, $left leftover accounts; per run $stats"
  [ "$drift" -eq 0 ] && [ "$left" -eq 0 ]
else
  echo "soak: $runs runs with 0-300 ms jitter and 500 ms late tables: $flaky unexpected verdicts, $left leftover accounts; per run $stats"
  [ "$flaky" -eq 0 ] && [ "$left" -eq 0 ]
fi
