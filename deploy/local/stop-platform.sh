#!/usr/bin/env bash
# Stops the console and the services started by start-platform.sh, then Kafka and the local MongoDB-wire server. Data is kept.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
for pidfile in .local/platform/*.pid; do
  [ -f "$pidfile" ] || continue
  pid="$(cat "$pidfile")"
  kill "$pid" 2>/dev/null && echo "[platform] stopped $(basename "$pidfile" .pid)" >&2 || true
  rm -f "$pidfile"
done
bash deploy/local/infra.sh down
