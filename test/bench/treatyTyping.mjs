// Typing into a 1 MB treaty text (`treatyCorpus.mjs`), in process: run by bench.mjs as a process of
// its own, as typing.mjs is. Nearly every paragraph there is a proposal, so each keystroke reads a
// proposal again and moves thousands of others. Prints JSON timings (ms).
import { createRequire } from 'node:module';
import { generateTreaty } from './treatyCorpus.mjs';
import { DOC_SIZE, now, scaled, tuneAsTheServerDoes } from './measure.mjs';
import { TypedDocument, typeInHeading, typeInsideProposal, typeNewItems } from './keystrokes.mjs';
import { SHAPES } from './shapes.mjs';

const require = createRequire(import.meta.url);
tuneAsTheServerDoes();
const core = require('../../out/server/src/core/index.js');
const { convertFolds, convertOutline } = require('../../out/server/src/lsp/convert.js');
const { convertLenses } = require('../../out/server/src/lsp/codeLenses.js');
const { kb } = core.loadKnowledgeBase(core.builtinKbFiles);
const analyzer = () => core.createAnalyzer({ kb, today: () => '2026-11-30' });

const typed = new TypedDocument(analyzer(), generateTreaty(DOC_SIZE), 'file:///treaty.md');
const { proposals } = typed.analysis;

/** Typing inside the proposal a little way past `anchor`, after the first `share` of the text (the middle unless given); the warm-up's times go to `warmUp`. */
function typeAfter(anchor, share = 0.5, warmUp = []) {
  const text = typed.text();
  return typeInsideProposal(typed, text.indexOf(anchor, text.length * share) + anchor.length + 5, warmUp);
}

// the first keystrokes after the text was opened: V8 has compiled little of what a keystroke runs
const firstKeystrokes = [];
const paragraph = typeAfter('\n2. ', 0.5, firstKeystrokes);
const subItem = typeAfter('   (b) ');
const newItem = typeNewItems(typed);
const heading = typeInHeading(typed);
// every keystroke moves what lies after it: typing near the start moves nearly all of it
const nearStart = typeAfter('\n2. ', 0.02);
// the same text without its headings, as numbered paragraphs pasted as plain text come: only the
// fresh starts of its lists bound what a new item makes again
const plain = new TypedDocument(analyzer(), generateTreaty(DOC_SIZE).replace(/^#+ .*\n/gm, ''), 'file:///plain.md');
const newItemWithoutHeadings = typeNewItems(plain);
// one long list, each item ending with a colon over two sub-items, and no heading (the "list with
// sub-lists" shape): no heading or fresh start bounds what an edit there makes again, so a keystroke
// in such an item reads its proposals again or makes all of them
const nested = SHAPES['list with sub-lists'](DOC_SIZE);
const nestedDoc = new TypedDocument(analyzer(), nested, 'file:///nested.md');
const nestedProposals = nestedDoc.analysis.proposals.length;
// (its warm-up, the first keystrokes after the list was opened, timed too)
const nestedFirstKeystrokes = [];
const introducingItem = typeInsideProposal(nestedDoc, nested.indexOf('mission:', nested.length / 2) + 3, nestedFirstKeystrokes);
// what a keystroke leaves to the host's next requests: the outline and the folds, converted as the
// server answers `documentSymbol` and `foldingRange`, with the last version's conversions at hand
// as the server keeps them, each version's read once after its keystroke. Timed after 20 such
// reads, as the rows above are after 20 keystrokes: the first converts all 51,569 symbols, and the
// young-generation collections after it copy them
let readAt = nestedDoc.text().indexOf('mission:', nested.length / 2) + 3;
let outline;
let folds;
const readLists = () => {
  nestedDoc.type(readAt++, 'x');
  const start = now();
  const { analysis, doc } = nestedDoc;
  outline = convertOutline(doc, analysis, outline);
  folds = convertFolds(doc, analysis, folds);
  return now() - start;
};
const listsWarmUp = Array.from({ length: scaled(20, 2) }, readLists);
const listsRead = Array.from({ length: scaled(200, 3) }, readLists);
// the code lenses (one per top-level list, with its counts) after a keystroke, as a host asks for
// them, with the last version's at hand as the server keeps them (after a first read, not timed,
// which reads every proposal)
let lenses = convertLenses(nestedDoc.doc, nestedDoc.analysis, kb, undefined);
const lensesRead = Array.from({ length: scaled(40, 3) }, () => {
  nestedDoc.type(readAt++, 'x');
  const start = now();
  lenses = convertLenses(nestedDoc.doc, nestedDoc.analysis, kb, lenses);
  return now() - start;
});
process.stdout.write(JSON.stringify({ proposals: proposals.length, firstKeystrokes, paragraph, subItem, newItem, heading, nearStart, newItemWithoutHeadings, nestedProposals, nestedFirstKeystrokes, introducingItem, listsWarmUp, listsRead, lensesRead }));
