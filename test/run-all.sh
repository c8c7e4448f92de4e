#!/usr/bin/env bash
# Every test: type-check and build the whole repo once, then jest's unit and integration projects
# (the integration setup brings up real Kafka and a real MongoDB-wire server). Extra arguments go
# to jest. Results land in reports/jest.json.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source deploy/local/prerequisites.sh
bash deploy/local/ensure-node-modules.sh
bash deploy/local/infra.sh fetch
bash deploy/local/chromium.sh
node test/dependencies/audit-production-dependencies.js
echo "[test] type-check and build" >&2
npx tsc -p tsconfig.json
# The console once, for the browser suite (test/console): its own type check (JSX, DOM) and Vite build.
npm run --silent console:build >/dev/null
mkdir -p reports
# One suite at a time: the broker-outage test stops the shared local broker.
npx jest --ci --runInBand --json --outputFile=reports/jest.json "$@"
