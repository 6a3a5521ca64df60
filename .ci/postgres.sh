#!/usr/bin/env bash
# Starts a throw-away PostgreSQL as an unprivileged user on 127.0.0.1 and a free port.
# Usage: source .ci/postgres.sh; start_postgres; ... ; stop_postgres
# Sets PG_URL (superuser "postgres", trust auth on loopback only).

pg_bin_dir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return; }
  done
  command -v initdb >/dev/null && dirname "$(readlink -f "$(command -v initdb)")"
}

install_postgres_if_missing() {
  if [ -z "$(pg_bin_dir)" ]; then
    echo "== installing PostgreSQL (Debian package)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

start_postgres() {
  install_postgres_if_missing
  local bin; bin=$(pg_bin_dir)
  PG_USER=postgres
  id "$PG_USER" >/dev/null 2>&1 || useradd --system --no-create-home "$PG_USER"
  PG_DIR=$(mktemp -d /tmp/cantiere-ci-pg.XXXXXX)
  chown "$PG_USER" "$PG_DIR"
  PG_PORT=$(free_port)
  local as_pg=(runuser -u "$PG_USER" --)
  [ "$(id -u)" = "0" ] || as_pg=()
  "${as_pg[@]}" "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log"; return 1; }
  "${as_pg[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c max_connections=200 -c fsync=off" start >/dev/null \
    || { cat "$PG_DIR/server.log"; return 1; }
  PG_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
  PG_STOP=("${as_pg[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -m fast -w stop)
  PG_RESTART="${as_pg[*]} $bin/pg_ctl -D $PG_DIR/data -l $PG_DIR/server.log -m fast -w restart"
  export PG_RESTART
  echo "== PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  "${PG_STOP[@]}" >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=
}
