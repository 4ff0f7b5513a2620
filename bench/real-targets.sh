#!/usr/bin/env bash
# Figures for BENCHMARKS.md "Real products": for each product, a fresh install into its own
# directory (wall time and peak memory of the install and build), the first start (healthy and
# first admin created), a restart, and docdrift run on the product's vendored docs: wall time,
# time per procedure (from the JUnit report) and how many times it signed in (from the
# product's own log). Everything runs on 127.0.0.1; the directory is removed unless --keep.
#
# usage: bench/real-targets.sh [--cold | --installed] [--keep] PRODUCT...
#   --cold       also give npm an empty cache, so the install downloads every package again
#                (Strapi: 1,392 packages, about 13 minutes); default: the machine's npm cache
#   --installed  use the install `ctl install` already made (its default folder, or
#                $DOCDRIFT_REAL_DIR): no install row; the product is stopped if it runs,
#                timed as it starts again, and left running as it was found
#   --keep  keep the directory (and print it) instead of removing it
# Memory: install and build are the peak RSS of the install command and its children; running
# is the resident memory of the started product's processes after its first start.
set -euo pipefail
cd "$(dirname "$0")/.."
ctl=scripts/real-targets/ctl
cold=no keep=no installed=no
usage="usage: bench/real-targets.sh [--cold | --installed] [--keep] PRODUCT..."
while [ $# -gt 0 ]; do
  case $1 in
    --cold) cold=yes; shift ;;
    --installed) installed=yes; shift ;;
    --keep) keep=yes; shift ;;
    -*) echo "$usage" >&2; exit 2 ;;
    *) break ;;
  esac
done
[ $# -ge 1 ] || { echo "$usage" >&2; exit 2; }
[ "$cold$installed" != yesyes ] || { echo "--cold and --installed contradict each other" >&2; exit 2; }

if [ "$installed" = yes ]; then
  dir=${DOCDRIFT_REAL_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/docdrift-real}
  work=$(mktemp -d /tmp/docdrift-real-bench.XXXXXX) # logs and reports, not the install
  was_running=()
  for p in "$@"; do
    if "$ctl" --dir "$dir" status "$p" | grep -q 'running (PID'; then was_running+=("$p"); fi
  done
  cleanup() {
    local q
    for q in "$@"; do
      "$ctl" --dir "$dir" stop "$q" >/dev/null 2>&1 || true
      if [[ " ${was_running[*]} " == *" $q "* ]]; then "$ctl" --dir "$dir" start "$q" >/dev/null 2>&1 || true; fi
    done
    if [ "$keep" = yes ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
  }
else
  dir=$(mktemp -d /tmp/docdrift-real-bench.XXXXXX)
  work=$dir
  if [ "$cold" = yes ]; then export npm_config_cache="$dir/npm-cache"; fi
  # A second copy must not collide with one a developer already runs.
  export STRAPI_PORT=${STRAPI_PORT:-1338} WORDPRESS_PORT=${WORDPRESS_PORT:-8089} COCKPIT_PORT=${COCKPIT_PORT:-9093}
  cleanup() {
    local q
    # reset, not just stop: WordPress keeps this copy's config under /etc/wordpress.
    for q in "$@"; do "$ctl" --dir "$dir" reset "$q" >/dev/null 2>&1 || true; done
    if [ "$keep" = yes ]; then echo "kept $dir" >&2; else rm -rf "$dir"; fi
  }
fi
trap 'cleanup "$@"' EXIT

# product_rss P: the resident memory of everything P runs, summed over the process groups
# that ctl started (one per PID file); shared pages count once per process.
product_rss() {
  local f kib=0 pid
  for f in "$dir/$1"/run/*.pid; do
    pid=$(cat "$f" 2>/dev/null) || continue
    kib=$((kib + $(ps -o rss= -g "$pid" | awk '{s += $1} END {print s + 0}')))
  done
  echo "$((kib / 1024)) MiB"
}

# timed [--wall] LABEL CMD...: runs CMD, printing its wall time in seconds and, unless --wall,
# the peak RSS of CMD and its children in MiB.
timed() {
  local wall=no label out secs kib
  if [ "$1" = --wall ]; then wall=yes; shift; fi
  label=$1
  shift
  out=$(mktemp)
  /usr/bin/time -f '%e %M' -o "$out" "$@" >>"$work/bench.log" 2>&1 || { echo "$label failed; log: $work/bench.log" >&2; cat "$out" >&2; keep=yes; exit 1; }
  read -r secs kib <"$out"
  rm -f "$out"
  if [ "$wall" = yes ]; then
    printf '%s\t%s s\n' "$label" "$secs"
  else
    printf '%s\t%s s\t%s MiB\n' "$label" "$secs" "$((kib / 1024))"
  fi
}

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
if [ "$installed" = yes ]; then echo "install: the one in $dir"
elif [ "$cold" = yes ]; then echo "npm cache: empty"
else echo "npm cache: the machine's own"; fi
for p in "$@"; do
  # The product file names its log and counts its sign-ins; it reads RT_DIR.
  # shellcheck source=scripts/real-targets/lib.sh
  . scripts/real-targets/lib.sh
  export RT_DIR=$dir
  # shellcheck source=/dev/null
  . "scripts/real-targets/$p.sh"
  echo "== $p"
  if [ "$installed" = no ]; then
    timed "install (+ build)" "$ctl" --dir "$dir" install "$p"
    timed --wall "first start (healthy + admin)" "$ctl" --dir "$dir" start "$p"
    printf 'running\t%s\n' "$(product_rss "$p")"
  fi
  "$ctl" --dir "$dir" stop "$p" >>"$work/bench.log" 2>&1
  timed --wall "restart (healthy)" "$ctl" --dir "$dir" start "$p"
  log=$("${p}_log")
  before=$("${p}_signins" "$log")
  junit="$work/$p-junit.xml"
  # ctl run builds docdrift; building it first keeps the compile out of the run's time.
  go build -o "$dir/bin/docdrift" ./cmd/docdrift
  start=$(date +%s.%N)
  rc=0
  "$ctl" --dir "$dir" run "$p" -- --report "junit=$junit" >"$work/$p-run.txt" 2>&1 || rc=$?
  end=$(date +%s.%N)
  after=$("${p}_signins" "$log")
  signins="not counted" # a product whose log does not show its sign-ins says "" (n8n)
  [ -n "$before" ] && [ -n "$after" ] && signins=$((after - before))
  printf 'docdrift run\t%.1f s\texit %s\tsign-ins %s\n' "$(awk "BEGIN{print $end - $start}")" "$rc" "$signins"
  if [ -s "$junit" ]; then
    python3 - "$junit" <<'EOF'
import sys, xml.etree.ElementTree as ET
for case in ET.parse(sys.argv[1]).getroot().iter("testcase"):
    state = "failed" if case.find("failure") is not None else "error" if case.find("error") is not None else "skipped" if case.find("skipped") is not None else "passed"
    print("  procedure\t%s s\t%s\t%s" % (case.get("time"), state, case.get("name")))
EOF
  else
    echo "  no JUnit report; the run said:"; tail -n 5 "$work/$p-run.txt" | sed 's/^/    /'
  fi
done
