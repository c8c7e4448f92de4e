#!/usr/bin/env bash
# The toolchains the local route needs: Node.js (services, tests), a JDK and Maven (Kafka from
# Maven Central), Go >= 1.24 (FerretDB through the Go module proxy). Installs what is missing.
set -euo pipefail
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v node >/dev/null || missing+=(nodejs npm)
command -v java >/dev/null || missing+=(openjdk-17-jre-headless)
command -v mvn >/dev/null || missing+=(maven)
command -v curl >/dev/null || missing+=(curl)
command -v unzip >/dev/null || missing+=(unzip)
# The IATI export test validates against the IATI XSD with xmllint.
command -v xmllint >/dev/null || missing+=(libxml2-utils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "[setup] installing ${missing[*]}" >&2
  as_root apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >&2
fi

# Debian's Go is too old for FerretDB; the Go module proxy serves official toolchains as modules.
go_ok() { command -v go >/dev/null && [ "$(go env GOVERSION 2>/dev/null | sed -E 's/^go1\.([0-9]+).*/\1/')" -ge 24 ] 2>/dev/null; }
if ! go_ok; then
  toolchain="${TRIBUTARY_CACHE_DIR:-$HOME/.cache/tributary}/go-toolchain"
  if [ ! -x "$toolchain/bin/go" ]; then
    version=v0.0.1-go1.24.4.linux-amd64
    echo "[setup] fetching Go toolchain $version from the Go module proxy" >&2
    tmp="$(mktemp -d)"
    curl -fsSL "https://proxy.golang.org/golang.org/toolchain/@v/$version.zip" -o "$tmp/go.zip"
    unzip -q "$tmp/go.zip" -d "$tmp"
    mkdir -p "$(dirname "$toolchain")"
    rm -rf "$toolchain" && mv "$tmp/golang.org/toolchain@$version" "$toolchain"
    chmod +x "$toolchain"/bin/* "$toolchain"/pkg/tool/*/* 2>/dev/null || true
    rm -rf "$tmp"
  fi
  export PATH="$toolchain/bin:$PATH"
fi
export GOTOOLCHAIN=local
