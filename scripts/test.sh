#!/usr/bin/env bash
# Every test, in the order that fails fastest: lint and format, types, unit and contract tests, then the
# production build, two instances of it sharing a real Redis, and Playwright against it. Installs
# Debian's Chromium and redis-server when missing (the tests start redis-server themselves).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

chromium="${PLAYWRIGHT_CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "Installing Debian's Chromium for Playwright…"
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi

if ! command -v redis-server >/dev/null; then
  echo "Installing Debian's redis-server for the shared-store tests…"
  apt-get update -qq && apt-get install -y -qq redis-server >/dev/null
fi

npm run lint
npm run format:check
npm run typecheck
npm run test:unit
npm run build
npm run test:integration
node --import tsx scripts/container-smoke.ts
node --import tsx scripts/vercel-build-check.ts
npm run test:e2e
