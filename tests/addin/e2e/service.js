// Starts the real vermeld service for a test: free port, data dir in a temp dir, waits for the
// "vermeld listening on" line. The binary comes from VERMELD_BIN (set by CTest).
import {spawn} from "node:child_process";
import {mkdtempSync, rmSync} from "node:fs";
import {createServer} from "node:net";
import {tmpdir} from "node:os";
import {join} from "node:path";

const START_TIMEOUT_MS = 30000;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Resolves to {origin, stop()}.
export async function startService() {
  const bin = process.env.VERMELD_BIN;
  if (!bin) throw new Error("VERMELD_BIN is not set (CTest sets it to the vermeld binary)");
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "vermeld-e2e-"));
  const child = spawn(bin, ["serve", "--port", String(port), "--data-dir", dataDir], {stdio: ["ignore", "pipe", "pipe"]});
  let output = "";
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`vermeld did not start in time:\n${output}`)), START_TIMEOUT_MS);
    const onData = (chunk) => {
      output += chunk;
      if (output.includes(`vermeld listening on https://127.0.0.1:${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`vermeld exited with ${code}:\n${output}`));
    });
  });
  return {
    origin: `https://localhost:${port}`,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dataDir, {recursive: true, force: true});
    },
  };
}
