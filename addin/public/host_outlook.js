// An Outlook compose item behind the pane's host interface: readDraft, highlight, insertDisclosure,
// getSelection, insertText, plus armAppendOnSend for policies with disclosure.on_send = "insert".
// The line goes in through POST /api/v1/disclose on the HTML body, which places it above the signature
// and the quoted history; Outlook offers no way to highlight text in a compose body.
/* global Office */
export const SESSION_KEY = "vermeld";  // read by launchevent.js: {"tool": name, "appended": true}

// Promise around an Office callback API: resolves with asyncResult.value.
function officeCall(invoke) {
  return new Promise((resolve, reject) => {
    invoke((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new Error(result.error?.message ?? "Office call failed"));
    });
  });
}

function escapeHtml(text) {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

export function createOutlookHost(api, item = Office.context.mailbox.item) {
  const readDraft = async () => ({
    text: await officeCall((cb) => item.body.getAsync(Office.CoercionType.Html, cb)),
    format: "html",
  });
  return {
    name: "outlook",
    readDraft,
    highlight: async () => {},

    insertDisclosure: async (line, toolName) => {
      const draft = await readDraft();
      const answer = await api.disclose(draft.text, draft.format, toolName);
      if (!answer.inserted) return {inserted: false};
      await officeCall((cb) => item.body.setAsync(answer.text, {coercionType: Office.CoercionType.Html}, cb));
      return {inserted: true};
    },

    getSelection: async () => (await officeCall((cb) => item.getSelectedDataAsync(Office.CoercionType.Text, cb))).data,

    insertText: (text) => officeCall((cb) => item.setSelectedDataAsync(text, {coercionType: Office.CoercionType.Text}, cb)),

    // Appending on send is armed here, in the pane: calling appendOnSendAsync inside the send handler does
    // not work on the web and in new Outlook. The send handler reads SESSION_KEY and does not block.
    armAppendOnSend: async (line, toolName) => {
      const html = `<p>${escapeHtml(line)}</p>`;
      await officeCall((cb) => item.body.appendOnSendAsync(html, {coercionType: Office.CoercionType.Html}, cb));
      await officeCall((cb) => item.sessionData.setAsync(SESSION_KEY, JSON.stringify({tool: toolName, appended: true}), cb));
    },

    disarmAppendOnSend: async () => {
      await officeCall((cb) => item.body.appendOnSendAsync("", {coercionType: Office.CoercionType.Html}, cb));
      await officeCall((cb) => item.sessionData.removeAsync(SESSION_KEY, cb));
    },
  };
}
