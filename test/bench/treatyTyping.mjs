// Typing into a 1 MB treaty text (`treatyCorpus.mjs`), in process: run by bench.mjs as a process of
// its own, as typing.mjs is. Nearly every paragraph there is a proposal, so each keystroke reads a
// proposal again and moves thousands of others. Prints JSON timings (ms).
import { createRequire } from 'node:module';
import { generateTreaty } from './treatyCorpus.mjs';
import { DOC_SIZE, now, scaled } from './measure.mjs';
import { typeNewItems } from './newItemTyping.mjs';

const require = createRequire(import.meta.url);
const core = require('../../out/server/src/core/index.js');
const { kb } = core.loadKnowledgeBase(core.builtinKbFiles);
const editor = core.createAnalyzer({ kb, today: () => '2026-11-30' });
const doc = (text, version) => ({ uri: 'treaty.md', version, getText: () => text });

let current = generateTreaty(DOC_SIZE);
let version = 1;
const { proposals } = editor.analyze(doc(current, version++));

/** Keystrokes typed one after another, from a little way past `anchor` in the middle of the text; timed after 20 warm-up ones. */
function typeAfter(anchor) {
  let at = current.indexOf(anchor, current.length / 2) + anchor.length + 5;
  const type = () => {
    current = current.slice(0, at) + 'x' + current.slice(at);
    at++;
    const start = now();
    const analysis = editor.analyze(doc(current, version++));
    const took = now() - start;
    if (!analysis.proposals.some((p) => p.start <= at && at < p.end)) throw new Error('treatyTyping.mjs: the typed text is no proposal');
    return took;
  };
  for (let i = 0; i < scaled(20, 2); i++) type();
  return Array.from({ length: scaled(200, 3) }, type);
}

const paragraph = typeAfter('\n2. ');
const subItem = typeAfter('   (b) ');
const newItem = typeNewItems(current, version, (text, v) => editor.analyze(doc(text, v)));
process.stdout.write(JSON.stringify({ proposals: proposals.length, paragraph, subItem, newItem }));
