#!/usr/bin/env bash
# Runs TeamsMockBot on this machine with a local Teams client, nothing from Azure:
#   - builds the bot and starts it on http://127.0.0.1:3978 (no App Id: authentication off,
#     loopback only; data in Bot/TeamsMockBot/.data/);
#   - starts the Microsoft 365 Agents Playground (tools/, pinned) pointed at it, with the people and
#     chats of tools/playground/.m365agentsplayground.yml (you are Sam Student);
#   - prints the address to open in a browser. Ctrl+C stops both.
# Logs go to artifacts/run-local/.
#
#   scripts/run-local.sh            data as JSON files in Bot/TeamsMockBot/.data/
#   scripts/run-local.sh --azurite  data as blobs in a local Azurite (tools/, pinned) that this script
#                                   starts and stops; its data persists in artifacts/run-local/azurite-data/
set -euo pipefail

use_azurite=false
for arg in "$@"; do
  case "$arg" in
    --azurite) use_azurite=true ;;
    *) echo "run-local: unknown option $arg (use --azurite or nothing)" >&2; exit 2 ;;
  esac
done

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

bot_url="http://127.0.0.1:3978"
playground_port=56150 # the Playground moves to a random free port if this one is busy
logs="$repo_root/artifacts/run-local"
bot_pid=""
playground_pid=""
azurite_pid=""
data_where="Bot/TeamsMockBot/.data/"

stopped=false
stop_all() {
  [[ "$stopped" == false ]] || return 0
  stopped=true
  [[ -n "$bot_pid$playground_pid$azurite_pid" ]] || return 0
  echo
  echo "Stopping..."
  for pid in $playground_pid $bot_pid; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in $playground_pid $bot_pid; do
    wait "$pid" 2>/dev/null || true
  done
  # Azurite last: the bot may still be saving while it stops.
  if [[ -n "$azurite_pid" ]]; then
    kill "$azurite_pid" 2>/dev/null || true
    wait "$azurite_pid" 2>/dev/null || true
  fi
  echo "Stopped."
}
trap stop_all EXIT
trap 'stop_all; exit 130' INT TERM

# Polls a URL until it answers (any HTTP status) or the timeout passes; node is always here.
wait_for_http() { # wait_for_http URL SECONDS
  node -e '
    const [url, seconds] = process.argv.slice(1);
    const until = Date.now() + seconds * 1000;
    (async () => {
      while (Date.now() < until) {
        try { await fetch(url); process.exit(0); } catch { await new Promise(r => setTimeout(r, 250)); }
      }
      process.exit(1);
    })();' "$1" "$2"
}

scripts/install-prereqs.sh --no-browser # the browser here is yours
mkdir -p "$logs"

if (exec 3<>/dev/tcp/127.0.0.1/3978) 2>/dev/null; then
  echo "Port 3978 is already in use (another run of the bot?). Stop it and try again." >&2
  exit 1
fi

if [[ "$use_azurite" == true ]]; then
  echo "Starting Azurite (local Azure Blob storage)..."
  mkdir -p "$logs/azurite-data"
  # Ports chosen by the OS (no clash with another Azurite); the real ones are in its start-up lines.
  # --skipApiVersionCheck: the Blobs 12.30 SDK asks for a service version newer than Azurite 3.37 knows.
  (
    cd "$logs/azurite-data"
    exec "$repo_root/tools/node_modules/.bin/azurite" \
      --blobHost 127.0.0.1 --blobPort 0 --queueHost 127.0.0.1 --queuePort 0 --tableHost 127.0.0.1 --tablePort 0 \
      --location "$logs/azurite-data" --skipApiVersionCheck --silent --disableTelemetry
  ) >"$logs/azurite.out" 2>&1 &
  azurite_pid=$!
  blob_url=""
  queue_url=""
  for _ in $(seq 1 120); do
    blob_url="$(sed -n 's/^Azurite Blob service is successfully listening at \(http:[^ ]*\).*/\1/p' "$logs/azurite.out" | head -n1)"
    queue_url="$(sed -n 's/^Azurite Queue service is successfully listening at \(http:[^ ]*\).*/\1/p' "$logs/azurite.out" | head -n1)"
    [[ -n "$blob_url" && -n "$queue_url" ]] && break
    kill -0 "$azurite_pid" 2>/dev/null || break
    sleep 0.25
  done
  if [[ -z "$blob_url" || -z "$queue_url" ]]; then
    echo "Azurite did not start; see $logs/azurite.out:" >&2
    tail -n 20 "$logs/azurite.out" >&2
    exit 1
  fi
  # Azurite's well-known development account (public; not a secret). Explicit endpoints: the ports are not the defaults.
  export Storage__BlobConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=$blob_url/devstoreaccount1;QueueEndpoint=$queue_url/devstoreaccount1;"
  data_where="Azurite at $blob_url, container teamsmockbot"
fi

echo "Building the bot..."
dotnet build Bot/TeamsMockBot/TeamsMockBot.csproj -c Debug -nologo -v:quiet

echo "Starting the bot on $bot_url ..."
# Run the built app from its project folder: that is its content root, so its data lands in
# Bot/TeamsMockBot/.data/ (git-ignored) and survives restarts.
(
  cd Bot/TeamsMockBot
  ASPNETCORE_ENVIRONMENT=Development exec dotnet bin/Debug/net10.0/TeamsMockBot.dll --urls "$bot_url"
) >"$logs/bot.log" 2>&1 &
bot_pid=$!
if ! wait_for_http "$bot_url/healthz" 60; then
  echo "The bot did not start; see $logs/bot.log:" >&2
  tail -n 20 "$logs/bot.log" >&2
  exit 1
fi

echo "Starting the Microsoft 365 Agents Playground..."
# APPLICATION_INSIGHTS_NO_STATSBEAT / --disable-telemetry: no telemetry calls to the network.
# TEAMSAPPTESTER_BROWSER=none: do not try to open a browser from here.
# The preload makes it listen on 127.0.0.1 only (by itself it listens on every interface).
(
  cd "$logs" # it may drop a devTools/ folder in its working directory
  APPLICATION_INSIGHTS_NO_STATSBEAT=true \
  TEAMSAPPTESTER_BROWSER=none \
  M365_AGENTS_PLAYGROUND_CONFIG_PATH="$repo_root/tools/playground/.m365agentsplayground.yml" \
  M365_AGENTS_PLAYGROUND_LOGFILE="$logs/playground.log" \
  NODE_OPTIONS="--require \"$repo_root/tools/playground/loopback-only.cjs\"" \
  exec "$repo_root/tools/node_modules/.bin/agentsplayground" \
    -e "$bot_url/api/messages" -c msteams -p "$playground_port" --disable-telemetry
) >"$logs/playground.out" 2>&1 &
playground_pid=$!

# The real port is in its "Listening on N" line.
port=""
for _ in $(seq 1 120); do
  port="$(sed -n 's/^Listening on \([0-9][0-9]*\).*/\1/p' "$logs/playground.out" | head -n1)"
  [[ -n "$port" ]] && break
  kill -0 "$playground_pid" 2>/dev/null || break
  sleep 0.25
done
if [[ -z "$port" ]] || ! wait_for_http "http://127.0.0.1:$port/" 30; then
  echo "The Agents Playground did not start; see $logs/playground.out:" >&2
  tail -n 20 "$logs/playground.out" >&2
  exit 1
fi

cat <<MSG

TeamsMockBot is running with a local Teams client.

  Open in your browser:  http://127.0.0.1:$port/
  You are Sam Student (a student). In "Personal Chat" type:
      help    to see what the bot can do
      mock    to set up a mock interview (solo practice in the personal chat)
  In the group chat "Mock interview prep" (Sam, Morgan Mentor and others) mention the bot first:
      @Mock Interviews mock

  Bot endpoint:  $bot_url/api/messages   (data: $data_where)
  Logs:          artifacts/run-local/bot.log, artifacts/run-local/playground.log

Press Ctrl+C to stop both.
MSG

# Run until Ctrl+C, or until one of the two stops by itself.
set +e
wait -n "$bot_pid" "$playground_pid"
code=$?
set -e
if kill -0 "$bot_pid" 2>/dev/null; then
  echo "The Agents Playground stopped (exit $code); see $logs/playground.out." >&2
else
  echo "The bot stopped (exit $code); see $logs/bot.log." >&2
fi
exit 1
