#!/usr/bin/env bash
# Peak memory of docdrift itself for a run with the HTML report, against the number of docs:
# N docs of one procedure each (the reference draft's first: log in, create an API account,
# save it), run on the embedded 2017 panel with --report html, measured with /usr/bin/time -v.
# The browser is a Chromium this script starts and docdrift drives over --browser-url, so
# the figure is docdrift's own process, not Chromium's (which GNU time would report for a
# process tree). Memory that stays flat as N grows means results stream to the reports.
#
#   bench/run-memory.sh [COUNTS...]     COUNTS default to 25 50 100 200
#
# A run in which a procedure did not pass keeps its row, with its verdicts; the script then
# exits 1. DOCDRIFT=path measures that binary instead of one built from this checkout. Target (issue
# 14): peak RSS at most 100 MB for 200 procedures.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/scaled.sh
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(25 50 100 200)
[ -x /usr/bin/time ] || { echo "run-memory: needs GNU time (apt-get install -y time)" >&2; exit 2; }
tmp=$(mktemp -d)
chrome=
cleanup() {
  [ -n "$chrome" ] && kill "$chrome" 2>/dev/null && wait "$chrome" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
bin=${DOCDRIFT:-}
if [ -z "$bin" ]; then
  bin=$tmp/docdrift
  go build -o "$bin" ./cmd/docdrift
fi

# The flags docdrift starts Chromium with that keep it off the network (stack notes).
/usr/bin/chromium --headless --disable-gpu --disable-quic --no-first-run --no-sandbox \
  --disable-background-networking --disable-component-update --disable-sync \
  --host-resolver-rules="MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1" \
  --user-data-dir="$tmp/profile" --remote-debugging-address=127.0.0.1 --remote-debugging-port=0 \
  about:blank 2>"$tmp/chrome.err" &
chrome=$!
ws=
for _ in $(seq 100); do
  ws=$(sed -n 's/^DevTools listening on \(ws:[^ ]*\)$/\1/p' "$tmp/chrome.err")
  [ -n "$ws" ] && break
  sleep 0.1
done
[ -n "$ws" ] || { echo "run-memory: Chromium did not start:" >&2; cat "$tmp/chrome.err" >&2; exit 1; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start; $(date -u +%Y-%m-%dT%H:%MZ)"
echo "| docs (one procedure each) | wall | docdrift peak RSS | HTML report size | verdicts |"
echo "|---|---|---|---|---|"
failed=0
for n in "${counts[@]}"; do
  docs=$tmp/docs-$n
  scaled_docs "$docs" "$n"
  report=$tmp/report-$n
  rc=0
  /usr/bin/time -v -o "$tmp/time" "$bin" run -q --browser-url "$ws" --report html="$report" "$docs" >"$tmp/out" 2>&1 || rc=$?
  run_verdicts "$rc" "$tmp/out" || failed=1
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$tmp/time")
  size=$(du -sm "$report" 2>/dev/null | cut -f1 || true)
  if [ -n "$size" ]; then size="$size MiB"; else size="none written"; fi
  echo "| $n | $wall | $((rss / 1024)) MiB | $size | $verdicts |"
  rm -rf "$docs" "$report"
done
[ "$failed" -eq 0 ]
