#!/usr/bin/env bash
# README command 1: install, build, and run the service on the built-in default policy.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" vermeld
exec "$root/build/service/vermeld" serve --data-dir "${VERMELD_DATA_DIR:-$HOME/.vermeld}" "$@"
