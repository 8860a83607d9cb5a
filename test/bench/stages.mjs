// npm run bench:stages -- [prose|treaty|drafts ...]: where a full analysis of 1 MB spends its time,
// stage by stage (the name scan, resolving mentions, the block rules, the proposals …), from V8's
// sampling CPU profiler over analyses after a warm-up. Each sample goes to the innermost stage on
// its stack, so the stages add up to the whole. The profiler names most inlined functions, but not
// all: what it loses counts in the caller's stage, or in "the rest of the analysis". Shares rather
// than milliseconds are what compare across runs: the machine's speed moves, and sampling every
// 100 µs slows each analysis a little.
import { createRequire } from 'node:module';
import { Session } from 'node:inspector/promises';
import { generate } from './corpus.mjs';
import { draftsRepeated } from './drafts.mjs';
import { MB, tuneAsTheServerDoes } from './measure.mjs';
import { generateTreaty } from './treatyCorpus.mjs';

const TEXTS = { prose: () => generate(MB), treaty: () => generateTreaty(MB), drafts: () => draftsRepeated(MB) };
const asked = process.argv.slice(2);
const corpora = asked.length > 0 ? asked : Object.keys(TEXTS);
const unknown = corpora.filter((c) => !(c in TEXTS));
if (unknown.length > 0) {
  console.error(`bench:stages: no corpus named ${unknown.join(', ')} (prose, treaty or drafts)\nusage: npm run bench:stages -- [prose|treaty|drafts ...]`);
  process.exit(2);
}

/** Analyses before profiling: V8 still optimizes some functions after ten (see bench:instructions). */
const WARM_UP = Number(process.env.WARM_UP ?? 20);
/** Analyses profiled. */
const PROFILED = Number(process.env.PROFILED ?? 30);

/**
 * The stages, each by the functions that make it (name and the core file that defines it). A
 * sample inside several, such as a context-word search made while mentions are resolved, goes to
 * the innermost.
 */
const STAGES = [
  ['splitting into blocks', [['splitBlocks', 'blocks/splitBlocks.js'], ['resplit', 'blocks/resplit.js']]],
  ['proposal markers (block scan)', [['scanBlock', 'blocks/blockScan.js']]],
  ['name scan', [['scanEntitiesInPlace', 'recognizers/entities.js']]],
  ['names read by the document (short forms, ambiguous names)', [['bareWordTargets', 'features/titledSurnames.js'], ['choicesOf', 'blocks/blockResults.js'], ['ambiguousOf', 'blocks/blockResults.js']]],
  ['context words of ambiguous names', [['witnessesIn', 'features/wordPresence.js'], ['witnessIn', 'features/wordPresence.js']]],
  ['resolving mentions', [['resolveMentions', 'features/mentions.js']]],
  ['block rules', [['runBlockRules', 'rules/runRules.js']]],
  ['naming tally', [['of', 'rules/namingTally.js']]],
  ['proposals', [['findProposals', 'features/proposals.js']]],
  ['outline and folds', [['buildOutline', 'features/outline.js'], ['buildFolds', 'features/outline.js']]],
  ['document rules', [['findingsBySequence', 'rules/sequenceRules.js'], ['namingFindings', 'rules/inconsistentNaming.js'], ['runRules', 'rules/runRules.js']]],
];
const ANALYSIS = ['analyzeDocument', 'analyze.js'];
const GC = '(garbage collector)';

const require = createRequire(import.meta.url);
tuneAsTheServerDoes();
const core = require('../../out/server/src/core/index.js');
const { kb } = core.loadKnowledgeBase(core.builtinKbFiles);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });

const isFrame = (frame, [name, file]) => frame.functionName === name && frame.url.endsWith(`/out/server/src/core/${file}`);

/** Milliseconds per analysis in each stage, in the rest of the analysis, and in the collector, from `profile`. */
function stagesOf(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  // each node's stage: the innermost stage frame on its stack, 'rest' inside the analysis, else none
  const stageOfNode = new Map();
  const stageOf = (id) => {
    if (stageOfNode.has(id)) return stageOfNode.get(id);
    const { callFrame } = byId.get(id);
    let stage = callFrame.functionName === GC ? GC : STAGES.find(([, frames]) => frames.some((f) => isFrame(callFrame, f)))?.[0];
    if (stage === undefined) {
      const parent = parentOf.get(id);
      const outer = parent === undefined ? undefined : stageOf(parent);
      stage = outer ?? (isFrame(callFrame, ANALYSIS) ? 'rest' : undefined);
    }
    stageOfNode.set(id, stage);
    return stage;
  };
  const micros = new Map();
  profile.samples.forEach((id, k) => {
    const stage = stageOf(id);
    if (stage !== undefined) micros.set(stage, (micros.get(stage) ?? 0) + profile.timeDeltas[k]);
  });
  return micros;
}

for (const corpus of corpora) {
  const text = TEXTS[corpus]();
  let version = 0;
  const analyze = () => core.createAnalyzer({ kb, today: () => '2026-11-30' }).analyze({ uri: 'stages.md', version: ++version, getText: () => text });
  for (let i = 0; i < WARM_UP; i++) analyze();
  await session.post('Profiler.start');
  for (let i = 0; i < PROFILED; i++) analyze();
  const { profile } = await session.post('Profiler.stop');
  const micros = stagesOf(profile);
  const total = [...micros.values()].reduce((a, b) => a + b, 0);
  const rows = [...STAGES.map(([stage]) => stage), 'rest', GC].map((stage) => [stage === 'rest' ? 'the rest of the analysis' : stage === GC ? 'garbage collection' : stage, micros.get(stage) ?? 0]);
  console.log(`${corpus}, 1 MB: ${(total / 1000 / PROFILED).toFixed(1)} ms an analysis while profiled (${PROFILED} analyses after ${WARM_UP})`);
  for (const [stage, us] of rows.sort((a, b) => b[1] - a[1])) console.log(`${((100 * us) / total).toFixed(1).padStart(6)} %  ${(us / 1000 / PROFILED).toFixed(2).padStart(6)} ms  ${stage}`);
}
