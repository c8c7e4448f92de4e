#!/usr/bin/env bash
# Runs a benchmark against the local infrastructure (started if needed): npm run bench -- backbone
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
name="${1:-backbone}"
source deploy/local/prerequisites.sh
bash deploy/local/ensure-node-modules.sh
bash deploy/local/infra.sh up
npx tsc -p tsconfig.json
KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:9092}" MONGO_URL="${MONGO_URL:-mongodb://127.0.0.1:27017}" \
  node test/support/run-dist.js "bench/${name/backbone/event-backbone}.bench.js"
