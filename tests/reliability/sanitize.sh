#!/usr/bin/env bash
# Sanitizer run of the test suite: builds every GoogleTest binary (unit and integration tests,
# and the vermeld binary the integration tests start) with ASan + UBSan and runs them.
#   tests/reliability/sanitize.sh [build-dir]     (default: build-asan)
# Left out: benchmarks, accuracy scoring, add-in and Node gateway e2e tests (no C++ of their
# own), fuzz tests (the fuzz run has them), and the process-fault tests (kill -9 and a file-size
# limit behave differently under ASan's runtime; the main run has them). Any sanitizer report fails the test it happens in; the service's own
# reports land in that test's output.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build-asan}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVERMELD_SANITIZE=ON >/dev/null
mapfile -t targets < <(ninja -C "$build" -t targets | sed -n 's/^\([a-z_]*_test\): phony$/\1/p')
cmake --build "$build" --target vermeld "${targets[@]}"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export LSAN_OPTIONS="suppressions=$root/tests/reliability/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd "$build"
ctest --output-on-failure -j2 --timeout 300 \
  -E '_NOT_BUILT|^bench_|^addin_|^gateway_openai_e2e$|^load_smoke$|^Faults\.|^pii_accuracy|^ai_accuracy|_fuzzer_corpus$'
