// Side-by-side run of the npm package redact-pii and vermeld on the dev corpus (issue 3, item 8).
//
//   node tests/peers/compare_redact_pii.js [BUILD_DIR]   (default: build)
//
// redact-pii only returns redacted text, so its findings are recovered by aligning that text with
// the input (every redaction is replaced by one marker character). A gold span counts as found
// when any of its characters was redacted, whatever label redact-pii gave it: a lenient reading
// in redact-pii's favour. vermeld's figures come from its own tools (vermeld_score_pii --json and
// vermeld_bench_detect) built in BUILD_DIR.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import redactPii from 'redact-pii';

import { loadCorpus } from './labelled_corpus.js';

const MARK = '\u0001';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const buildDir = resolve(root, process.argv[2] ?? 'build');
const corpusDir = join(root, 'tests/corpus/pii/dev');
const redactor = new redactPii.SyncRedactor({ globalReplaceWith: MARK });

// Redacted [begin, end) ranges of `text`, found by matching the unredacted pieces in order.
export function redactedRanges(text, redacted) {
  const pieces = redacted.split(MARK);
  const ranges = [];
  let pos = pieces[0].length;
  for (const piece of pieces.slice(1)) {
    const next = piece === '' ? pos + 1 : text.indexOf(piece, pos + 1);
    const end = next < 0 ? text.length : next;
    ranges.push([pos, end]);
    pos = end + piece.length;
  }
  return ranges;
}

const overlaps = (a, b) => a.begin < b[1] && b[0] < a.end;

function scoreRedactPii(docs) {
  const perType = {};
  let predicted = 0;
  let truePredicted = 0;
  for (const doc of docs) {
    const ranges = redactedRanges(doc.text, redactor.redact(doc.text));
    for (const g of doc.gold.filter((s) => !s.optional)) {
      const t = (perType[g.type] ??= { gold: 0, found: 0 });
      t.gold += 1;
      t.found += ranges.some((r) => overlaps(g, r)) ? 1 : 0;
    }
    for (const r of ranges) {
      const hit = doc.gold.filter((g) => overlaps(g, r));
      if (hit.length > 0 && hit.every((g) => g.optional)) continue;
      predicted += 1;
      truePredicted += hit.length > 0 ? 1 : 0;
    }
  }
  return { perType, precision: predicted ? truePredicted / predicted : 1 };
}

function throughput(texts) {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  let rounds = 0;
  const start = process.hrtime.bigint();
  let seconds = 0;
  while (seconds < 2) {
    for (const t of texts) redactor.redact(t);
    rounds += 1;
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
  }
  return { mbPerS: (bytes * rounds) / seconds / 1e6, msPerRound: (seconds * 1000) / rounds };
}

// Consecutive documents cut at a line end near 10 KB, as vermeld_bench_detect builds its draft.
function draft10k(texts) {
  let d = '';
  for (let i = 0; Buffer.byteLength(d) < 10240; i += 1) d += texts[i % texts.length] + '\n';
  const bytes = Buffer.from(d).subarray(0, 10240).toString();
  return bytes.slice(0, bytes.lastIndexOf('\n') + 1);
}

function vermeldFigures() {
  const jsonFile = join(mkdtempSync(join(tmpdir(), 'vermeld-peers-')), 'score.json');
  try {
    execFileSync(join(buildDir, 'tests/accuracy/vermeld_score_pii'), ['--json', jsonFile, corpusDir],
      { stdio: 'ignore' });
  } catch (e) {
    if (e.status !== 1) throw e; // 1 = a target missed; the figures are still written
  }
  const score = JSON.parse(readFileSync(jsonFile, 'utf8'));
  const bench = JSON.parse(execFileSync(join(buildDir, 'tests/bench/vermeld_bench_detect'),
    ['--benchmark_filter=CorpusMix|10K', '--benchmark_format=json'], { encoding: 'utf8' }));
  const byName = Object.fromEntries(bench.benchmarks.map((b) => [b.name, b]));
  return {
    score,
    mbPerS: byName.BM_DetectCorpusMix.bytes_per_second / 1e6,
    draftMs: byName.BM_Detect10KDraft.real_time / 1000,
  };
}

function main() {
  const docs = loadCorpus(corpusDir);
  const texts = docs.map((d) => d.text);
  const peer = scoreRedactPii(docs);
  const speed = throughput(texts);
  const draft = draft10k(texts);
  const draftSpeed = throughput([draft]);
  const vermeld = vermeldFigures();

  const pct = (x) => `${(100 * x).toFixed(1)}%`.padStart(8);
  console.log(`dev corpus: ${docs.length} documents; recall = gold spans found (overlap)\n`);
  console.log('type                     gold  redact-pii  vermeld');
  let gold = 0;
  let found = 0;
  for (const type of Object.keys(peer.perType).sort()) {
    const t = peer.perType[type];
    gold += t.gold;
    found += t.found;
    const v = vermeld.score.types[type];
    console.log(`${type.padEnd(22)} ${String(t.gold).padStart(6)} ${pct(t.found / t.gold)}` +
      `    ${v ? pct(v.recall) : '     n/a'}`);
  }
  console.log(`${'ALL (recall)'.padEnd(22)} ${String(gold).padStart(6)} ${pct(found / gold)}` +
    `    ${pct(vermeld.score.overall.recall)}`);
  console.log(`${'precision'.padEnd(22)} ${''.padStart(6)} ${pct(peer.precision)}` +
    `    ${pct(vermeld.score.overall.precision)}`);
  console.log(`\nthroughput, corpus mix   redact-pii ${speed.mbPerS.toFixed(2)} MB/s` +
    `   vermeld ${vermeld.mbPerS.toFixed(2)} MB/s`);
  console.log(`10 KB draft              redact-pii ${draftSpeed.msPerRound.toFixed(3)} ms` +
    `   vermeld ${vermeld.draftMs.toFixed(3)} ms`);
}

main();
