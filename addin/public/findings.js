// What "Controleer" shows: summarize() turns an analyze answer into plain-language items, render() puts
// them in the pane. Findings quote the draft, which is untrusted: render() only ever sets textContent.
import {fill} from "./i18n.js";

const EXCERPT_CHARS = 100;

// The draft text between UTF-16 offsets (JavaScript strings index the same units), shortened.
export function excerpt(text, start, end) {
  const piece = text.slice(start, end).replaceAll(/\s+/g, " ").trim();
  return piece.length > EXCERPT_CHARS ? `${piece.slice(0, EXCERPT_CHARS - 1)}…` : piece;
}

function position(s, item) {
  return fill(s.position, {start: item.start, end: item.end});
}

function aiItems(analysis, s) {
  return (analysis.ai_content?.passages ?? []).map((p) => ({
    label: p.source === "provenance" ? fill(s.ai_provenance, {tool: p.tool ?? "?"}) : fill(s.ai_marker, {marker: p.marker ?? ""}),
    excerpt: excerpt(analysis.text, p.start, p.end),
    position: position(s, p),
  }));
}

// Personal data grouped by type, the most frequent type first.
function personalGroups(analysis, s) {
  const groups = new Map();
  for (const f of analysis.personal_data ?? []) {
    if (!groups.has(f.type)) groups.set(f.type, {type: f.type, label: s.types[f.type] ?? s.types.other, items: []});
    groups.get(f.type).items.push({excerpt: excerpt(analysis.text, f.start, f.end), position: position(s, f)});
  }
  return [...groups.values()].sort((a, b) => b.items.length - a.items.length);
}

function disclosureState(analysis, s) {
  if (analysis.disclosure?.present) return {state: "present", message: s.disclosure_present};
  if (analysis.verdict?.disclosure_required) return {state: "missing", message: s.disclosure_missing};
  return {state: "not_needed", message: s.disclosure_not_needed};
}

export function summarize(analysis, s) {
  const policy = analysis.policy ?? {};
  return {
    coverage: Math.round(100 * (analysis.ai_content?.coverage ?? 0)),
    ai: aiItems(analysis, s),
    personal: personalGroups(analysis, s),
    confidential: (analysis.confidential ?? []).map((c) => ({
      label: fill(s.confidential_item, {marker: c.marker}),
      excerpt: excerpt(analysis.text, c.start, c.end),
      position: position(s, c),
    })),
    disclosure: disclosureState(analysis, s),
    externalAiAllowed: analysis.verdict?.external_ai?.allowed !== false,
    policyNote: policy.expired ? fill(s.policy_expired, {organization: policy.organization, date: policy.valid_until}) : null,
  };
}

function element(doc, tag, text, className) {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function itemList(doc, items) {
  const list = element(doc, "ul");
  for (const item of items) {
    const li = element(doc, "li");
    if (item.label) li.append(element(doc, "span", item.label, "label"));
    li.append(element(doc, "q", item.excerpt), element(doc, "span", item.position, "position"));
    list.append(li);
  }
  return list;
}

function section(doc, heading, id) {
  const node = element(doc, "section");
  node.id = id;
  node.append(element(doc, "h2", heading));
  return node;
}

// Replaces container's content with the summary.
export function render(container, summary, s) {
  const doc = container.ownerDocument;
  container.replaceChildren();
  if (summary.policyNote) container.append(element(doc, "p", summary.policyNote, "warning"));

  const disclosure = section(doc, s.disclosure_heading, "disclosure");
  disclosure.append(element(doc, "p", summary.disclosure.message, `status ${summary.disclosure.state}`));
  container.append(disclosure);

  const ai = section(doc, s.ai_heading, "ai");
  if (summary.ai.length) {
    ai.append(element(doc, "p", fill(s.ai_coverage, {percent: summary.coverage})), itemList(doc, summary.ai));
  } else {
    ai.append(element(doc, "p", s.nothing, "none"));
  }
  container.append(ai);

  const personal = section(doc, s.personal_heading, "personal");
  if (summary.personal.length === 0) personal.append(element(doc, "p", s.nothing, "none"));
  for (const group of summary.personal) {
    personal.append(element(doc, "h3", `${group.label} (${group.items.length})`), itemList(doc, group.items));
  }
  if (!summary.externalAiAllowed) personal.append(element(doc, "p", s.external_ai_blocked, "warning"));
  container.append(personal);

  const confidential = section(doc, s.confidential_heading, "confidential");
  confidential.append(summary.confidential.length ? itemList(doc, summary.confidential) : element(doc, "p", s.nothing, "none"));
  container.append(confidential);
}
