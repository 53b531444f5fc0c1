#!/usr/bin/env bash
# README command 2: install, build, and run every test: C++ unit and integration tests, accuracy
# gates, add-in unit and browser tests (CTest), then the same C++ tests under ASan + UBSan.
# The libFuzzer targets run separately: tests/fuzz/run.sh [seconds] (clang build in build-fuzz/).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# ccache keys on paths relative to the checkout (all three build trees), so clones share the cache.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
(cd "$root/build" && ctest --output-on-failure -j2)
echo "vermeld tests: main suite passed after $((SECONDS / 60)) min"
# Issue 7: the unit and integration tests again under ASan + UBSan (build-asan/).
"$root/tests/reliability/sanitize.sh" "$root/build-asan"
echo "vermeld tests: all passed after $((SECONDS / 60)) min"
