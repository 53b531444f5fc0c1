// Unit tests of the add-in (send handler, task pane logic, strings, manifests). Run: npm run test:addin
import {fileURLToPath} from "node:url";
import {defineConfig} from "vitest/config";

export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {include: ["addin/test/**/*.test.js"], environment: "node"},
});
