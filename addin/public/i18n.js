// The pane's strings. Every language has one file, i18n/<lang>.json ("pane" for the task pane, "send"
// for the send handler); the language follows Office's display language: nl-* -> nl, fr-* -> fr, else en.
const LANGUAGES = ["nl", "fr", "en"];
const STRINGS_DIR = new URL("./i18n/", import.meta.url);

export function languageFor(displayLanguage) {
  const primary = String(displayLanguage ?? "").split("-")[0].toLowerCase();
  return LANGUAGES.includes(primary) ? primary : "en";
}

// Resolves to the "pane" strings of the language for displayLanguage.
export async function loadStrings(displayLanguage, fetchImpl = fetch) {
  const response = await fetchImpl(new URL(`${languageFor(displayLanguage)}.json`, STRINGS_DIR));
  if (!response.ok) throw new Error(`strings: HTTP ${response.status}`);
  return (await response.json()).pane;
}

// "{name}" placeholders filled from values; unknown placeholders stay as they are.
export function fill(template, values) {
  return template.replaceAll(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
}
