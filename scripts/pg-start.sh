#!/usr/bin/env bash
# pg-start.sh starts a throwaway PostgreSQL for warta's tests on loopback
# (127.0.0.1:55432, trust auth, data under $WARTA_PG_DIR, default
# /tmp/warta-pg) and prints the line to use it:
#
#   eval "$(bash scripts/pg-start.sh)"     # sets DATABASE_URL
#
# It is idempotent: when the server already answers on the port it only
# prints the line. It installs nothing unless WARTA_PG_INSTALL=1 (then it
# runs apt-get install postgresql). Everything but the export line goes to
# stderr; on failure it prints the server log and exits non-zero.
set -euo pipefail

PORT=${WARTA_PG_PORT:-55432}
DIR=${WARTA_PG_DIR:-/tmp/warta-pg}
URL="postgres://postgres@127.0.0.1:${PORT}/postgres?sslmode=disable"

die() { echo "pg-start: FATAL: $*" >&2; [ -f "$DIR/log" ] && { echo "--- $DIR/log (last 40 lines) ---" >&2; tail -40 "$DIR/log" >&2; }; exit 1; }

if [ "${WARTA_PG_INSTALL:-0}" = 1 ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "pg-start: installing postgresql" >&2
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq postgresql; } >&2 || die "apt-get install postgresql failed"
fi

# Newest installed major version.
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
[ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ] || die "PostgreSQL is not installed (apt-get install postgresql, or WARTA_PG_INSTALL=1)"

if "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  echo "pg-start: PostgreSQL already answers on 127.0.0.1:$PORT" >&2
  echo "export DATABASE_URL='$URL'"
  exit 0
fi

# initdb and the server refuse to run as root: run them as postgres.
as_pg() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}

mkdir -p "$DIR"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
if [ ! -f "$DIR/data/PG_VERSION" ]; then
  rm -rf "$DIR/data"
  echo "pg-start: initdb in $DIR/data" >&2
  as_pg "$PGBIN/initdb -D '$DIR/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8" >"$DIR/initdb.log" 2>&1 ||
    { cat "$DIR/initdb.log" >&2; die "initdb failed"; }
fi
# A server killed without shutdown leaves a stale pid file behind.
if [ -f "$DIR/data/postmaster.pid" ] && ! as_pg "$PGBIN/pg_ctl -D '$DIR/data' status" >/dev/null 2>&1; then
  rm -f "$DIR/data/postmaster.pid"
fi
echo "pg-start: starting PostgreSQL on 127.0.0.1:$PORT" >&2
as_pg "$PGBIN/pg_ctl -D '$DIR/data' -l '$DIR/log' -w -t 60 -o \"-c listen_addresses=127.0.0.1 -p $PORT -k '$DIR' -c max_connections=200\" start" >&2 ||
  die "pg_ctl start failed"
"$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" -t 30 || die "PostgreSQL does not answer on 127.0.0.1:$PORT"
echo "export DATABASE_URL='$URL'"
