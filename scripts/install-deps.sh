#!/usr/bin/env bash
# Installs everything vermeld needs on Debian 12. Idempotent: packages already present are skipped.
set -euo pipefail
packages=(
  cmake g++ ninja-build pkg-config ccache clang libclang-rt-14-dev clang-format
  libcpprest-dev libboost-dev libboost-program-options-dev nlohmann-json3-dev
  libsqlite3-dev sqlite3 libssl-dev openssl libre2-dev libphonenumber-dev libprotobuf-dev libicu-dev
  libgtest-dev libgmock-dev libbenchmark-dev wrk chromium nodejs npm
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node may come from outside Debian (nvm, nodesource); only ask apt for it when no node is on PATH.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs/}"); missing=("${missing[@]/npm/}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if ((${#missing[@]})); then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
fi
root=$(cd "$(dirname "$0")/.." && pwd)
if [ -f "$root/package.json" ]; then
  # `npm ci` trips over npm 11's optional-dependency check (rollup's per-platform packages) even
  # with a fresh lock file; `npm install` installs the same locked versions.
  (cd "$root" && npm install --no-audit --no-fund --loglevel=error)
fi
