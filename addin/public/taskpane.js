// Entry point of taskpane.html: waits for Office, picks the host and the language, starts the pane.
/* global Office */
import {api} from "./api.js";
import {createOutlookHost} from "./host_outlook.js";
import {createWordHost} from "./host_word.js";
import {languageFor, loadStrings} from "./i18n.js";
import {createPane} from "./pane.js";

Office.onReady(async (info) => {
  document.documentElement.lang = languageFor(Office.context.displayLanguage);
  const strings = await loadStrings(Office.context.displayLanguage);
  const host = info.host === Office.HostType.Word ? createWordHost() : createOutlookHost(api);
  const policy = await api.policy().catch(() => null);
  createPane({doc: document, host, api, strings, policy});
});
