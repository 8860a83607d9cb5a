// Typing into a 1 MB treaty text (`treatyCorpus.mjs`), in process: run by bench.mjs as a process of
// its own, as typing.mjs is. Nearly every paragraph there is a proposal, so each keystroke reads a
// proposal again and moves thousands of others. Prints JSON timings (ms).
import { createRequire } from 'node:module';
import { generateTreaty } from './treatyCorpus.mjs';
import { DOC_SIZE } from './measure.mjs';
import { typeInHeading, typeInsideProposal, typeNewItems } from './keystrokes.mjs';
import { SHAPES } from './shapes.mjs';

const require = createRequire(import.meta.url);
const core = require('../../out/server/src/core/index.js');
const { kb } = core.loadKnowledgeBase(core.builtinKbFiles);
const editor = core.createAnalyzer({ kb, today: () => '2026-11-30' });
const doc = (text, version) => ({ uri: 'treaty.md', version, getText: () => text });

let current = generateTreaty(DOC_SIZE);
let version = 1;
const { proposals } = editor.analyze(doc(current, version++));

const analyzeText = (text, v) => editor.analyze(doc(text, v));
/** Typing inside the proposal a little way past `anchor`, after the first `share` of the text (the middle unless given). */
function typeAfter(anchor, share = 0.5) {
  const typed = typeInsideProposal(current, current.indexOf(anchor, current.length * share) + anchor.length + 5, version, analyzeText);
  current = typed.text;
  version = typed.version;
  return typed.times;
}

const paragraph = typeAfter('\n2. ');
const subItem = typeAfter('   (b) ');
const items = typeNewItems(current, version, analyzeText);
const newItem = items.times;
const typedHeading = typeInHeading(items.text, items.version, analyzeText);
const heading = typedHeading.times;
// every keystroke moves what lies after it: typing near the start moves nearly all of it
current = typedHeading.text;
version = typedHeading.version;
const nearStart = typeAfter('\n2. ', 0.02);
// the same text without its headings, as numbered paragraphs pasted as plain text come: only the
// fresh starts of its lists bound what a new item makes again
const plain = generateTreaty(DOC_SIZE).replace(/^#+ .*\n/gm, '');
const plainEditor = core.createAnalyzer({ kb, today: () => '2026-11-30' });
plainEditor.analyze(doc(plain, 1));
const newItemWithoutHeadings = typeNewItems(plain, 2, (text, v) => plainEditor.analyze(doc(text, v))).times;
// one long list, each item ending with a colon over two sub-items, and no heading (the "list with
// sub-lists" shape): no heading or fresh start bounds what an edit there makes again, so a keystroke
// in such an item reads its proposals again or makes all of them
const nested = SHAPES['list with sub-lists'](DOC_SIZE);
const nestedEditor = core.createAnalyzer({ kb, today: () => '2026-11-30' });
const nestedProposals = nestedEditor.analyze(doc(nested, 1)).proposals.length;
const introducingItem = typeInsideProposal(nested, nested.indexOf('mission:', nested.length / 2) + 3, 2, (text, v) => nestedEditor.analyze(doc(text, v))).times;
process.stdout.write(JSON.stringify({ proposals: proposals.length, paragraph, subItem, newItem, heading, nearStart, newItemWithoutHeadings, nestedProposals, introducingItem }));
