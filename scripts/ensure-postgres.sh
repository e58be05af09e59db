#!/usr/bin/env bash
# The store's tests run against a real PostgreSQL that they start themselves (initdb/pg_ctl in a temp dir).
# Install Debian's postgresql when its tools are missing, so `npm test` works on a fresh Debian machine;
# elsewhere set PG_BIN to the folder holding initdb and pg_ctl. Without them the PostgreSQL suites fail.
set -euo pipefail
if [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/initdb" ]; then exit 0; fi
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing Debian's postgresql for the store tests…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
  exit 0
fi
echo "No PostgreSQL tools (initdb, pg_ctl): install them (apt-get install postgresql) or set PG_BIN; the PostgreSQL suites will fail." >&2
exit 0
