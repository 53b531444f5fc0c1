// @vitest-environment happy-dom
// The task pane's behaviour against a fake host and a fake service: check, insert the disclosure (never
// twice), rewrite through the gateway (blocked, pseudonymised retry, success), paste AI text.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {beforeEach, describe, expect, it, vi} from "vitest";
import {ServiceUnavailable} from "../public/api.js";
import {createPane} from "../public/pane.js";
import {analysis, nl, policy, publicDir} from "./fixtures.js";

// The pane's body markup (the head loads office.js and styles, which a unit test does without).
const bodyHtml = readFileSync(join(publicDir, "taskpane.html"), "utf8").match(/<body>([\s\S]*)<\/body>/)[1];

function fakeHost(overrides = {}) {
  const log = [];
  return {
    log,
    name: "word",
    readDraft: vi.fn(async () => ({text: "draft", format: "text"})),
    highlight: vi.fn(async () => {}),
    insertDisclosure: vi.fn(async () => ({inserted: true})),
    getSelection: vi.fn(async () => "Jan Peeters woont in Gent."),
    insertText: vi.fn(async (text) => log.push(["insert", text])),
    ...overrides,
  };
}

function fakeApi(host, overrides = {}) {
  return {
    analyze: vi.fn(async () => analysis()),
    recordProvenance: vi.fn(async (text, tool) => {
      host.log.push(["record", text, tool]);
      return {recorded: true, id: 1};
    }),
    chat: vi.fn(),
    ...overrides,
  };
}

const $ = (id) => document.getElementById(id);
const settle = () => vi.waitFor(() => expect($("check").disabled).toBe(false));
async function click(id) {
  $(id).click();
  await settle();
}

beforeEach(() => {
  document.body.innerHTML = bodyHtml;
});

describe("pane setup", () => {
  it("labels the buttons in the user's language and offers the approved tools only", () => {
    createPane({doc: document, host: fakeHost(), api: fakeApi(fakeHost()), strings: nl, policy: policy()});
    expect($("check").textContent).toBe("Controleer");
    expect($("insert").textContent).toBe("Vermelding invoegen");
    expect($("rewrite").textContent).toBe("Herschrijf met AI");
    expect($("paste").textContent).toBe("AI-tekst plakken");
    expect([...$("tool").options].map((o) => o.textContent)).toEqual(["ChatGPT"]);
    expect($("mark-ai-row").hidden).toBe(true);
  });

  it("says so when the service did not answer", () => {
    createPane({doc: document, host: fakeHost(), api: fakeApi(fakeHost()), strings: nl, policy: null});
    expect($("status").textContent).toBe(nl.service_down);
  });

  it("offers 'mark AI use' in Outlook when the policy inserts on send", () => {
    const host = fakeHost({name: "outlook", armAppendOnSend: vi.fn(async () => {}), disarmAppendOnSend: vi.fn()});
    createPane({doc: document, host, api: fakeApi(host), strings: nl, policy: policy({disclosure: {...policy().disclosure, on_send: "insert"}})});
    expect($("mark-ai-row").hidden).toBe(false);
  });
});

describe("Controleer", () => {
  it("analyses the draft, shows the findings and highlights in the document", async () => {
    const host = fakeHost();
    const api = fakeApi(host);
    createPane({doc: document, host, api, strings: nl, policy: policy()});
    await click("check");
    expect(api.analyze).toHaveBeenCalledWith("draft", "text", "word");
    expect($("result").textContent).toContain("Naam van een persoon (2)");
    expect($("result").querySelector("img")).toBeNull();
    expect(host.highlight).toHaveBeenCalledWith(analysis());
    expect($("status").textContent).toBe("");
  });

  it("reports an unreachable service in words", async () => {
    const host = fakeHost();
    const api = fakeApi(host, {analyze: vi.fn(async () => {
      throw new ServiceUnavailable("fetch failed");
    })});
    createPane({doc: document, host, api, strings: nl, policy: policy()});
    await click("check");
    expect($("status").textContent).toBe(nl.service_down);
  });
});

describe("Vermelding invoegen", () => {
  it("inserts the policy's line with the chosen tool", async () => {
    const host = fakeHost();
    createPane({doc: document, host, api: fakeApi(host), strings: nl, policy: policy()});
    await click("insert");
    expect(host.insertDisclosure).toHaveBeenCalledWith(
      "Een deel van deze inhoud is opgesteld met behulp van ChatGPT. Alle feiten, cijfers en verklaringen zijn door de schrijver gecontroleerd op juistheid.",
      "ChatGPT");
    expect($("status").textContent).toBe(nl.inserted);
  });

  it("does not insert a second line when the draft already has one", async () => {
    const host = fakeHost();
    const api = fakeApi(host, {analyze: vi.fn(async () => analysis({disclosure: {present: true}}))});
    createPane({doc: document, host, api, strings: nl, policy: policy()});
    await click("insert");
    expect(host.insertDisclosure).not.toHaveBeenCalled();
    expect($("status").textContent).toBe(nl.already_present);
  });

  it("refuses without an approved tool", async () => {
    const host = fakeHost();
    createPane({doc: document, host, api: fakeApi(host), strings: nl, policy: policy({tools: []})});
    await click("insert");
    expect(host.insertDisclosure).not.toHaveBeenCalled();
    expect($("status").textContent).toBe(nl.no_tools);
  });
});

describe("Herschrijf met AI", () => {
  const blocked = {
    status: 403,
    ok: false,
    body: {error: {
      message: "Uw tekst bevat persoonsgegevens.", type: "policy_violation", code: "personal_data",
      findings: [{message: 1, type: "PERSON", start: 0, end: 11}, {message: 1, type: "ADDRESS", start: 21, end: 25}],
      contact: {name: "DPO", email: "dpo@example.org"}, approved_tools: ["ChatGPT"], pseudonymise_allowed: true,
    }},
  };
  const success = {status: 200, ok: true, body: {choices: [{message: {role: "assistant", content: "Herschreven tekst."}}]}};

  it("shows why, where and who to ask when vermeld blocks, then retries pseudonymised", async () => {
    const host = fakeHost();
    const api = fakeApi(host, {chat: vi.fn().mockResolvedValueOnce(blocked).mockResolvedValueOnce(success)});
    createPane({doc: document, host, api, strings: nl, policy: policy()});
    await click("rewrite");
    const first = api.chat.mock.calls[0][0];
    expect(first.model).toBe("gpt-4o");
    expect(first.vermeld).toEqual({pseudonymise: false});
    expect(first.messages[1]).toEqual({role: "user", content: "Jan Peeters woont in Gent."});
    const result = $("result");
    expect(result.querySelector(".reason").textContent).toBe("Uw tekst bevat persoonsgegevens.");
    expect([...result.querySelectorAll(".where li")].map((li) => li.textContent)).toEqual([
      "Naam van een persoonJan Peetersteken 0–11",
      "AdresGentteken 21–25",
    ]);
    expect(result.querySelector(".contact").textContent).toBe("Vragen? Neem contact op met DPO (dpo@example.org).");
    expect(host.insertText).not.toHaveBeenCalled();

    result.querySelector("button.retry").click();
    await vi.waitFor(() => expect($("status").textContent).toBe(nl.rewritten));
    expect(api.chat.mock.calls[1][0].vermeld).toEqual({pseudonymise: true});
    expect(host.log).toEqual([["record", "Herschreven tekst.", "ChatGPT"], ["insert", "Herschreven tekst."]]);
  });

  it("offers no retry when the policy does not allow pseudonymising", async () => {
    const host = fakeHost();
    const noPseudo = {...blocked, body: {error: {...blocked.body.error, pseudonymise_allowed: false}}};
    createPane({doc: document, host, api: fakeApi(host, {chat: vi.fn(async () => noPseudo)}), strings: nl, policy: policy()});
    await click("rewrite");
    expect($("result").querySelector("button.retry")).toBeNull();
  });

  it("asks for a selection first", async () => {
    const host = fakeHost({getSelection: vi.fn(async () => "  ")});
    const api = fakeApi(host);
    createPane({doc: document, host, api, strings: nl, policy: policy()});
    await click("rewrite");
    expect(api.chat).not.toHaveBeenCalled();
    expect($("status").textContent).toBe(nl.select_first);
  });
});

describe("AI-tekst plakken", () => {
  it("records the pasted text in the ledger before inserting it", async () => {
    const host = fakeHost();
    createPane({doc: document, host, api: fakeApi(host), strings: nl, policy: policy()});
    await click("paste");
    expect($("paste-box").hidden).toBe(false);
    $("paste-text").value = "Tekst van een AI.";
    await click("paste-confirm");
    expect(host.log).toEqual([["record", "Tekst van een AI.", "ChatGPT"], ["insert", "Tekst van een AI."]]);
    expect($("paste-box").hidden).toBe(true);
    expect($("status").textContent).toBe(nl.pasted);
  });
});

describe("mark AI use (Outlook, on_send insert)", () => {
  it("arms and disarms the line on send", async () => {
    const host = fakeHost({name: "outlook", armAppendOnSend: vi.fn(async () => {}), disarmAppendOnSend: vi.fn(async () => {})});
    createPane({doc: document, host, api: fakeApi(host), strings: nl, policy: policy({disclosure: {...policy().disclosure, on_send: "insert"}})});
    $("mark-ai").checked = true;
    $("mark-ai").dispatchEvent(new Event("change"));
    await vi.waitFor(() => expect($("status").textContent).toBe(nl.append_armed));
    expect(host.armAppendOnSend.mock.calls[0][1]).toBe("ChatGPT");
    $("mark-ai").checked = false;
    $("mark-ai").dispatchEvent(new Event("change"));
    await vi.waitFor(() => expect(host.disarmAppendOnSend).toHaveBeenCalled());
  });
});
