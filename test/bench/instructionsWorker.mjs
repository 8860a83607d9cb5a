// The process instructions.mjs runs under callgrind, and collector.mjs under V8's collector
// trace: analyses one corpus with the core of the build at ROOT, first WARM_UP times uncounted,
// then, when told, COUNTED times while callgrind counts (or the trace is read). Like the
// benchmark's full analyses, it keeps no analysis once it is done. It talks on stdin and stdout,
// a line at a time: "ready" (warm), "go" (counting is on), "done" (the counted analyses are
// over), then "collections MINOR MAJOR" (how many young-generation and full collections ran during
// them); it exits when its stdin closes.
import { createRequire } from 'node:module';
import path from 'node:path';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { tuneAsTheServerDoes, MB } from './measure.mjs';
import { NAMED_TEXTS } from './namedTexts.mjs';

const [root, corpus, warmUp, counted] = process.argv.slice(2);
const require = createRequire(import.meta.url);
tuneAsTheServerDoes();
const core = require(path.join(root, 'out/server/src/core/index.js'));
const { kb } = core.loadKnowledgeBase(core.builtinKbFiles);
const text = NAMED_TEXTS[corpus](MB);
let version = 0;
const analyze = () => core.createAnalyzer({ kb, today: () => '2026-11-30' }).analyze({ uri: 'instructions.md', version: ++version, getText: () => text });

for (let i = 0; i < Number(warmUp); i++) analyze();
const lines = createInterface({ input: process.stdin });
console.log('ready');
// the collections during the counted analyses: a count of instructions holds the collector's work,
// and one collection more in one build's counted analyses moves its count by a step (see
// instructions.mjs)
const collections = [];
const observer = new PerformanceObserver((list) => collections.push(...list.getEntries()));
for await (const line of lines) {
  if (line !== 'go') continue;
  // each "go" reports its own analyses' collections
  collections.length = 0;
  observer.observe({ entryTypes: ['gc'] });
  for (let i = 0; i < Number(counted); i++) analyze();
  console.log('done');
  // V8 reports its collections after they end, on a later turn of the event loop
  await new Promise((resolve) => setTimeout(resolve, 20));
  observer.disconnect();
  const minor = collections.filter((entry) => entry.detail.kind === constants.NODE_PERFORMANCE_GC_MINOR).length;
  const major = collections.filter((entry) => entry.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR).length;
  console.log(`collections ${minor} ${major}`);
}
