#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs what it needs (Debian chromium for the
# browser tests, Debian postgresql for the PostgreSQL tests, npm dependencies, the pinned Claude
# Code CLI for test/real-claude), generates code, builds the web UI, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if [ ! -x /usr/bin/chromium ]; then
  echo "== installing chromium (Debian package) for the browser tests"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >/dev/null
fi

# PostgreSQL binaries for the scale-out tests and the PostgreSQL migration check: each test starts its
# own server (initdb in a temporary directory), so no cluster is wanted from the package itself.
if ! command -v initdb >/dev/null && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "== installing postgresql (Debian package) for the PostgreSQL tests"
  as_root mkdir -p /etc/postgresql-common
  [ -e /etc/postgresql-common/createcluster.conf ] ||
    echo "create_main_cluster = false" | as_root tee /etc/postgresql-common/createcluster.conf >/dev/null
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

echo "== generate, build (web UI, hook, server and CLI bundles), typecheck, lint (${SECONDS} s so far)"
npm run build --silent
npm run typecheck
npm run lint --silent

# The real-CLI tests run @anthropic-ai/claude-code (pinned) from .cache/claude-code/<version>/: installed
# once from the npm registry (~400 MB), reused afterwards. A failed install does not stop the suite:
# those tests try again themselves and fail with the install's error.
echo "== Claude Code CLI for test/real-claude (${SECONDS} s so far)"
npx tsx test/real-claude/install.ts || echo "== the Claude Code install failed: the test/real-claude tests will fail"

echo "== tests (${SECONDS} s so far)"
status=0
npx vitest run "$@" || status=$?
echo "== npm test took ${SECONDS} s"
exit $status
