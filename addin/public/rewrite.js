// "Herschrijf met AI": the selection goes through vermeld's gateway (/v1/chat/completions). The first try
// asks vermeld not to pseudonymise, so the user sees what was found; a retry may ask for pseudonymisation.
// A 403 becomes a "blocked" view: why, where (positions in the selection), who to ask, what is approved.
import {excerpt} from "./findings.js";
import {fill} from "./i18n.js";

export const SELECTION_MESSAGE = 1;  // index of the user's text in messages[]; findings point at it

// The model field names the tool for the gateway: its first listed model, else its id.
export function chatRequest(tool, prompt, selection, pseudonymise) {
  return {
    model: tool.models?.[0] ?? tool.id,
    messages: [
      {role: "system", content: prompt},
      {role: "user", content: selection},
    ],
    vermeld: {pseudonymise},
  };
}

// {kind: "ok", text} | {kind: "blocked", error}; other failures throw.
export async function rewrite(api, tool, prompt, selection, pseudonymise) {
  const answer = await api.chat(chatRequest(tool, prompt, selection, pseudonymise));
  if (answer.status === 403 && answer.body?.error) return {kind: "blocked", error: answer.body.error};
  if (!answer.ok) throw new Error(answer.body?.error?.message ?? `HTTP ${answer.status}`);
  const text = answer.body?.choices?.[0]?.message?.content;
  if (typeof text !== "string") throw new Error("no answer text");
  return {kind: "ok", text};
}

export function describeBlock(error, selection, s) {
  const contact = error.contact ?? {};
  return {
    heading: s.blocked_heading,
    message: error.message ?? "",
    where: (error.findings ?? []).map((f) => ({
      label: s.types[f.type] ?? s.types.other,
      excerpt: f.message === SELECTION_MESSAGE ? excerpt(selection, f.start, f.end) : "",
      position: fill(s.position, {start: f.start, end: f.end}),
    })),
    contact: contact.email ? fill(s.blocked_contact, {name: contact.name ?? "", email: contact.email}) : null,
    tools: error.approved_tools?.length ? fill(s.blocked_tools, {tools: error.approved_tools.join(", ")}) : null,
    canPseudonymise: error.pseudonymise_allowed === true,
  };
}

// Replaces container's content with the blocked view; onRetry runs when the user asks to pseudonymise.
export function renderBlock(container, view, s, onRetry) {
  const doc = container.ownerDocument;
  const add = (tag, text, className) => {
    const node = doc.createElement(tag);
    node.textContent = text;
    if (className) node.className = className;
    container.append(node);
    return node;
  };
  container.replaceChildren();
  add("h2", view.heading);
  add("p", view.message, "reason");
  if (view.where.length) {
    add("p", s.blocked_where);
    const list = doc.createElement("ul");
    list.className = "where";
    for (const w of view.where) {
      const li = doc.createElement("li");
      for (const [text, className] of [[w.label, "label"], [w.excerpt, "excerpt"], [w.position, "position"]]) {
        if (!text) continue;
        const span = doc.createElement("span");
        span.className = className;
        span.textContent = text;
        li.append(span);
      }
      list.append(li);
    }
    container.append(list);
  }
  if (view.contact) add("p", view.contact, "contact");
  if (view.tools) add("p", view.tools, "tools");
  if (view.canPseudonymise) {
    const button = add("button", s.retry_pseudonymised, "retry");
    button.type = "button";
    button.addEventListener("click", onRetry);
  }
}
