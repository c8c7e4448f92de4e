#!/usr/bin/env bash
# Installs exactly the locked npm dependencies when node_modules is missing or older than the lockfile.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
# A git worktree may share another checkout's node_modules through a symlink: npm ci there would
# empty the other checkout's tree under whoever is using it.
if [ -L node_modules ]; then exit 0; fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[setup] npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
