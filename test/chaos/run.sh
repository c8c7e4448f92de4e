#!/usr/bin/env bash
# The chaos suite for longer: npm run chaos -- [seed] [milliseconds of load] [clients]
# (defaults: a seed from the clock, 10 minutes, 4 clients). It builds, then runs only test/chaos.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export CHAOS_SEED="${1:-$(date +%s)}" CHAOS_DURATION_MS="${2:-600000}" CHAOS_CLIENTS="${3:-4}"
npx tsc -p tsconfig.json
exec npx jest --selectProjects=integration --runInBand --testPathPattern test/chaos
