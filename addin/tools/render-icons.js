// Renders assets/icon.svg to the PNG sizes the manifests name, with Debian's chromium (no downloads).
// Usage: node addin/tools/render-icons.js
import {readFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {chromium} from "playwright-core";

const assets = join(dirname(fileURLToPath(import.meta.url)), "..", "public", "assets");
const svg = readFileSync(join(assets, "icon.svg"), "utf8");
const browser = await chromium.launch({executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"]});
try {
  for (const size of [16, 32, 64, 80, 128]) {
    const page = await browser.newPage({viewport: {width: size, height: size}});
    await page.setContent(`<body style="margin:0">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body>`);
    await page.screenshot({path: join(assets, `icon-${size}.png`), omitBackground: true});
    await page.close();
  }
} finally {
  await browser.close();
}
