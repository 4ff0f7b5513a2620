#!/usr/bin/env bash
# Shows which pathological shapes of internal/hostile docdrift lints in time linear in the
# doc's size: builds docdrift at each revision given with docfiles.MaxSize raised to 64 MiB
# (in a scratch copy, for the measurement only), then times whole `docdrift lint` processes
# on every shape at each size, the builds alternated on every doc (bench/hostile), and
# prints each run and, per shape and build, the CPU per MiB and peak RSS at every size.
# Judge on CPU and RSS: wall time moves with the machine's load, recorded before and after.
#
#   bench/linearity.sh                      # HEAD
#   bench/linearity.sh 87ec44f HEAD         # before and after a change, alternated
#   SIZES=1MiB SHAPE=tables bench/linearity.sh HEAD
#
# Exit 0 even when runs are over the 2 s / 200 MB bound: past the limit that is the finding.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/usr/local/go/bin:$PATH"
sizes=${SIZES:-256KiB,512KiB,1MiB,2MiB}
revs=("$@")
[ ${#revs[@]} -gt 0 ] || revs=(HEAD)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
args=()
for rev in "${revs[@]}"; do
  sha=$(git rev-parse --short "$rev^{commit}")
  mkdir "$tmp/$sha"
  git archive "$sha" | tar -x -C "$tmp/$sha"
  f="$tmp/$sha/internal/docfiles/docfiles.go"
  sed -i 's/^const MaxSize = .*/const MaxSize = 64 << 20/' "$f"
  grep -q '^const MaxSize = 64 << 20$' "$f" || { echo "linearity.sh: $rev: no 'const MaxSize =' line to raise in internal/docfiles/docfiles.go" >&2; exit 2; }
  (cd "$tmp/$sha" && go build -o "$tmp/docdrift-$sha" ./cmd/docdrift)
  name="$rev ($sha)"
  case "$sha" in "$rev"*) name=$sha ;; esac
  args+=(-docdrift "$name=$tmp/docdrift-$sha")
done
echo "bench/linearity.sh ${revs[*]}: $(date -u '+%Y-%m-%d %H:%M UTC'), sizes $sizes, MaxSize raised to 64 MiB"
echo "uptime before: $(uptime)"
echo
rc=0
go run ./bench/hostile "${args[@]}" -size "$sizes" -shape "${SHAPE:-}" -runs "${RUNS:-1}" -timeout "${TIMEOUT:-60s}" || rc=$?
[ $rc -le 1 ] || exit $rc
echo
echo "uptime after: $(uptime), $(date -u '+%H:%M UTC')"
