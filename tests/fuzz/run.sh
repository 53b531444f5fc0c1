#!/usr/bin/env bash
# Runs every libFuzzer target for N seconds (default 60) from its committed seed corpus.
#   tests/fuzz/run.sh [seconds] [build-dir]     (build-dir default: build-fuzz)
# Builds the fuzz tree with clang when needed. New corpus entries and crash reproducers go to
# $VERMELD_FUZZ_OUT (default: a temporary directory), never into the committed corpus.
# Prints one summary line per target; exits non-zero when any target crashed.
set -euo pipefail
seconds=${1:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${2:-$root/build-fuzz}
out=${VERMELD_FUZZ_OUT:-$(mktemp -d -t vermeld-fuzz-XXXXXX)}
targets=(html_to_text_fuzzer recognizers_fuzzer disclosure_fuzzer policy_fuzzer analyze_text_fuzzer
         analyze_request_fuzzer)

if [[ ! -f $build/CMakeCache.txt ]]; then
  CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DVERMELD_FUZZ=ON >/dev/null
fi
cmake --build "$build" --target vermeld_fuzzers

failed=0
for t in "${targets[@]}"; do
  mkdir -p "$out/$t/corpus" "$out/$t/crashes"
  log=$out/$t/log.txt
  # -timeout: one input running for 10 s counts as a hang (inputs are at most 64 KiB).
  if "$build/tests/fuzz/$t" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
      -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/$t/crashes/" \
      "$out/$t/corpus" "$root/tests/fuzz/corpus/$t" >"$log" 2>&1; then
    status=ok
  else
    status=CRASH
    failed=1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  corp=$(ls "$out/$t/corpus" | wc -l)
  echo "$t: $status, ${runs:-0} executions in ${seconds}s, coverage ${cov:-0} edges, ${ft:-0} features, $corp new corpus inputs, crashes: $(ls "$out/$t/crashes" | wc -l)"
  [[ $status == ok ]] || tail -40 "$log"
done
echo "fuzz logs and artifacts: $out"
exit $failed
