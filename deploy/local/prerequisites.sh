#!/usr/bin/env bash
# The toolchains the local route needs: Node.js (services, tests), a JDK and Maven (Kafka and the
# local MongoDB-wire server, both from Maven Central). Installs what is missing.
set -euo pipefail
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v node >/dev/null || missing+=(nodejs npm)
command -v javac >/dev/null || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null || missing+=(maven)
# The IATI export test validates against the IATI XSD with xmllint.
command -v xmllint >/dev/null || missing+=(libxml2-utils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "[setup] installing ${missing[*]}" >&2
  as_root apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >&2
fi
