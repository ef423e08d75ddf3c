#!/usr/bin/env bash
# Install the web chat page's npm packages (web/node_modules) from web/package-lock.json,
# only when node_modules is missing or older than the lock file. Without npm it warns
# and exits 0: the REST and terminal chat do not need it.
set -euo pipefail
cd "$(dirname "$0")/../web"

if ! command -v npm >/dev/null 2>&1; then
  echo "WARNING: npm is not installed, so the web chat page (web/) is not set up." >&2
  echo "         Install Node.js 18+ with npm (Debian/Ubuntu: apt-get install -y nodejs npm), then run scripts/setup_web.sh." >&2
  echo "         The REST API and the terminal chat (make chat) work without it." >&2
  exit 0
fi
if [ -d node_modules ] && [ ! package-lock.json -nt node_modules ]; then
  exit 0  # up to date
fi
echo "Installing the web chat's npm packages (npm ci in web/)..."
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
touch node_modules
