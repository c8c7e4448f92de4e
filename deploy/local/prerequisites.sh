#!/usr/bin/env bash
# The toolchains the local route needs: Node.js (services, tests), a JDK and Maven (Kafka from
# Maven Central), Go (FerretDB through the Go module proxy). Installs what is missing from Debian.
set -euo pipefail
missing=()
command -v node >/dev/null || missing+=(nodejs npm)
command -v java >/dev/null || missing+=(openjdk-17-jre-headless)
command -v mvn >/dev/null || missing+=(maven)
command -v go >/dev/null || missing+=(golang-go)
if [ ${#missing[@]} -gt 0 ]; then
  echo "[setup] installing ${missing[*]}" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
fi
# Debian's Go may be older than FerretDB needs; the module proxy serves newer toolchains.
export GOTOOLCHAIN="${GOTOOLCHAIN:-auto}"
