#!/usr/bin/env bash
# Runs benchmarks against the local infrastructure (started if needed):
#   npm run bench -- <backbone|indicators|platform|propagation|store|all> [--quick]
# Each appends its figures, beside the raw baselines of the same run, to bench/results/<date>.md.
# `all` runs backbone (P2), indicators (P3, P4) and platform (P1, P5, scaling), about 12 minutes on
# this machine; --quick runs them at smaller scales (about 5 minutes), named in the results.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
name="${1:-backbone}"
if [ "${2:-}" = "--quick" ]; then
  export BENCH_REPLAYED="${BENCH_REPLAYED:-50000}" BENCH_PAGE_REQUESTS="${BENCH_PAGE_REQUESTS:-200}" \
    BENCH_P1_SECONDS="${BENCH_P1_SECONDS:-30}" BENCH_SCALE_SECONDS="${BENCH_SCALE_SECONDS:-10}"
fi
source deploy/local/prerequisites.sh
bash deploy/local/ensure-node-modules.sh
bash deploy/local/infra.sh up
npx tsc -p tsconfig.json
export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:9092}" MONGO_URL="${MONGO_URL:-mongodb://127.0.0.1:27017}"
run() { node test/support/run-dist.js "bench/${1/backbone/event-backbone}.bench.js"; }
if [ "$name" = all ]; then
  # Each in its own environment: BENCH_SECONDS means the steady-rate phase of each.
  for bench in backbone indicators platform; do (run "$bench"); done
else
  run "$name"
fi
