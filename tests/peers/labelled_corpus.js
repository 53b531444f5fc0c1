// Reads the labelled corpus (format: tests/accuracy/labelled_corpus.h) for Node-side peers.
// Spans are offsets into the JavaScript string (UTF-16 code units), not UTF-8 bytes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const LABEL = /\[\[(\?)?([A-Z_]+):(.*?)\]\]/g;

function parseBody(id, body) {
  const doc = { id, text: '', gold: [] };
  let last = 0;
  for (const m of body.matchAll(LABEL)) {
    doc.text += body.slice(last, m.index);
    const begin = doc.text.length;
    doc.text += m[3];
    if (m[2] !== 'CONFIDENTIAL') {
      doc.gold.push({ type: m[2], begin, end: doc.text.length, optional: m[1] === '?' });
    }
    last = m.index + m[0].length;
  }
  doc.text = (doc.text + body.slice(last)).replace(/\n+$/, '') + '\n';
  return doc;
}

export function loadCorpus(dir) {
  const docs = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const parts = readFileSync(join(dir, name), 'utf8').split(/^@@@ (.*)$/m);
    for (let i = 1; i + 1 < parts.length; i += 2) {
      docs.push(parseBody(parts[i], parts[i + 1].replace(/^\n/, '')));
    }
  }
  return docs;
}
