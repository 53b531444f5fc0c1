// @vitest-environment happy-dom
// summarize() and render(): plain-language findings, grouped by type, rendered as text only.
import {describe, expect, it} from "vitest";
import {excerpt, render, summarize} from "../public/findings.js";
import {analysis, nl} from "./fixtures.js";

describe("summarize", () => {
  it("groups personal data by type, most frequent first, with Dutch labels", () => {
    const summary = summarize(analysis(), nl);
    expect(summary.personal.map((g) => [g.label, g.items.length])).toEqual([
      ["Naam van een persoon", 2],
      ["E-mailadres", 1],
    ]);
    expect(summary.personal[0].items[0]).toEqual({excerpt: "Jan Peeters", position: "teken 0–11"});
  });

  it("describes AI passages by source", () => {
    const summary = summarize(analysis({
      ai_content: {passages: [{start: 0, end: 3, source: "provenance", tool: "ChatGPT"}, {start: 4, end: 11, source: "marker", marker: "Als AI-taalmodel"}], coverage: 0.256},
    }), nl);
    expect(summary.ai.map((a) => a.label)).toEqual(["Gemaakt met ChatGPT (uit het AI-register)", "Typisch AI-zinsdeel: „Als AI-taalmodel”"]);
    expect(summary.coverage).toBe(26);
  });

  it("reports the disclosure as missing, present or not needed", () => {
    expect(summarize(analysis(), nl).disclosure.state).toBe("missing");
    expect(summarize(analysis({disclosure: {present: true}}), nl).disclosure.state).toBe("present");
    const noAi = analysis({verdict: {external_ai: {allowed: true}, disclosure_required: false}});
    expect(summarize(noAi, nl).disclosure).toEqual({state: "not_needed", message: nl.disclosure_not_needed});
  });

  it("mentions an expired policy", () => {
    const expired = analysis({policy: {organization: "Gemeente Voorbeeld", valid_until: "2025-12-31", expired: true}});
    expect(summarize(expired, nl).policyNote).toBe("Let op: het AI-beleid van Gemeente Voorbeeld is verlopen sinds 2025-12-31.");
    expect(summarize(analysis(), nl).policyNote).toBeNull();
  });

  it("falls back to a generic label for unknown types", () => {
    const summary = summarize(analysis({personal_data: [{type: "NEW_TYPE", start: 0, end: 3}]}), nl);
    expect(summary.personal[0].label).toBe(nl.types.other);
  });
});

describe("excerpt", () => {
  it("cuts by UTF-16 offsets, like the service's", () => {
    const text = "😀 Jan";  // the emoji is two UTF-16 code units
    expect(excerpt(text, 3, 6)).toBe("Jan");
  });

  it("shortens long passages and folds whitespace", () => {
    const long = `a\n\n${"b".repeat(200)}`;
    const piece = excerpt(long, 0, long.length);
    expect(piece.length).toBe(100);
    expect(piece.startsWith("a b")).toBe(true);
    expect(piece.endsWith("…")).toBe(true);
  });
});

describe("render", () => {
  it("shows every section and never turns draft text into markup", () => {
    const container = document.createElement("div");
    render(container, summarize(analysis(), nl), nl);
    expect(container.querySelector("#disclosure .status").textContent).toBe(nl.disclosure_missing);
    expect(container.querySelector("#ai").textContent).toContain("Als AI-taalmodel kan ik dat niet beoordelen.");
    expect(container.querySelector("#personal").textContent).toContain("Naam van een persoon (2)");
    expect(container.querySelector("#personal").textContent).toContain(nl.external_ai_blocked);
    expect(container.querySelector("#confidential").textContent).toContain("Markering „VERTROUWELIJK”");
    expect(container.querySelector("img")).toBeNull();
    expect(container.textContent).toContain("<img src=x onerror=alert(1)>");
  });

  it("says nothing was found in empty sections and replaces earlier results", () => {
    const container = document.createElement("div");
    render(container, summarize(analysis(), nl), nl);
    const empty = analysis({personal_data: [], confidential: [], ai_content: {passages: [], coverage: 0},
      verdict: {external_ai: {allowed: true}, disclosure_required: false}});
    render(container, summarize(empty, nl), nl);
    expect(container.querySelectorAll(".none")).toHaveLength(3);
    expect(container.querySelectorAll("section")).toHaveLength(4);
  });
});
