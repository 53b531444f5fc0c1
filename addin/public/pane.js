// The task pane's behaviour, shared by Word and Outlook: wires the buttons of taskpane.html to the
// service (api.js) and the host (host_word.js / host_outlook.js). Everything shown from a draft or an
// answer goes through textContent (findings.js, rewrite.js).
import {ServiceUnavailable} from "./api.js";
import {render, summarize} from "./findings.js";
import {fill} from "./i18n.js";
import {describeBlock, renderBlock, rewrite} from "./rewrite.js";

function localise(doc, s) {
  for (const node of doc.querySelectorAll("[data-i18n]")) node.textContent = s[node.dataset.i18n];
  for (const node of doc.querySelectorAll("[data-i18n-placeholder]")) node.placeholder = s[node.dataset.i18nPlaceholder];
}

// policy: the GET /api/v1/policy answer, or null when the service did not answer.
export function createPane({doc, host, api, strings: s, policy}) {
  const $ = (id) => doc.getElementById(id);
  const tools = (policy?.tools ?? []).filter((t) => t.allowed);
  const buttons = ["check", "insert", "rewrite", "paste", "paste-confirm"].map($);
  const setStatus = (text) => {
    $("status").textContent = text;
  };

  localise(doc, s);
  for (const tool of tools) {
    const option = doc.createElement("option");
    option.value = tool.id;
    option.textContent = tool.name;
    $("tool").append(option);
  }
  if (policy?.expired) {
    $("policy-note").textContent = fill(s.policy_expired, {organization: policy.organization, date: policy.valid_until});
    $("policy-note").hidden = false;
  }
  $("mark-ai-row").hidden = !(host.armAppendOnSend && policy?.disclosure?.on_send === "insert");

  const selectedTool = () => tools.find((t) => t.id === $("tool").value);
  const disclosureLine = (tool) => policy.disclosure.template.replaceAll("{tool}", tool.name);

  // Runs one user action: busy state, and every failure turned into a readable status line.
  async function guarded(action) {
    setStatus(s.busy);
    buttons.forEach((b) => (b.disabled = true));
    try {
      setStatus((await action()) ?? "");
    } catch (error) {
      setStatus(error instanceof ServiceUnavailable ? s.service_down : fill(s.error, {message: error.message}));
    } finally {
      buttons.forEach((b) => (b.disabled = false));
    }
  }

  // Runs action(tool) when the policy approves a tool; otherwise says so.
  const withTool = (action) => () => guarded(async () => {
    const tool = selectedTool();
    return tool ? action(tool) : policy ? s.no_tools : s.service_down;
  });

  async function analyzeDraft() {
    const draft = await host.readDraft();
    return api.analyze(draft.text, draft.format, host.name);
  }

  async function check() {
    const analysis = await analyzeDraft();
    render($("result"), summarize(analysis, s), s);
    await host.highlight(analysis);
  }

  async function insertDisclosure(tool) {
    if ((await analyzeDraft()).disclosure?.present) return s.already_present;
    const result = await host.insertDisclosure(disclosureLine(tool), tool.name);
    return result.inserted ? s.inserted : s.already_present;
  }

  // The AI text is recorded before it enters the draft, so it is never in the draft unrecorded.
  async function recordAndInsert(text, tool) {
    await api.recordProvenance(text, tool.name);
    await host.insertText(text);
  }

  async function showRewrite(outcome, tool, selection) {
    if (outcome.kind === "ok") {
      await recordAndInsert(outcome.text, tool);
      $("result").replaceChildren();
      return s.rewritten;
    }
    const retry = () => guarded(async () => showRewrite(await rewrite(api, tool, s.rewrite_prompt, selection, true), tool, selection));
    renderBlock($("result"), describeBlock(outcome.error, selection, s), s, retry);
    return "";
  }

  async function rewriteSelection(tool) {
    const selection = await host.getSelection();
    if (!selection.trim()) return s.select_first;
    return showRewrite(await rewrite(api, tool, s.rewrite_prompt, selection, false), tool, selection);
  }

  async function pasteConfirm(tool) {
    const text = $("paste-text").value;
    if (!text.trim()) return "";
    await recordAndInsert(text, tool);
    $("paste-text").value = "";
    $("paste-box").hidden = true;
    return s.pasted;
  }

  async function markAi(tool) {
    if (!$("mark-ai").checked) {
      await host.disarmAppendOnSend();
      return "";
    }
    await host.armAppendOnSend(disclosureLine(tool), tool.name);
    return s.append_armed;
  }

  $("check").addEventListener("click", () => guarded(check));
  $("insert").addEventListener("click", withTool(insertDisclosure));
  $("rewrite").addEventListener("click", withTool(rewriteSelection));
  $("paste").addEventListener("click", () => {
    $("paste-box").hidden = !$("paste-box").hidden;
  });
  $("paste-confirm").addEventListener("click", withTool(pasteConfirm));
  $("mark-ai").addEventListener("change", withTool(markAi));
  if (!policy) setStatus(s.service_down);
  else if (tools.length === 0) setStatus(s.no_tools);
}
