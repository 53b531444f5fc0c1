#include "gateway/register_page.h"

namespace vermeld {

std::string_view RegisterPageHtml() {
  static constexpr std::string_view kPage = R"html(<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>AI-register - vermeld</title>
<style>
  body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem; color: #1b1b1b; }
  h1 { font-size: 1.4rem; margin: 0 0 .2rem; }
  .meta { color: #555; margin: 0 0 1.2rem; }
  table { border-collapse: collapse; margin: 1rem 0 2rem; }
  th, td { border: 1px solid #ccc; padding: .3rem .6rem; text-align: right; }
  th:nth-child(-n+2), td:nth-child(-n+2) { text-align: left; }
  thead th { background: #f1f1f1; }
  .legend span { display: inline-block; margin-right: 1rem; }
  .legend i { display: inline-block; width: .8rem; height: .8rem; margin-right: .3rem; }
  #error { color: #a00000; font-weight: 600; }
  svg text { font: 12px system-ui, sans-serif; fill: #333; }
</style>
</head>
<body>
<h1>AI-register</h1>
<p class="meta" id="meta">Bezig met laden...</p>
<p id="error" role="alert" hidden></p>
<h2>Per maand</h2>
<div class="legend" id="legend"></div>
<svg id="chart" role="img" aria-label="Staafdiagram per maand" width="760" height="260"></svg>
<h2>Per tool en maand</h2>
<p><a id="csv" download>Download als CSV</a></p>
<table id="register">
  <thead><tr id="head"></tr></thead>
  <tbody id="rows"></tbody>
</table>
<script>
"use strict";
const token = new URLSearchParams(location.search).get("token") || "";
const SERIES = [
  ["requests", "Verzoeken", "#4a6fa5"],
  ["blocked_total", "Geblokkeerd", "#c0392b"],
  ["pseudonymised", "Gepseudonimiseerd", "#e0a100"],
  ["outputs_recorded", "Antwoorden vastgelegd", "#2e8b57"],
  ["disclosures_inserted", "Vermeldingen ingevoegd", "#7d3c98"],
];
const REASONS = {
  policy_expired: "Beleid verlopen",
  tool_not_allowed: "Tool niet toegestaan",
  confidential: "Vertrouwelijk",
  personal_data: "Persoonsgegevens",
};
const SVG = "http://www.w3.org/2000/svg";

function cell(row, text, tag) {
  const c = document.createElement(tag || "td");
  c.textContent = String(text);
  row.append(c);
}

function svgNode(parent, tag, attrs, text) {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
  if (text !== undefined) n.textContent = String(text);
  parent.append(n);
  return n;
}

function drawTable(data) {
  const head = document.getElementById("head");
  const columns = ["Maand", "Tool", "Verzoeken", "Geblokkeerd"]
    .concat(data.reasons.map((r) => "Geblokkeerd: " + (REASONS[r] || r)))
    .concat(["Gepseudonimiseerd", "Antwoorden vastgelegd", "Vermeldingen ingevoegd"]);
  for (const c of columns) cell(head, c, "th");
  const body = document.getElementById("rows");
  for (const r of data.rows) {
    const tr = document.createElement("tr");
    for (const v of [r.month, r.tool, r.requests, r.blocked_total]) cell(tr, v);
    for (const reason of data.reasons) cell(tr, r.blocked[reason] || 0);
    for (const v of [r.pseudonymised, r.outputs_recorded, r.disclosures_inserted]) cell(tr, v);
    body.append(tr);
  }
  if (!data.rows.length) {
    const tr = document.createElement("tr");
    cell(tr, "Nog geen AI-gebruik vastgelegd.");
    tr.firstChild.colSpan = columns.length;
    body.append(tr);
  }
}

function drawChart(data) {
  const months = new Map();
  for (const r of data.rows) {
    const m = months.get(r.month) || {};
    for (const [key] of SERIES) m[key] = (m[key] || 0) + r[key];
    months.set(r.month, m);
  }
  const legend = document.getElementById("legend");
  for (const [, label, colour] of SERIES) {
    const s = document.createElement("span");
    const i = document.createElement("i");
    i.style.background = colour;
    s.append(i, document.createTextNode(label));
    legend.append(s);
  }
  const svg = document.getElementById("chart");
  const entries = [...months.entries()];
  const max = Math.max(1, ...entries.flatMap(([, m]) => SERIES.map(([k]) => m[k])));
  const group = SERIES.length * 14 + 24, top = 16, base = 220;
  svg.setAttribute("width", String(Math.max(760, 60 + entries.length * group)));
  svgNode(svg, "line", {x1: 40, y1: base, x2: 40 + entries.length * group, y2: base, stroke: "#999"});
  svgNode(svg, "text", {x: 0, y: top + 4}, max);
  entries.forEach(([month, m], g) => {
    const x0 = 48 + g * group;
    SERIES.forEach(([key, label, colour], i) => {
      const h = Math.round((m[key] / max) * (base - top));
      const bar = svgNode(svg, "rect", {x: x0 + i * 14, y: base - h, width: 12, height: h, fill: colour});
      svgNode(bar, "title", {}, month + " - " + label + ": " + m[key]);
    });
    svgNode(svg, "text", {x: x0, y: base + 16}, month);
  });
}

async function load() {
  const csv = document.getElementById("csv");
  csv.href = "/api/v1/register?format=csv&token=" + encodeURIComponent(token);
  const answer = await fetch("/api/v1/register", {headers: {Authorization: "Bearer " + token}});
  const data = await answer.json();
  if (!answer.ok) throw new Error((data.error && data.error.message) || "HTTP " + answer.status);
  document.getElementById("meta").textContent =
    (data.organization || "") + " - opgemaakt op " + (data.generated || "");
  drawTable(data);
  drawChart(data);
}

load().catch((e) => {
  const box = document.getElementById("error");
  box.textContent = "Het register kon niet geladen worden: " + e.message;
  box.hidden = false;
  document.getElementById("meta").textContent = "";
});
</script>
</body>
</html>
)html";
  return kPage;
}

}  // namespace vermeld
