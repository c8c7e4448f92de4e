#!/usr/bin/env bash
# Prints the path of an `st` (schemathesis) executable at the version pinned in requirements.txt,
# installing it from PyPI into a virtual environment under the cache first when there is none for
# these requirements (the environment is named by their hash, so changing the pin installs anew).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${TRIBUTARY_CACHE_DIR:-$HOME/.cache/tributary}"
hash=$(sha256sum <"$here/requirements.txt" | cut -c1-12)
venv="$cache/schemathesis-venv-$hash"
# Written last, so an install cut short is redone rather than taken for a finished one.
if [ ! -f "$venv/.installed" ]; then
  echo "[fuzz] installing $(tr '\n' ' ' <"$here/requirements.txt")from PyPI into $venv" >&2
  python="${PYTHON:-python3}"
  if ! "$python" -c 'import sys, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "[fuzz] schemathesis needs Python 3.11 or later with its venv module ($python; set PYTHON to another)" >&2
    exit 1
  fi
  rm -rf "$venv"
  mkdir -p "$cache"
  "$python" -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt" >&2
  touch "$venv/.installed"
fi
echo "$venv/bin/st"
