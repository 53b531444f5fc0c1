// End to end with the official `openai` npm client pointed at vermeld's gateway: one allowed call
// whose answer comes back, one blocked call whose thrown error carries vermeld's Dutch message.
// Run by CTest with VERMELD_BIN (the binary) and NODE_EXTRA_CA_CERTS (<data dir>/ca.crt).
// Node reads NODE_EXTRA_CA_CERTS when it starts, so this script starts the fake upstream and
// vermeld (which creates the CA), then runs the client part in a child node process.
import {spawn} from "node:child_process";
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import {fileURLToPath} from "node:url";

const clientMode = process.argv[2] === "--client";

async function runClient(baseURL) {
  const {default: OpenAI} = await import("openai");
  const client = new OpenAI({baseURL, apiKey: "not-used-by-vermeld", maxRetries: 0});

  const allowed = await client.chat.completions.create({
    model: "echo-1",
    messages: [{role: "user", content: "Vat samen: de bibliotheek is maandag gesloten."}],
  });
  assert.equal(allowed.choices[0].message.content, "Antwoord op: Vat samen: de bibliotheek is maandag gesloten.");
  console.log("ok - allowed call answered through vermeld");

  let thrown = null;
  try {
    await client.chat.completions.create({
      model: "echo-1",
      messages: [{role: "user", content: "Stuur dit naar jan.peeters@telenet.be en bel 0470 12 34 56."}],
    });
  } catch (e) {
    thrown = e;
  }
  assert.ok(thrown instanceof OpenAI.PermissionDeniedError, `expected a 403 error, got ${thrown}`);
  assert.equal(thrown.status, 403);
  assert.equal(thrown.code, "personal_data");
  assert.match(thrown.message, /persoonsgegevens/);
  assert.match(thrown.message, /datalek/);
  assert.match(thrown.message, /dpo@e2e\.example/);
  assert.ok(!thrown.message.includes("jan.peeters"), "the error must not repeat the found text");
  console.log("ok - blocked call surfaces vermeld's message: " + thrown.message);
}

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const {port} = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function main() {
  const bin = process.env.VERMELD_BIN;
  const ca = process.env.NODE_EXTRA_CA_CERTS;
  assert.ok(bin && ca, "set VERMELD_BIN and NODE_EXTRA_CA_CERTS");
  const dataDir = path.dirname(ca);

  let upstreamRequests = 0;
  const upstream = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      upstreamRequests += 1;
      const request = JSON.parse(body);
      const content = request.messages.at(-1).content;
      res.setHeader("Content-Type", "application/json");
      res.end(JSON.stringify({
        id: "chatcmpl-e2e", object: "chat.completion", created: 0, model: request.model,
        choices: [{index: 0, message: {role: "assistant", content: "Antwoord op: " + content}, finish_reason: "stop"}],
      }));
    });
  });
  await new Promise((r) => upstream.listen(0, "127.0.0.1", r));

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vermeld-openai-e2e-"));
  const policyFile = path.join(dir, "policy.json");
  fs.writeFileSync(policyFile, JSON.stringify({
    organization: "E2E-gemeente",
    contact: {name: "DPO", email: "dpo@e2e.example"},
    valid_from: "2025-01-01",
    disclosure: {template: "Opgesteld met {tool}.", on_send: "ask"},
    tools: [{id: "echo", name: "Echo", allowed: true, data: ["public"], models: ["echo-1"],
             upstream: {base_url: `http://127.0.0.1:${upstream.address().port}/v1`}}],
    personal_data: {action: "block"},
  }));

  const port = await freePort();
  const vermeld = spawn(bin, ["serve", "--port", String(port), "--data-dir", dataDir, "--policy", policyFile],
                        {stdio: ["ignore", "pipe", "pipe"]});
  let log = "";
  const listening = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("vermeld did not start:\n" + log)), 30000);
    const onData = (d) => {
      log += d;
      if (log.includes("vermeld listening on")) {
        clearTimeout(timer);
        resolve();
      }
    };
    vermeld.stdout.on("data", onData);
    vermeld.stderr.on("data", onData);
    vermeld.on("exit", (code) => reject(new Error(`vermeld exited (${code}):\n${log}`)));
  });
  let status = 1;
  try {
    await listening;
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), "--client", `https://localhost:${port}/v1`],
                        {stdio: "inherit", env: process.env});
    status = await new Promise((r) => child.on("exit", (code) => r(code ?? 1)));
    if (status === 0) {
      assert.equal(upstreamRequests, 1, "only the allowed call may reach the upstream");
      console.log("ok - the blocked call never reached the upstream");
      console.log("3 passed, 0 failed");
    } else {
      console.log("0 passed, 1 failed");
    }
  } finally {
    vermeld.kill("SIGTERM");
    upstream.close();
    fs.rmSync(dir, {recursive: true, force: true});
  }
  process.exit(status);
}

if (clientMode) {
  runClient(process.argv[3]).catch((e) => {
    console.error("not ok - " + (e.stack || e));
    process.exit(1);
  });
} else {
  main().catch((e) => {
    console.error("not ok - " + (e.stack || e));
    process.exit(1);
  });
}
