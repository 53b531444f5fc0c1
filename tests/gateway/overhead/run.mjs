// Gateway overhead: wrk (one connection, one thread, so each figure is one request's latency)
// posts a non-streamed chat completion with a 10 KB prompt twice: straight to a fake upstream on
// loopback, and through vermeld to that upstream. The difference is what the gateway adds
// (checks, forwarding, recording, audit). Usage: VERMELD_BIN=... node tests/gateway/overhead/run.mjs
import {execFile, spawn} from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import {fileURLToPath} from "node:url";
import {promisify} from "node:util";

const here = path.dirname(fileURLToPath(import.meta.url));
const seconds = process.env.VERMELD_BENCH_SECONDS ?? "20";

// About 10 KB of ordinary Dutch prose without personal data, varied so that no two sentences match.
function prompt() {
  const subjects = ["De bibliotheek", "Het zwembad", "De sporthal", "Het cultuurcentrum", "De speeltuin"];
  const verbs = ["opent", "sluit", "verhuist", "vernieuwt", "verlengt"];
  const objects = ["de leeszaal", "de kassa", "het onthaal", "de parking", "de fietsenstalling"];
  let text = "Herschrijf deze nieuwsbrief in eenvoudige taal.\n";
  for (let i = 0; text.length < 10 * 1024; i++) {
    text += `${subjects[i % 5]} ${verbs[(i >> 1) % 5]} ${objects[(i >> 2) % 5]} in week ${i % 52 + 1}, ` +
            `zodat bezoekers ${i % 7 + 2} uur langer terecht kunnen. `;
  }
  return text;
}

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const {port} = s.address();
      s.close(() => resolve(port));
    });
  });
}

// Asynchronous, so the upstream in this process keeps answering while wrk runs.
async function wrk(url, bodyFile) {
  const {stdout: out} = await promisify(execFile)("wrk", ["-t1", "-c1", `-d${seconds}s`, "--latency", "-s", path.join(here, "chat.lua"), url],
                           {env: {...process.env, VERMELD_BENCH_BODY: bodyFile}});
  const pick = (label) => out.match(new RegExp(`^\\s*${label}\\s+([\\d.]+)(us|ms|s)`, "m"));
  const ms = (m) => Number(m[1]) * ({us: 0.001, ms: 1, s: 1000})[m[2]];
  const non2xx = out.match(/Non-2xx or 3xx responses: (\d+)/);
  if (non2xx) throw new Error(`${url}: ${non2xx[1]} failed requests\n${out}`);
  return {p50: ms(pick("50%")), p90: ms(pick("90%")), p99: ms(pick("99%")),
          rps: Number(out.match(/Requests\/sec:\s+([\d.]+)/)[1])};
}

const upstream = http.createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.setHeader("Content-Type", "application/json");
    res.end(JSON.stringify({id: "b", object: "chat.completion", created: 0, model: "bench",
                            choices: [{index: 0, finish_reason: "stop",
                                       message: {role: "assistant", content: "Een kort antwoord van het model."}}]}));
  });
});
await new Promise((r) => upstream.listen(0, "127.0.0.1", r));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vermeld-overhead-"));
const bodyFile = path.join(dir, "body.json");
const text = prompt();
fs.writeFileSync(bodyFile, JSON.stringify({model: "bench", messages: [{role: "user", content: text}]}));
fs.writeFileSync(path.join(dir, "policy.json"), JSON.stringify({
  organization: "Benchmark", contact: {name: "DPO", email: "dpo@bench.example"}, valid_from: "2025-01-01",
  disclosure: {template: "Opgesteld met {tool}.", on_send: "ask"},
  tools: [{id: "bench", name: "Bench", allowed: true, data: ["public"],
           upstream: {base_url: `http://127.0.0.1:${upstream.address().port}/v1`}}],
}));
const port = await freePort();
const vermeld = spawn(process.env.VERMELD_BIN, ["serve", "--port", String(port), "--data-dir", path.join(dir, "data"),
                                                "--policy", path.join(dir, "policy.json")], {stdio: ["ignore", "pipe", "pipe"]});
let log = "";
await new Promise((resolve, reject) => {
  const onData = (d) => { log += d; if (log.includes("vermeld listening on")) resolve(); };
  vermeld.stdout.on("data", onData);
  vermeld.stderr.on("data", onData);
  vermeld.on("exit", () => reject(new Error(log)));
});
try {
  // Rounds alternate the two paths, so a burst of load on the shared machine hits both alike; the
  // added latency is reported per round and as the median over the rounds.
  const rounds = Number(process.env.VERMELD_BENCH_ROUNDS ?? "3");
  console.log(`prompt: ${Buffer.byteLength(text)} bytes, ${seconds} s per run, ${rounds} rounds, wrk -t1 -c1`);
  console.log("round path        p50 ms   p90 ms   p99 ms   req/s");
  const added = {p50: [], p99: []};
  for (let round = 1; round <= rounds; round++) {
    const direct = await wrk(`http://127.0.0.1:${upstream.address().port}/v1/chat/completions`, bodyFile);
    const gateway = await wrk(`https://127.0.0.1:${port}/v1/chat/completions`, bodyFile);
    for (const [name, r] of [["direct", direct], ["gateway", gateway]]) {
      console.log(`${String(round).padEnd(5)} ${name.padEnd(10)} ${r.p50.toFixed(2).padStart(7)} ` +
                  `${r.p90.toFixed(2).padStart(8)} ${r.p99.toFixed(2).padStart(8)} ${r.rps.toFixed(0).padStart(7)}`);
    }
    added.p50.push(gateway.p50 - direct.p50);
    added.p99.push(gateway.p99 - direct.p99);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`added by the gateway per round: p50 ${added.p50.map((x) => x.toFixed(2)).join(" / ")} ms, ` +
              `p99 ${added.p99.map((x) => x.toFixed(2)).join(" / ")} ms`);
  console.log(`added by the gateway, median of ${rounds} rounds: p50 ${median(added.p50).toFixed(2)} ms, ` +
              `p99 ${median(added.p99).toFixed(2)} ms`);
} finally {
  vermeld.kill("SIGTERM");
  upstream.close();
}
