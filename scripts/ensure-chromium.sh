#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright cannot download its own browsers on our machines).
# Install it when missing, so `npm test` works on a fresh Debian machine; elsewhere set CHROMIUM_PATH.
set -euo pipefail
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$path" ] && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing Debian's chromium for the browser tests…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "No Chromium at $path: install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary." >&2
exit 1
