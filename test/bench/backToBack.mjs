// Full analyses of the 1 MB policy prose back to back, in a process of its own, for bench.mjs's
// comparison of the server's V8 tuning with V8 as it comes (POLICY_LENS_BENCH_V8_DEFAULTS=1).
// Prints JSON: the median and the fastest call (ms) after the warm-up, and the pages the system
// handed the process per call (minor page faults, Linux).
import { createRequire } from 'node:module';
import { generate } from './corpus.mjs';
import { DOC_SIZE, now, percentile, RUNS, tuneAsTheServerDoes, WARM_UP } from './measure.mjs';

const require = createRequire(import.meta.url);
tuneAsTheServerDoes();
const core = require('../../out/server/src/core/index.js');
const { kb } = core.loadKnowledgeBase(core.builtinKbFiles);
const text = generate(DOC_SIZE);
const analyze = () => core.createAnalyzer({ kb, today: () => '2026-11-30' }).analyze({ uri: 'file:///backToBack.md', version: 1, getText: () => text });
for (let i = 0; i < WARM_UP; i++) analyze();
const times = [];
const faults = [];
for (let i = 0; i < 2 * RUNS; i++) {
  const pagesBefore = process.resourceUsage().minorPageFault;
  const start = now();
  analyze();
  times.push(now() - start);
  faults.push(process.resourceUsage().minorPageFault - pagesBefore);
}
process.stdout.write(JSON.stringify({ median: percentile(times, 0.5), fastest: Math.min(...times), faults: percentile(faults, 0.5) }));
