#!/usr/bin/env bash
# README command 2: install, build, and run every test (C++ unit and integration tests, add-in tests).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
(cd "$root/build" && ctest --output-on-failure -j2)
