# shellcheck shell=bash
# Helpers shared by scripts/real-targets/ctl and its product files: messages, Debian packages,
# processes started and stopped by their PID, waiting for a health URL, and the owner-only
# credentials file that `docdrift run --credentials` reads. Sourced, never run.

rt_die() { printf 'real-targets: %s\n' "$*" >&2; exit 1; }
rt_say() { printf 'real-targets: %s\n' "$*" >&2; }

# rt_apt_install PKG...: installs Debian packages that are missing, as root or through sudo.
rt_apt_install() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || rt_die "missing Debian packages (${missing[*]}) and this user cannot install them: run 'apt-get install -y ${missing[*]}' as root"
    sudo="sudo"
  fi
  rt_say "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# rt_pid PIDFILE: prints the PID written in PIDFILE when that process is alive.
rt_pid() {
  local pid
  [ -f "$1" ] || return 1
  pid=$(cat "$1")
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

# rt_launch PIDFILE LOG CMD...: starts CMD in its own session (so stopping it reaches the
# children it forks) in the background, appending its output to LOG, and writes its PID down.
rt_launch() {
  local pidfile=$1 log=$2
  shift 2
  mkdir -p "$(dirname "$pidfile")" "$(dirname "$log")"
  setsid "$@" >>"$log" 2>&1 </dev/null &
  echo $! >"$pidfile"
}

# rt_stop PIDFILE NAME: stops the process group that rt_launch started, politely first; after
# 30 s it is killed. Only that group is touched: nothing is stopped by name.
rt_stop() {
  local pidfile=$1 name=$2 pid i
  if ! pid=$(rt_pid "$pidfile"); then
    rm -f "$pidfile"
    rt_say "$name is not running"
    return 0
  fi
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
  for ((i = 0; i < 300; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    rt_say "$name (PID $pid) ignored SIGTERM for 30 s: killing it"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"
  fi
  rm -f "$pidfile"
  rt_say "stopped $name (PID $pid)"
}

# rt_wait WHAT SECONDS PIDFILE LOG CMD...: waits until CMD succeeds (WHAT says what that means,
# for errors: "URL to answer"); fails at once, showing the end of LOG, when the process dies first, and
# after SECONDS otherwise.
rt_wait() {
  local what=$1 limit=$2 pidfile=$3 log=$4 start=$SECONDS
  shift 4
  until "$@" 2>/dev/null; do
    if ! rt_pid "$pidfile" >/dev/null; then
      tail -n 20 "$log" >&2
      rt_die "the process died while waiting for $what (log: $log)"
    fi
    if ((SECONDS - start >= limit)); then
      tail -n 20 "$log" >&2
      rt_die "waited $limit s for $what (log: $log)"
    fi
    sleep 0.25
  done
}

# rt_wait_http URL SECONDS PIDFILE LOG: waits until URL answers 2xx (rt_wait).
rt_wait_http() {
  rt_wait "$1 to answer" "$2" "$3" "$4" curl -fsS -o /dev/null --max-time 2 "$1"
}

# rt_wait_log LOG PATTERN SECONDS PIDFILE: waits until LOG has a line matching PATTERN, for a
# product that says when it is ready (rt_wait).
rt_wait_log() {
  rt_wait "its log to say '$2'" "$3" "$4" "$1" grep -q "$2" "$1"
}

# rt_password: a random password with lower and upper case letters and digits, which every
# product's password rules here accept.
rt_password() {
  local p
  while :; do
    p=$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
    [[ "$p" =~ [a-z] && "$p" =~ [A-Z] && "$p" =~ [0-9] ]] && break
  done
  echo "$p"
}

# rt_write_credentials FILE USER PASSWORD: writes the owner-only KEY=VALUE file that
# `docdrift run --credentials FILE` and `set -a; . FILE` both read.
rt_write_credentials() {
  local file=$1 tmp
  mkdir -p "$(dirname "$file")"
  tmp=$(umask 077 && mktemp "$file.XXXXXX")
  printf '# written by scripts/real-targets/ctl; owner-only\nDOCDRIFT_USERNAME=%s\nDOCDRIFT_PASSWORD=%s\n' "$2" "$3" >"$tmp"
  chmod 600 "$tmp"
  mv -f "$tmp" "$file"
}

# rt_credential FILE KEY: prints one value of a credentials file.
rt_credential() {
  sed -n "s/^$2=//p" "$1"
}

# rt_hash FILE...: one checksum over the files, to tell when an install or build is stale.
rt_hash() {
  cat "$@" | sha256sum | cut -d' ' -f1
}

# rt_first_admin PRODUCT CREDS STATE_URL HAS_ADMIN SETUP_URL USER JSON_FN: creates the product's
# first admin while STATE_URL's answer does not match HAS_ADMIN (a grep pattern), by POSTing
# what JSON_FN prints for a new random password to SETUP_URL, checks that it took, and writes
# the password to the owner-only CREDS file and nowhere else; reuses that file afterwards. The
# password reaches curl on its standard input, never its command line, and the answer (which
# carries a session) goes to /dev/null.
rt_first_admin() {
  local product=$1 creds=$2 state_url=$3 has_admin=$4 setup_url=$5 user=$6 json=$7 state status password
  state=$(curl -fsS --max-time 10 "$state_url") || rt_die "GET $state_url failed"
  if grep -q "$has_admin" <<<"$state"; then
    [ -f "$creds" ] || rt_die "$product already has an admin but $creds is gone: 'ctl reset $product' starts over with an empty database"
    return 0
  fi
  password=$(rt_password)
  status=$("$json" "$password" | curl -sS --max-time 30 -o /dev/null -w '%{http_code}' \
    -H 'Content-Type: application/json' --data-binary @- "$setup_url")
  [[ $status == 2?? ]] || rt_die "POST $setup_url answered HTTP $status"
  curl -fsS --max-time 10 "$state_url" | grep -q "$has_admin" ||
    rt_die "$product answered the admin's creation but still has none"
  rt_write_credentials "$creds" "$user" "$password"
  rt_say "created $product's first admin $user; credentials in $creds"
}
