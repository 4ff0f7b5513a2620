# shellcheck shell=bash
# n8n 1.123.0 (npm, SQLite) as a real target: a single-page Vue app (a workflow editor with
# settings pages: users, API keys, tags, credentials) on 127.0.0.1:5678. Sourced by ctl, which
# defines RT_HERE (this folder) and RT_DIR (the cache). The pinned app is
# scripts/real-targets/n8n/ (a package.json naming n8n, and its lock).

N8N_PORT=${N8N_PORT:-5678}
N8N_URL="http://127.0.0.1:$N8N_PORT"
N8N_OWNER_EMAIL=owner@example.com # example.com is reserved: no mail can go anywhere

n8n_home() { echo "$RT_DIR/n8n"; }
n8n_app() { echo "$RT_DIR/n8n/app"; }
n8n_pidfile() { echo "$RT_DIR/n8n/run/n8n.pid"; }
n8n_log() { echo "$RT_DIR/n8n/run/n8n.log"; }
n8n_credentials() { echo "$RT_DIR/n8n/credentials.env"; }
n8n_url() { echo "$N8N_URL/"; }
n8n_docs() { echo "testdata/real/n8n"; }
# n8n_signins LOG: nothing — n8n logs no requests, so its sign-ins are not counted.
n8n_signins() { :; }

n8n_install() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    rt_apt_install nodejs npm
  fi
  local major app lock_hash
  major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$major" -ge 20 ] || rt_die "n8n 1.123 needs Node.js 20 or newer; this machine's node is $(node --version)"
  # sqlite3 and other native modules are compiled here against the installed Node's headers.
  rt_apt_install build-essential python3
  [ -f /usr/include/node/node_api.h ] || rt_die "Node.js headers are missing (/usr/include/node): n8n's native modules cannot be built"
  app=$(n8n_app)
  mkdir -p "$app"
  cp "$RT_HERE/n8n/package.json" "$RT_HERE/n8n/package-lock.json" "$app/"
  lock_hash=$(rt_hash "$app/package-lock.json")
  if [ ! -d "$app/node_modules" ] || [ "$(cat "$app/.docdrift-installed" 2>/dev/null)" != "$lock_hash" ]; then
    rt_say "npm ci in $app (several minutes on a cold npm cache)"
    (cd "$app" && npm_config_nodedir=/usr npm_config_build_from_source=true \
      npm ci --no-audit --no-fund --loglevel=error)
    echo "$lock_hash" >"$app/.docdrift-installed"
  fi
}

n8n_installed() {
  [ -f "$(n8n_app)/.docdrift-installed" ]
}

# n8n_env: what n8n is told at start. Nothing leaves 127.0.0.1: no telemetry, version checks,
# templates or license renewal; task runners off (they would spawn more processes).
n8n_env() {
  local home
  home=$(n8n_home)
  [ -f "$home/encryption.key" ] || (umask 077 && head -c 24 /dev/urandom | base64 >"$home/encryption.key")
  echo N8N_USER_FOLDER="$home/data" N8N_ENCRYPTION_KEY="$(cat "$home/encryption.key")" \
    N8N_LISTEN_ADDRESS=127.0.0.1 N8N_HOST=127.0.0.1 N8N_PORT="$N8N_PORT" N8N_PROTOCOL=http \
    N8N_SECURE_COOKIE=false N8N_DIAGNOSTICS_ENABLED=false N8N_VERSION_NOTIFICATIONS_ENABLED=false \
    N8N_TEMPLATES_ENABLED=false N8N_PERSONALIZATION_ENABLED=false N8N_HIRING_BANNER_ENABLED=false \
    N8N_LICENSE_AUTO_RENEW_ENABLED=false N8N_RUNNERS_ENABLED=false N8N_PUBLIC_API_SWAGGERUI_DISABLED=true \
    DB_TYPE=sqlite
}

n8n_launch() {
  local app
  app=$(n8n_app)
  mkdir -p "$(n8n_home)/data" "$(n8n_home)/run"
  : >"$(n8n_log)" # a fresh log, whose line below is this start's
  # shellcheck disable=SC2046 # the words of n8n_env are NAME=VALUE pairs without spaces
  (cd "$app" && export $(n8n_env) && rt_launch "$(n8n_pidfile)" "$(n8n_log)" node_modules/.bin/n8n start)
  rt_wait_http "$N8N_URL/healthz" 180 "$(n8n_pidfile)" "$(n8n_log)"
  # /healthz (and for a moment even /rest/settings) answers while the database is still being
  # migrated; an owner set up then is lost. n8n says when its editor is served.
  rt_wait_log "$(n8n_log)" 'Editor is now accessible' 180 "$(n8n_pidfile)"
}

# n8n_first_admin: sets up the instance owner while none exists (see rt_first_admin).
n8n_first_admin() {
  rt_first_admin n8n "$(n8n_credentials)" "$N8N_URL/rest/settings" '"showSetupOnFirstLoad":false' \
    "$N8N_URL/rest/owner/setup" "$N8N_OWNER_EMAIL" n8n_owner_json
}

n8n_owner_json() {
  printf '{"email":"%s","firstName":"Docdrift","lastName":"Owner","password":"%s"}' "$N8N_OWNER_EMAIL" "$1"
}

# n8n_reset_data: forgets the database and the owner, keeping the install.
n8n_reset_data() {
  rm -rf "$(n8n_home)/data" "$(n8n_credentials)"
}
