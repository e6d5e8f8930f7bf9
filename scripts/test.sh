#!/usr/bin/env bash
# Every test, in the order that fails fastest: lint and format, types, unit and contract tests, then the
# production build, two instances of it sharing a real Redis, the container smoke test, and Playwright
# against the build with the Vercel build check beside it. Installs Debian's Chromium and
# redis-server when missing (the tests start redis-server themselves).
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
  local began=$SECONDS status=0
  "$@" || status=$?
  echo "test step [$((SECONDS - began)) s] $*"
  return "$status"
}

# Steps that do not wait on one another run side by side on the two cores. `start_beside`
# starts one in the background; `finish_beside` waits for each of them, prints its output
# whole, in order, and fails if any of them failed.
beside_pids=()
beside_logs=()
start_beside() {
  local log
  log=$(mktemp)
  # Word splitting is the point: the argument is one command line, with no quoting inside.
  # shellcheck disable=SC2086
  (step $1) >"$log" 2>&1 &
  beside_pids+=($!)
  beside_logs+=("$log")
}
finish_beside() {
  local status=0 i
  for i in "${!beside_pids[@]}"; do
    wait "${beside_pids[$i]}" || status=1
    cat "${beside_logs[$i]}"
    rm -f "${beside_logs[$i]}"
  done
  beside_pids=()
  beside_logs=()
  return "$status"
}
side_by_side() {
  local command
  for command in "$@"; do start_beside "$command"; done
  finish_beside
}

began=$SECONDS
# Fetching the Vercel CLI waits on the network, not the cores: it goes alongside the checks.
side_by_side "npm run lint" "npm run format:check" "npm run typecheck" \
  "node --import tsx scripts/vercel-build-check.ts --install-cli"
step npm run test:unit
step npm run build
side_by_side "npm run test:integration" "node --import tsx scripts/container-smoke.ts"
# The Vercel build shares nothing with Playwright's run. Beside it, at a lower priority, it
# takes the CPU left idle while tests wait on timers and servers, instead of a step of its own.
start_beside "nice -n 10 node --import tsx scripts/vercel-build-check.ts"
e2e_status=0
step npm run test:e2e || e2e_status=$?
finish_beside
[ "$e2e_status" -eq 0 ]
echo "test command [$((SECONDS - began)) s] every test passed"
