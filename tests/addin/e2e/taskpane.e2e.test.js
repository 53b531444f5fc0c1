// End to end: the real vermeld service serves the task pane; Debian's headless Chromium opens it with a
// mocked Word host (office.js is routed to office_mock.js), clicks "Controleer" on a draft with personal
// data and AI text, then tries "Herschrijf met AI" on personal data, which the default policy blocks.
// Screenshots go to docs/img/ for the README and docs/addin.md.
import assert from "node:assert/strict";
import {mkdirSync, readFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {after, before, test} from "node:test";
import {fileURLToPath} from "node:url";
import {chromium} from "playwright-core";
import {startService} from "./service.js";

const here = dirname(fileURLToPath(import.meta.url));
const imageDir = join(here, "..", "..", "..", "docs", "img");
const officeMock = readFileSync(join(here, "office_mock.js"), "utf8");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const AI_PARAGRAPH =
  "Hieronder vindt u een overzicht van de belangrijkste maatregelen. Daarnaast is het belangrijk om te benadrukken dat " +
  "de gemeente samen met de buurtbewoners naar een duurzame oplossing zoekt voor het parkeerprobleem in de wijk.";
const PERSONAL_SENTENCE = "Voor vragen kunt u terecht bij Jan Peeters via jan.peeters@voorbeeld.be of 0470 12 34 56.";

let service;
let browser;

before(async () => {
  service = await startService();
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
      "--no-first-run", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  await service?.stop();
});

// A pane page on a mocked Word document; errors in the page fail the test.
async function openPane(document) {
  const context = await browser.newContext({ignoreHTTPSErrors: true, viewport: {width: 380, height: 900}});
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({contentType: "text/javascript", body: officeMock});
    if (url.startsWith(service.origin)) return route.continue();
    return route.abort();  // nothing leaves the machine
  });
  await page.addInitScript((doc) => {
    window.vermeldMockDocument = doc;
  }, document);
  await page.goto(`${service.origin}/addin/taskpane.html`);
  await page.getByRole("button", {name: "Controleer"}).waitFor();
  return {page, errors, close: () => context.close()};
}

// Clicks a pane button and waits until the action has finished (the buttons are enabled again).
async function clickAndSettle(page, name) {
  await page.getByRole("button", {name}).click();
  await page.waitForFunction(() => !document.getElementById("check").disabled && document.getElementById("status").textContent !== "Bezig…");
}

const statusText = (page) => page.locator("#status").innerText();

test("the service serves the add-in files and manifests with their origin", async () => {
  const context = await browser.newContext({ignoreHTTPSErrors: true});
  const get = (path) => context.request.get(`${service.origin}${path}`);
  const script = await get("/addin/launchevent.js");
  assert.equal(script.status(), 200);
  assert.match(script.headers()["content-type"], /javascript/);
  const manifest = await (await get("/manifest/outlook.xml")).text();
  assert.ok(manifest.includes(`${service.origin}/addin/launchevent.js`));
  assert.ok(!manifest.includes("__ORIGIN__"));
  await context.close();
});

test("Controleer shows AI text, personal data by type and the missing disclosure", async () => {
  const pane = await openPane({
    paragraphs: ["Beste buurtbewoners,", AI_PARAGRAPH, PERSONAL_SENTENCE, "Met vriendelijke groeten,"],
    selection: "",
    displayLanguage: "nl-BE",
  });
  const {page} = pane;
  // The AI paragraph came out of ChatGPT and was recorded, as "AI-tekst plakken" does.
  const recorded = await page.evaluate(async (text) => {
    const response = await fetch("/api/v1/provenance", {method: "POST", headers: {"Content-Type": "application/json"},
      body: JSON.stringify({text, tool: "ChatGPT"})});
    return {status: response.status, body: await response.text()};
  }, AI_PARAGRAPH);
  assert.equal(recorded.status, 200, `POST /api/v1/provenance answered ${recorded.status} ${recorded.body}`);

  await clickAndSettle(page, "Controleer");
  assert.equal(await page.locator("#result section#personal").count(), 1, `no findings shown; status: ${await statusText(page)}`);

  const personal = await page.locator("#personal").innerText();
  assert.match(personal, /E-mailadres \(1\)/);
  assert.match(personal, /jan\.peeters@voorbeeld\.be/);
  assert.match(personal, /Telefoonnummer \(1\)/);
  const ai = await page.locator("#ai").innerText();
  assert.match(ai, /Gemaakt met ChatGPT/);
  assert.match(await page.locator("#disclosure").innerText(), /zonder AI-vermelding/);
  const highlights = await page.evaluate(() => window.vermeldMockDocument.highlights);
  assert.ok(highlights.length >= 1, "the AI passage is highlighted in the document");
  mkdirSync(imageDir, {recursive: true});
  await page.screenshot({path: join(imageDir, "taskpane-check.png"), fullPage: true});
  assert.deepEqual(pane.errors, []);
  await pane.close();
});

test("Herschrijf met AI on personal data is blocked: why, where and who to ask", async () => {
  const pane = await openPane({
    paragraphs: ["Beste collega,", PERSONAL_SENTENCE],
    selection: PERSONAL_SENTENCE,
    displayLanguage: "nl-BE",
  });
  const {page} = pane;
  await clickAndSettle(page, "Herschrijf met AI");
  assert.equal(await page.locator("#result .reason").count(), 1, `no blocked view; status: ${await statusText(page)}`);

  const where = await page.locator("#result .where li").allInnerTexts();
  assert.ok(where.some((w) => w.includes("E-mailadres") && w.includes("jan.peeters@voorbeeld.be")), where.join("\n"));
  assert.match(await page.locator("#result .contact").innerText(), /dpo@example\.org/);
  // The default policy blocks personal data and does not pseudonymise: no retry offered, nothing inserted.
  assert.equal(await page.locator("#result button.retry").count(), 0);
  assert.deepEqual(await page.evaluate(() => window.vermeldMockDocument.insertions), []);
  await page.screenshot({path: join(imageDir, "taskpane-blocked.png"), fullPage: true});
  assert.deepEqual(pane.errors, []);
  await pane.close();
});
