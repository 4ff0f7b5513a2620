#!/usr/bin/env bash
# Save-to-verdict time of docdrift watch (issue 16): watches a copy of the reference draft on
# the embedded panel, then saves it EDITS times as an editor does (a new file renamed over the
# doc), step 3's label alternately wrong ("API Acounts") and right, waiting for each rerun to
# end. For every save it measures, from the rename to the verdict lines of --verdicts-json,
#   first: the rerun's first step verdict;
#   step:  the verdict of the edited step (line 18), which must be drift, then passed.
# and prints the median and p95 of each in milliseconds, with the load average.
#
#   bench/watch.sh [EDITS]     EDITS defaults to 50
set -euo pipefail
cd "$(dirname "$0")/.."
edits=${1:-50}

tmp=$(mktemp -d)
go build -o "$tmp/docdrift" ./cmd/docdrift
cp -r testdata/seed "$tmp/docs"
doc="$tmp/docs/includes/_api_oauth_tokens.md"
cp "$doc" "$tmp/right.md"
sed 's/Select \*\*API Accounts\*\*\. This/Select **API Acounts**. This/' "$doc" >"$tmp/wrong.md"
cmp -s "$tmp/right.md" "$tmp/wrong.md" && { echo "watch.sh: the edit changes nothing" >&2; exit 1; }
verdicts="$tmp/verdicts.jsonl"

"$tmp/docdrift" watch --verdicts-json "$verdicts" "$doc" >"$tmp/out" 2>"$tmp/err" &
watch=$!
trap 'kill -INT $watch 2>/dev/null || true; wait $watch 2>/dev/null || true; rm -rf "$tmp"' EXIT

# ends waits until the watch has ended N reruns (the first run included).
ends() {
  local n
  while n=$(grep -c '"event":"done"' "$verdicts" 2>/dev/null) || n=0; [ "$n" -lt "$1" ]; do
    if ! kill -0 "$watch" 2>/dev/null; then
      echo "watch.sh: docdrift watch stopped:" >&2; cat "$tmp/out" "$tmp/err" >&2; exit 1
    fi
    sleep 0.01
  done
}
# ms prints the milliseconds from epoch seconds $1 to the RFC 3339 time of JSON line $2.
ms() {
  local at
  at=$(sed 's/.*"time":"\([^"]*\)".*/\1/' <<<"$2")
  echo "$(date -d "$at" +%s.%N) $1" | awk '{ printf "%d\n", ($1 - $2) * 1000 }'
}

ends 1
: >"$tmp/first" ; : >"$tmp/step" ; : >"$tmp/step-drift" ; : >"$tmp/step-passed"
for i in $(seq "$edits"); do
  if [ $((i % 2)) = 1 ]; then text=wrong want=drift; else text=right want=passed; fi
  seen=$(wc -l <"$verdicts")
  cp "$tmp/$text.md" "$doc.tmp"
  saved=$(date +%s.%N)
  mv "$doc.tmp" "$doc"
  ends $((i + 1))
  cycle=$(tail -n +"$((seen + 1))" "$verdicts")
  first=$(grep -m1 '"event":"step"' <<<"$cycle")
  step=$(grep -m1 '"line":18,"col":5,' <<<"$cycle" || true)
  if [[ "$step" != *"\"status\":\"$want\""* ]]; then
    echo "watch.sh: save $i: step 3 is not $want: ${step:-no verdict}" >&2; exit 1
  fi
  ms "$saved" "$first" >>"$tmp/first"
  ms "$saved" "$step" | tee -a "$tmp/step" >>"$tmp/step-$want"
done

# stats prints the median and p95 (nearest rank) of a file of numbers.
stats() {
  sort -n "$1" | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    r = int(0.95 * NR); if (r < 0.95 * NR) r++
    printf "median %d ms, p95 %d ms (min %d, max %d)", m, v[r], v[1], v[NR] }'
}
echo "watch: $edits saves of the reference draft on the embedded panel, $(date -u +%FT%TZ)"
echo "load average: $(uptime | sed 's/.*load average: //')"
echo "save to first verdict:      $(stats "$tmp/first")"
echo "save to the edited step's:  $(stats "$tmp/step")"
echo "  of which misspelt (drift): $(stats "$tmp/step-drift")"
echo "  of which right (passed):   $(stats "$tmp/step-passed")"
