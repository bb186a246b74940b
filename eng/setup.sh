#!/usr/bin/env bash
# Installs what the probes and the tests need and a fresh machine lacks: Chromium (Debian's packages, used when
# Playwright's own browsers are not installed), fonts for readable screenshots, and the npm package `allure`
# that builds the HTML report. Idempotent: does nothing when everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET 10 SDK is required (https://dot.net); install it and run again." >&2
  exit 1
fi
playwright_browsers="${PLAYWRIGHT_BROWSERS_PATH:-${HOME:-/root}/.cache/ms-playwright}"
if ! ls "$playwright_browsers"/chromium-* >/dev/null 2>&1; then
  # Debian's full browser (headed runs, the browser-server test) and its headless shell (every headless walk: what
  # Playwright itself launches headless, a third faster).
  [ -x /usr/bin/chromium ] || need_apt+=(chromium)
  [ -x /usr/bin/chromium-headless-shell ] || need_apt+=(chromium-headless-shell)
fi
if ! fc-list 2>/dev/null | grep -qi dejavu; then
  need_apt+=(fonts-dejavu-core)
fi
if ! command -v npm >/dev/null 2>&1; then
  need_apt+=(nodejs npm)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: please install: ${need_apt[*]} (e.g. sudo apt-get install -y ${need_apt[*]})" >&2
    exit 1
  fi
  echo "setup: installing ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
if [ ! -x node_modules/.bin/allure ]; then
  echo "setup: installing the Allure report tool (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
