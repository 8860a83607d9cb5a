// npm run bench:alloc -- [prose|treaty|drafts|nested] [SHARE]: how many megabytes a keystroke allocates, and where.
// Characters are typed inside a proposal SHARE of the way into a 1 MB text (default 0.02, near the
// start, where a keystroke moves nearly everything after it), and V8's sampling heap profiler
// records every allocation of 50 keystrokes after 20 not recorded, those collected since included.
// Allocation is what the young-generation collections answer to, and they set a keystroke's p95.
import { createRequire } from 'node:module';
import inspector from 'node:inspector';
import { MB, tuneAsTheServerDoes } from './measure.mjs';
import { TypedDocument } from './keystrokes.mjs';
import { NAMED_TEXTS } from './namedTexts.mjs';
import { SHAPES } from './shapes.mjs';

const [kind = 'treaty', share = '0.02'] = process.argv.slice(2);
if (!['prose', 'treaty', 'drafts', 'nested'].includes(kind) || !(Number(share) >= 0 && Number(share) < 1)) {
  console.error('usage: npm run bench:alloc -- [prose|treaty|drafts|nested] [SHARE, 0 to 1]');
  process.exit(2);
}
const require = createRequire(import.meta.url);
tuneAsTheServerDoes();
const core = require('../../out/server/src/core/index.js');
const { kb } = core.loadKnowledgeBase(core.builtinKbFiles);
/** The texts, by kind: `nested` is the benchmark's one 1 MB list of items over their own sub-items. */
const TEXTS = { ...NAMED_TEXTS, nested: SHAPES['list with sub-lists'] };
// the document held and updated as the server holds it (see keystrokes.mjs)
const typed = new TypedDocument(core.createAnalyzer({ kb, today: () => '2026-11-30' }), TEXTS[kind](MB), 'file:///alloc.md');
// inside the first proposal that starts past SHARE of the text, a few characters after its marker
const first = typed.analysis.proposals.find((p) => p.start >= typed.doc.length * Number(share));
if (!first) throw new Error(`allocation.mjs: no proposal past ${share} of the text`);
let at = first.markerSpan.end + 3;
const type = () => typed.type(at++, 'x');
for (let i = 0; i < 20; i++) type();

const session = new inspector.Session();
session.connect();
const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
await post('HeapProfiler.enable');
await post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMinorGC: true, includeObjectsCollectedByMajorGC: true });
const KEYSTROKES = 50;
for (let i = 0; i < KEYSTROKES; i++) type();
const { profile } = await post('HeapProfiler.stopSampling');

const bySite = new Map();
let total = 0;
const walk = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const site = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
  total += node.selfSize;
  bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
  node.children.forEach(walk);
};
walk(profile.head);
console.log(`${kind}, typing ${share} of the way in: ${(total / KEYSTROKES / 1e6).toFixed(2)} MB allocated per keystroke`);
for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${(bytes / KEYSTROKES / 1e3).toFixed(0).padStart(7)} KB  ${site}`);
