#!/usr/bin/env bash
# Start the action server and Rasa on 127.0.0.1, wait until both answer, print
# where to chat (web page, REST, Telegram); Ctrl-C stops all. `--shell` chats in this terminal instead.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
# Rasa through runtime.launch: TensorFlow is loaded only when the model uses it.
RASA=("$BIN/python" -m runtime.launch)
RASA_PORT=${RASA_PORT:-5005}
ACTION_PORT=${ACTION_PORT:-5055}
WEB_PORT=${WEB_PORT:-8080}
export COACH_TRACKER_DB=${COACH_TRACKER_DB:-$PWD/var/tracker.db}
mkdir -p var

MODEL=${COACH_MODEL:-models/coach.tar.gz}
if [ ! -s "$MODEL" ] || ! tar -tzf "$MODEL" >/dev/null 2>&1; then
  echo "The model $MODEL is missing or damaged. Train it again: rm -f $MODEL && make train" >&2
  echo "(Modellen $MODEL mangler eller er beskadiget. Kør: rm -f $MODEL && make train)" >&2
  exit 2
fi

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$RASA_PORT" "$ACTION_PORT" "$WEB_PORT"; do
  if port_busy "$port"; then
    echo "Port $port on 127.0.0.1 is already in use: is Opfølgningscoachen already running (make run)?" >&2
    echo "Stop it first (Ctrl-C in its terminal), or choose other ports:" \
      "make run RASA_PORT=5006 ACTION_PORT=5056 WEB_PORT=8081" >&2
    exit 1
  fi
done

pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT
trap 'exit 130' INT TERM

SANIC_HOST=127.0.0.1 $BIN/rasa run actions --actions actions --port "$ACTION_PORT" --quiet \
  > var/actions.log 2>&1 &
pids+=($!)

auth=()
[ -n "${COACH_API_TOKEN:-}" ] && auth=(--auth-token "$COACH_API_TOKEN")

wait_for() {  # url, name, log
  for _ in $(seq 1 240); do
    if curl -fsS -o /dev/null "$1" 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "$2 did not start; see $3" >&2
  tail -n 20 "$3" >&2
  exit 1
}

if [ "${1:-}" = "--shell" ]; then
  wait_for "http://127.0.0.1:$ACTION_PORT/health" "The action server" var/actions.log
  "${RASA[@]}" shell --model "$MODEL" --endpoints endpoints.yml --quiet
  exit 0
fi

# Only the web chat's own page may call Rasa from a browser (COACH_CORS_ORIGIN to change it).
CORS_ORIGIN=${COACH_CORS_ORIGIN:-http://127.0.0.1:$WEB_PORT}
"${RASA[@]}" run --model "$MODEL" --interface 127.0.0.1 --port "$RASA_PORT" \
  --enable-api --cors "$CORS_ORIGIN" --endpoints endpoints.yml --credentials credentials.yml "${auth[@]}" \
  > var/rasa.log 2>&1 &
pids+=($!)

wait_for "http://127.0.0.1:$ACTION_PORT/health" "The action server" var/actions.log
wait_for "http://127.0.0.1:$RASA_PORT/" "Rasa" var/rasa.log

web="(no web chat: run scripts/setup_web.sh, which needs Node.js and npm)"
if [ -d web/node_modules/rasa-webchat ]; then
  echo "window.COACH_RASA_URL = \"http://127.0.0.1:$RASA_PORT\";" > web/config.js
  $BIN/python scripts/serve_web.py "$WEB_PORT" > var/web.log 2>&1 &
  pids+=($!)
  wait_for "http://127.0.0.1:$WEB_PORT/" "The web chat" var/web.log
  web="http://127.0.0.1:$WEB_PORT/"
fi
telegram="off (set TELEGRAM_TOKEN, see docs/telegram.md)"
[ -n "${TELEGRAM_TOKEN:-}" ] && telegram="http://127.0.0.1:$RASA_PORT/webhooks/telegram/webhook"
# Reminders (reminders/worker.py) reach users on Telegram only, so the worker runs with it.
if [ -n "${TELEGRAM_TOKEN:-}" ]; then
  RASA_URL="http://127.0.0.1:$RASA_PORT" $BIN/python -m reminders.worker > var/reminders.log 2>&1 &
  pids+=($!)
  telegram="$telegram (reminders: var/reminders.log)"
fi

cat <<MSG

Opfølgningscoachen kører.
  Web chat:       $web
  Chat (REST):    curl -s -XPOST http://127.0.0.1:$RASA_PORT/webhooks/rest/webhook \\
                    -d '{"sender": "mig", "message": "Hej"}'
  HTTP API:       http://127.0.0.1:$RASA_PORT/conversations/mig/tracker${COACH_API_TOKEN:+?token=...}
  Action server:  http://127.0.0.1:$ACTION_PORT/health
  Telegram:       $telegram
  Logs:           var/rasa.log, var/actions.log
Stop with Ctrl-C.
MSG
wait -n "${pids[@]}"
