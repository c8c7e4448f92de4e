#!/usr/bin/env bash
# Installs the npm dependencies when node_modules is missing or older than the lockfile.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # `npm install` rather than `npm ci`: npm 11 reports @swc/core's unused platform packages as
  # missing from the lockfile and refuses `ci`; `install` still installs exactly the locked tree.
  echo "[setup] npm install" >&2
  npm install --no-audit --no-fund --loglevel=error >&2
fi
