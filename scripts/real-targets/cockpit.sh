# shellcheck shell=bash
# Cockpit 287 from Debian 12's packages as a real target: the web console of a Linux machine,
# a React shell that draws each page (Overview, Accounts, …) in a same-origin frame of its own,
# signed in as a Linux user through PAM, with "Administrative access" gained through sudo.
# Sourced by ctl, which defines RT_HERE and RT_DIR. Nothing runs as a system service: ctl starts
# cockpit-ws itself, without TLS, on 127.0.0.1, by PID. The docs make and remove real Linux
# accounts and groups on this machine; reset removes those and nothing else.

COCKPIT_PORT=${COCKPIT_PORT:-9091}
COCKPIT_URL="http://127.0.0.1:$COCKPIT_PORT"
COCKPIT_ADMIN=docdrift-admin
# Accounts and groups the docs' procedures make carry docdrift's run-scoped names
# (docdrift-<run>-<n>): reset removes the ones with this prefix, never another.
COCKPIT_PREFIX=docdrift-
COCKPIT_PACKAGES=(cockpit-ws cockpit-system cockpit-bridge sudo)

cockpit_home() { echo "$RT_DIR/cockpit"; }
cockpit_pidfile() { echo "$RT_DIR/cockpit/run/cockpit-ws.pid"; }
cockpit_log() { echo "$RT_DIR/cockpit/run/cockpit-ws.log"; }
cockpit_credentials() { echo "$RT_DIR/cockpit/credentials.env"; }
cockpit_url() { echo "$COCKPIT_URL/"; }
cockpit_docs() { echo "testdata/real/cockpit"; }
# cockpit_signins LOG: how many times the sign-in user signed in. cockpit-ws logs nothing per
# sign-in (LOG stays empty), but cockpit-session writes a "web console" record to wtmp for each
# one, which `last` reads; the count is of all of them since wtmp began, so compare two counts.
cockpit_signins() { last -w "$COCKPIT_ADMIN" 2>/dev/null | grep -c 'web console' || true; }

# cockpit_require_root: cockpit-ws hands each sign-in to cockpit-session, which is setuid root
# and executable only by root and the cockpit-wsinstance group, and ctl makes and removes Linux
# users; a process started through sudo could not be watched or stopped by its PID from here.
cockpit_require_root() {
  [ "$(id -u)" -eq 0 ] && return 0
  if command -v sudo >/dev/null 2>&1; then
    rt_die "Cockpit needs root (cockpit-ws signs users in through the setuid cockpit-session, and ctl makes Linux users): run 'sudo -E scripts/real-targets/ctl $*'"
  fi
  rt_die "Cockpit needs root (cockpit-ws signs users in through the setuid cockpit-session, and ctl makes Linux users), and this user has no sudo: run ctl as root"
}

cockpit_install() {
  cockpit_require_root install cockpit
  # sudo is how Cockpit's "Administrative access" becomes root (cockpit-system only recommends
  # it); cockpit-ws's own dependencies pull in systemd's libraries, not a running systemd.
  rt_apt_install "${COCKPIT_PACKAGES[@]}"
  mkdir -p "$(cockpit_home)/run"
}

cockpit_installed() {
  local pkg
  for pkg in "${COCKPIT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || return 1
  done
}

cockpit_launch() {
  cockpit_require_root start cockpit
  # A cockpit-ws already on the port would answer the health check for this one, which then
  # dies unseen; so would a system cockpit.socket on it.
  if (exec 3<>"/dev/tcp/127.0.0.1/$COCKPIT_PORT") 2>/dev/null; then
    rt_die "something already listens on 127.0.0.1:$COCKPIT_PORT: stop it, or choose another port with COCKPIT_PORT"
  fi
  # --no-tls: plain HTTP, which Cockpit allows from 127.0.0.1 only; --address: nothing listens
  # beyond it. /ping answers without a session.
  rt_launch "$(cockpit_pidfile)" "$(cockpit_log)" \
    /usr/lib/cockpit/cockpit-ws --no-tls --port "$COCKPIT_PORT" --address 127.0.0.1
  rt_wait_http "$COCKPIT_URL/ping" 30 "$(cockpit_pidfile)" "$(cockpit_log)"
}

# cockpit_first_admin: makes the Linux user the docs sign in as, once, with a random password
# written only to the owner-only credentials file; reuses both afterwards. The user is in group
# sudo so that Cockpit's "Limited access" button can become "Administrative access" with the
# user's own password, as the docs ask.
cockpit_first_admin() {
  local creds password
  creds=$(cockpit_credentials)
  if id "$COCKPIT_ADMIN" >/dev/null 2>&1; then
    [ -f "$creds" ] || rt_die "the Linux user $COCKPIT_ADMIN exists but $creds is gone: 'ctl reset cockpit' starts over"
    return 0
  fi
  useradd --create-home --shell /bin/bash --comment "Docdrift Admin" --groups sudo "$COCKPIT_ADMIN" ||
    rt_die "could not create the Linux user $COCKPIT_ADMIN"
  password=$(rt_password)
  # chpasswd reads the password on its standard input (printf is a shell builtin): it is never
  # on a command line.
  printf '%s:%s\n' "$COCKPIT_ADMIN" "$password" | chpasswd || rt_die "could not set $COCKPIT_ADMIN's password"
  rt_write_credentials "$creds" "$COCKPIT_ADMIN" "$password"
  rt_say "created the Linux user $COCKPIT_ADMIN (group sudo); credentials in $creds"
}

# cockpit_user_pids: the processes the sign-in user runs (each Cockpit session's
# cockpit-bridge, and the sudo and privileged bridge of "Administrative access"), by PID.
cockpit_user_pids() {
  id "$COCKPIT_ADMIN" >/dev/null 2>&1 || return 0
  ps -o pid= -u "$COCKPIT_ADMIN" 2>/dev/null | tr -d ' ' || true
}

cockpit_stop() {
  rt_stop "$(cockpit_pidfile)" cockpit
  # cockpit-session starts each session's bridge in a session of its own, out of the process
  # group rt_stop reaches: the bridges go when their socket closes; ask those left to go too.
  local pid
  for pid in $(cockpit_user_pids); do kill -TERM "$pid" 2>/dev/null || true; done
}

# cockpit_made KIND: the Linux accounts (KIND passwd) or groups (KIND group) named with
# docdrift's prefix, with an ID in the range useradd and Cockpit give people's accounts (never
# a system account), other than the sign-in user's.
cockpit_made() {
  local key min max
  key=$([ "$1" = passwd ] && echo UID || echo GID)
  min=$(awk -v k="${key}_MIN" '$1 == k {print $2}' /etc/login.defs)
  max=$(awk -v k="${key}_MAX" '$1 == k {print $2}' /etc/login.defs)
  getent "$1" | awk -F: -v p="$COCKPIT_PREFIX" -v a="$COCKPIT_ADMIN" -v lo="${min:-1000}" -v hi="${max:-60000}" \
    'index($1, p) == 1 && $1 != a && $3 >= lo && $3 <= hi {print $1}'
}

# cockpit_remove_user NAME: removes a Linux user and its home (userdel's note about a missing
# mail spool is not a failure).
cockpit_remove_user() {
  userdel --remove "$1" 2>/dev/null
  if id "$1" >/dev/null 2>&1; then rt_say "could not remove the Linux user $1"; fi
}

# cockpit_reset_data: removes the sign-in user (with its home) and the accounts and groups the
# docs made; keeps the packages.
cockpit_reset_data() {
  cockpit_require_root reset cockpit
  local name i
  # userdel refuses a user whose processes still run: give the bridges stop asked to go a moment.
  for ((i = 0; i < 50; i++)); do
    [ -z "$(cockpit_user_pids)" ] && break
    sleep 0.1
  done
  for name in $(cockpit_made passwd); do
    rt_say "removing the Linux user $name (made by a docs run)"
    cockpit_remove_user "$name"
  done
  for name in $(cockpit_made group); do
    rt_say "removing the Linux group $name (made by a docs run)"
    groupdel "$name" || rt_say "could not remove the Linux group $name"
  done
  if id "$COCKPIT_ADMIN" >/dev/null 2>&1; then cockpit_remove_user "$COCKPIT_ADMIN"; fi
  rm -f "$(cockpit_credentials)"
}
