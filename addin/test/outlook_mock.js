// A mocked Outlook compose item (office-addin-mock) and a way to run launchevent.js against it the way
// classic Outlook does: the file alone, in its own global scope, with Office and fetch provided.
import {readFileSync} from "node:fs";
import vm from "node:vm";
import {OfficeMockObject} from "office-addin-mock";

export const launchEventSource = readFileSync(new URL("../public/launchevent.js", import.meta.url), "utf8");
export const ORIGIN = "https://localhost:8443";

// state: {body, session: Map, headers, notifications, appended, selection, displayLanguage, mailbox114}
export function createOutlook(options = {}) {
  const state = {
    body: options.body ?? "<p>Beste collega,</p>",
    session: new Map(),
    headers: null,
    notifications: [],
    appended: null,
    selection: options.selection ?? "",
    inserted: null,
  };
  const ok = (value) => ({status: "succeeded", value});
  const mock = new OfficeMockObject({
    context: {
      displayLanguage: options.displayLanguage ?? "nl-BE",
      urls: {javascriptRuntimeUrl: `${ORIGIN}/addin/launchevent.js`},
      requirements: {isSetSupported: (name, version) => name === "Mailbox" && Number(version) <= (options.mailbox ?? 1.14)},
      mailbox: {
        item: {
          body: {
            getAsync: (coercion, callback) => callback(ok(state.body)),
            setAsync: (html, opts, callback) => {
              state.body = html;
              callback(ok());
            },
            appendOnSendAsync: (data, opts, callback) => {
              state.appended = data;
              callback(ok());
            },
          },
          sessionData: {
            getAsync: (key, callback) =>
              callback(state.session.has(key) ? ok(state.session.get(key)) : {status: "failed", error: {message: "not found"}}),
            setAsync: (key, value, callback) => {
              state.session.set(key, value);
              callback(ok());
            },
            removeAsync: (key, callback) => {
              state.session.delete(key);
              callback(ok());
            },
          },
          internetHeaders: {
            setAsync: (headers, callback) => {
              state.headers = headers;
              callback(ok());
            },
          },
          notificationMessages: {
            addAsync: (key, message, callback) => {
              state.notifications.push(message);
              callback(ok());
            },
          },
          getSelectedDataAsync: (coercion, callback) => callback(ok({data: state.selection})),
          setSelectedDataAsync: (text, opts, callback) => {
            state.inserted = text;
            callback(ok());
          },
        },
      },
    },
    AsyncResultStatus: {Succeeded: "succeeded", Failed: "failed"},
    CoercionType: {Html: "html", Text: "text"},
    MailboxEnums: {ItemNotificationMessageType: {InformationalMessage: "informationalMessage"}},
  }, "outlook");
  return {Office: mock, item: mock.context.mailbox.item, state};
}

// Runs launchevent.js with Office and fetch; returns the handlers it associated by name.
export function loadLaunchEvent(Office, fetch) {
  const handlers = {};
  Office.actions = {associate: (name, handler) => (handlers[name] = handler)};
  const sandbox = {
    Office,
    fetch,
    setTimeout: (...args) => setTimeout(...args),
    clearTimeout: (...args) => clearTimeout(...args),
  };
  vm.runInNewContext(launchEventSource, sandbox, {filename: "launchevent.js"});
  return handlers;
}

// A fetch that answers every request with json (status 200) and records the requests.
export function answering(json, status = 200) {
  const calls = [];
  const fetch = async (url, init) => {
    calls.push({url, method: init?.method, body: init?.body ? JSON.parse(init.body) : undefined});
    return {ok: status >= 200 && status < 300, status, json: async () => json};
  };
  return {fetch, calls};
}
