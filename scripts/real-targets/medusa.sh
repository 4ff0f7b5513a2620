# shellcheck shell=bash
# Medusa 2.21.2 (npm, PostgreSQL 15 from Debian) as a real target: a commerce platform whose
# admin at /app is a React single-page app, on 127.0.0.1:9000. Sourced by ctl, which defines
# RT_HERE (this folder) and RT_DIR (the cache). The pinned app is scripts/real-targets/medusa/
# (a package.json naming Medusa's packages, its lock, medusa-config.ts and tsconfig.json);
# `medusa build` turns it into .medusa/server, which is what runs: no Vite dev server. Its
# database is a PostgreSQL cluster of its own on 127.0.0.1:54329, started and stopped with it
# by PID; the system's own cluster is never touched. No Redis: Medusa falls back to its
# in-memory event bus, cache, locking and workflow engine.

MEDUSA_PORT=${MEDUSA_PORT:-9000}
MEDUSA_PG_PORT=${MEDUSA_PG_PORT:-54329}
MEDUSA_URL="http://127.0.0.1:$MEDUSA_PORT"
MEDUSA_ADMIN_EMAIL=owner@example.com # example.com is reserved: no mail can go anywhere
MEDUSA_PG_BIN=/usr/lib/postgresql/15/bin

medusa_home() { echo "$RT_DIR/medusa"; }
medusa_app() { echo "$RT_DIR/medusa/app"; }
medusa_server() { echo "$RT_DIR/medusa/app/.medusa/server"; }
medusa_pidfile() { echo "$RT_DIR/medusa/run/medusa.pid"; }
medusa_log() { echo "$RT_DIR/medusa/run/medusa.log"; }
medusa_pg_pidfile() { echo "$RT_DIR/medusa/run/postgres.pid"; }
medusa_pg_log() { echo "$RT_DIR/medusa/run/postgres.log"; }
medusa_credentials() { echo "$RT_DIR/medusa/credentials.env"; }
# medusa_secrets: the owner-only file of this install's database password and JWT and cookie
# secrets, made once (like n8n's encryption.key).
medusa_secrets() { echo "$RT_DIR/medusa/secrets.env"; }
medusa_url() { echo "$MEDUSA_URL/app"; }
medusa_docs() { echo "testdata/real/medusa"; }
# medusa_signins LOG: how many sign-ins Medusa logged (its JSON http log line for each request;
# not the registrations at /auth/user/emailpass/register).
medusa_signins() { grep -c '"method":"POST","path":"/auth/user/emailpass"' "$1" || true; }

# medusa_pgdata: the database cluster's folder. PostgreSQL refuses to run as root, so as root
# it runs as the `postgres` user, who must reach the folder: under the cache when it can, else
# (the default cache is under /root, which it cannot enter) in postgres's own
# /var/lib/postgresql, named after the cache so that two caches never share a cluster.
medusa_pgdata() {
  if [ "$(id -u)" -ne 0 ] || runuser -u postgres -- test -x "$RT_DIR" 2>/dev/null; then
    echo "$(medusa_home)/pg"
  else
    echo "/var/lib/postgresql/docdrift-medusa-$(echo "$RT_DIR" | sha256sum | cut -c1-8)"
  fi
}

# medusa_as_pg CMD...: runs CMD as the cluster's owner (postgres when this is root), from /
# (postgres cannot read root's working folder).
medusa_as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

medusa_require() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    rt_apt_install nodejs npm
  fi
  local major minor
  major=$(node -p 'process.versions.node.split(".")[0]')
  minor=$(node -p 'process.versions.node.split(".")[1]')
  { [ "$major" -eq 20 ] && [ "$minor" -ge 19 ]; } || { [ "$major" -eq 22 ] && [ "$minor" -ge 12 ]; } || [ "$major" -ge 23 ] ||
    rt_die "Medusa 2.21.2 needs Node.js ^20.19 or >=22.12; this machine's node is $(node --version)"
  # msgpackr-extract is compiled here against the installed Node's headers.
  rt_apt_install build-essential python3 postgresql-15
  [ -f /usr/include/node/node_api.h ] || rt_die "Node.js headers are missing (/usr/include/node): Medusa's native modules cannot be built"
}

# medusa_env_secrets: makes the secrets file once, owner-only.
medusa_env_secrets() {
  local file
  file=$(medusa_secrets)
  [ -f "$file" ] && return 0
  mkdir -p "$(dirname "$file")"
  (
    umask 077
    printf '# written by scripts/real-targets/ctl; owner-only\nMEDUSA_DB_PASSWORD=%s\nJWT_SECRET=%s\nCOOKIE_SECRET=%s\n' \
      "$(rt_password)" "$(rt_password)$(rt_password)" "$(rt_password)$(rt_password)" >"$file"
  )
}

# medusa_config_home: the XDG config folder Medusa's CLI is given, so that it keeps its
# settings (telemetry's machine id and choice, the package manager it saw) there and not in
# ~/.config/medusa; its telemetry is off there too, which also keeps its notice quiet.
medusa_config_home() {
  local dir
  dir="$(medusa_home)/config"
  if [ ! -f "$dir/medusa/config.json" ]; then
    mkdir -p "$dir/medusa"
    printf '{\n  "telemetry": {\n    "enabled": false\n  }\n}\n' >"$dir/medusa/config.json"
  fi
  echo "$dir"
}

# medusa_env: what Medusa is told at build, migration and start (NAME=VALUE words without
# spaces). Nothing leaves 127.0.0.1: telemetry off, no Redis, no payment or search providers.
medusa_env() {
  medusa_env_secrets
  local origins="http://127.0.0.1:$MEDUSA_PORT,http://localhost:$MEDUSA_PORT"
  echo NODE_ENV=production MEDUSA_DISABLE_TELEMETRY=true XDG_CONFIG_HOME="$(medusa_config_home)" \
    DATABASE_URL="postgres://medusa:$(rt_credential "$(medusa_secrets)" MEDUSA_DB_PASSWORD)@127.0.0.1:$MEDUSA_PG_PORT/medusa" \
    JWT_SECRET="$(rt_credential "$(medusa_secrets)" JWT_SECRET)" \
    COOKIE_SECRET="$(rt_credential "$(medusa_secrets)" COOKIE_SECRET)" \
    STORE_CORS="$origins" ADMIN_CORS="$origins" AUTH_CORS="$origins" \
    PORT="$MEDUSA_PORT" HOST=127.0.0.1
}

medusa_install() {
  medusa_require
  local app lock_hash build_hash
  app=$(medusa_app)
  mkdir -p "$app"
  # The checked-in files win over an older copy; node_modules and .medusa are the cache's own.
  cp "$RT_HERE/medusa/package.json" "$RT_HERE/medusa/package-lock.json" \
    "$RT_HERE/medusa/medusa-config.ts" "$RT_HERE/medusa/tsconfig.json" "$app/"
  lock_hash=$(rt_hash "$app/package-lock.json")
  if [ ! -d "$app/node_modules" ] || [ "$(cat "$app/.docdrift-installed" 2>/dev/null)" != "$lock_hash" ]; then
    rt_say "npm ci in $app (several minutes on a cold npm cache)"
    # nodedir: the headers of the Node that runs it; build-from-source: no prebuilt binaries
    # from outside the registry. The telemetry package's postinstall is told to stay quiet.
    (cd "$app" && MEDUSA_DISABLE_TELEMETRY=true XDG_CONFIG_HOME="$(medusa_config_home)" \
      npm_config_nodedir=/usr npm_config_build_from_source=true \
      npm ci --no-audit --no-fund --loglevel=error)
    echo "$lock_hash" >"$app/.docdrift-installed"
  fi
  build_hash=$(rt_hash "$app/package-lock.json" "$app/medusa-config.ts" "$app/tsconfig.json")
  if [ ! -d "$(medusa_server)/public/admin" ] || [ "$(cat "$app/.docdrift-built" 2>/dev/null)" != "$build_hash" ]; then
    rt_say "building Medusa's server and admin (medusa build)"
    # shellcheck disable=SC2046 # the words of medusa_env are NAME=VALUE pairs without spaces
    (cd "$app" && export $(medusa_env) && node_modules/.bin/medusa build)
    # The build is run from its own folder with the app's packages.
    ln -sfn ../../node_modules "$(medusa_server)/node_modules"
    echo "$build_hash" >"$app/.docdrift-built"
  fi
}

medusa_installed() {
  [ -f "$(medusa_app)/.docdrift-installed" ] && [ -f "$(medusa_app)/.docdrift-built" ]
}

# medusa_pg_launch: makes the database cluster once, starts it on 127.0.0.1 (no Unix socket) and
# creates Medusa's database in it.
medusa_pg_launch() {
  local pgdata pw tmp
  pgdata=$(medusa_pgdata)
  mkdir -p "$(medusa_home)/run"
  medusa_env_secrets
  pw=$(rt_credential "$(medusa_secrets)" MEDUSA_DB_PASSWORD)
  if [ ! -f "$pgdata/PG_VERSION" ]; then
    rt_say "creating Medusa's PostgreSQL cluster in $pgdata"
    [ -x "$MEDUSA_PG_BIN/initdb" ] || rt_apt_install postgresql-15
    mkdir -p "$pgdata"
    chmod 700 "$pgdata"
    # postgres must enter the cache's medusa folder when the cluster is in it.
    [ "$(id -u)" -eq 0 ] && [ "$pgdata" = "$(medusa_home)/pg" ] && chmod go+x "$(medusa_home)"
    # The superuser's password reaches initdb in a file only its owner reads.
    tmp=$(umask 077 && mktemp)
    printf '%s\n' "$pw" >"$tmp"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$pgdata" "$tmp"; fi
    medusa_as_pg "$MEDUSA_PG_BIN/initdb" -D "$pgdata" -U medusa --pwfile="$tmp" -A scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >"$(medusa_home)/run/initdb.log" 2>&1 ||
      { rm -f "$tmp"; tail -n 20 "$(medusa_home)/run/initdb.log" >&2; rt_die "initdb failed"; }
    rm -f "$tmp"
  fi
  if ! rt_pid "$(medusa_pg_pidfile)" >/dev/null; then
    local cmd=("$MEDUSA_PG_BIN/postgres" -D "$pgdata" -p "$MEDUSA_PG_PORT" -c listen_addresses=127.0.0.1
      -c unix_socket_directories= -c max_connections=50)
    [ "$(id -u)" -eq 0 ] && cmd=(runuser -u postgres -- "${cmd[@]}")
    (cd / && rt_launch "$(medusa_pg_pidfile)" "$(medusa_pg_log)" "${cmd[@]}")
    rt_wait "PostgreSQL on 127.0.0.1:$MEDUSA_PG_PORT" 60 "$(medusa_pg_pidfile)" "$(medusa_pg_log)" \
      "$MEDUSA_PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$MEDUSA_PG_PORT"
  fi
  if [ -z "$(medusa_psql postgres "SELECT 1 FROM pg_database WHERE datname = 'medusa'")" ]; then
    medusa_psql postgres 'CREATE DATABASE medusa' >/dev/null || rt_die "could not create Medusa's database"
  fi
}

# medusa_psql DB SQL: runs one statement as Medusa's database user and prints its rows bare.
medusa_psql() {
  PGPASSWORD=$(rt_credential "$(medusa_secrets)" MEDUSA_DB_PASSWORD) \
    "$MEDUSA_PG_BIN/psql" -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$MEDUSA_PG_PORT" -U medusa -d "$1" -c "$2"
}

medusa_launch() {
  local server lock_hash
  medusa_pg_launch
  server=$(medusa_server)
  lock_hash=$(rt_hash "$(medusa_app)/package-lock.json")
  : >"$(medusa_log)" # a fresh log, whose lines below are this start's
  # Migrations come with the packages: run once per install and database.
  if [ "$(cat "$(medusa_home)/migrated" 2>/dev/null)" != "$lock_hash" ]; then
    rt_say "migrating Medusa's database (medusa db:migrate)"
    # shellcheck disable=SC2046 # the words of medusa_env are NAME=VALUE pairs without spaces
    (cd "$server" && export $(medusa_env) && node_modules/.bin/medusa db:migrate >>"$(medusa_log)" 2>&1) ||
      { tail -n 20 "$(medusa_log)" >&2; rt_die "medusa db:migrate failed (log: $(medusa_log))"; }
    echo "$lock_hash" >"$(medusa_home)/migrated"
  fi
  # shellcheck disable=SC2046 # the words of medusa_env are NAME=VALUE pairs without spaces
  (cd "$server" && export $(medusa_env) && rt_launch "$(medusa_pidfile)" "$(medusa_log)" node_modules/.bin/medusa start)
  rt_wait_http "$MEDUSA_URL/health" 180 "$(medusa_pidfile)" "$(medusa_log)"
}

# medusa_first_admin: creates the first admin user while the database has none, the way an
# invited teammate joins: `medusa user --invite` makes an invite, the password is registered
# (POST /auth/user/emailpass/register) and the invite accepted with the token that gives
# (POST /admin/invites/accept). The password reaches curl on its standard input, never a
# command line, and is written to the owner-only credentials file only; reused afterwards.
medusa_first_admin() {
  local creds users invite password reg status
  creds=$(medusa_credentials)
  users=$(medusa_psql medusa 'SELECT count(*) FROM "user" WHERE deleted_at IS NULL') ||
    rt_die "could not count Medusa's users"
  if [ "$users" -gt 0 ]; then
    [ -f "$creds" ] || rt_die "medusa already has an admin but $creds is gone: 'ctl reset medusa' starts over with an empty database"
    return 0
  fi
  # shellcheck disable=SC2046 # the words of medusa_env are NAME=VALUE pairs without spaces
  invite=$(cd "$(medusa_server)" && export $(medusa_env) &&
    node_modules/.bin/medusa user -e "$MEDUSA_ADMIN_EMAIL" --invite 2>&1 | grep -o 'Invite token: [A-Za-z0-9._-]*' | head -n 1) || true
  invite=${invite#Invite token: }
  [ -n "$invite" ] || rt_die "medusa user --invite printed no invite token"
  password=$(rt_password)
  reg=$(printf '{"email":"%s","password":"%s"}' "$MEDUSA_ADMIN_EMAIL" "$password" |
    curl -fsS --max-time 30 -H 'Content-Type: application/json' --data-binary @- \
      "$MEDUSA_URL/auth/user/emailpass/register" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p') || true
  [ -n "$reg" ] || rt_die "POST /auth/user/emailpass/register gave no token"
  status=$(printf '{"email":"%s","first_name":"Docdrift","last_name":"Admin"}' "$MEDUSA_ADMIN_EMAIL" |
    curl -sS --max-time 30 -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
      -H @<(printf 'Authorization: Bearer %s\n' "$reg") --data-binary @- \
      "$MEDUSA_URL/admin/invites/accept?token=$invite")
  [[ $status == 2?? ]] || rt_die "POST /admin/invites/accept answered HTTP $status"
  # The admin can sign in with it.
  printf '{"email":"%s","password":"%s"}' "$MEDUSA_ADMIN_EMAIL" "$password" |
    curl -fsS --max-time 30 -o /dev/null -H 'Content-Type: application/json' --data-binary @- \
      "$MEDUSA_URL/auth/user/emailpass" || rt_die "medusa accepted the admin's invite but the admin cannot sign in"
  rt_write_credentials "$creds" "$MEDUSA_ADMIN_EMAIL" "$password"
  rt_say "created medusa's first admin $MEDUSA_ADMIN_EMAIL; credentials in $creds"
}

# medusa_stop: Medusa first, then its database (a fast shutdown by pg_ctl, which signals the
# postmaster alone, as PostgreSQL wants; its PID's process group is killed only if that fails).
medusa_stop() {
  rt_stop "$(medusa_pidfile)" medusa
  local pid i
  if ! pid=$(rt_pid "$(medusa_pg_pidfile)"); then
    rm -f "$(medusa_pg_pidfile)"
    return 0
  fi
  if medusa_as_pg "$MEDUSA_PG_BIN/pg_ctl" stop -D "$(medusa_pgdata)" -m fast -w -t 60 >/dev/null; then
    for ((i = 0; i < 100; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
  fi
  if kill -0 "$pid" 2>/dev/null; then
    rt_stop "$(medusa_pg_pidfile)" "medusa (PostgreSQL)"
  else
    rm -f "$(medusa_pg_pidfile)"
    rt_say "stopped medusa (PostgreSQL, PID $pid)"
  fi
}

# medusa_reset_data: forgets the database, the uploads and the admin, keeping the install, the
# build and the secrets.
medusa_reset_data() {
  rm -rf "$(medusa_pgdata)" "$(medusa_server)/static" "$(medusa_home)/migrated" "$(medusa_credentials)"
}
