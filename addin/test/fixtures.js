// Shared test data: a policy as GET /api/v1/policy returns it, pane strings, and an analyze answer for a
// draft with personal data, AI text and a hostile finding text.
import {readFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

// A path, not new URL(..., import.meta.url): Vite rewrites that pattern in DOM test environments.
export const publicDir = join(dirname(fileURLToPath(import.meta.url)), "..", "public");
export const nl = JSON.parse(readFileSync(join(publicDir, "i18n", "nl.json"), "utf8")).pane;

export function policy(overrides = {}) {
  return {
    organization: "Gemeente Voorbeeld",
    source: "test",
    contact: {name: "DPO", email: "dpo@example.org"},
    valid_from: "2025-01-01",
    valid_until: "",
    languages: ["nl-BE"],
    disclosure: {
      template: "Een deel van deze inhoud is opgesteld met behulp van {tool}. Alle feiten, cijfers en verklaringen zijn door de schrijver gecontroleerd op juistheid.",
      on_send: "ask",
    },
    tools: [
      {id: "chatgpt", name: "ChatGPT", allowed: true, data: ["public"], models: ["gpt-4o"]},
      {id: "deepseek", name: "DeepSeek", allowed: false, data: [], models: []},
    ],
    personal_data: {action: "block", allow: []},
    expired: false,
    ...overrides,
  };
}

// "Jan Peeters" 0-11, e-mail, "<img ...>" as a PERSON finding (hostile), AI marker passage.
export const draftText =
  "Jan Peeters (jan.peeters@voorbeeld.be) vraagt om <img src=x onerror=alert(1)>. Als AI-taalmodel kan ik dat niet beoordelen. VERTROUWELIJK";

export function analysis(overrides = {}) {
  const at = (piece) => {
    const start = draftText.indexOf(piece);
    return {start, end: start + piece.length, text: piece};
  };
  return {
    text: draftText,
    personal_data: [
      {type: "PERSON", ...at("Jan Peeters"), score: 0.9},
      {type: "EMAIL", ...at("jan.peeters@voorbeeld.be"), score: 1},
      {type: "PERSON", ...at("<img src=x onerror=alert(1)>"), score: 0.5},
    ],
    confidential: [{marker: "VERTROUWELIJK", ...at("VERTROUWELIJK")}],
    ai_content: {passages: [{...at("Als AI-taalmodel kan ik dat niet beoordelen."), source: "marker", marker: "Als AI-taalmodel", score: 0.9}], coverage: 0.33},
    disclosure: {present: false},
    verdict: {external_ai: {allowed: false, reasons: ["personal_data"]}, disclosure_required: true},
    policy: {organization: "Gemeente Voorbeeld", valid_until: "", expired: false},
    ...overrides,
  };
}
