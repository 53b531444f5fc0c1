#!/usr/bin/env bash
# Load and soak test of POST /api/v1/analyze with wrk on loopback.
#   tests/reliability/load.sh [seconds] [vermeld-binary] [connections]
# Starts its own vermeld on a free port with a fresh data directory, sends realistic 10 KB drafts
# (dev corpus documents, labels stripped) for `seconds` (default 60), samples the service's RSS
# every 10 s, and prints throughput, p50/p99 latency and the RSS series. Exits non-zero on any
# error: a socket error, a timeout or an answer other than 200. 600 seconds is the soak run.
set -euo pipefail
seconds=${1:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${2:-$root/build/service/vermeld}
connections=${3:-8}
work=$(mktemp -d -t vermeld-load-XXXXXX)
pid=
cleanup() {
  [[ -n $pid ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

python3 - "$root/tests/corpus/pii/dev" "$work/bodies.jsonl" <<'PY'
import json, pathlib, re, sys
docs = []
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")):
    for chunk in re.split(r"^@@@ .*$", path.read_text(encoding="utf-8"), flags=re.M)[1:]:
        docs.append(re.sub(r"\[\[[A-Z_]+:(.*?)\]\]", r"\1", chunk).strip())
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for start in range(16):  # 16 different drafts of about 10 KB each
        text, i = "", start * 7
        while len(text.encode()) < 10_000:
            text += docs[i % len(docs)] + "\n\n"
            i += 1
        out.write(json.dumps({"text": text, "format": "text", "host": "outlook"}) + "\n")
PY
export VERMELD_LOAD_BODIES=$work/bodies.jsonl

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$bin" serve --port "$port" --data-dir "$work/data" >"$work/service.log" 2>&1 &
pid=$!
for _ in $(seq 300); do
  grep -q "vermeld listening on" "$work/service.log" && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/service.log"; exit 1; }
  sleep 0.1
done

rss() { awk '/^VmRSS/ {print $2}' "/proc/$pid/status"; }
echo "RSS before load: $(rss) kB"
(
  for ((t = 10; t <= seconds; t += 10)); do
    sleep 10
    echo "RSS at ${t}s: $(rss) kB"
  done
) &
sampler=$!
wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency -s "$root/tests/reliability/analyze.lua" \
  "https://127.0.0.1:$port/api/v1/analyze" >"$work/wrk.txt"
wait "$sampler" 2>/dev/null || true

requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
rate=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk.txt")
p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
non2xx=$(awk -F': ' '/Non-2xx/ {print $2}' "$work/wrk.txt")
socket=$(grep -o 'Socket errors:.*' "$work/wrk.txt" || true)
echo "analyze, 10 KB drafts, $connections connections, ${seconds}s: $requests requests, $rate req/s, p50 $p50, p99 $p99"
echo "non-2xx answers: ${non2xx:-0}; ${socket:-Socket errors: none}"
echo "RSS after load: $(rss) kB"
if [[ -n $non2xx || -n $socket || ${requests:-0} -eq 0 ]]; then
  cat "$work/wrk.txt"
  exit 1
fi
