#!/usr/bin/env bash
# README command 2: install, build, and run every test: C++ unit and integration tests, accuracy
# gates, add-in unit and browser tests (CTest), then the same C++ tests under ASan + UBSan, then a
# short run of every libFuzzer target.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# ccache keys on paths relative to the checkout (all three build trees), so clones share the cache.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
(cd "$root/build" && ctest --output-on-failure -j2)
echo "vermeld tests: main suite passed after $((SECONDS / 60)) min"
# Issue 7: the unit and integration tests again under ASan + UBSan (build-asan/) ...
"$root/tests/reliability/sanitize.sh" "$root/build-asan"
echo "vermeld tests: sanitizer suite passed after $((SECONDS / 60)) min"
# ... and every libFuzzer target for 60 s from its committed corpus (clang, build-fuzz/).
"$root/tests/fuzz/run.sh" "${VERMELD_FUZZ_SECONDS:-60}" "$root/build-fuzz"
echo "vermeld tests: all passed after $((SECONDS / 60)) min"
