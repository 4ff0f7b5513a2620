#!/usr/bin/env bash
# Run time against the number of procedures: docs with 1 to 50 copies of the reference
# draft's first procedure (each under its own heading), run on the embedded 2017 panel.
# Linear means the time per procedure stays flat.
#
#   bench/scale-run.sh [COUNTS...]     COUNTS default to 1 5 10 25 50
set -euo pipefail
cd "$(dirname "$0")/.."
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(1 5 10 25 50)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/docdrift" ./cmd/docdrift

echo "| procedures | wall | per procedure |"
echo "|---|---|---|"
for n in "${counts[@]}"; do
  doc=$tmp/scaled-$n.md
  echo "# API accounts" >"$doc"
  for i in $(seq "$n"); do
    cat >>"$doc" <<MD

## Obtaining token $i

1.  Log into the store, using the store owner's username/password.
2.  Select **Advanced Settings**.
3.  Select **API Accounts**. This will display the **Store API Accounts** page.
4.  Select **Create API Account**. This will display the **Create API Account** page shown above.
5.  In the **Name** field, summarize the purpose for which you will use these credentials.
6.  In the **OAuth Scopes** section, select at least the minimal scopes your app will require.
7.  Select **Save** at the page's lower right-hand corner.
MD
  done
  t0=$(date +%s%N)
  "$tmp/docdrift" run -q "$doc" >"$tmp/out" 2>&1 || { cat "$tmp/out"; exit 1; }
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  awk -v n="$n" -v ms="$ms" 'BEGIN {printf "| %d | %.1f s | %.2f s |\n", n, ms/1000, ms/1000/n}'
done
