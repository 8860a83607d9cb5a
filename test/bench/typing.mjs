// Typing into the middle of a 1 MB document, in process: run by bench.mjs as a process of its
// own so that the heap holds this document only, as the server's does. Prints JSON timings (ms).
import { createRequire } from 'node:module';
import { generate } from './corpus.mjs';
import { draftsRepeated } from './drafts.mjs';
import { DOC_SIZE, now, scaled, tuneAsTheServerDoes } from './measure.mjs';
import { TypedDocument, typeInHeading, typeInsideProposal, typeNewItems } from './keystrokes.mjs';

const require = createRequire(import.meta.url);
tuneAsTheServerDoes();
const core = require('../../out/server/src/core/index.js');
const { convertOutline } = require('../../out/server/src/lsp/convert.js');
const { kb } = core.loadKnowledgeBase(core.builtinKbFiles);
const editor = core.createAnalyzer({ kb, today: () => '2026-11-30' });

const text = generate(DOC_SIZE);
const typed = new TypedDocument(editor, text);
const typeAt = text.indexOf('\n\n', text.length / 2) - 20;
let typedCount = 0;
const type = () => typed.type(typeAt + typedCount++, 'x');
// the first keystrokes after the document was opened, timed too: V8 has compiled little of what a keystroke runs
const firstKeystrokes = Array.from({ length: scaled(20, 2) }, type);
const typing = Array.from({ length: scaled(200, 3) }, type);
const sameLength = Array.from({ length: scaled(100, 3) }, (_, i) => {
  const at = typeAt + (i % 50);
  return typed.replace(at, at + 1, typed.doc.slice(at, at + 1) === 'x' ? 'y' : 'x');
});
// typing inside a proposal, a numbered item in the middle: that proposal and its outline node are
// read again and the rest moved (see `rereadProposals`), where an edit in plain prose only moves them
// (after 20 warm-up keystrokes there too: this path's code has not run before)
const inProposal = typeInsideProposal(typed, typed.text().indexOf('\n1. ', typed.doc.length / 2) + 10);
// the outline as the server answers it: LSP symbols made from a new version's cached analysis
// (line offsets are ready, as the server's document keeps them up to date), with the last
// version's conversion at hand, as the server keeps it
let converted;
const outlineTimes = Array.from({ length: scaled(200, 3) }, (_, i) => {
  // typing: each version one character longer than the last, in the middle of the document
  typed.type(typeAt + typedCount + i, 'x');
  const start = now();
  converted = convertOutline(typed.doc, typed.analysis, converted);
  return now() - start;
});
const { analysis } = typed;
const mentionOffsets = analysis.mentions.map((m) => m.start);
const hoverTimes = mentionOffsets.filter((_, i) => i % 13 === 0).map((offset) => {
  const start = now();
  editor.hover(analysis, offset);
  return now() - start;
});
// a hover as the first request after a keystroke, at a mention before the typed text (where the
// offsets above still hold): the version's mentions are not placed yet, nor its proposals moved
const hoverAfterKeystroke = mentionOffsets
  .filter((offset, i) => i % 7 === 0 && offset < typeAt)
  .slice(0, scaled(200, 3))
  .map((offset) => {
    typed.type(typeAt + typedCount++ + outlineTimes.length, 'x');
    const start = now();
    editor.hover(typed.analysis, offset);
    return now() - start;
  });
// last: the new items change the text after `typeAt`, which the hover offsets above do not reach
const newItem = typeNewItems(typed);
const heading = typeInHeading(typed);
// every keystroke moves what lies after it: typing near the start moves nearly all of it
const nearStart = typeInsideProposal(typed, typed.text().indexOf('\n1. ', typed.doc.length * 0.02) + 10);
// text as users write it: the samples' drafts repeated, where a keystroke also reads the choices of
// ambiguous names and the names written two ways across the document
const drafts = new TypedDocument(editor, draftsRepeated(DOC_SIZE), 'file:///drafts.md');
const draftAt = drafts.text().indexOf('. ', drafts.doc.length / 2) + 1;
let draftTyped = 0;
const typeInDraft = () => drafts.type(draftAt + draftTyped++, 'x');
for (let i = 0; i < scaled(20, 2); i++) typeInDraft();
const draftTyping = Array.from({ length: scaled(200, 3) }, typeInDraft);
process.stdout.write(JSON.stringify({ firstKeystrokes, typing, sameLength, inProposal, newItem, heading, nearStart, draftTyping, hoverTimes, hoverAfterKeystroke, outlineTimes, mentionOffsets: mentionOffsets.filter((o) => o < typeAt) }));
