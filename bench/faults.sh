#!/usr/bin/env bash
# Fault injection: runs the reference draft against a simulator (or no target) that fails in
# one way at a time and checks that each run ends with the right exit code within its time
# bound, leaves no Chromium process behind, no account on the simulator and nothing in $TMPDIR
# but the screenshots its output names. A cancelled job (SIGINT, SIGTERM) is one more fault: it
# must clean up and exit 130; cancelled twice it quits at once and still leaves nothing there.
#
#   bench/faults.sh
set -euo pipefail
cd "$(dirname "$0")/.."
doc=testdata/seed/includes/_api_oauth_tokens.md
tmp=$(mktemp -d)
go build -o "$tmp/docdrift" ./cmd/docdrift
panel=""
cleanup() { [ -n "$panel" ] && kill -INT "$panel" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

start_panel() {
  "$tmp/docdrift" panel "$@" >"$tmp/panel.out" 2>&1 &
  panel=$!
  for _ in $(seq 100); do grep -q "test API" "$tmp/panel.out" 2>/dev/null && break; sleep 0.1; done
  base=$(sed -n 's/.* at \(http:[^ ]*\)\/$/\1/p' "$tmp/panel.out" | head -1)
  export DOCDRIFT_USERNAME=$(awk '/^  owner:/ {print $2}' "$tmp/panel.out")
  export DOCDRIFT_PASSWORD=$(awk '/^  owner:/ {print $4}' "$tmp/panel.out")
}
stop_panel() { kill -INT "$panel"; wait "$panel" 2>/dev/null || true; panel=""; }
# Orphans: Chromium processes whose parent died and which init adopted, of this script's runs
# only: their profiles live under $tmp/browsers (docdrift makes them in $TMPDIR), so other
# programs' browsers on a shared machine are not counted.
mkdir -p "$tmp/browsers"
chromiums() { ps -eo ppid=,comm=,args= | awk -v dir="--user-data-dir=$tmp/browsers/" '$1 == 1 && $2 ~ /^chromium/ && index($0, dir)' | wc -l; }
accounts() { curl -s "$base/__test/accounts" | { grep -o '"\(name\|username\)":"docdrift-[^"]*"' || true; } | wc -l; }
# What a run left in its $TMPDIR besides the screenshot folder a failed run keeps and names
# (docdrift-<run id>-<n>), rod's leakless program (kept for every run) and Chromium's own
# scratch files (.org.chromium.Chromium.*, unlinked as soon as made); the folder is emptied
# for the next run.
leftovers() {
  temp_names=$(find "$tmp/browsers" -mindepth 1 -maxdepth 1 ! -name 'leakless-*' ! -name '.org.chromium.Chromium.*' \
    ! -regex '.*/docdrift-[0-9]+t[0-9a-f]+-[0-9]+' -printf '%f ')
  find "$tmp/browsers" -mindepth 1 -maxdepth 1 ! -name 'leakless-*' -exec rm -rf {} +
}

failures=0
# check NAME WANT_EXIT MAX_SECONDS RUN_ARGS...
check() {
  local name=$1 want=$2 max=$3; shift 3
  local before t0 rc=0 secs after left=0 temp
  before=$(chromiums)
  t0=$(date +%s%N)
  TMPDIR="$tmp/browsers" "$tmp/docdrift" run --step-timeout 5s "$@" "$doc" >"$tmp/out" 2>&1 || rc=$?
  secs=$(( ($(date +%s%N) - t0) / 1000000 ))
  # Renderers of a killed browser take a moment to notice and exit: allow them 5 s.
  for _ in $(seq 50); do [ "$(chromiums)" -le "$before" ] && break; sleep 0.1; done
  after=$(chromiums)
  [ -n "$panel" ] && left=$(accounts)
  leftovers
  temp=$(wc -w <<<"$temp_names")
  local verdict=ok
  if [ "$rc" -ne "$want" ] || [ "$secs" -gt $((max * 1000)) ] || [ "$after" -gt "$before" ] || [ "$left" -ne 0 ] || [ "$temp" -ne 0 ]; then
    verdict=FAIL; failures=$((failures + 1))
  fi
  printf '| %s | %d (want %d) | %.1f s (bound %d s) | %d | %d | %d | %s |\n' "$name" "$rc" "$want" "$(echo "$secs/1000" | bc -l)" "$max" $((after - before)) "$left" "$temp" "$verdict"
  [ "$verdict" = ok ] || { sed 's/^/    /' "$tmp/out" | tail -12; [ -n "$panel" ] && curl -s "$base/__test/accounts" | head -c 400; echo; [ "$temp" -eq 0 ] || echo "    left in \$TMPDIR: $temp_names"; }
}

echo "| fault | exit | time | orphan Chromium | leaked accounts | left in \$TMPDIR | |"
echo "|---|---|---|---|---|---|---|"
start_panel --fail-first 1
check "transient HTTP 500 on every route's first request" 0 30 --base-url "$base"
stop_panel

start_panel --whats-new
# Not a failure at all: a dialog no doc mentions, closed as a reader would, with a note.
check "a \"What's new\" dialog after signing in, which the doc never mentions" 0 30 --base-url "$base"
if ! grep -q "note: closed the dialog \"What's new in your control panel\"" "$tmp/out"; then
  echo "    the run passed without saying it closed the dialog"
  failures=$((failures + 1))
fi
stop_panel

start_panel --session-ttl 1s --latency 150ms
check "session expires mid-run (1 s, 150 ms per request)" 3 60 --base-url "$base"
stop_panel

start_panel --latency 60s
check "a page that never finishes loading (60 s latency)" 3 30 --base-url "$base"
stop_panel

base=http://127.0.0.1:59999 # nothing listens there
check "the target is down" 3 30 --base-url "$base"

start_panel --latency 100ms
# Kill the run's own browser (docdrift → leakless guard → chromium), not other programs'.
# Once the first step has run, so that a slow start on a loaded machine cannot dodge the kill.
( for _ in $(seq 600); do grep -q "step 1" "$tmp/out" 2>/dev/null && break; sleep 0.05; done
  for guard in $(pgrep -P "$(pgrep -n -f "$tmp/docdrift run")"); do pkill -KILL -P "$guard"; done ) &
check "Chromium killed mid-run" 3 60 --base-url "$base"
stop_panel

for sig in INT TERM; do
  start_panel --latency 100ms
  # A cancelled CI job: the run cleans up, writes its reports and exits 130.
  ( sleep 2; pkill "-$sig" -n -f "$tmp/docdrift run" ) &
  check "the job is cancelled mid-run (SIG$sig)" 130 30 --base-url "$base" --include-struck
  stop_panel
done

start_panel --latency 100ms
# Cancelled twice: the second signal quits at once (no reports; accounts would be left for
# docdrift sweep, but there are none yet this early), still ending Chromium and leaving nothing
# in $TMPDIR. Both signals are sent while the process is stopped, so neither can come after a
# cleanup that happened to be quick: a pending SIGINT and SIGTERM are both delivered, in order,
# once it goes on.
( sleep 1; pid=$(pgrep -n -f "$tmp/docdrift run")
  kill -STOP "$pid"; kill -INT "$pid"; kill -TERM "$pid"; kill -CONT "$pid" ) &
check "the job is cancelled twice (quits at once)" 130 10 --base-url "$base" --include-struck
if ! grep -q "quitting at once" "$tmp/out"; then
  echo "    the run ended before the second signal: the quit at once was not exercised"
  failures=$((failures + 1))
fi
stop_panel

# A remote browser that accepts and never answers: exit 3 within the 30 s connect timeout,
# and a cancelled job stops at once rather than after it.
go build -o "$tmp/silent" ./bench/silent
"$tmp/silent" >"$tmp/silent.addr" &
silent=$!
for _ in $(seq 50); do [ -s "$tmp/silent.addr" ] && break; sleep 0.1; done
check "a remote browser that never answers" 3 40 --browser-url "http://$(cat "$tmp/silent.addr")"
( sleep 1; pkill -TERM -n -f "$tmp/docdrift run" ) &
check "the same, and the job is cancelled (SIGTERM)" 130 5 --browser-url "http://$(cat "$tmp/silent.addr")"
kill "$silent"

# SIGTERM during a long lint: 60 docs of 250 KB, each a second of work, stopped after one.
mkdir -p "$tmp/big"
for i in $(seq 60); do
  { printf '# Doc\n\n'; for _ in $(seq 4000); do printf '## Do it\n\n1. Select **Save**.\n2. Click **OK**.\n\n'; done; } | head -c 250000 >"$tmp/big/d$i.md"
done
t0=$(date +%s%N) rc=0
"$tmp/docdrift" lint "$tmp/big" >/dev/null 2>&1 &
lint=$!
sleep 1; kill -TERM "$lint"; wait "$lint" || rc=$?
secs=$(( ($(date +%s%N) - t0) / 1000000 ))
verdict=ok; { [ "$rc" -eq 130 ] && [ "$secs" -le 5000 ]; } || { verdict=FAIL; failures=$((failures + 1)); }
printf '| %s | %d (want %d) | %.1f s (bound %d s) | %d | %d | %d | %s |\n' "SIGTERM during a long lint" "$rc" 130 "$(echo "$secs/1000" | bc -l)" 5 0 0 0 "$verdict"

echo "faults: $failures unexpected outcomes"
[ "$failures" -eq 0 ]
