#!/usr/bin/env bash
# Configures and builds vermeld into build/ (Release with debug info).
#   scripts/build.sh            everything (service, tests, benchmarks)
#   scripts/build.sh TARGET...  only these targets (e.g. vermeld)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# ccache: key on paths relative to the checkout, so any clone on this machine reuses the cache.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}" CCACHE_NOHASHDIR=1
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
if (($#)); then
  cmake --build "$root/build" --target "$@"
else
  cmake --build "$root/build"
fi
