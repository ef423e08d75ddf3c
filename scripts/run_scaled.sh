#!/usr/bin/env bash
# Demo of the scaled-out coach on one machine: a private PostgreSQL and Redis (Debian packages
# `postgresql` and `redis-server`, in var/scaled/, on 127.0.0.1), one action server and
# N Rasa servers (default 2) on RASA_PORT, RASA_PORT+1, ... all with endpoints.scaled.yml.
# Any server answers any message of any conversation. Ctrl-C stops everything.
#   scripts/run_scaled.sh [N]
# With your own PostgreSQL/Redis: set COACH_PG_* and COACH_REDIS_* (see endpoints.scaled.yml)
# and this script uses them instead of starting its own.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
N=${1:-2}
RASA_PORT=${RASA_PORT:-5005}
export ACTION_PORT=${ACTION_PORT:-5055}
export SANIC_HOST=127.0.0.1
MODEL=${COACH_MODEL:-models/coach.tar.gz}
STATE=$PWD/var/scaled
mkdir -p "$STATE"

[ -s "$MODEL" ] || { echo "No model $MODEL: run make train" >&2; exit 2; }

pids=()
cleanup=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  for cmd in "${cleanup[@]}"; do eval "$cmd" || true; done
}
trap stop EXIT
trap 'exit 130' INT TERM

as_pg() {  # PostgreSQL refuses to run as root
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ -z "${COACH_PG_HOST:-}" ]; then
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -x "$PGBIN/initdb" ] || { echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2; exit 1; }
  export COACH_PG_HOST=127.0.0.1 COACH_PG_PORT=${COACH_PG_PORT:-5433} COACH_PG_DB=coach \
    COACH_PG_USER=coach COACH_PG_PASSWORD=${COACH_PG_PASSWORD:-coach-demo}
  PGDATA=$STATE/pg
  [ "$(id -u)" = 0 ] && chown postgres: "$STATE"
  if [ ! -d "$PGDATA" ]; then
    echo "$COACH_PG_PASSWORD" > "$STATE/pwfile"
    [ "$(id -u)" = 0 ] && chown postgres: "$STATE/pwfile"
    as_pg "$PGBIN/initdb" -D "$PGDATA" -U coach --pwfile="$STATE/pwfile" --auth-local=trust \
      --auth-host=scram-sha-256 -E UTF8 --locale=C >/dev/null
    rm -f "$STATE/pwfile"
    fresh=1
  fi
  as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$STATE/postgres.log" -w start \
    -o "-c listen_addresses=127.0.0.1 -p $COACH_PG_PORT -c unix_socket_directories=$STATE" >/dev/null
  cleanup+=("as_pg '$PGBIN/pg_ctl' -D '$PGDATA' -m fast -w stop >/dev/null")
  [ -n "${fresh:-}" ] && as_pg "$PGBIN/createdb" -h "$STATE" -p "$COACH_PG_PORT" -U coach coach
fi
if [ -z "${COACH_REDIS_HOST:-}" ]; then
  command -v redis-server >/dev/null || { echo "Redis is not installed: apt-get install -y redis-server" >&2; exit 1; }
  export COACH_REDIS_HOST=127.0.0.1 COACH_REDIS_PORT=${COACH_REDIS_PORT:-6380} COACH_REDIS_DB=1
  redis-server --port "$COACH_REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --dir "$STATE" \
    > "$STATE/redis.log" 2>&1 &
  pids+=($!)
fi
for var in COACH_PG_HOST COACH_PG_PORT COACH_PG_DB COACH_PG_USER COACH_PG_PASSWORD \
           COACH_REDIS_HOST COACH_REDIS_PORT COACH_REDIS_DB; do
  [ -n "${!var+set}" ] || { echo "$var is not set (endpoints.scaled.yml needs it)" >&2; exit 1; }
done
# Reminders and `make purge` use the same database.
export COACH_REMINDER_DB_URL=${COACH_REMINDER_DB_URL:-postgresql://$COACH_PG_USER:$COACH_PG_PASSWORD@$COACH_PG_HOST:$COACH_PG_PORT/$COACH_PG_DB}
export COACH_TRACKER_URL=${COACH_TRACKER_URL:-$COACH_REMINDER_DB_URL}

$BIN/rasa run actions --actions actions --port "$ACTION_PORT" --quiet > "$STATE/actions.log" 2>&1 &
pids+=($!)
auth=()
[ -n "${COACH_API_TOKEN:-}" ] && auth=(--auth-token "$COACH_API_TOKEN")
urls=()
for i in $(seq 0 $((N - 1))); do
  port=$((RASA_PORT + i))
  "$BIN/python" -m runtime.launch run --model "$MODEL" --interface 127.0.0.1 --port "$port" --enable-api "${auth[@]}" \
    --endpoints endpoints.scaled.yml --credentials credentials.yml > "$STATE/rasa-$i.log" 2>&1 &
  pids+=($!)
  urls+=("http://127.0.0.1:$port")
done
for url in "http://127.0.0.1:$ACTION_PORT/health" "${urls[@]}"; do
  for _ in $(seq 1 360); do curl -fsS -o /dev/null "$url" 2>/dev/null && break; sleep 0.5; done
  curl -fsS -o /dev/null "$url" || { echo "$url did not start; see $STATE/*.log" >&2; exit 1; }
done

cat <<MSG

Opfølgningscoachen kører på $N Rasa-servere (PostgreSQL $COACH_PG_HOST:$COACH_PG_PORT, Redis $COACH_REDIS_HOST:$COACH_REDIS_PORT).
  Rasa:  ${urls[*]}
  Try one conversation on two servers:
    curl -s -XPOST ${urls[0]}/webhooks/rest/webhook -d '{"sender": "mig", "message": "Hej"}'
    curl -s -XPOST ${urls[$((N > 1 ? 1 : 0))]}/webhooks/rest/webhook -d '{"sender": "mig", "message": "i tirsdags"}'
  Put deploy/nginx.conf.example in front for one address. Logs: $STATE/
Stop with Ctrl-C.
MSG
wait -n "${pids[@]}"
