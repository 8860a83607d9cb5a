// npm run bench:stages -- [--within STAGE] [--size MB] [prose|treaty|drafts|lowercase ...]: where a full
// analysis of 1 MB (or of `--size` MB) spends its time, stage by stage (the name scan, resolving mentions, the block
// rules, the proposals …), from V8's sampling CPU profiler over analyses after a warm-up. Each
// sample goes to the innermost stage on its stack, so the stages add up to the whole. With
// `--within STAGE`, the functions inside that stage instead, each with the share of the whole
// analysis spent in it and what it calls (which rule of the block rules, say). The profiler names
// most inlined functions, but not all: what it loses counts in the caller's stage, or in "the rest
// of the analysis".
// With `--size 10`, the stages of 10 MB, whose milliseconds divided by ten set beside the 1 MB's
// show which stage takes longer per MB in a longer text (round 80 found the context words' search
// and the collector that way).
// Shares rather than milliseconds are what compare across runs: the machine's speed moves, and
// sampling every 100 µs slows each analysis a little.
import { createRequire } from 'node:module';
import { Session } from 'node:inspector/promises';
import { MB, tuneAsTheServerDoes } from './measure.mjs';
import { NAMED_TEXTS, namedTextsAsked } from './namedTexts.mjs';

const USAGE = 'usage: npm run bench:stages -- [--within STAGE] [--size MB] [prose|treaty|drafts|lowercase ...]';
const args = process.argv.slice(2);
const withinAt = args.indexOf('--within');
/** The stage whose functions to list, if asked. */
const within = withinAt === -1 ? undefined : args[withinAt + 1];
const sizeAt = args.indexOf('--size');
/** Megabytes of each text. */
const SIZE = sizeAt === -1 ? 1 : Number(args[sizeAt + 1]);
if (!(SIZE > 0)) {
  console.error(`bench:stages: --size takes a number of megabytes\n${USAGE}`);
  process.exit(2);
}
/** The arguments' places that options and their values take. */
const optionPlaces = [withinAt, sizeAt].filter((at) => at !== -1).flatMap((at) => [at, at + 1]);
const asked = args.filter((_, k) => !optionPlaces.includes(k));
const corpora = namedTextsAsked(asked, 'bench:stages', USAGE);
/** Analyses before profiling: V8 still optimizes some functions after ten (see bench:instructions); fewer of a longer text. */
const WARM_UP = Number(process.env.WARM_UP ?? Math.max(3, Math.round(20 / SIZE)));
/** Analyses profiled, fewer of a longer text. */
const PROFILED = Number(process.env.PROFILED ?? Math.max(6, Math.round(30 / SIZE)));

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
const REST = 'the rest of the analysis';
const COLLECTION = 'garbage collection';
/** The stages `--within` can list: all but the collector, which has no functions of ours. */
const LISTABLE = [...STAGES.map(([stage]) => stage), REST];
/** The stages' names, as the table prints them. */
const STAGE_NAMES = [...LISTABLE, COLLECTION];
/** The stage `--within` names, by the start of its name ("block" for the block rules). */
const withinStage = (() => {
  if (withinAt === -1) return undefined;
  const fitting = LISTABLE.filter((stage) => within !== undefined && stage.startsWith(within.toLowerCase()));
  if (fitting.length === 1) return fitting[0];
  console.error(`bench:stages: --within takes the start of one of: ${LISTABLE.join('; ')}\n${USAGE}`);
  process.exit(2);
})();
/** Rows of the `--within` table. */
const TOP = Number(process.env.TOP ?? 30);

const require = createRequire(import.meta.url);
tuneAsTheServerDoes();
const core = require('../../out/server/src/core/index.js');
const { kb } = core.loadKnowledgeBase(core.builtinKbFiles);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });

const isFrame = (frame, [name, file]) => frame.functionName === name && frame.url.endsWith(`/out/server/src/core/${file}`);

/** A function's name for the `--within` table: its name, file and line. */
const functionName = ({ functionName: name, url, lineNumber }) => `${name || '(anonymous)'} ${url.replace(/^.*\/out\/server\/src\/core\//, '')}:${lineNumber + 1}`;

/**
 * Microseconds in each stage, and with `--within` in each function inside that stage (inclusive: the
 * function and what it calls), over all the analyses profiled in `profile`.
 */
function stagesOf(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  // each node's stage: the innermost stage frame on its stack, the rest inside the analysis, else none
  const stageOfNode = new Map();
  const stageOf = (id) => {
    if (stageOfNode.has(id)) return stageOfNode.get(id);
    const { callFrame } = byId.get(id);
    let stage = callFrame.functionName === GC ? COLLECTION : STAGES.find(([, frames]) => frames.some((f) => isFrame(callFrame, f)))?.[0];
    if (stage === undefined) {
      const parent = parentOf.get(id);
      const outer = parent === undefined ? undefined : stageOf(parent);
      stage = outer ?? (isFrame(callFrame, ANALYSIS) ? REST : undefined);
    }
    stageOfNode.set(id, stage);
    return stage;
  };
  const byStage = new Map();
  const byFunction = new Map();
  profile.samples.forEach((id, k) => {
    const stage = stageOf(id);
    if (stage === undefined) return;
    const micros = profile.timeDeltas[k];
    byStage.set(stage, (byStage.get(stage) ?? 0) + micros);
    if (stage !== withinStage) return;
    // each function on the stack up to where the stage starts, once per sample (recursion counts once)
    const seen = new Set();
    for (let node = id; node !== undefined && stageOf(node) === withinStage; node = parentOf.get(node)) {
      const name = functionName(byId.get(node).callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    }
  });
  return { byStage, byFunction };
}

/** "12.3 %   4.56 ms  what": a share of `total` microseconds, and milliseconds an analysis. */
const row = (micros, total, what) => `${((100 * micros) / total).toFixed(1).padStart(6)} %  ${(micros / 1000 / PROFILED).toFixed(2).padStart(6)} ms  ${what}`;

for (const corpus of corpora) {
  const text = NAMED_TEXTS[corpus](SIZE * MB);
  let version = 0;
  const analyze = () => core.createAnalyzer({ kb, today: () => '2026-11-30' }).analyze({ uri: 'stages.md', version: ++version, getText: () => text });
  for (let i = 0; i < WARM_UP; i++) analyze();
  await session.post('Profiler.start');
  for (let i = 0; i < PROFILED; i++) analyze();
  const { profile } = await session.post('Profiler.stop');
  const { byStage, byFunction } = stagesOf(profile);
  const total = [...byStage.values()].reduce((a, b) => a + b, 0);
  console.log(`${corpus}, ${SIZE} MB: ${(total / 1000 / PROFILED).toFixed(1)} ms an analysis while profiled (${PROFILED} analyses after ${WARM_UP})`);
  if (withinStage === undefined) {
    const stages = STAGE_NAMES.map((stage) => [stage, byStage.get(stage) ?? 0]).sort((a, b) => b[1] - a[1]);
    for (const [stage, micros] of stages) console.log(row(micros, total, stage));
  } else {
    console.log(row(byStage.get(withinStage) ?? 0, total, `${withinStage}, of which (each function with what it calls):`));
    for (const [name, micros] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(row(micros, total, `  ${name}`));
  }
}
