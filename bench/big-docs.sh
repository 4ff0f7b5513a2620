#!/usr/bin/env bash
# A big docs set: builds 1,000 docs from the corpus (its how-to docs copied into folders
# copy-01, copy-02, … beside its docdrift.toml and includes, so every doc keeps its product
# and its includes) and times whole-process `docdrift lint` and `docdrift gen` of them with
# hyperfine, against a budget of 1 s each.
#
#   bench/big-docs.sh [DOCS] [RUNS]     DOCS defaults to 1000, RUNS to 10
#
# DOCDRIFT=path times that binary instead of one built from this checkout (a before figure).
# Needs hyperfine (apt-get install -y hyperfine). Exits 1 when a median is over budget.
set -euo pipefail
cd "$(dirname "$0")/.."
docs=${1:-1000}
runs=${2:-10}
budget_ms=${BUDGET_MS:-1000}
command -v hyperfine >/dev/null || { echo "big-docs: needs hyperfine (apt-get install -y hyperfine)" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin=${DOCDRIFT:-}
if [ -z "$bin" ]; then
  bin=$tmp/docdrift
  go build -o "$bin" ./cmd/docdrift
fi

set=$tmp/docs
mkdir -p "$set"
cp testdata/corpus/docdrift.toml "$set/"
cp -r testdata/corpus/.includes "$set/"
mapfile -t howtos < <(find testdata/corpus -maxdepth 1 -type f \( -name '*.md' -o -name '*.mdx' \) \
  ! -name README.md ! -name GOLD.md | sort)
n=0 copy=0
while [ "$n" -lt "$docs" ]; do
  copy=$((copy + 1))
  dir=$(printf '%s/copy-%02d' "$set" "$copy")
  mkdir -p "$dir"
  for f in "${howtos[@]}"; do
    [ "$n" -lt "$docs" ] || break
    cp "$f" "$dir/"
    n=$((n + 1))
  done
done
bytes=$(du -sb --exclude=.includes "$set" | cut -f1)

# The corpus has error-level findings, so lint exits 1; 2 or 3 would mean the run broke.
rc=0; "$bin" lint "$set" >/dev/null 2>"$tmp/lint.err" || rc=$?
[ "$rc" -le 1 ] || { echo "big-docs: docdrift lint failed (exit $rc)" >&2; tail -5 "$tmp/lint.err" >&2; exit 1; }
rc=0; "$bin" gen -o "$tmp/features" "$set" >/dev/null 2>"$tmp/gen.err" || rc=$?
[ "$rc" -eq 0 ] || { echo "big-docs: docdrift gen failed (exit $rc)" >&2; tail -5 "$tmp/gen.err" >&2; exit 1; }
echo "docs: $n ($((bytes / 1024)) KiB) in $copy folders; $(tail -n1 "$tmp/lint.err" | sed 's/^docdrift lint: //');" \
  "gen wrote $(find "$tmp/features" -name '*.feature' | wc -l) features"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(hyperfine --version); $(date -u +%Y-%m-%dT%H:%MZ)"

# gen rewrites the same features each time: the timing includes writing them.
hyperfine --shell=none --warmup 2 --runs "$runs" --ignore-failure --style none \
  --export-json "$tmp/times.json" \
  -n lint "$bin lint $set" \
  -n gen "$bin gen -o $tmp/features $set" >/dev/null
# One row per command: name, then its run times in ms.
{ tr -d ' \n' <"$tmp/times.json"; echo; } | sed 's/"command":/\n&/g' | sed -n 's/^"command":"\([^"]*\)".*"user":\([0-9.e-]*\),"system":\([0-9.e-]*\),.*"times":\[\([^]]*\)\].*/\1 \2 \3 \4/p' |
  while read -r name user sys times; do
    echo "$times" | tr ',' '\n' | awk '{ printf "%.1f\n", $1 * 1000 }' | sort -n |
      awk -v name="$name" -v budget="$budget_ms" -v cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { print (u + s) * 1000 }')" '
        { t[NR] = $1 }
        END {
          median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
          printf "%-5s min %6.1f ms  median %6.1f ms  max %6.1f ms  CPU (user+sys, mean) %6.1f ms  (budget %d ms wall)%s\n",
            name, t[1], median, t[NR], cpu, budget, (median > budget) ? "  OVER BUDGET" : ""
        }'
  done | tee "$tmp/rows"
! grep -q "OVER BUDGET" "$tmp/rows"
