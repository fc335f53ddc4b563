#!/usr/bin/env bash
# A local PostgreSQL 15 for development and tests, on 127.0.0.1 only. Idempotent.
#
#   scripts/pg-local.sh start    initdb into data/pg (first time), start on 127.0.0.1:55432,
#                                create the role and the databases below
#   scripts/pg-local.sh stop     stop the server (the data stays in data/pg)
#   scripts/pg-local.sh status   exit 0 when the server answers
#   scripts/pg-local.sh url [db] print the connection URL of a database (default: the app's)
#   scripts/pg-local.sh installed  exit 0 when the PostgreSQL server binaries are installed
#
# Run as root, the server runs as the `postgres` user; run as anyone else, as that user.
# Install the server with `apt-get install -y postgresql` (CI does it in .ci/run).
# Environment: PG_LOCAL_PORT (55432), PG_LOCAL_DIR (data/pg; under /tmp when the postgres user
# cannot reach the project folder).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PG_LOCAL_PORT:-55432}"
HOST=127.0.0.1
DATA_DIR="${PG_LOCAL_DIR:-data/pg}"
[[ "$DATA_DIR" = /* ]] || DATA_DIR="$(pwd)/$DATA_DIR"
# The server runs as `postgres`: if it cannot reach the project folder (a private parent
# folder), keep the data in a folder of its own under /tmp instead.
if [ -z "${PG_LOCAL_DIR:-}" ] && [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1 &&
  ! runuser -u postgres -- test -x "$(pwd)" 2>/dev/null; then
  DATA_DIR="${TMPDIR:-/tmp}/policy-calculator-pg-$(pwd | md5sum | cut -c1-8)"
fi
ADMIN_USER=postgres
ADMIN_PASSWORD=postgres
APP_USER=policy
APP_PASSWORD=policy
# The app's database, vitest's, the multi-instance tests' and the load test's (scripts/bench-multi.mjs).
DATABASES=(policy_calculator policy_calculator_test policy_calculator_multi policy_calculator_bench)

find_bin() {
  local dir
  for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/pg_ctl" ] && [ -x "$dir/initdb" ]; then
      echo "$dir"
      return 0
    fi
  done
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"
    return 0
  fi
  return 1
}

url_of() {
  echo "postgresql://${APP_USER}:${APP_PASSWORD}@${HOST}:${PORT}/${1:-${DATABASES[0]}}"
}

# Runs a command as the server's owner: `postgres` when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

admin_psql() {
  PGPASSWORD="$ADMIN_PASSWORD" "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" \
    -U "$ADMIN_USER" -d postgres "$@"
}

running() {
  [ -f "$DATA_DIR/PG_VERSION" ] && as_owner "$BIN/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1
}

init_cluster() {
  [ -f "$DATA_DIR/PG_VERSION" ] && return 0
  echo "pg-local: initdb into $DATA_DIR"
  mkdir -p "$DATA_DIR"
  chmod 700 "$DATA_DIR"
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$DATA_DIR"
    if ! runuser -u postgres -- test -w "$DATA_DIR"; then
      echo "pg-local: the postgres user cannot write to $DATA_DIR; set PG_LOCAL_DIR." >&2
      exit 1
    fi
  fi
  local pwfile
  pwfile="$(mktemp)"
  echo "$ADMIN_PASSWORD" >"$pwfile"
  chmod 644 "$pwfile"
  as_owner "$BIN/initdb" -D "$DATA_DIR" -U "$ADMIN_USER" --pwfile="$pwfile" \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 \
    >/dev/null
  rm -f "$pwfile"
}

start() {
  init_cluster
  if ! running; then
    echo "pg-local: starting PostgreSQL on $HOST:$PORT"
    # No Unix socket: loopback TCP only. Small settings for a shared 2-core machine.
    as_owner "$BIN/pg_ctl" -D "$DATA_DIR" -l "$DATA_DIR/server.log" -w -t 60 \
      -o "-c listen_addresses=$HOST -p $PORT -c unix_socket_directories='' \
-c max_connections=200 -c shared_buffers=64MB -c fsync=off -c synchronous_commit=off \
-c full_page_writes=off" start >/dev/null
  fi
  admin_psql <<SQL
SELECT 'CREATE ROLE ${APP_USER} LOGIN PASSWORD ''${APP_PASSWORD}'' CREATEDB'
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_USER}') \gexec
SQL
  local db
  for db in "${DATABASES[@]}"; do
    admin_psql <<SQL
SELECT 'CREATE DATABASE ${db} OWNER ${APP_USER}'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '${db}') \gexec
SQL
  done
  echo "pg-local: ready: $(url_of)"
}

stop() {
  if running; then
    as_owner "$BIN/pg_ctl" -D "$DATA_DIR" -m fast -w stop >/dev/null
    echo "pg-local: stopped"
  else
    echo "pg-local: not running"
  fi
}

command="${1:-}"
case "$command" in
  installed)
    find_bin >/dev/null
    ;;
  url)
    url_of "${2:-}"
    ;;
  start | stop | status)
    if ! BIN="$(find_bin)"; then
      echo "pg-local: PostgreSQL is not installed (apt-get install -y postgresql)." >&2
      exit 2
    fi
    case "$command" in
      start) start ;;
      stop) stop ;;
      status) running ;;
    esac
    ;;
  *)
    echo "usage: scripts/pg-local.sh start|stop|status|url [db]|installed" >&2
    exit 64
    ;;
esac
