# shellcheck shell=bash
# WordPress 6.1 from Debian 12's packages as a real target: server-rendered PHP pages (wp-admin)
# with a classic sign-in form and Application Passwords made on the profile page. Sourced by
# ctl, which defines RT_HERE and RT_DIR. Nothing runs as a system service: ctl starts its own
# MariaDB on a Unix socket (no TCP) and PHP's built-in server on 127.0.0.1, both by PID.

WORDPRESS_PORT=${WORDPRESS_PORT:-8088}
WORDPRESS_URL="http://127.0.0.1:$WORDPRESS_PORT"
WORDPRESS_ADMIN=docdrift
WORDPRESS_ADMIN_EMAIL=admin@example.com
WORDPRESS_PACKAGES=(wordpress wordpress-theme-twentytwentythree mini-httpd php8.2-cli mariadb-server)

wordpress_home() { echo "$RT_DIR/wordpress"; }
wordpress_pidfile() { echo "$RT_DIR/wordpress/run/php.pid"; }
wordpress_log() { echo "$RT_DIR/wordpress/run/php.log"; }
wordpress_db_pidfile() { echo "$RT_DIR/wordpress/run/mariadbd.pid"; }
wordpress_db_log() { echo "$RT_DIR/wordpress/run/mariadbd.log"; }
wordpress_socket() { echo "$RT_DIR/wordpress/run/mysqld.sock"; }
wordpress_credentials() { echo "$RT_DIR/wordpress/credentials.env"; }
wordpress_url() { echo "$WORDPRESS_URL/wp-admin/"; }
wordpress_docs() { echo "testdata/real/wordpress"; }
# wordpress_signins LOG: how many sign-ins PHP's server logged (one POST /wp-login.php each).
wordpress_signins() { grep -c 'POST /wp-login.php' "$1" || true; }

# Debian's wp-config.php reads /etc/wordpress/config-NAME.php, NAME from the web server; each
# install directory gets its own NAME so two copies never share a database.
wordpress_config_name() { echo "docdrift-$(echo "$RT_DIR" | sha256sum | cut -c1-8)"; }
wordpress_config_file() { echo "/etc/wordpress/config-$(wordpress_config_name).php"; }

wordpress_install() {
  # mini-httpd stands for the web server the package asks for (it stays off by default);
  # PHP's own server is what serves WordPress here.
  rt_apt_install "${WORDPRESS_PACKAGES[@]}"
  local home
  home=$(wordpress_home)
  mkdir -p "$home/run" "$home/wp-content/uploads"
  # The package's themes and plugins, with this install's own uploads next to them.
  ln -sfn /usr/share/wordpress/wp-content/themes "$home/wp-content/themes"
  ln -sfn /var/lib/wordpress/wp-content/plugins "$home/wp-content/plugins"
  cp "$RT_HERE/wordpress/router.php" "$home/router.php"
  if [ ! -d "$home/db/mysql" ]; then
    rt_say "creating WordPress's database in $home/db"
    mariadb-install-db --no-defaults --datadir="$home/db" --user="$(id -un)" \
      --auth-root-authentication-method=socket --skip-test-db >"$home/run/install-db.log" 2>&1 ||
      { tail -n 20 "$home/run/install-db.log" >&2; rt_die "mariadb-install-db failed"; }
  fi
  [ -f "$(wordpress_config_file)" ] || wordpress_write_config
}

wordpress_installed() {
  [ -d "$(wordpress_home)/db/mysql" ] && [ -f "$(wordpress_config_file)" ] && command -v php >/dev/null 2>&1
}

# wordpress_write_config: the site's config with a database password and keys of its own,
# readable by this user only.
wordpress_write_config() {
  local home tmp key k
  home=$(wordpress_home)
  tmp=$(umask 077 && mktemp)
  {
    echo "<?php"
    echo "// Written by scripts/real-targets/ctl for the WordPress in $home."
    echo "define('DB_NAME', 'wordpress');"
    echo "define('DB_USER', 'wordpress');"
    echo "define('DB_PASSWORD', '$(rt_password)');"
    echo "define('DB_HOST', 'localhost:$(wordpress_socket)');"
    echo "define('WP_HOME', '$WORDPRESS_URL');"
    echo "define('WP_SITEURL', '$WORDPRESS_URL');"
    echo "define('WP_CONTENT_DIR', '$home/wp-content');"
    echo "// Application Passwords need HTTPS or a local environment; this is the latter."
    echo "define('WP_ENVIRONMENT_TYPE', 'local');"
    echo "// A real target contacts nothing: no update checks, no news, no outgoing HTTP."
    echo "define('WP_HTTP_BLOCK_EXTERNAL', true);"
    echo "define('AUTOMATIC_UPDATER_DISABLED', true);"
    for key in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
      k=$(rt_password)$(rt_password)
      echo "define('$key', '$k');"
    done
  } >"$tmp"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo install -D -m 600 -o "$(id -un)" "$tmp" "$(wordpress_config_file)"
  rm -f "$tmp"
}

wordpress_config_value() {
  sed -n "s/^define('$1', '\\(.*\\)');\$/\\1/p" "$(wordpress_config_file)"
}

wordpress_launch() {
  local home sock i
  home=$(wordpress_home)
  sock=$(wordpress_socket)
  if ! rt_pid "$(wordpress_db_pidfile)" >/dev/null; then
    rt_launch "$(wordpress_db_pidfile)" "$(wordpress_db_log)" mariadbd --no-defaults \
      --datadir="$home/db" --socket="$sock" --skip-networking --user="$(id -un)" \
      --pid-file="$home/db/mariadbd.pid"
    for ((i = 0; i < 240; i++)); do
      mariadb-admin --no-defaults --socket="$sock" -u "$(id -un)" ping >/dev/null 2>&1 && break
      rt_pid "$(wordpress_db_pidfile)" >/dev/null || { tail -n 20 "$(wordpress_db_log)" >&2; rt_die "mariadbd died (log: $(wordpress_db_log))"; }
      sleep 0.25
    done
    mariadb --no-defaults --socket="$sock" -u "$(id -un)" <<EOF || rt_die "could not create WordPress's database user"
CREATE DATABASE IF NOT EXISTS wordpress;
CREATE USER IF NOT EXISTS 'wordpress'@'localhost' IDENTIFIED BY '$(wordpress_config_value DB_PASSWORD)';
GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';
EOF
  fi
  DOCDRIFT_WP_CONFIG=$(wordpress_config_name) PHP_CLI_SERVER_WORKERS=4 \
    rt_launch "$(wordpress_pidfile)" "$(wordpress_log)" \
    php -S "127.0.0.1:$WORDPRESS_PORT" -t /usr/share/wordpress "$home/router.php"
  rt_wait_http "$WORDPRESS_URL/wp-login.php" 60 "$(wordpress_pidfile)" "$(wordpress_log)"
}

# wordpress_first_admin: runs WordPress's installer once, with a random admin password written
# only to the owner-only credentials file; reuses that file afterwards.
wordpress_first_admin() {
  local creds page password status
  creds=$(wordpress_credentials)
  page=$(curl -fsS --max-time 30 "$WORDPRESS_URL/wp-admin/install.php") || rt_die "GET /wp-admin/install.php failed"
  if grep -q 'Already Installed' <<<"$page"; then
    [ -f "$creds" ] || rt_die "WordPress is installed but $creds is gone: 'ctl reset wordpress' starts over"
    # site-editor.md renames the site: each start gives back the installer's title, so that
    # the procedure has a change to save (typing the title the site already has leaves Save
    # disabled).
    mariadb --no-defaults --socket="$(wordpress_socket)" -u "$(id -un)" wordpress \
      -e "UPDATE wp_options SET option_value='docdrift target' WHERE option_name='blogname';" ||
      rt_die "could not give the site its title back"
    return 0
  fi
  password=$(rt_password)
  # The password goes to curl through an owner-only file, never on a command line; the
  # installer wants it twice.
  local pwfile
  pwfile=$(umask 077 && mktemp "$(wordpress_home)/run/pw.XXXXXX")
  printf '%s' "$password" >"$pwfile"
  status=$(curl -sS --max-time 120 -o /dev/null -w '%{http_code}' \
    --data-urlencode "weblog_title=docdrift target" --data-urlencode "user_name=$WORDPRESS_ADMIN" \
    --data-urlencode "admin_password@$pwfile" --data-urlencode "admin_password2@$pwfile" \
    --data-urlencode "admin_email=$WORDPRESS_ADMIN_EMAIL" --data-urlencode "blog_public=0" \
    "$WORDPRESS_URL/wp-admin/install.php?step=2")
  rm -f "$pwfile"
  [ "$status" = 200 ] || rt_die "WordPress's installer answered HTTP $status"
  mariadb --no-defaults --socket="$(wordpress_socket)" -u "$(id -un)" wordpress \
    -e "UPDATE wp_options SET option_value='0' WHERE option_name='show_avatars';" ||
    rt_die "could not turn avatars off"
  rt_write_credentials "$creds" "$WORDPRESS_ADMIN" "$password"
  rt_say "installed WordPress with admin $WORDPRESS_ADMIN; credentials in $creds"
}

wordpress_stop() {
  rt_stop "$(wordpress_pidfile)" "wordpress (PHP)"
  rt_stop "$(wordpress_db_pidfile)" "wordpress (MariaDB)"
}

# wordpress_reset_data: forgets the database, the uploads and the admin; keeps the packages.
wordpress_reset_data() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  rm -rf "$(wordpress_home)/db" "$(wordpress_home)/wp-content/uploads" "$(wordpress_credentials)"
  $sudo rm -f "$(wordpress_config_file)"
}
