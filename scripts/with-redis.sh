#!/usr/bin/env bash
# Run a command against a throw-away Redis server:
#   scripts/with-redis.sh pytest ...
# Starts redis-server on 127.0.0.1 on a free port, in memory only (no files), exports
# REDIS_URL, runs the command, then stops the server, whatever the command's outcome.
set -euo pipefail

if ! command -v redis-server >/dev/null 2>&1; then
  echo "with-redis: redis-server not found; install redis-server" >&2
  exit 1
fi

tmp=$(mktemp -d -t civiced-redis.XXXXXX)
# A free port on 127.0.0.1, chosen by the kernel.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

pid=""
cleanup() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

redis-server --bind 127.0.0.1 --port "$port" --save "" --appendonly no \
  --dir "$tmp" --logfile "$tmp/server.log" --daemonize no &
pid=$!
# Wait until it answers (at most 10 seconds).
for _ in $(seq 1 100); do
  if python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2).close()" 2>/dev/null; then
    break
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    cat "$tmp/server.log" >&2
    exit 1
  fi
  sleep 0.1
done

export REDIS_URL="redis://127.0.0.1:$port/0"
echo "with-redis: Redis $(redis-server --version | awk '{print $3}' | cut -d= -f2) on 127.0.0.1:$port"
set +e
"$@"
status=$?
set -e
exit $status
