# shellcheck shell=bash
# Strapi 5.54.0 (npm, SQLite through better-sqlite3) as a real target: a single-page React admin
# on 127.0.0.1:1337. Sourced by ctl, which defines RT_HERE (this folder) and RT_DIR (the cache).
# The pinned app is scripts/real-targets/strapi/ (create-strapi@5.54.0's scaffold and its lock).

STRAPI_PORT=${STRAPI_PORT:-1337}
STRAPI_URL="http://127.0.0.1:$STRAPI_PORT"
STRAPI_ADMIN_EMAIL=admin@example.com # example.com is reserved: no mail can go anywhere

strapi_home() { echo "$RT_DIR/strapi"; }
strapi_app() { echo "$RT_DIR/strapi/app"; }
strapi_pidfile() { echo "$RT_DIR/strapi/run/strapi.pid"; }
strapi_log() { echo "$RT_DIR/strapi/run/strapi.log"; }
strapi_credentials() { echo "$RT_DIR/strapi/credentials.env"; }
strapi_url() { echo "$STRAPI_URL/admin"; }
strapi_docs() { echo "testdata/real/strapi"; }
# strapi_signins LOG: how many sign-ins Strapi logged (its http log line for each request).
strapi_signins() { grep -c 'POST /admin/login ' "$1" || true; }

strapi_require_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    rt_apt_install nodejs npm
  fi
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$major" -ge 20 ] || rt_die "Strapi 5.54.0 needs Node.js 20 or newer; this machine's node is $(node --version)"
  # better-sqlite3 is compiled here against the installed Node's headers.
  rt_apt_install build-essential python3
  [ -f /usr/include/node/node_api.h ] || rt_die "Node.js headers are missing (/usr/include/node): better-sqlite3 cannot be built"
}

# strapi_env_file: the app's .env with secrets of its own, made once and kept owner-only.
strapi_env_file() {
  local env
  env="$(strapi_app)/.env"
  [ -f "$env" ] && return 0
  local k1 k2 k3 k4
  k1=$(head -c 16 /dev/urandom | base64) k2=$(head -c 16 /dev/urandom | base64)
  k3=$(head -c 16 /dev/urandom | base64) k4=$(head -c 16 /dev/urandom | base64)
  (
    umask 077
    cat >"$env" <<EOF
HOST=127.0.0.1
PORT=$STRAPI_PORT
APP_KEYS=$k1,$k2,$k3,$k4
API_TOKEN_SALT=$(head -c 16 /dev/urandom | base64)
ADMIN_JWT_SECRET=$(head -c 16 /dev/urandom | base64)
JWT_SECRET=$(head -c 16 /dev/urandom | base64)
TRANSFER_TOKEN_SALT=$(head -c 16 /dev/urandom | base64)
ENCRYPTION_KEY=$(head -c 16 /dev/urandom | base64)
DATABASE_CLIENT=sqlite
DATABASE_FILENAME=.tmp/data.db
STRAPI_TELEMETRY_DISABLED=true
EOF
  )
  mkdir -p "$(strapi_app)/.tmp"
}

strapi_install() {
  strapi_require_node
  local app lock_hash build_hash
  app=$(strapi_app)
  mkdir -p "$app"
  # The checked-in files win over an older copy; node_modules and .env are the cache's own.
  cp -R "$RT_HERE/strapi/." "$app/"
  strapi_env_file
  lock_hash=$(rt_hash "$app/package-lock.json")
  if [ ! -d "$app/node_modules" ] || [ "$(cat "$app/.docdrift-installed" 2>/dev/null)" != "$lock_hash" ]; then
    rt_say "npm ci in $app (about 13 minutes on a cold npm cache)"
    # nodedir: the headers of the Node that runs it; build-from-source: better-sqlite3 would
    # first try to download a prebuilt binary from a site outside the registry.
    (cd "$app" && npm_config_nodedir=/usr npm_config_build_from_source=true \
      npm ci --no-audit --no-fund --loglevel=error)
    echo "$lock_hash" >"$app/.docdrift-installed"
  fi
  build_hash=$(rt_hash "$app/package-lock.json" "$app/config/admin.js" "$app/src/admin/app.js")
  if [ ! -d "$app/build" ] || [ "$(cat "$app/.docdrift-built" 2>/dev/null)" != "$build_hash" ]; then
    rt_say "building Strapi's admin panel (about 2 minutes, 2 GB of memory)"
    (cd "$app" && NODE_ENV=production STRAPI_TELEMETRY_DISABLED=true node_modules/.bin/strapi build)
    echo "$build_hash" >"$app/.docdrift-built"
  fi
}

strapi_installed() {
  [ -f "$(strapi_app)/.docdrift-installed" ] && [ -f "$(strapi_app)/.docdrift-built" ]
}

strapi_launch() {
  local app
  app=$(strapi_app)
  # The checked-in server code and content types win over a kept install's (a content type
  # added here reaches it at the next start; Strapi migrates its database then). The admin
  # build depends on none of them.
  cp -R "$RT_HERE/strapi/src" "$RT_HERE/strapi/config" "$app/"
  # HOST and PORT from the environment beat the app's .env, so STRAPI_PORT moves a second copy.
  (cd "$app" && NODE_ENV=production STRAPI_TELEMETRY_DISABLED=true HOST=127.0.0.1 PORT="$STRAPI_PORT" \
    rt_launch "$(strapi_pidfile)" "$(strapi_log)" node_modules/.bin/strapi start)
  rt_wait_http "$STRAPI_URL/_health" 120 "$(strapi_pidfile)" "$(strapi_log)"
}

# strapi_first_admin: registers the first admin while none exists (see rt_first_admin).
strapi_first_admin() {
  rt_first_admin strapi "$(strapi_credentials)" "$STRAPI_URL/admin/init" '"hasAdmin":true' \
    "$STRAPI_URL/admin/register-admin" "$STRAPI_ADMIN_EMAIL" strapi_admin_json
}

strapi_admin_json() {
  printf '{"firstname":"Docdrift","lastname":"Admin","email":"%s","password":"%s"}' "$STRAPI_ADMIN_EMAIL" "$1"
}

# strapi_reset_data: forgets the database and the admin, keeping the install and the build.
strapi_reset_data() {
  rm -rf "$(strapi_app)/.tmp" "$(strapi_credentials)"
  mkdir -p "$(strapi_app)/.tmp"
}
