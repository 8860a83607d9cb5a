// Typing into the middle of a 1 MB document, in process: run by bench.mjs as a process of its
// own so that the heap holds this document only, as the server's does. Prints JSON timings (ms).
import { createRequire } from 'node:module';
import { generate } from './corpus.mjs';
import { DOC_SIZE, now, scaled } from './measure.mjs';
import { typeInHeading, typeInsideProposal, typeNewItems } from './keystrokes.mjs';

const require = createRequire(import.meta.url);
const core = require('../../out/server/src/core/index.js');
const { toDocumentSymbols } = require('../../out/server/src/lsp/convert.js');
const { TextDocument } = require('vscode-languageserver-textdocument');
const { kb } = core.loadKnowledgeBase(core.builtinKbFiles);
const editor = core.createAnalyzer({ kb, today: () => '2026-11-30' });
const doc = (text, version) => ({ uri: 'bench.md', version, getText: () => text });
const analyzeText = (text, version) => editor.analyze(doc(text, version));

const text = generate(DOC_SIZE);
let current = text;
let version = 1;
editor.analyze(doc(current, version++));
const typeAt = text.indexOf('\n\n', text.length / 2) - 20;
let typed = 0;
const type = () => {
  current = current.slice(0, typeAt + typed) + 'x' + current.slice(typeAt + typed);
  typed++;
  const start = now();
  editor.analyze(doc(current, version++));
  return now() - start;
};
for (let i = 0; i < scaled(20, 2); i++) type();
const typing = Array.from({ length: scaled(200, 3) }, type);
const sameLength = Array.from({ length: scaled(100, 3) }, (_, i) => {
  const at = typeAt + (i % 50);
  current = current.slice(0, at) + (current[at] === 'x' ? 'y' : 'x') + current.slice(at + 1);
  const start = now();
  editor.analyze(doc(current, version++));
  return now() - start;
});
// typing inside a proposal, a numbered item in the middle: that proposal and its outline node are
// read again and the rest moved (see `rereadProposals`), where an edit in plain prose only moves them
// (after 20 warm-up keystrokes there too: this path's code has not run before)
const reread = typeInsideProposal(current, current.indexOf('\n1. ', current.length / 2) + 10, version, analyzeText);
const inProposal = reread.times;
current = reread.text;
version = reread.version;
// the outline as the server answers it: LSP symbols made from a new version's cached analysis
// (line offsets are ready, as the server's document keeps them up to date)
const outlineTimes = Array.from({ length: scaled(200, 3) }, (_, i) => {
  // typing: each version one character longer than the last, in the middle of the document
  const at = typeAt + typed + i;
  current = current.slice(0, at) + 'x' + current.slice(at);
  const fresh = editor.analyze(doc(current, version++));
  const lsp = TextDocument.create('file:///bench.md', 'markdown', version, current);
  lsp.positionAt(current.length);
  const start = now();
  toDocumentSymbols(lsp, fresh.outline);
  return now() - start;
});
const analysis = editor.analyze(doc(current, version++));
const mentionOffsets = analysis.mentions.map((m) => m.start);
const hoverTimes = mentionOffsets.filter((_, i) => i % 13 === 0).map((offset) => {
  const start = now();
  editor.hover(analysis, offset);
  return now() - start;
});
// last: the new items change the text after `typeAt`, which the hover offsets above do not reach
const items = typeNewItems(current, version, analyzeText);
const newItem = items.times;
const typedHeading = typeInHeading(items.text, items.version, analyzeText);
const heading = typedHeading.times;
// every keystroke moves what lies after it: typing near the start moves nearly all of it
const nearStart = typeInsideProposal(typedHeading.text, typedHeading.text.indexOf('\n1. ', typedHeading.text.length * 0.02) + 10, typedHeading.version, analyzeText).times;
process.stdout.write(JSON.stringify({ typing, sameLength, inProposal, newItem, heading, nearStart, hoverTimes, outlineTimes, mentionOffsets: mentionOffsets.filter((o) => o < typeAt) }));
