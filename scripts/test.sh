#!/usr/bin/env bash
# README command 2: install, build, and run every test (C++ unit and integration tests, add-in tests).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
(cd "$root/build" && ctest --output-on-failure -j2)
# Issue 7: the unit and integration tests again under ASan + UBSan (build-asan/) ...
"$root/tests/reliability/sanitize.sh" "$root/build-asan"
# ... and every libFuzzer target for 20 s from its committed corpus (clang, build-fuzz/).
"$root/tests/fuzz/run.sh" 20 "$root/build-fuzz"
