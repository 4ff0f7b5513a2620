# shellcheck shell=bash
# Sourced by the other scripts: makes sure Go and Debian's Chromium are there, installing
# Chromium when missing. docdrift never downloads a browser of its own.

die() { echo "docdrift setup: $*" >&2; exit 1; }

ensure_go() {
  if ! command -v go >/dev/null 2>&1 && [ -x /usr/local/go/bin/go ]; then
    export PATH="$PATH:/usr/local/go/bin"
  fi
  command -v go >/dev/null 2>&1 || die "Go is not installed: see https://go.dev/doc/install (Go 1.26 or newer)"
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] || command -v chromium >/dev/null 2>&1; then
    return
  fi
  echo "docdrift setup: installing Chromium from Debian (apt-get install -y chromium)…"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "Chromium is missing and this user cannot install it: run 'apt-get install -y chromium' as root"
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  [ -x /usr/bin/chromium ] || die "apt-get finished but /usr/bin/chromium is still missing"
}
