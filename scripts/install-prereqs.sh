#!/usr/bin/env bash
# Installs what the build, the tests and the local run need beyond the .NET SDK and node/npm:
#   - Debian's chromium (headless browser for card rendering and end-to-end tests), with apt;
#   - the pinned npm tools in tools/ (Agents Playground, playwright-core, Adaptive Cards renderer,
#     Azurite for the blob-store tests and local runs against local blob storage).
# Idempotent and fast when everything is already there. Usage:
#   scripts/install-prereqs.sh              # everything
#   scripts/install-prereqs.sh --no-browser # npm tools only (enough to run the bot locally)
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
want_browser=true
for arg in "$@"; do
  case "$arg" in
    --no-browser) want_browser=false ;;
    *) echo "install-prereqs: unknown option $arg" >&2; exit 2 ;;
  esac
done

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "install-prereqs: '$1' is required but not on PATH" >&2; exit 1; }
}
need dotnet
need node
need npm

# Chromium: tests drive /usr/bin/chromium through Playwright; nothing downloads a browser build.
if [[ "$want_browser" == true && ! -x /usr/bin/chromium ]]; then
  if [[ "$(id -u)" -ne 0 ]]; then
    echo "install-prereqs: /usr/bin/chromium is missing; run as root or: sudo apt-get install -y chromium" >&2
    exit 1
  fi
  echo "install-prereqs: installing chromium with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi

# strace: the storage durability test watches the bot's system calls (fsync before rename).
if [[ ! -x /usr/bin/strace && "$(id -u)" -eq 0 ]]; then
  echo "install-prereqs: installing strace with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq strace >/dev/null
fi

# npm tools: reinstall when node_modules is missing or older than the lock file. The stamp is
# written only after a successful `npm ci`, so an interrupted install is retried next time.
tools="$repo_root/tools"
stamp="$tools/node_modules/.install-stamp"
if [[ ! -f "$stamp" || "$tools/package-lock.json" -nt "$stamp" ]]; then
  echo "install-prereqs: npm ci --prefix tools"
  npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error
  touch "$stamp"
fi
