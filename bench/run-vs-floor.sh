#!/usr/bin/env bash
# Times `docdrift run` on the reference draft against the embedded control panel (era 2017)
# and the hand-written rod program doing the same procedure (bench/floor), as whole processes,
# alternating them in one session so both see the same machine. Chromium start is included.
#
#   bench/run-vs-floor.sh [RUNS]     RUNS defaults to 5
#   bench/run-vs-floor.sh --no-images [RUNS]
#
# --no-images runs a copy of the draft without its two <img> lines (next to the original, so
# its links still resolve): what docdrift costs beyond the floor apart from the doc-image
# check's page captures.
#
# Prints min/median/max wall seconds of each, the ratio of the medians and the targets
# (docdrift <= 1.15x the floor, issue 14; <= 3 s wall on 2 cores), and the peak RSS of the
# docdrift process alone.
set -euo pipefail
cd "$(dirname "$0")/.."
doc=testdata/seed/includes/_api_oauth_tokens.md
if [ "${1:-}" = --no-images ]; then
  shift
  plain=testdata/seed/includes/_api_oauth_tokens.no-images.md
  grep -v '^<img ' "$doc" >"$plain"
  doc=$plain
fi
runs=${1:-5}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp" ${plain:+"$plain"}' EXIT
go build -o "$tmp/docdrift" ./cmd/docdrift
go build -o "$tmp/floor" ./bench/floor

now() { date +%s%N; }
declare -a tdoc tfloor
for i in $(seq "$runs"); do
  t0=$(now); "$tmp/floor" >"$tmp/floor.out" 2>&1 || { cat "$tmp/floor.out"; exit 1; }; t1=$(now)
  tfloor+=($(( (t1 - t0) / 1000000 )))
  t0=$(now); "$tmp/docdrift" run "$doc" >"$tmp/doc.out" 2>&1 || { cat "$tmp/doc.out"; exit 1; }; t1=$(now)
  tdoc+=($(( (t1 - t0) / 1000000 )))
done

stats() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "min %.2fs  median %.2fs  max %.2fs", a[1]/1000, a[int((NR+1)/2)]/1000, a[NR]/1000}'; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "machine: $(nproc) cores, $(uname -sr), $(/usr/bin/chromium --version 2>/dev/null | head -1)"
echo "runs: $runs each, alternating; $(date -u +%Y-%m-%dT%H:%MZ)"
echo "docdrift run $doc: $(stats "${tdoc[@]}")"
echo "floor (bench/floor):  $(stats "${tfloor[@]}")"
md=$(median "${tdoc[@]}"); mf=$(median "${tfloor[@]}")
awk -v d="$md" -v f="$mf" 'BEGIN {printf "ratio of medians: %.2fx (target <= 1.15x); docdrift median %.2fs (target <= 3 s)\n", d/f, d/1000}'
# Peak RSS of the docdrift process alone (VmHWM, read until it exits; GNU time would report
# the largest process of the tree, which is Chromium's), and the peak of the sum of RSS over
# its descendants (Chromium and its helpers), sampled every 50 ms.
"$tmp/docdrift" run "$doc" >/dev/null 2>&1 &
pid=$!
hwm=0
tree=0
while kill -0 "$pid" 2>/dev/null; do
  v=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
  [ -n "$v" ] && [ "$v" -gt "$hwm" ] && hwm=$v
  t=$(ps -eo pid=,ppid=,rss= | awk -v root="$pid" '
    { parent[$1] = $2; rss[$1] = $3 }
    END { for (p in parent) { q = parent[p]; while (q > 1 && q != root) q = parent[q]; if (q == root) sum += rss[p] } print sum + 0 }')
  [ "$t" -gt "$tree" ] && tree=$t
  sleep 0.05
done
wait "$pid" || true
echo "docdrift peak RSS: $((hwm / 1024)) MiB (the Go process alone, VmHWM; target <= 60 MB)"
echo "Chromium tree peak RSS: $((tree / 1024)) MiB (sum over docdrift's descendants, sampled)"
