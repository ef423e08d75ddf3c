#!/usr/bin/env bash
# Install the web chat page's npm packages (web/node_modules) from web/package-lock.json and
# apply web/patches/ (patch-package: rasa-webchat without its Google-font @import, see
# web/patches/README.md), only when node_modules is missing or older than the lock file or a
# patch. Without npm it warns and exits 0: the REST and terminal chat do not need it.
set -euo pipefail
cd "$(dirname "$0")/../web"

if ! command -v npm >/dev/null 2>&1; then
  echo "WARNING: npm is not installed, so the web chat page (web/) is not set up." >&2
  echo "         Install Node.js 18+ with npm (Debian/Ubuntu: apt-get install -y nodejs npm), then run scripts/setup_web.sh." >&2
  echo "         The REST API and the terminal chat (make chat) work without it." >&2
  exit 0
fi
stale=0
[ -d node_modules ] || stale=1
for input in package-lock.json patches/*.patch; do
  [ -e "$input" ] && [ "$input" -nt node_modules ] && stale=1
done
[ "$stale" = 0 ] && exit 0  # up to date

echo "Installing the web chat's npm packages (npm ci in web/)..."
# No install scripts of dependencies; the patches are applied explicitly (package.json's
# postinstall does the same for a plain `npm ci`).
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
node_modules/.bin/patch-package --error-on-fail >/dev/null
touch node_modules
