#!/usr/bin/env bash
# The round trip of `docdrift record` on a real product (issue 16): record a procedure on
# Strapi 5.54.0 with a script — create an API token — then lint the draft and `docdrift run`
# it; it should pass. Prints the draft, the lint and run output and the wall time of each.
#
# It runs a private copy of the cached Strapi install (scripts/real-targets/ctl install strapi)
# on its own port (STRAPI_PORT, default 1339) with a database and admin of its own, so a
# Strapi someone else runs on 1337 is not touched: node_modules is hard-linked (716 MB), the
# rest copied. The copy is stopped by its own PID and removed at the end unless --keep.
#
# usage: bench/record-strapi.sh [--keep]
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
ctl=$repo/scripts/real-targets/ctl
keep=no
case ${1:-} in
  --keep) keep=yes ;;
  "") ;;
  *) echo "usage: bench/record-strapi.sh [--keep]" >&2; exit 2 ;;
esac
src=${DOCDRIFT_REAL_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/docdrift-real}/strapi/app
[ -f "$src/.docdrift-built" ] || { echo "no Strapi install at $src: run scripts/real-targets/ctl install strapi first" >&2; exit 2; }

export STRAPI_PORT=${STRAPI_PORT:-1339}
dir=$(mktemp -d /tmp/docdrift-record-strapi.XXXXXX)
cleanup() {
  "$ctl" --dir "$dir" stop strapi >/dev/null 2>&1 || true
  if [ "$keep" = yes ]; then echo "kept $dir" >&2; else rm -rf "$dir"; fi
}
trap cleanup EXIT

# The app without its database: a fresh one gets a fresh first admin.
mkdir -p "$dir/strapi/app"
for f in "$src"/* "$src"/.[!.]*; do
  case $(basename "$f") in
    node_modules) cp -al "$f" "$dir/strapi/app/" ;;
    .tmp) mkdir -p "$dir/strapi/app/.tmp" ;;
    *) cp -a "$f" "$dir/strapi/app/" ;;
  esac
done
t0=$SECONDS
"$ctl" --dir "$dir" start strapi
echo "strapi: up in $((SECONDS - t0)) s on 127.0.0.1:$STRAPI_PORT"
go build -o "$dir/docdrift" ./cmd/docdrift

# The docs' own profile, pointed at this copy; the draft is written beside it.
work=$dir/docs
mkdir -p "$work"
sed "s|127.0.0.1:1337|127.0.0.1:$STRAPI_PORT|" testdata/real/strapi/docdrift.toml >"$work/docdrift.toml"
name="Recorded token $(date +%H%M%S)"
cat >"$work/create.txt" <<EOF
# On Settings > API Tokens, where the profile says a procedure begins
click Create new API Token
fill Name = $name
fill Description = Made by the record benchmark
choose Token duration = 7 days
choose Token type = Read-only
click Save
EOF
set -a
# shellcheck source=/dev/null
. "$("$ctl" --dir "$dir" credentials strapi)"
set +a
cd "$work"

rc=0
t0=$SECONDS
# A loaded machine makes Strapi's admin slow to answer: every step gets 60 s (at a load average of 25, signing in alone took over 30 s).
"$dir/docdrift" record --product Strapi --script create.txt -o create-api-token.md --screenshots \
  --title "Create an API token" --step-timeout 60s || rc=$?
echo "record: exit $rc in $((SECONDS - t0)) s"
[ -f create-api-token.md ] && cat create-api-token.md
[ $rc -eq 0 ] || exit $rc
t0=$SECONDS
"$dir/docdrift" lint create-api-token.md || rc=$?
echo "lint: exit $rc in $((SECONDS - t0)) s"
t0=$SECONDS
"$dir/docdrift" run --step-timeout 60s --screenshots "$work/run-shots" create-api-token.md || rc=$?
echo "run: exit $rc in $((SECONDS - t0)) s"
if grep -rq "$DOCDRIFT_PASSWORD" "$work"/*.md; then
  echo "the owner's password is in the draft" >&2
  rc=1
fi
exit $rc
