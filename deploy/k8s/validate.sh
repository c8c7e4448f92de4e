#!/usr/bin/env bash
# Renders every kustomization under deploy/k8s (the base and each overlay) and validates the
# rendered resources offline against the Kubernetes schemas of one version (strict: an unknown
# field is an error). The tools are installed once into the cache from the Go module proxy and
# PyPI: kustomize (a Go module) and kubernetes-validate (Python, schemas bundled).
# Exit 0: valid; 1: invalid (the output names the resource and field); 3: the tools could not be
# installed here (the test says so and skips).
set -euo pipefail

KUBERNETES_VERSION="${KUBERNETES_VERSION:-1.31.0}"
KUSTOMIZE_VERSION=v5.5.0
KUBERNETES_VALIDATE_VERSION=1.37.0
here="$(cd "$(dirname "$0")" && pwd)"
tools="${TRIBUTARY_CACHE_DIR:-$HOME/.cache/tributary}/k8s-tools"
mkdir -p "$tools"

unavailable() { echo "k8s tools unavailable: $*" >&2; exit 3; }

kustomize="$tools/bin/kustomize-$KUSTOMIZE_VERSION"
if [ ! -x "$kustomize" ]; then
  command -v go >/dev/null || unavailable "no Go toolchain to install kustomize"
  GOBIN="$tools/gobin" go install "sigs.k8s.io/kustomize/kustomize/v5@$KUSTOMIZE_VERSION" >"$tools/go-install.log" 2>&1 \
    || unavailable "go install kustomize failed (see $tools/go-install.log)"
  mkdir -p "$tools/bin" && mv "$tools/gobin/kustomize" "$kustomize"
fi

validate="$tools/venv-$KUBERNETES_VALIDATE_VERSION/bin/kubernetes-validate"
if [ ! -x "$validate" ]; then
  python3 -m venv "$tools/venv-$KUBERNETES_VALIDATE_VERSION" >/dev/null 2>&1 || unavailable "python3 -m venv failed"
  "$tools/venv-$KUBERNETES_VALIDATE_VERSION/bin/pip" install -q "kubernetes-validate==$KUBERNETES_VALIDATE_VERSION" >"$tools/pip-install.log" 2>&1 \
    || { rm -rf "$tools/venv-$KUBERNETES_VALIDATE_VERSION"; unavailable "pip install kubernetes-validate failed (see $tools/pip-install.log)"; }
fi

# RENDERED_DIR keeps the rendered manifests (the test reads them); else they go with the run.
out="${RENDERED_DIR:-$(mktemp -d)}"
[ -n "${RENDERED_DIR:-}" ] || trap 'rm -rf "$out"' EXIT
mkdir -p "$out"
status=0
for kustomization in "$here"/base "$here"/overlays/*; do
  name="${kustomization#"$here"/}"
  rendered="$out/${name//\//-}.yaml"
  "$kustomize" build "$kustomization" >"$rendered"
  echo "== $name: $(grep -c '^kind:' "$rendered") resources"
  # --quiet prints failures and the kinds it has no schema for (the operators' custom resources).
  "$validate" --kubernetes-version "$KUBERNETES_VERSION" --strict --quiet "$rendered" || status=1
done
exit $status
