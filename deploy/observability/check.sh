#!/usr/bin/env bash
# Checks the Prometheus alert rules with promtool: `check rules` (syntax, PromQL, templates) and
# `test rules` (alerts.test.yml: each alert fires on the series that should raise it, and only then).
# promtool is built from the Go module proxy into the cache, without service discovery (which it
# does not need here, and whose dependencies the proxy does not all serve): over 10 minutes on
# a 2-core machine the first time, so `--if-installed` (what the test uses) does not build it.
# Exit 0: good; 1: a check failed; 3: no promtool here (not built yet, or it could not be).
set -euo pipefail

PROMETHEUS_MODULE_VERSION=v0.313.5 # the Go module of Prometheus 3.x that the proxy serves whole
here="$(cd "$(dirname "$0")" && pwd)"
tools="${TRIBUTARY_CACHE_DIR:-$HOME/.cache/tributary}/k8s-tools"
promtool="$tools/bin/promtool-$PROMETHEUS_MODULE_VERSION"
if [ ! -x "$promtool" ]; then
  [ "${1:-}" != "--if-installed" ] || { echo "promtool not built yet: run deploy/observability/check.sh once (over 10 minutes)" >&2; exit 3; }
  command -v go >/dev/null || { echo "promtool unavailable: no Go toolchain to build it" >&2; exit 3; }
  # `go install promtool@version` refuses a module whose go.mod has replace directives: build it from a module of ours.
  module="$tools/promtool-$PROMETHEUS_MODULE_VERSION"
  mkdir -p "$module" "$tools/bin"
  (
    cd "$module"
    [ -f go.mod ] || go mod init tributary.local/promtool
    go get -tags=remove_all_sd "github.com/prometheus/prometheus/cmd/promtool@$PROMETHEUS_MODULE_VERSION"
    go build -tags=remove_all_sd -o "$promtool" github.com/prometheus/prometheus/cmd/promtool
  ) >"$tools/promtool-build.log" 2>&1 || { echo "promtool unavailable: build failed (see $tools/promtool-build.log)" >&2; exit 3; }
fi
cd "$here/prometheus"
"$promtool" check rules alerts.yml
"$promtool" test rules alerts.test.yml
