#!/usr/bin/env bash
# Feeds docdrift every kind of bad input we know of and prints, as a Markdown table, the
# exit code and what the user sees: the first finding on stdout, else the error that closes
# stderr. Nothing here needs a
# browser: each case is refused before one would start.
set -uo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/docdrift" ./cmd/docdrift || exit 1
d=$tmp/in
mkdir -p "$d/empty-dir"
printf 'caf\xe9 au lait\n' >"$d/latin1.md"
printf '# Bin\n\x00\x01\x02' >"$d/binary.md"
head -c 20000000 /dev/zero | tr '\0' 'a' >"$d/huge.md"
: >"$d/empty.md"
printf '# About\n\nNo steps here.\n' >"$d/about.md"
printf '# Odd\n\n## Do it\n\n1. Log into the store.\n2. Wave at the screen.\n' >"$d/odd.md"
printf '# Bad\n\n<!-- docdrift: frobnicate now -->\n\n## X\n\n1. Select **Save**.\n' >"$d/directive.md"
printf 'DOCDRIFT_USERNAME=o@example.com\nDOCDRIFT_PASSWORD=secret\n' >"$d/open.env"; chmod 644 "$d/open.env"
printf 'DOCDRIFT_USERNAME=o@example.com\nDOCDRIFT_PASWORD=secret\n' >"$d/typo.env"; chmod 600 "$d/typo.env"
mkdir -p "$d/conf/docs"; cp testdata/seed/includes/_api_oauth_tokens.md "$d/conf/docs/seed.md"
printf '[run]\nstep_timeout = "soon"\nconcurency = 2\n' >"$d/conf/docdrift.toml"
printf '{"base_url": "http://127.0.0.1:9", "cookies": []}' >"$d/session.json"; chmod 600 "$d/session.json"
mkfifo "$d/pipe.md"
mkdir -p "$d/named"; printf '# T\n\n## P\n\n1. Select **Save**.\n' >"$d/named/a
::add-mask::x
b.md"
{ printf '# T\n\n'; head -c 300 /dev/zero | tr '\0' '>'; printf ' deep\n'; } >"$d/quotes.md"
{ printf '# T\n\n## P\n\n1. Select '; for _ in $(seq 100); do printf '[a]('; done; printf '\n'; } >"$d/links.md"
head -c 600000 /dev/zero | tr '\0' 'a' >"$d/big.md"
mkdir -p "$d/repo/.git" "$d/repo/docs"
printf '# T\n\n## P\n\n1. Select **Save**.\n\n   ![s](../../../outside/victim.png)\n' >"$d/repo/docs/a.md"
mkdir -p "$d/loop/docs"; cp testdata/seed/includes/_api_oauth_tokens.md "$d/loop/docs/seed.md"
printf '[run]\nretries = 1000000\nstep_timeout = "1ns"\n' >"$d/loop/docdrift.toml"
doc=testdata/seed/includes/_api_oauth_tokens.md

row() {
  local what=$1; shift
  local rc=0 out
  (cd "$tmp" && "$tmp/docdrift" "$@") >"$tmp/stdout" 2>"$tmp/stderr" || rc=$?
  out=$(head -n 1 "$tmp/stdout")                  # a finding, for lint and run
  [ -n "$out" ] || out=$(tail -n 1 "$tmp/stderr")  # else the error, which comes last
  out=${out//$tmp\//}
  out=${out//|/\\|}
  printf '| %s | `docdrift %s` | %s | %s |\n' "$what" "$(echo "$*" | sed "s#$tmp/##g")" "$rc" "$out"
}
cp "$doc" "$tmp/seed.md"
echo "| bad input | command | exit | what the user sees |"
echo "|---|---|---|---|"
row "missing path" lint in/nope.md
row "directory with no docs" lint in/empty-dir
row "not UTF-8" lint in/latin1.md
row "binary file" lint in/binary.md
row "20 MB file" lint in/huge.md
row "empty file" lint in/empty.md
row "no procedures" lint in/about.md
row "unknown directive" lint in/directive.md
row "unsupported phrasing" run --chrome /nonexistent in/odd.md
row "unknown command" frobnicate
row "no command" 
row "unknown lint format" lint --format xml seed.md
row "unknown era" run --era 1999 seed.md
row "bad shard" run --shard 3/2 seed.md
row "bad concurrency" run --concurrency 0 seed.md
row "relative base URL" run --base-url store.example seed.md
row "base URL without credentials" run --base-url http://127.0.0.1:9 seed.md
row "unknown report kind" run --report pdf=out.pdf seed.md
row "-q with -v" run -q -v seed.md
row "no Chromium" run --chrome /nonexistent/chromium seed.md
row "gen --check on a stale feature dir" gen --check -o in seed.md
row "credentials file others can read" run --base-url http://127.0.0.1:9 --credentials in/open.env seed.md
row "credentials file with a misspelt key" run --base-url http://127.0.0.1:9 --credentials in/typo.env seed.md
row "session file without cookies" run --base-url http://127.0.0.1:9 --session in/session.json seed.md
row "--session without --base-url" run --session in/session.json seed.md
row "config with a bad value and a misspelt key" run in/conf/docs/seed.md
row "login without --save-session" login --base-url http://127.0.0.1:9
row "sweep without --base-url" sweep
row "sweep of a panel that is gone" sweep --base-url http://127.0.0.1:9
row "report merge with nothing to write" report merge in
row "report merge of a file that is no report" report merge --junit out.xml in/about.md
row "a FIFO named like a doc" lint in/pipe.md
row "a doc file name with line breaks" lint in/named
row "600 KB doc" lint in/big.md
row "block quotes nested 300 deep" lint in/quotes.md
row "100 unclosed links in one word" lint in/links.md
row "doc image outside the repository" lint in/repo/docs/a.md
row "negative step timeout" run --step-timeout -1s seed.md
row "NaN image threshold" run --image-threshold NaN seed.md
row "100,000 browser contexts" run --concurrency 100000 seed.md
row "a million retries of a 1 ns step in docdrift.toml" run in/loop/docs/seed.md
row "report folder that cannot be written" run --chrome /nonexistent --report html=/proc/nope/x seed.md
row "fix patch that cannot be written" run --chrome /nonexistent --suggest-fixes /proc/nope/p seed.md
