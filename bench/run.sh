#!/usr/bin/env bash
# Runs benchmarks against the local infrastructure (started if needed):
#   npm run bench -- <backbone|indicators|platform|propagation|store|all> [--quick]
# Each appends its figures, beside the raw baselines of the same run, to bench/results/<date>.md.
# `all` runs platform (P1, P5, scaling), backbone (P2) and indicators (P3, P4), about 15 minutes on
# this machine when it is quiet; --quick runs them at smaller scales (P1 for 30 s, 50,000 reports
# replayed), which the results name.
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
  # The platform first: its idle memory (P5) is then the stack's before the others fill the store.
  for bench in platform backbone indicators; do run "$bench"; done
else
  run "$name"
fi
