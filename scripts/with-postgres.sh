#!/usr/bin/env bash
# Run a command against a throw-away PostgreSQL server:
#   scripts/with-postgres.sh pytest ...
# Starts a fresh cluster in a temporary folder on 127.0.0.1, exports DATABASE_URL, runs the
# command, then stops the server and removes the folder, whatever the command's outcome.
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user
# (or `nobody` when that user does not exist).
set -euo pipefail

pg_bin=""
for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
  if [ -x "$dir/initdb" ]; then pg_bin=$dir; break; fi
done
if [ -z "$pg_bin" ] && command -v initdb >/dev/null 2>&1; then
  pg_bin=$(dirname "$(command -v initdb)")
fi
if [ -z "$pg_bin" ]; then
  echo "with-postgres: PostgreSQL server binaries not found; install postgresql-15" >&2
  exit 1
fi

tmp=$(mktemp -d -t civiced-pg.XXXXXX)
chmod 755 "$tmp"
run_as=()
if [ "$(id -u)" = 0 ]; then
  pg_user=postgres
  id "$pg_user" >/dev/null 2>&1 || pg_user=nobody
  chown "$pg_user" "$tmp"
  run_as=(runuser -u "$pg_user" --)
fi

# A free port on 127.0.0.1, chosen by the kernel.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

cleanup() {
  "${run_as[@]}" "$pg_bin/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

"${run_as[@]}" "$pg_bin/initdb" -D "$tmp/data" -U civiced --auth=trust -E UTF8 \
  --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 || { cat "$tmp/initdb.log" >&2; exit 1; }
"${run_as[@]}" "$pg_bin/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 60 start \
  -o "-h 127.0.0.1 -p $port -k $tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  >/dev/null || { cat "$tmp/server.log" >&2; exit 1; }
"${run_as[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U civiced civiced

export DATABASE_URL="postgres://civiced@127.0.0.1:$port/civiced"
echo "with-postgres: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
set +e
"$@"
status=$?
set -e
exit $status
