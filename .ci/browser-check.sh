#!/usr/bin/env bash
# Renders the demo report in Debian's headless Chromium and checks "renders, no console errors,
# chart present"; leaves a full-page screenshot in target/browser-check/report.png. Installs
# Chromium (Debian's package, as root) and playwright-core (no browser download) when missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
playwright_version=1.64.1

if [ ! -x /usr/bin/chromium ]; then
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
fi
work="$root/target/browser-check"
mkdir -p "$work"
if [ ! -d "$work/node_modules/playwright-core" ]; then
  (cd "$work" && npm install --no-save --no-package-lock --no-audit --no-fund "playwright-core@$playwright_version")
fi

"$root/impsci" demo --output "$work/demo" > "$work/demo.txt"
cp "$root/.ci/browser-check.mjs" "$work/"
node "$work/browser-check.mjs" "$work/demo/report.html" "$work/report.png"
