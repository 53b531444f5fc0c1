// The host adapters against office-addin-mock: Word keeps one tagged disclosure paragraph; Outlook inserts
// through POST /api/v1/disclose and arms append-on-send in a way the send handler understands.
import {describe, expect, it, vi} from "vitest";
import {OfficeMockObject} from "office-addin-mock";
import {DISCLOSURE_TAG, createWordHost} from "../public/host_word.js";
import {SESSION_KEY, createOutlookHost} from "../public/host_outlook.js";
import {answering, createOutlook, loadLaunchEvent} from "./outlook_mock.js";

// A Word document as a list of paragraphs, some inside content controls.
function wordMock(paragraphs = []) {
  const doc = {paragraphs: [...paragraphs], highlighted: []};
  // A content control around paragraph p: setting its tag tags the paragraph.
  const control = (p) => ({
    get tag() {
      return p.tag;
    },
    set tag(value) {
      p.tag = value;
    },
    title: "",
    insertText: (text) => {
      p.text = text;
    },
  });
  const word = new OfficeMockObject({
    context: {
      document: {
        body: {
          text: "",
          insertParagraph: (text) => {
            const p = {text, tag: null};
            doc.paragraphs.push(p);
            return {insertContentControl: () => control(p)};
          },
        },
        contentControls: {getByTag: (tag) => ({items: doc.paragraphs.filter((p) => p.tag === tag).map(control), load() {}})},
        getSelection: () => ({text: "geselecteerd", load() {}, insertText: (text) => doc.paragraphs.push({text, tag: null})}),
      },
      sync: async () => {},
    },
    run: async function (callback) {
      return callback(this.context);
    },
  }, "word");
  return {word, doc};
}

describe("Word host", () => {
  const line = "Een deel van deze inhoud is opgesteld met behulp van ChatGPT. Alle feiten...";

  it("adds the disclosure as a tagged paragraph at the end", async () => {
    const {word, doc} = wordMock([{text: "Persbericht", tag: null}]);
    expect(await createWordHost(word).insertDisclosure(line)).toEqual({inserted: true});
    expect(doc.paragraphs.at(-1)).toEqual({text: line, tag: DISCLOSURE_TAG});
  });

  it("never adds a second one: the tagged paragraph is updated in place", async () => {
    const {word, doc} = wordMock([{text: "Persbericht", tag: null}]);
    const host = createWordHost(word);
    await host.insertDisclosure(line);
    expect(await host.insertDisclosure(line.replace("ChatGPT", "Gemini"))).toEqual({inserted: false});
    expect(doc.paragraphs.filter((p) => p.tag === DISCLOSURE_TAG)).toEqual([{text: line.replace("ChatGPT", "Gemini"), tag: DISCLOSURE_TAG}]);
    expect(doc.paragraphs).toHaveLength(2);
  });

  it("reads the selection", async () => {
    expect(await createWordHost(wordMock().word).getSelection()).toBe("geselecteerd");
  });
});

describe("Outlook host", () => {
  it("inserts the line through the service's disclose route and writes the body back", async () => {
    const outlook = createOutlook({body: "<p>Hallo</p><div id=signature>Jan</div>"});
    vi.stubGlobal("Office", outlook.Office);
    const api = {disclose: vi.fn(async () => ({text: "<p>Hallo</p><p>Een deel…</p><div id=signature>Jan</div>", inserted: true}))};
    const host = createOutlookHost(api, outlook.item);
    expect(await host.insertDisclosure("Een deel…", "ChatGPT")).toEqual({inserted: true});
    expect(api.disclose).toHaveBeenCalledWith("<p>Hallo</p><div id=signature>Jan</div>", "html", "ChatGPT");
    expect(outlook.state.body).toBe("<p>Hallo</p><p>Een deel…</p><div id=signature>Jan</div>");
    vi.unstubAllGlobals();
  });

  it("leaves the body alone when the service inserted nothing", async () => {
    const outlook = createOutlook({body: "<p>Al vermeld</p>"});
    vi.stubGlobal("Office", outlook.Office);
    const host = createOutlookHost({disclose: async () => ({text: "<p>anders</p>", inserted: false})}, outlook.item);
    expect(await host.insertDisclosure("x", "ChatGPT")).toEqual({inserted: false});
    expect(outlook.state.body).toBe("<p>Al vermeld</p>");
    vi.unstubAllGlobals();
  });

  it("arms append-on-send so that the send handler lets the message go with the header", async () => {
    const outlook = createOutlook();
    vi.stubGlobal("Office", outlook.Office);
    const host = createOutlookHost({}, outlook.item);
    await host.armAppendOnSend("Line with <b>", "ChatGPT");
    expect(outlook.state.appended).toBe("<p>Line with &lt;b&gt;</p>");
    expect(JSON.parse(outlook.state.session.get(SESSION_KEY))).toEqual({tool: "ChatGPT", appended: true});
    vi.unstubAllGlobals();

    const handlers = loadLaunchEvent(outlook.Office, answering({
      text: "x", ai_content: {passages: [{start: 0, end: 1, source: "provenance", tool: "ChatGPT"}]},
      disclosure: {present: false}, verdict: {disclosure_required: true, external_ai: {allowed: true}},
    }).fetch);
    const event = {completed: vi.fn()};
    handlers.onMessageSendHandler(event);
    await vi.waitFor(() => expect(event.completed).toHaveBeenCalledWith({allowEvent: true}));
    expect(outlook.state.headers).toEqual({"X-Vermeld-AI": "disclosed; tool=ChatGPT"});
  });

  it("disarming clears the appended line and the mark", async () => {
    const outlook = createOutlook();
    vi.stubGlobal("Office", outlook.Office);
    const host = createOutlookHost({}, outlook.item);
    await host.armAppendOnSend("Line", "ChatGPT");
    await host.disarmAppendOnSend();
    expect(outlook.state.appended).toBe("");
    expect(outlook.state.session.has(SESSION_KEY)).toBe(false);
    vi.unstubAllGlobals();
  });
});
