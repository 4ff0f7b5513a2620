#!/usr/bin/env bash
# What drift costs: the reference draft with its struck procedures (--include-struck) run
# against two simulators that differ only in whether the doc is right. On the 2017 panel the
# two struck procedures drift at steps 3 ("Legacy API Accounts" is "Legacy API Settings") and
# 4 (the gears icon is a "More actions" button); on a panel renamed and given a gear icon
# (--rename "Legacy API Settings=Legacy API Accounts" --gear-icon) the same steps pass. Both
# run in one session, alternating, so they see the same machine. A third panel renames step 3's
# label to words nothing on the page is like: that drift too is decided from the page.
#
# Prints, from the step times docdrift reports (-v), the median time of each drifted step next
# to the same step passing, and each drifted procedure (sum of its steps) next to the same
# procedure passing, with the ratios and their bounds: a drifted step at most 1.5x, a drifted
# procedure at most 1.3x. Exits 1 when a ratio is over its bound.
#
#   bench/drift-cost.sh [RUNS]     RUNS defaults to 5
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
doc=testdata/seed/includes/_api_oauth_tokens.md

tmp=$(mktemp -d)
go build -o "$tmp/docdrift" ./cmd/docdrift
pids=()
trap 'for p in "${pids[@]}"; do kill -INT "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$tmp"' EXIT

# start_panel NAME FLAGS...: serves a simulator and sets NAME_base, NAME_user and NAME_pass.
start_panel() {
  local name=$1; shift
  "$tmp/docdrift" panel "$@" >"$tmp/$name.panel" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do grep -q "test API" "$tmp/$name.panel" 2>/dev/null && break; sleep 0.1; done
  printf -v "${name}_base" '%s' "$(sed -n 's/.* at \(http:[^ ]*\)\/$/\1/p' "$tmp/$name.panel" | head -1)"
  printf -v "${name}_user" '%s' "$(awk '/^  owner:/ {print $2}' "$tmp/$name.panel")"
  printf -v "${name}_pass" '%s' "$(awk '/^  owner:/ {print $4}' "$tmp/$name.panel")"
}
start_panel drift
start_panel pass --rename "Legacy API Settings=Legacy API Accounts" --gear-icon
# A panel where step 3's label is gone with nothing like it: the step looks among what the page
# only draws as clickable and in the account's menu before it drifts.
start_panel absent --rename "Legacy API Settings=Zephyr Quux Frobs" --gear-icon

# run NAME I: one verbose run against panel NAME; its step lines go to $tmp/NAME.I.
run() {
  local name=$1 i=$2 base user pass rc=0
  base=${name}_base user=${name}_user pass=${name}_pass
  DOCDRIFT_USERNAME=${!user} DOCDRIFT_PASSWORD=${!pass} \
    "$tmp/docdrift" run -v --include-struck --screenshots "$tmp/shots" --base-url "${!base}" "$doc" >"$tmp/$name.$i" 2>&1 || rc=$?
  local want=0; [ "$name" != pass ] && want=1
  if [ "$rc" -ne "$want" ]; then
    echo "run $i against the $name panel: exit $rc, want $want" >&2; tail -20 "$tmp/$name.$i" >&2; exit 2
  fi
}
for i in $(seq "$runs"); do run pass "$i"; run drift "$i"; run absent "$i"; done

# times NAME: "procedure<TAB>step<TAB>ms" for every step of every run against panel NAME.
times() {
  for f in "$tmp/$1".[0-9]*; do
    awk '/ › / {proc = $0; sub(/.* › /, "", proc); next}
      /^  (✓|✗) step / {n = $3; ms = $NF; gsub(/[()ms]/, "", ms); print proc "\t" n "\t" ms "\t" FILENAME}' "$f"
  done
}
times pass >"$tmp/pass.tsv"
times drift >"$tmp/drift.tsv"
times absent >"$tmp/absent.tsv"

median() { sort -n | awk '{a[NR]=$1} END {if (NR) print a[int((NR+1)/2)]; else print 0}'; }
# step_median NAME PROC STEP: median ms of that doc step (its generated steps summed per run).
step_median() {
  awk -F'\t' -v p="$2" -v s="$3" '$1 == p && $2 == s {t[$4] += $3} END {for (f in t) print t[f]}' "$tmp/$1.tsv" | median
}
# proc_median NAME PROC: median ms of the procedure, the sum of its steps per run.
proc_median() {
  awk -F'\t' -v p="$2" '$1 == p {t[$4] += $3} END {for (f in t) print t[f]}' "$tmp/$1.tsv" | median
}

over=0
# row LABEL PASS_MS DRIFT_MS BOUND: one table row; counts a ratio over its bound.
row() {
  local r
  r=$(awk -v a="$2" -v b="$3" 'BEGIN {printf "%.2f", (a > 0 ? b / a : 0)}')
  if awk -v r="$r" -v m="$4" 'BEGIN {exit !(r > m)}'; then over=$((over + 1)); fi
  echo "| $1 | $2 ms | $3 ms | $r× | $4× |"
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ); $runs runs each, alternating"
echo
echo "| drifted step | passing | drifted | ratio | bound |"
echo "|---|---|---|---|---|"
for proc in "Revoking App Access" "Regenerating an API Token"; do
  for step in 3 4; do
    row "$proc, step $step" "$(step_median pass "$proc" "$step")" "$(step_median drift "$proc" "$step")" 1.5
  done
  row "$proc, step 3, nothing like the label on the page" "$(step_median pass "$proc" 3)" "$(step_median absent "$proc" 3)" 1.5
done
echo
echo "| procedure | passing | drifted | ratio | bound |"
echo "|---|---|---|---|---|"
for proc in "Revoking App Access" "Regenerating an API Token"; do
  row "$proc" "$(proc_median pass "$proc")" "$(proc_median drift "$proc")" 1.3
done
control="Obtaining an OAuth Token"
row "$control (passes on both: the control)" "$(proc_median pass "$control")" "$(proc_median drift "$control")" 1.3
echo
echo "drift-cost: $over ratio(s) over their bound"
[ "$over" -eq 0 ]
