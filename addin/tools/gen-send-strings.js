// Copies the "send" strings of addin/public/i18n/*.json into launchevent.js, between the
// <send-strings> markers. Classic Outlook's JavaScript-only runtime loads one file only, so the send
// handler carries a generated copy; the JSON files stay the single place where strings are written.
// Usage: node addin/tools/gen-send-strings.js [--check]   (--check: exit 1 when launchevent.js is stale)
import {readFileSync, readdirSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

const publicDir = join(dirname(fileURLToPath(import.meta.url)), "..", "public");
export const launchEventPath = join(publicDir, "launchevent.js");

// The generated line: one JSON object keyed by language, sorted so the output is stable.
export function sendStringsLine(i18nDir = join(publicDir, "i18n")) {
  const table = {};
  for (const file of readdirSync(i18nDir).filter((f) => f.endsWith(".json")).sort()) {
    table[file.slice(0, -".json".length)] = JSON.parse(readFileSync(join(i18nDir, file), "utf8")).send;
  }
  return `  const STRINGS = ${JSON.stringify(table)};`;
}

// source with the lines between the markers replaced by line; throws when the markers are missing.
export function spliceStrings(source, line) {
  const pattern = /(\/\/ <send-strings>\n)[\s\S]*?(\n\s*\/\/ <\/send-strings>)/;
  if (!pattern.test(source)) throw new Error("launchevent.js lacks the <send-strings> markers");
  return source.replace(pattern, (_, open, close) => open + line + close);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const current = readFileSync(launchEventPath, "utf8");
  const wanted = spliceStrings(current, sendStringsLine());
  if (process.argv.includes("--check")) {
    if (current !== wanted) {
      console.error("launchevent.js is out of date: run node addin/tools/gen-send-strings.js");
      process.exit(1);
    }
  } else if (current !== wanted) {
    writeFileSync(launchEventPath, wanted);
  }
}
