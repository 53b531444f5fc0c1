// One strings file per language: same keys everywhere, the language picked from Office's display
// language, and the send handler's generated copy in step with the files.
import {readFileSync, readdirSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {fill, languageFor, loadStrings} from "../public/i18n.js";
import {launchEventPath, sendStringsLine, spliceStrings} from "../tools/gen-send-strings.js";

const dir = new URL("../public/i18n/", import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
const table = Object.fromEntries(files.map((f) => [f.slice(0, 2), JSON.parse(readFileSync(new URL(f, dir), "utf8"))]));

function keyPaths(value, prefix = "") {
  if (typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

describe("strings files", () => {
  it("exist for nl, fr and en", () => {
    expect(Object.keys(table).sort()).toEqual(["en", "fr", "nl"]);
  });

  it("have the same keys and placeholders in every language", () => {
    const reference = keyPaths(table.nl).sort();
    for (const lang of ["fr", "en"]) expect(keyPaths(table[lang]).sort()).toEqual(reference);
    for (const path of reference) {
      const placeholders = (lang) => (path.split(".").reduce((v, k) => v[k], table[lang]).match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders("fr"), path).toEqual(placeholders("nl"));
      expect(placeholders("en"), path).toEqual(placeholders("nl"));
    }
  });

  it("name every personal-data type of the API", () => {
    const types = ["PERSON", "EMAIL", "PHONE", "IBAN", "BE_NATIONAL_NUMBER", "NL_BSN", "ADDRESS", "DATE_OF_BIRTH",
      "LICENSE_PLATE", "CREDIT_CARD", "IP_ADDRESS", "PASSPORT_NUMBER", "BE_ENTERPRISE_NUMBER", "VAT_NUMBER", "HEALTH"];
    for (const type of types) expect(table.nl.pane.types[type], type).toBeTruthy();
  });
});

describe("languageFor", () => {
  it.each([
    ["nl-BE", "nl"], ["nl-NL", "nl"], ["fr-BE", "fr"], ["fr-FR", "fr"], ["en-US", "en"], ["de-DE", "en"],
    ["", "en"], [undefined, "en"], ["NL-be", "nl"],
  ])("%s -> %s", (display, lang) => {
    expect(languageFor(display)).toBe(lang);
  });
});

describe("loadStrings", () => {
  it("fetches the pane strings of the display language", async () => {
    const urls = [];
    const fetchImpl = async (url) => {
      urls.push(String(url));
      return {ok: true, json: async () => table.fr};
    };
    const s = await loadStrings("fr-BE", fetchImpl);
    expect(s.check).toBe("Vérifier");
    expect(urls[0]).toMatch(/\/i18n\/fr\.json$/);
  });
});

describe("fill", () => {
  it("fills known placeholders and keeps unknown ones", () => {
    expect(fill("{a} en {b}", {a: 1})).toBe("1 en {b}");
  });
});

describe("launchevent.js strings", () => {
  it("are the generated copy of the send strings", () => {
    const source = readFileSync(launchEventPath, "utf8");
    expect(spliceStrings(source, sendStringsLine())).toBe(source);
  });

  it("the splice replaces only the marked block", () => {
    const source = "a\n  // <send-strings>\n  const STRINGS = {};\n  // </send-strings>\nb\n";
    expect(spliceStrings(source, "  X")).toBe("a\n  // <send-strings>\n  X\n  // </send-strings>\nb\n");
    expect(() => spliceStrings("no markers", "X")).toThrow();
  });
});
