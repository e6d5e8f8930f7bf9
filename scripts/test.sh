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

# Each step's wall time, so a slow test command says where its minutes went.
step() {
  local began=$SECONDS
  "$@"
  echo "test step [$((SECONDS - began)) s] $*"
}

# Steps that do not wait on one another run side by side on the two cores; each one's
# output is printed whole, in order, once it has ended. Fails if any of them failed.
side_by_side() {
  local logs status=0 i
  local -a pids=()
  logs=$(mktemp -d)
  for i in $(seq 1 $#); do
    # Word splitting is the point: each argument is one command line, with no quoting inside.
    # shellcheck disable=SC2086
    (step ${!i}) >"$logs/$i" 2>&1 &
    pids+=($!)
  done
  for i in $(seq 1 $#); do
    wait "${pids[$((i - 1))]}" || status=1
    cat "$logs/$i"
  done
  rm -rf "$logs"
  return "$status"
}

began=$SECONDS
# Fetching the Vercel CLI waits on the network, not the cores: it goes alongside the checks.
side_by_side "npm run lint" "npm run format:check" "npm run typecheck" \
  "node --import tsx scripts/vercel-build-check.ts --install-cli"
step npm run test:unit
step npm run build
side_by_side "npm run test:integration" "node --import tsx scripts/container-smoke.ts" \
  "node --import tsx scripts/vercel-build-check.ts"
step npm run test:e2e
echo "test command [$((SECONDS - began)) s] every test passed"
