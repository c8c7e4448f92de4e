#!/usr/bin/env bash
# The browser the console's end-to-end suite drives (test/console): Chromium from Debian, because
# Playwright's own browser download cannot reach its CDN from here. Installs it once.
set -euo pipefail
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && exit 0
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
echo "[setup] installing chromium" >&2
as_root apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >&2
