// The Outlook send handler (launchevent.js) against a mocked Outlook item and a fake service.
import {parse} from "acorn";
import {afterEach, describe, expect, it, vi} from "vitest";
import {ORIGIN, answering, createOutlook, launchEventSource, loadLaunchEvent} from "./outlook_mock.js";

function analysis({passages = [], present = false, required = false} = {}) {
  return {
    text: "Beste collega, ...",
    personal_data: [],
    confidential: [],
    ai_content: {passages, coverage: passages.length ? 0.5 : 0},
    disclosure: {present},
    verdict: {external_ai: {allowed: true, reasons: []}, disclosure_required: required},
    policy: {organization: "Test", valid_until: "", expired: false},
  };
}

const chatgptPassages = [
  {start: 0, end: 10, source: "provenance", tool: "ChatGPT", score: 1},
  {start: 20, end: 40, source: "marker", marker: "Als AI-taalmodel", score: 0.9},
];

async function send(outlook, fetch) {
  const handlers = loadLaunchEvent(outlook.Office, fetch);
  const event = {completed: vi.fn()};
  handlers.onMessageSendHandler(event);
  await vi.waitFor(() => expect(event.completed).toHaveBeenCalledTimes(1));
  return event.completed.mock.calls[0][0];
}

afterEach(() => {
  vi.useRealTimers();
});

describe("onMessageSendHandler", () => {
  it("blocks AI text without a disclosure, says what was found and offers the task pane", async () => {
    const outlook = createOutlook({body: "<p>Tekst</p>"});
    const service = answering(analysis({passages: chatgptPassages, required: true}));
    const options = await send(outlook, service.fetch);
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain("2 passage(s): ChatGPT");
    expect(options.errorMessage).toContain("AI-vermelding");
    expect(options.commandId).toBe("vermeldComposePaneButton");
    expect(options.cancelLabel).toBe("Vermelding invoegen");
    expect(outlook.state.headers).toEqual({"X-Vermeld-AI": "undisclosed"});
    expect(service.calls).toEqual([
      {url: `${ORIGIN}/api/v1/analyze`, method: "POST", body: {text: "<p>Tekst</p>", format: "html", host: "outlook"}},
    ]);
  });

  it("lets a message without AI text go, without a header", async () => {
    const outlook = createOutlook();
    const options = await send(outlook, answering(analysis()).fetch);
    expect(options).toEqual({allowEvent: true});
    expect(outlook.state.headers).toBeNull();
    expect(outlook.state.notifications).toEqual([]);
  });

  it("lets disclosed AI text go and labels it in the header", async () => {
    const outlook = createOutlook();
    const options = await send(outlook, answering(analysis({passages: chatgptPassages, present: true})).fetch);
    expect(options).toEqual({allowEvent: true});
    expect(outlook.state.headers).toEqual({"X-Vermeld-AI": "disclosed; tool=ChatGPT"});
  });

  it("fails open with a notification when the service refuses the connection", async () => {
    const outlook = createOutlook();
    const options = await send(outlook, async () => {
      throw new TypeError("fetch failed");
    });
    expect(options).toEqual({allowEvent: true});
    expect(outlook.state.notifications).toHaveLength(1);
    expect(outlook.state.notifications[0].message).toContain("zonder AI-controle");
  });

  it("fails open after the timeout when the service does not answer", async () => {
    vi.useFakeTimers();
    const outlook = createOutlook();
    const handlers = loadLaunchEvent(outlook.Office, () => new Promise(() => {}));
    const event = {completed: vi.fn()};
    handlers.onMessageSendHandler(event);
    await vi.advanceTimersByTimeAsync(3900);
    expect(event.completed).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(event.completed).toHaveBeenCalledWith({allowEvent: true});
    expect(outlook.state.notifications).toHaveLength(1);
  });

  it("fails open on an error answer from the service", async () => {
    const outlook = createOutlook();
    const options = await send(outlook, answering({error: {code: "internal"}}, 500).fetch);
    expect(options).toEqual({allowEvent: true});
    expect(outlook.state.notifications).toHaveLength(1);
  });

  it("does not block when the pane armed appendOnSend (policy on_send insert)", async () => {
    const outlook = createOutlook();
    outlook.state.session.set("vermeld", JSON.stringify({tool: "Microsoft Copilot", appended: true}));
    const options = await send(outlook, answering(analysis({passages: chatgptPassages, required: true})).fetch);
    expect(options).toEqual({allowEvent: true});
    expect(outlook.state.headers).toEqual({"X-Vermeld-AI": "disclosed; tool=Microsoft-Copilot"});
  });

  it("speaks French to fr-BE users and leaves out 1.14 options on older clients", async () => {
    const outlook = createOutlook({displayLanguage: "fr-BE", mailbox: 1.12});
    const options = await send(outlook, answering(analysis({passages: chatgptPassages, required: true})).fetch);
    expect(options.errorMessage).toContain("sans mention IA");
    expect(options).not.toHaveProperty("commandId");
  });

  it("falls back to English for other display languages", async () => {
    const outlook = createOutlook({displayLanguage: "de-DE"});
    const options = await send(outlook, answering(analysis({passages: chatgptPassages, required: true})).fetch);
    expect(options.errorMessage).toContain("no AI disclosure");
  });
});

describe("onNewMessageComposeHandler", () => {
  async function compose(fetch) {
    const outlook = createOutlook();
    const handlers = loadLaunchEvent(outlook.Office, fetch);
    const event = {completed: vi.fn()};
    handlers.onNewMessageComposeHandler(event);
    await vi.waitFor(() => expect(event.completed).toHaveBeenCalled());
    return outlook.state.notifications;
  }

  it("warns at compose time when vermeld does not answer", async () => {
    const notes = await compose(async () => {
      throw new TypeError("fetch failed");
    });
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toContain("werkt nu niet");
  });

  it("stays silent when vermeld answers", async () => {
    expect(await compose(answering({organization: "Test"}).fetch)).toEqual([]);
  });
});

describe("launchevent.js as a file", () => {
  it("parses as an ES2016 script without imports (classic Outlook's JavaScript-only runtime)", () => {
    expect(() => parse(launchEventSource, {ecmaVersion: 2016, sourceType: "script"})).not.toThrow();
  });

  it("the ES2016 check rejects later syntax", () => {
    expect(() => parse("async function f() { await g(); }", {ecmaVersion: 2016, sourceType: "script"})).toThrow();
    expect(() => parse("const a = {...b};", {ecmaVersion: 2016, sourceType: "script"})).toThrow();
  });
});
